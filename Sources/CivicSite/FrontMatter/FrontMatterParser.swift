/// Reads the YAML-like front matter of a content file, or a whole `.yml`
/// settings file, into a `FrontMatterNode` tree.
///
/// The accepted language is a subset of YAML 1.2: block mappings and
/// sequences, flow `[ ]` and `{ }` collections, plain, quoted and block
/// scalars, resolved with the core schema. Everything outside the subset
/// (anchors, aliases, tags, several documents, directives, explicit and
/// merge keys) is reported as an error that names the construct, so a file
/// is never silently read differently from what a YAML 1.2 parser would read.
public enum FrontMatterParser {
    /// Parses `text`, reporting every location as a place in `file`.
    ///
    /// - Parameters:
    ///   - text: the front matter without its `---` delimiters, or a whole
    ///     settings file.
    ///   - file: the path used in locations, e.g. `content/groups/a.md`.
    ///   - firstLine: the line of `file` on which `text` starts; 2 for the
    ///     front matter of a Markdown file, 1 for a settings file.
    /// - Returns: the top-level mapping (an empty mapping for empty text)
    ///   and every problem found. After an error the parser resumes at the
    ///   next top-level key, so one run reports several problems, and the
    ///   mapping is then **partial**: it holds every top-level entry that
    ///   could be read, with its locations, and leaves out the entries
    ///   whose key or value has a syntax error (their problems are in
    ///   `diagnostics`). A key written twice is reported and appears twice.
    ///   Callers that decode a partial mapping report its other problems in
    ///   the same run; they must not publish it while `diagnostics` holds
    ///   an error. The node is never nil; the optional type is kept for the
    ///   callers written when it was nil on errors.
    public static func parse(
        _ text: String, file: String, firstLine: Int = 1
    ) -> (node: FrontMatterNode?, diagnostics: [Diagnostic]) {
        let parsed = read(text, file: file, firstLine: firstLine)
        return (parsed.node, parsed.diagnostics)
    }

    /// Parses `text` as `parse` does, keeping its comments too.
    public static func read(_ text: String, file: String, firstLine: Int = 1) -> FrontMatterParse {
        var reader = FrontMatterReader(text, file: file, firstLine: firstLine)
        let node = reader.parseDocument()
        return FrontMatterParse(node: node, diagnostics: reader.diagnostics, comments: reader.collectedComments)
    }
}
