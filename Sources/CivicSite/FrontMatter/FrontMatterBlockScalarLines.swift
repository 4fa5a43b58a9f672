/// The lines of a block scalar as ranges of the reader's scalars.
///
/// Every line counts as ending with a line break, the last one of a text
/// without a final line break too: the end of the text ends its line, as
/// YAML 1.2 parsers read it (`|` then `  x` then three spaces, without a
/// final break, is "x\n \n").
struct FrontMatterBlockScalarLines {
    /// Each line's text without its indentation; nil for a blank line.
    var lines: [Range<Int>?] = []
}
