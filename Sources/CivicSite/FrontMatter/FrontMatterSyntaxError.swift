/// A problem that stops the parse of the current entry; the top level
/// catches it, records the diagnostic and resumes at the next key.
struct FrontMatterSyntaxError: Error {
    var diagnostic: Diagnostic
    /// Where the problem is, as an index into the reader's scalars, so that
    /// recovery can resume on the line after it.
    var position: Int
}
