/// A parsed Mustache template: parse once, render many times.
///
/// Supports the spec's required modules (interpolation, sections, inverted
/// sections, comments, partials, set delimiters) and inheritance (`{{<parent}}`
/// with `{{$block}}`s). Lambdas do not apply: data is plain values.
public struct MustacheTemplate: Sendable {
    /// How the file is shown in messages, e.g. `themes/default/layouts/group.mustache`.
    public let path: String
    let nodes: [MustacheNode]

    init(path: String, nodes: [MustacheNode]) {
        self.path = path
        self.nodes = nodes
    }

    /// Parse once; errors are located (file = displayPath, line, col of the tag).
    /// Every problem in the file is reported, not only the first.
    public static func parse(_ source: String, path displayPath: String) throws(DiagnosticList) -> MustacheTemplate {
        var scanner = MustacheScanner(source, path: displayPath)
        scanner.scan()
        var builder = MustacheTreeBuilder(path: displayPath)
        let nodes = builder.build(MustacheStandalone.resolve(scanner.tokens))
        let problems = scanner.diagnostics + builder.diagnostics
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return MustacheTemplate(path: displayPath, nodes: nodes)
    }

    /// Renders with `partials` as the templates `{{>name}}` and `{{<name}}` refer to.
    /// Without `strict`, a missing name or partial renders as nothing, as the spec
    /// says; with it, either is an error located at the tag.
    /// `escaping: .none` is for text that is not HTML, such as a record
    /// template: `{{name}}` then prints the value as `{{{name}}}` does.
    /// A page that takes more than `MustacheRenderer.maximumSteps` steps
    /// is an error located at the list section repeating when it ran out.
    public func render(_ context: TemplateValue, partials: [String: MustacheTemplate] = [:],
                       strict: Bool = false, escaping: MustacheEscaping = .html) throws(DiagnosticList) -> String {
        try render(context, partials: partials, strict: strict, escaping: escaping, stepLimit: MustacheRenderer.maximumSteps)
    }

    /// `render` with another step limit (tests and fuzzing use small ones).
    func render(_ context: TemplateValue, partials: [String: MustacheTemplate], strict: Bool,
                escaping: MustacheEscaping = .html, stepLimit: Int) throws(DiagnosticList) -> String {
        String(decoding: try renderBytes(context, partials: partials, strict: strict, escaping: escaping, stepLimit: stepLimit),
               as: UTF8.self)
    }

    /// `render` as UTF-8 bytes.
    func renderBytes(_ context: TemplateValue, partials: [String: MustacheTemplate], strict: Bool,
                     escaping: MustacheEscaping = .html, stepLimit: Int = MustacheRenderer.maximumSteps) throws(DiagnosticList) -> [UInt8] {
        var renderer = MustacheRenderer(partials: partials, context: context, strict: strict, escapesHTML: escaping == .html,
                                        stepLimit: stepLimit, start: .file(path))
        try renderer.render(nodes)
        return renderer.written.bytes
    }
}

/// What `{{name}}` does to the characters of a value.
public enum MustacheEscaping: Sendable {
    /// `& < > " '` as entities: pages.
    case html
    /// The value as it is: files that are not HTML.
    case none
}
