/// The lines of a block scalar as ranges of the reader's scalars.
struct FrontMatterBlockScalarLines {
    /// Each line's text without its indentation; nil for a blank line.
    var lines: [Range<Int>?] = []
    /// Whether the last line read ended with a line break rather than the
    /// end of the text; a final line without one adds no line feed.
    var endsWithBreak = false
}
