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
    /// - Returns: the top-level mapping (an empty mapping for empty text),
    ///   or nil when there are errors; and every problem found. After an
    ///   error the parser resumes at the next top-level key, so one run
    ///   reports several problems.
    public static func parse(
        _ text: String, file: String, firstLine: Int = 1
    ) -> (node: FrontMatterNode?, diagnostics: [Diagnostic]) {
        var reader = FrontMatterReader(text, file: file, firstLine: firstLine)
        let node = reader.parseDocument()
        return (node, reader.diagnostics)
    }
}
