import Foundation

/// The page every served address shows while the content has errors: each
/// problem with its place, the line it is on with the spot marked, and the
/// hint, in the messages' language. It reloads itself when a save fixes them.
struct PreviewErrorPage {
    var problems: [Diagnostic]
    var language: Language
    /// Reads the text of a file named as in a message (`content/groups/a.md`).
    var sourceLine: (SourceLocation) -> String?

    func html() -> String {
        let errors = problems.filter(\.isError).count
        let warnings = problems.count - errors
        let title = PreviewText.render(PreviewText.errorPageTitle, [:], in: language)
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.6;color:#1a1a1a;background:#fff}
        main{max-width:60rem;margin:0 auto}
        h1{font-size:1.4rem;border-bottom:3px solid #b00020;padding-bottom:.3rem}
        ol{padding-left:1.2rem} li{margin:0 0 1.2rem}
        .place{font-family:ui-monospace,monospace;font-weight:bold;word-break:break-all}
        .severity{display:inline-block;border:2px solid currentColor;padding:0 .4rem;margin-right:.4rem;font-size:.9rem}
        .error .severity{color:#b00020} .warning .severity{color:#7a4f00}
        pre{background:#f4f4f4;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
        mark{background:#ffd54f;outline:2px solid #b00020}
        .hint{margin:.2rem 0 0}
        </style>
        </head>
        <body>
        <main>
        <h1>\(escape(title))</h1>
        <p>\(escape(PreviewText.render(PreviewText.errorPageSummary, ["errors": .number(errors), "warnings": .number(warnings)], in: language)))</p>
        <ol>

        """
        for d in DiagnosticList(problems).sorted {
            let severity = language == .ja ? (d.isError ? "エラー" : "警告") : d.severity.rawValue
            out += "<li class=\"\(d.severity.rawValue)\">\n"
            out += "<p><span class=\"severity\">\(severity)</span><span class=\"place\">\(escape(place(d.location)))</span></p>\n"
            out += "<p>\(escape(d.message(in: language))) <small>[\(d.id)]</small></p>\n"
            if let line = sourceLine(d.location) {
                out += "<pre><code>\(d.location.line): \(marked(line, column: d.location.column))</code></pre>\n"
            }
            if let hint = d.hint(in: language) {
                out += "<p class=\"hint\">\(escape(PreviewText.render(PreviewText.hintLabel, [:], in: language))): \(escape(hint))</p>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n<p>\(escape(PreviewText.render(PreviewText.errorPageFooter, [:], in: language)))</p>\n</main>\n</body>\n</html>\n"
        return LiveReloadHub.inject(into: out)
    }

    private func place(_ location: SourceLocation) -> String {
        location.file.isEmpty ? "" : location.description
    }

    /// The line with the character at `column` (counted in scalars) marked.
    private func marked(_ line: String, column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        let index = max(0, column - 1)
        guard index < scalars.count else { return escape(line) + "<mark> </mark>" }
        let before = String(String.UnicodeScalarView(scalars[..<index]))
        let at = String(String.UnicodeScalarView(scalars[index...index]))
        let after = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        return escape(before) + "<mark>" + escape(at) + "</mark>" + escape(after)
    }

    private func escape(_ s: String) -> String {
        XMLEscape.escape(s)
    }
}
