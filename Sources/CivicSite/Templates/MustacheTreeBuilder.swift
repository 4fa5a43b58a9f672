/// Builds the node tree from resolved tokens, matching opening and closing
/// tags and outdenting block content (see `MustacheBlock`).
///
/// Nesting is bounded here, while parsing, so that no tree deeper than
/// `maximumNesting` ever exists: walking and freeing a tree recurse once per
/// level, and a garbled file of thousands of unclosed sections must give one
/// located error, not exhaust the stack.
struct MustacheTreeBuilder {
    /// Sections, inverted sections, parents and blocks open at once. Real
    /// layouts nest fewer than ten; documented in docs/themes.md.
    static let maximumNesting = 100

    private enum FrameKind {
        case root
        case section(inverted: Bool)
        case parent(indentation: String?)
        case block(indentation: String, indentsFirstLine: Bool)
    }

    private struct Frame {
        var kind: FrameKind
        var name: String
        var location: SourceLocation
        /// Absolute indentation removed from the start of each line inside.
        var outdent: String
        var nodes: [MustacheNode] = []
    }

    private var stack: [Frame]
    /// How many frames of each name are open, so that a closing tag finds
    /// out whether anything matches it without searching the stack.
    private var openNames: [String: Int] = [:]
    /// Set once nesting went past the limit: the rest of the file is not
    /// built, and its unclosed tags are not reported one by one.
    private var abandoned = false
    private var text = ""
    private var atLineStart = false
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        stack = [Frame(kind: .root, name: "", location: .file(path), outdent: "")]
    }

    mutating func build(_ tokens: [MustacheToken]) -> [MustacheNode] {
        for token in tokens {
            add(token)
            if abandoned { return [] }
        }
        flushText()
        while stack.count > 1 {
            let frame = pop()
            diagnostics.append(.error(.templateUnclosedSection, at: frame.location,
                                      ["kind": .term(Self.term(for: frame.kind)), "name": .text(frame.name)]))
            append(node(for: frame))
        }
        return stack[0].nodes
    }

    private mutating func add(_ token: MustacheToken) {
        let lineStarted = atLineStart
        atLineStart = false
        switch token.kind {
        case .text:
            text += lineStarted ? Self.removing(stack[stack.count - 1].outdent, from: token.content) : token.content
        case .newline:
            text += token.content
        case .lineStart(let suppressed):
            flushText()
            if !suppressed { append(.lineStart) }
            atLineStart = true
        case .variable(let escaped):
            flushText()
            append(.variable(MustacheName(token.content), escaped: escaped, at: token.location))
        case .sectionOpen, .invertedOpen:
            push(.section(inverted: token.kind == .invertedOpen), token)
        case .parentOpen:
            push(.parent(indentation: token.standalone ? token.indentation ?? "" : nil), token)
        case .blockOpen:
            openBlock(token)
        case .close:
            close(token)
        case .partial:
            flushText()
            append(.partial(token.content, indentation: token.standalone ? token.indentation ?? "" : nil, at: token.location))
        case .comment, .delimiters:
            break
        }
    }

    private mutating func openBlock(_ token: MustacheToken) {
        let enclosing = stack[stack.count - 1].outdent
        guard let absolute = token.blockIndentation else {
            push(.block(indentation: "", indentsFirstLine: false), token)
            return
        }
        // The block's own indentation is what it adds beyond its surroundings.
        let shared = zip(absolute.unicodeScalars, enclosing.unicodeScalars).prefix { $0 == $1 }.count
        let relative = String(String.UnicodeScalarView(absolute.unicodeScalars.dropFirst(shared)))
        push(.block(indentation: relative, indentsFirstLine: token.standalone), token, outdent: absolute)
    }

    private mutating func push(_ kind: FrameKind, _ token: MustacheToken, outdent: String? = nil) {
        flushText()
        // The root frame does not count.
        guard stack.count <= Self.maximumNesting else {
            diagnostics.append(.error(.templateNestingTooDeep, at: token.location, ["limit": .number(Self.maximumNesting)]))
            abandoned = true
            return
        }
        let inherited = stack[stack.count - 1].outdent
        stack.append(Frame(kind: kind, name: token.content, location: token.location, outdent: outdent ?? inherited))
        openNames[token.content, default: 0] += 1
    }

    private mutating func pop() -> Frame {
        let frame = stack.removeLast()
        openNames[frame.name, default: 1] -= 1
        if openNames[frame.name] == 0 { openNames[frame.name] = nil }
        return frame
    }

    private mutating func close(_ token: MustacheToken) {
        flushText()
        let name = token.content
        guard stack.count > 1 else {
            diagnostics.append(.error(.templateStrayClosingTag, at: token.location, ["name": .text(name)]))
            return
        }
        let top = stack[stack.count - 1]
        if top.name != name {
            diagnostics.append(.error(.templateMismatchedClosingTag, at: token.location,
                                      ["name": .text(name), "expected": .text(top.name),
                                       "line": .number(top.location.line), "column": .number(top.location.column)]))
            // Recover by closing down to a matching opener, if any; otherwise
            // the stray tag is dropped and the open section stays open.
            guard openNames[name] != nil else { return }
            while stack[stack.count - 1].name != name {
                let inner = pop()
                append(node(for: inner))
            }
        }
        let frame = pop()
        append(node(for: frame))
    }

    private func node(for frame: Frame) -> MustacheNode {
        switch frame.kind {
        case .root:
            return .text("")
        case .section(let inverted):
            return .section(MustacheName(frame.name), frame.nodes, inverted: inverted, at: frame.location)
        case .parent(let indentation):
            var blocks: [String: MustacheBlock] = [:]
            for case .block(let block) in frame.nodes { blocks[block.name] = block }
            return .parent(frame.name, indentation: indentation, blocks: blocks, at: frame.location)
        case .block(let indentation, let indentsFirstLine):
            return .block(MustacheBlock(name: frame.name, nodes: frame.nodes, indentation: indentation,
                                        indentsFirstLine: indentsFirstLine, location: frame.location))
        }
    }

    private mutating func append(_ node: MustacheNode) {
        stack[stack.count - 1].nodes.append(node)
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        append(.text(text))
        text = ""
    }

    /// Removes as much of `outdent` as the line actually starts with.
    private static func removing(_ outdent: String, from line: String) -> String {
        guard !outdent.isEmpty else { return line }
        let scalars = line.unicodeScalars
        let shared = zip(scalars, outdent.unicodeScalars).prefix { $0 == $1 }.count
        return shared == 0 ? line : String(scalars.dropFirst(shared))
    }

    private static func term(for kind: FrameKind) -> LocalizedText {
        switch kind {
        // The root is never reported unclosed.
        case .root, .section(inverted: false): return Term.templateSection
        case .section(inverted: true): return Term.templateInvertedSection
        case .parent: return Term.templateParent
        case .block: return Term.templateBlock
        }
    }
}
