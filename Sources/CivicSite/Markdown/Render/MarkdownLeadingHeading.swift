import Foundation

/// Drops a body's opening heading when the page already shows the same
/// heading above the body (`MarkdownOptions.omitLeadingHeading`).
enum MarkdownLeadingHeading {
    /// Removes the document's first block if it is a heading whose plain
    /// text equals `text`, both without surrounding whitespace (full-width
    /// spaces included). Runs before the writer, so the heading takes no id.
    static func omit(_ text: String, from document: MarkdownNode) {
        guard let first = document.firstChild, first.kind == .heading else { return }
        let wanted = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let plain = MarkdownHTMLWriter.plainText(of: first).trimmingCharacters(in: .whitespacesAndNewlines)
        if plain == wanted { first.unlink() }
    }
}
