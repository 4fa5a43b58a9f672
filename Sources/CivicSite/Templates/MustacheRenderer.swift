/// Walks a parsed template once per page, appending to a single buffer.
///
/// The context stack holds values, not copies: pushing an object only retains
/// its storage. Block replacements and indentation are saved and restored
/// around each partial, parent and block instead of being rebuilt.
struct MustacheRenderer {
    /// Deeper than any sane layout; stops a template that includes itself forever.
    static let maximumDepth = 200

    let partials: [String: MustacheTemplate]
    let strict: Bool
    var stack: [TemplateValue]
    private(set) var output = ""
    private var indentation = ""
    /// Set when a standalone block starts: its first line needs the
    /// indentation, but only if the line turns out to have content.
    private var pendingIndentation = false
    private var replacements: [String: MustacheBlock] = [:]
    private var depth = 0

    init(partials: [String: MustacheTemplate], context: TemplateValue, strict: Bool) {
        self.partials = partials
        self.strict = strict
        self.stack = [context]
        self.stack.reserveCapacity(16)
        self.output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [MustacheNode]) throws(DiagnosticList) {
        for node in nodes {
            switch node {
            case .text(let text):
                flushIndentation()
                output += text
            case .lineStart:
                pendingIndentation = false
                if !indentation.isEmpty { output += indentation }
            case .variable(let name, let escaped, let location):
                try interpolate(resolve(name, at: location), escaped: escaped)
            case .section(let name, let children, let inverted, let location):
                try section(resolve(name, at: location), children, inverted: inverted)
            case .partial(let name, let indentation, let location):
                guard let template = try lookUp(name, kind: "partial", at: location) else { continue }
                try include(template, indentation: indentation, blocks: [:], at: location)
            case .parent(let name, let indentation, let blocks, let location):
                guard let template = try lookUp(name, kind: "parent", at: location) else { continue }
                try include(template, indentation: indentation, blocks: blocks, at: location)
            case .block(let block):
                try expand(block, with: replacements[block.name]?.nodes ?? block.nodes)
            }
        }
    }

    private mutating func flushIndentation() {
        guard pendingIndentation else { return }
        pendingIndentation = false
        output += indentation
    }

    private mutating func interpolate(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .null:
            return
        case .string(let text):
            guard !text.isEmpty else { return }
            flushIndentation()
            if escaped { MustacheHTML.appendEscaped(text, to: &output) } else { output += text }
        default:
            flushIndentation()
            if escaped {
                var text = ""
                value.appendText(to: &text)
                MustacheHTML.appendEscaped(text, to: &output)
            } else {
                value.appendText(to: &output)
            }
        }
    }

    private mutating func section(_ value: TemplateValue, _ children: [MustacheNode], inverted: Bool) throws(DiagnosticList) {
        if inverted {
            if !value.isTruthy { try render(children) }
            return
        }
        switch value {
        case .array(let items):
            for item in items {
                stack.append(item)
                try render(children)
                stack.removeLast()
            }
        default:
            guard value.isTruthy else { return }
            stack.append(value)
            try render(children)
            stack.removeLast()
        }
    }

    private func lookUp(_ name: String, kind: String, at location: SourceLocation) throws(DiagnosticList) -> MustacheTemplate? {
        if let template = partials[name] { return template }
        guard strict else { return nil }
        throw DiagnosticList([MustacheRenderer.unknownTemplate(name, kind: kind, at: location, known: Array(partials.keys))])
    }

    static func unknownTemplate(_ name: String, kind: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        let hint = Suggestion.closest(to: name, in: known.sorted()).map { "did you mean '\($0)'?" }
            ?? "no such file in the theme's partials/ or layouts/ folder"
        return .error(at: location, "unknown \(kind) '\(name)'", hint: hint)
    }

    /// Renders a partial or parent in place. A standalone tag indents every line
    /// of the included template; an inline one does not.
    private mutating func include(_ template: MustacheTemplate, indentation extra: String?,
                                  blocks: [String: MustacheBlock], at location: SourceLocation) throws(DiagnosticList) {
        guard depth < Self.maximumDepth else {
            throw DiagnosticList([.error(at: location, "templates include each other more than \(Self.maximumDepth) levels deep",
                                         hint: "a partial or parent probably includes itself")])
        }
        if extra == nil { flushIndentation() }
        let savedIndentation = indentation
        let savedReplacements = replacements
        indentation = extra.map { indentation + $0 } ?? ""
        // The outermost template's blocks win, so only fill names still open.
        for (name, block) in blocks where replacements[name] == nil {
            replacements[name] = block
        }
        depth += 1
        defer {
            depth -= 1
            indentation = savedIndentation
            replacements = savedReplacements
        }
        try render(template.nodes)
    }

    private mutating func expand(_ block: MustacheBlock, with nodes: [MustacheNode]) throws(DiagnosticList) {
        let savedIndentation = indentation
        indentation += block.indentation
        if block.indentsFirstLine { pendingIndentation = true }
        defer {
            pendingIndentation = false
            indentation = savedIndentation
        }
        try render(nodes)
    }
}
