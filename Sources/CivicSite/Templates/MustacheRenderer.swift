/// Walks a parsed template once per page, appending to a single buffer.
///
/// The walk keeps its own stack of node lists instead of recursing, so that
/// sections nested in partials nested in sections cannot exhaust the thread's
/// stack (pages render on worker threads, whose stacks are small). The
/// context stack holds values, not copies: pushing an object only retains its
/// storage. Block replacements and indentation are saved and restored around
/// each partial, parent and block instead of being rebuilt.
struct MustacheRenderer {
    /// Deeper than any sane layout; stops a template that includes itself forever.
    static let maximumDepth = 200
    /// The most steps (a node rendered, a list section going on to its next
    /// item) one page may take. Depth limits cannot bound the work of a
    /// section over a list inside a section over the same list: the inner
    /// name is found in the outer frame, so the list repeats for every item
    /// of itself, and 24 such sections over two items took minutes. A list
    /// page of 100,000 records whose card takes 100 steps uses a fifth of it.
    static let maximumSteps = 50_000_000

    let partials: [String: MustacheTemplate]
    let strict: Bool
    /// False for templates of files that are not HTML (record templates),
    /// where `{{name}}` must print the value as it is.
    let escapesHTML: Bool
    let stepLimit: Int
    private var steps = 0
    /// The last tag stepped, where a page that takes too many steps is
    /// reported when no list section is repeating.
    private var lastTag: SourceLocation
    var context: MustacheContextStack
    private(set) var written = MustacheOutput(capacity: 16 * 1024)
    private var indentation = ""
    /// Set when a standalone block starts: its first line needs the
    /// indentation, but only if the line turns out to have content.
    private var pendingIndentation = false
    private var replacements: [String: MustacheBlock] = [:]
    /// Partials and parents being rendered, one inside the other.
    private var depth = 0
    private var work: [Frame] = []

    /// A list of nodes being rendered, and what to undo when it is done.
    private struct Frame {
        let nodes: [MustacheNode]
        var next = 0
        let end: End
    }

    private enum End {
        case nothing
        /// A section shown once with its value on the context stack.
        case popContext
        /// A section repeated for a list: `index` is the item on the stack;
        /// `location` is the section's tag.
        case nextItem(MustacheListItems, index: Int, location: SourceLocation)
        case endInclude(indentation: String, replacements: [String: MustacheBlock])
        case endBlock(indentation: String)
    }

    init(partials: [String: MustacheTemplate], context: TemplateValue, strict: Bool, escapesHTML: Bool = true,
         stepLimit: Int = MustacheRenderer.maximumSteps, start: SourceLocation) {
        self.partials = partials
        self.strict = strict
        self.escapesHTML = escapesHTML
        self.stepLimit = stepLimit
        self.lastTag = start
        self.context = MustacheContextStack(context)
        self.work.reserveCapacity(16)
    }

    mutating func render(_ nodes: [MustacheNode]) throws(DiagnosticList) {
        let base = work.count
        work.append(Frame(nodes: nodes, end: .nothing))
        while work.count > base {
            steps += 1
            if steps > stepLimit { throw DiagnosticList([tooManySteps()]) }
            let top = work.count - 1
            let next = work[top].next
            guard next < work[top].nodes.count else {
                finish(work.removeLast())
                continue
            }
            work[top].next = next + 1
            try step(work[top].nodes[next])
        }
    }

    private mutating func step(_ node: MustacheNode) throws(DiagnosticList) {
        switch node {
        case .text(let text):
            flushIndentation()
            written.append(text)
        case .lineStart:
            pendingIndentation = false
            if !indentation.isEmpty { written.append(indentation) }
        case .variable(let name, let escaped, let location):
            lastTag = location
            try interpolate(resolve(name, at: location), escaped: escaped)
        case .section(let name, let children, let inverted, let location):
            lastTag = location
            try section(resolve(name, at: location), children, inverted: inverted, at: location)
        case .partial(let name, let indentation, let location):
            lastTag = location
            guard let template = try lookUp(name, kind: .partial, at: location) else { return }
            try include(template, indentation: indentation, blocks: [:], at: location)
        case .parent(let name, let indentation, let blocks, let location):
            lastTag = location
            guard let template = try lookUp(name, kind: .parent, at: location) else { return }
            try include(template, indentation: indentation, blocks: blocks, at: location)
        case .block(let block):
            expand(block, with: replacements[block.name]?.nodes ?? block.nodes)
        }
    }

