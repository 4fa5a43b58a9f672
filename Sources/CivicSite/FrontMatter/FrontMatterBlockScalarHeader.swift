/// The indicators after `|` or `>`: chomping and explicit indentation.
struct FrontMatterBlockScalarHeader: Sendable, Equatable {
    /// What happens to the line breaks at the end of the text.
    enum Chomping: Sendable, Equatable {
        /// `-`: no final line break.
        case strip
        /// The default: one final line break.
        case clip
        /// `+`: every final line break, including those of blank lines.
        case keep
    }

    var folded: Bool
    var chomping: Chomping = .clip
    /// The indentation indicator `1`…`9`, relative to the parent collection.
    var indentation: Int?

    init(folded: Bool) {
        self.folded = folded
    }
}
