/// A lexical piece of a template, before standalone lines are resolved.
struct MustacheToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// Text without a line break.
        case text
        /// `\n` or `\r\n`.
        case newline
        case variable(escaped: Bool)
        case sectionOpen
        case invertedOpen
        case close
        case partial
        case parentOpen
        case blockOpen
        case comment
        case delimiters
        /// Where a kept source line begins; `suppressed` for the first line of a
        /// standalone block, whose indentation the block itself supplies.
        case lineStart(suppressed: Bool)
    }

    var kind: Kind
    /// Text for `.text`/`.newline`, the trimmed name for tags.
    var content: String
    var location: SourceLocation
    /// For a standalone partial or parent: the whitespace that preceded it.
    var indentation: String?
    /// For a block opening tag: its absolute indentation and whether it stood alone.
    var blockIndentation: String?
    var standalone = false

    var isTag: Bool {
        switch kind {
        case .text, .newline, .lineStart: return false
        default: return true
        }
    }

    /// Tags that may stand alone on a line, whose line then disappears.
    var canStandAlone: Bool {
        switch kind {
        case .sectionOpen, .invertedOpen, .close, .partial, .parentOpen, .blockOpen, .comment, .delimiters:
            return true
        default:
            return false
        }
    }

    var isWhitespaceText: Bool {
        kind == .text && content.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
