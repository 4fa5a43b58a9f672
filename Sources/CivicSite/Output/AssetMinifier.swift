/// Makes theme stylesheets and scripts smaller as they are copied into the
/// site, so citizens download less while the theme's files stay readable.
///
/// Deliberately conservative: it drops comments that start a line, the
/// indentation of each line and blank lines, and nothing inside a line, so it
/// cannot change what the code does; in stylesheets also the spaces around
/// punctuation (`compactCSS`). Lines inside a JavaScript template
/// literal are kept exactly as written.
public enum AssetMinifier {
    /// The minified text for `.css` and `.js` files, nil for other files.
    public static func minify(_ text: String, fileName: String) -> String? {
        if fileName.hasSuffix(".js") { return minify(text, lineComments: true, templateLiterals: true) }
        if fileName.hasSuffix(".css") { return compactCSS(minify(text, lineComments: false, templateLiterals: false)) }
        return nil
    }

    static func minify(_ text: String, lineComments: Bool, templateLiterals: Bool) -> String {
        var out: [Substring] = []
        var inBlockComment = false
        var inTemplate = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if inTemplate {
                out.append(line)
                inTemplate = templateLiterals && opensTemplate(line, from: true)
                continue
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }.dropLastWhile { $0 == " " || $0 == "\t" || $0 == "\r" }
            if inBlockComment {
                if let end = trimmed.range(of: "*/") {
                    inBlockComment = false
                    let rest = trimmed[end.upperBound...].drop { $0 == " " }
                    if !rest.isEmpty { out.append(rest) }
                }
                continue
            }
            if trimmed.isEmpty || (lineComments && trimmed.hasPrefix("//")) { continue }
            if trimmed.hasPrefix("/*") {
                if let end = trimmed.range(of: "*/") {
                    let rest = trimmed[end.upperBound...].drop { $0 == " " }
                    if !rest.isEmpty { out.append(rest) }
                } else {
                    inBlockComment = true
                }
                continue
            }
            out.append(trimmed)
            inTemplate = templateLiterals && opensTemplate(trimmed, from: false)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Whether a template literal is still open at the end of the line:
    /// backticks outside quotes and comments, counted with escapes skipped.
    static func opensTemplate(_ line: Substring, from inside: Bool) -> Bool {
        var open = inside
        var quote: Character?
        var escaped = false
        var previous: Character?
        for ch in line {
            defer { previous = ch }
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if open {
                if ch == "`" { open = false }
                continue
            }
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            if ch == "/" && previous == "/" { break }
            if ch == "\"" || ch == "'" { quote = ch } else if ch == "`" { open = true }
        }
        return open
    }
}

extension Substring {
    func dropLastWhile(_ predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