    /// Undoes what starting `frame` changed; a list section goes on with its next item.
    private mutating func finish(_ frame: Frame) {
        switch frame.end {
        case .nothing:
            break
        case .popContext:
            context.pop()
        case .nextItem(let items, let index, let location):
            context.pop()
            guard index + 1 < items.count else { return }
            steps += items.stepsPerItem
            context.push(items.item(at: index + 1))
            work.append(Frame(nodes: frame.nodes, end: .nextItem(items, index: index + 1, location: location)))
        case .endInclude(let savedIndentation, let savedReplacements):
            depth -= 1
            indentation = savedIndentation
            replacements = savedReplacements
        case .endBlock(let savedIndentation):
            pendingIndentation = false
            indentation = savedIndentation
        }
    }

    private mutating func flushIndentation() {
        guard pendingIndentation else { return }
        pendingIndentation = false
        written.append(indentation)
    }

    private mutating func interpolate(_ value: TemplateValue, escaped tagEscapes: Bool) {
        let escaped = tagEscapes && escapesHTML
        switch value {
        case .null:
            return
        case .string(let text):
            guard !text.isEmpty else { return }
            flushIndentation()
            if escaped { written.appendEscaped(text) } else { written.append(text) }
        default:
            flushIndentation()
            var text = ""
            value.appendText(to: &text)
            if escaped { written.appendEscaped(text) } else { written.append(text) }
        }
    }

    private mutating func section(_ value: TemplateValue, _ children: [MustacheNode], inverted: Bool,
                                  at location: SourceLocation) {
        if inverted {
            if !value.isTruthy { work.append(Frame(nodes: children, end: .nothing)) }
            return
        }
        switch value {
        case .array(let items):
            repeatSection(over: .values(items), children, at: location)
        case .items(let items):
            repeatSection(over: .made(items), children, at: location)
        default:
            guard value.isTruthy else { return }
            context.push(value)
            work.append(Frame(nodes: children, end: .popContext))
        }
    }

    /// Starts a section over each item of `items`, the first on the stack
    /// (`finish` goes on to the next).
    private mutating func repeatSection(over items: MustacheListItems, _ children: [MustacheNode], at location: SourceLocation) {
        guard items.count > 0 else { return }
        steps += items.stepsPerItem
        context.push(items.item(at: 0))
        work.append(Frame(nodes: children, end: .nextItem(items, index: 0, location: location)))
    }

    /// At the innermost list section still repeating: where the work piles up.
    private func tooManySteps() -> Diagnostic {
        var location = lastTag
        for frame in work.reversed() {
            if case .nextItem(_, _, let tag) = frame.end {
                location = tag
                break
            }
        }
        return .error(.templateTooManySteps, at: location, ["limit": .number(stepLimit)])
    }

    private func lookUp(_ name: String, kind: MustacheTemplate.Reference.Kind,
                        at location: SourceLocation) throws(DiagnosticList) -> MustacheTemplate? {
        if let template = partials[name] { return template }
        guard strict else { return nil }
        throw DiagnosticList([MustacheRenderer.unknownTemplate(name, kind: kind, at: location, known: Array(partials.keys))])
    }

    static func unknownTemplate(_ name: String, kind: MustacheTemplate.Reference.Kind, at location: SourceLocation,
                                known: [String]) -> Diagnostic {
        let message: Message = kind == .partial ? .templateUnknownPartial : .templateUnknownParent
        var arguments: MessageArguments = ["name": .text(name)]
        let near = Suggestion.closest(to: name, in: known.sorted())
        if let near { arguments["near"] = .text(near) }
        return .error(message, at: location, arguments, hint: near == nil ? nil : .didYouMean)
    }

    /// Renders a partial or parent in place. A standalone tag indents every line
    /// of the included template; an inline one does not.
    private mutating func include(_ template: MustacheTemplate, indentation extra: String?,
                                  blocks: [String: MustacheBlock], at location: SourceLocation) throws(DiagnosticList) {
        guard depth < Self.maximumDepth else {
            throw DiagnosticList([.error(.templateIncludesTooDeep, at: location, ["limit": .number(Self.maximumDepth)])])
        }
        if extra == nil { flushIndentation() }
        let end = End.endInclude(indentation: indentation, replacements: replacements)
        indentation = extra.map { indentation + $0 } ?? ""
        // The outermost template's blocks win, so only fill names still open.
        for (name, block) in blocks where replacements[name] == nil {
            replacements[name] = block
        }
        depth += 1
        work.append(Frame(nodes: template.nodes, end: end))
    }

    private mutating func expand(_ block: MustacheBlock, with nodes: [MustacheNode]) {
        let end = End.endBlock(indentation: indentation)
        indentation += block.indentation
        if block.indentsFirstLine { pendingIndentation = true }
        work.append(Frame(nodes: nodes, end: end))
    }
}
