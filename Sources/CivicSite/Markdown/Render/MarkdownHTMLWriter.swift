/// Writes a parsed Markdown tree as HTML, in the output shape of the
/// CommonMark reference renderers.
///
/// The walk is iterative (enter and exit events driven by the node links),
/// so deeply nested input cannot exhaust the stack.
struct MarkdownHTMLWriter {
    let options: MarkdownOptions
    var output: [UInt8] = []
    var headingIDs = MarkdownHeadingIDs()
    /// While set, the image whose alt text is being written: children render as plain text.
    var plainRoot: MarkdownNode? = nil
    /// Column of the next table cell, counted rather than searched for wide tables.
    var tableColumn = 0
    /// Files beside the record, when the build gives them.
    let files: MarkdownFileLinks?
    /// Every link and image that named a file, in document order.
    var fileReferences: [MarkdownFileReference] = []
    /// The file of the image whose alt text is being written.
    var imageFile: MarkdownLocalFile?
    /// Text to write before `</a>` of links to files, by link node.
    var linkSuffixes: [ObjectIdentifier: String] = [:]

    init(options: MarkdownOptions, files: MarkdownFileLinks? = nil) {
        self.options = options
        self.files = files
        headingIDs = MarkdownHeadingIDs(reserved: options.reservedIDs)
    }

    mutating func write(_ document: MarkdownNode) {
        var current: MarkdownNode? = document
        var entering = true
        while let node = current {
            if entering {
                let wantsChildren = enter(node)
                if wantsChildren, let child = node.firstChild {
                    current = child
                    continue
                }
                if wantsChildren { exit(node) }
            } else {
                exit(node)
            }
            if node === document { break }
            if let next = node.next {
                current = next
                entering = true
            } else {
                current = node.parent
                entering = false
            }
        }
    }

    mutating func put(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    /// A line break unless the output already ends with one.
    mutating func cr() {
        if let last = output.last, last != MarkdownBytes.newline { output.append(MarkdownBytes.newline) }
    }

    /// Writes the opening of `node`; returns whether its children should be visited.
    mutating func enter(_ node: MarkdownNode) -> Bool {
        if plainRoot != nil { return enterPlain(node) }
        switch node.kind {
        case .document:
            return true
        case .blockQuote:
            cr()
            put("<blockquote>\n")
        case .list:
            cr()
            if node.list.ordered {
                put(node.list.start == 1 ? "<ol>\n" : "<ol start=\"\(node.list.start)\">\n")
            } else {
                put("<ul>\n")
            }
        case .item:
            cr()
            put("<li>")
        case .paragraph:
            if !isInTightList(node) {
                cr()
                put("<p>")
            }
        case .heading:
            cr()
            put("<h\(node.level)")
            if options.extensions {
                put(" id=\"")
                MarkdownHTMLEscaping.escapeText(Array(headingIDs.makeID(for: Self.plainText(of: node)).utf8), into: &output)
                put("\"")
            }
            put(">")
        case .thematicBreak:
            cr()
            put("<hr />\n")
            return false
        case .codeBlock:
            writeCodeBlock(node)
            return false
        case .htmlBlock:
            writeHTMLBlock(node)
            return false
        case .table, .tableRow, .tableCell:
            enterTable(node)
        default:
            return enterInline(node)
        }
        return true
    }

    mutating func exit(_ node: MarkdownNode) {
        if let root = plainRoot {
            if node === root { exitPlainRoot(node) }
            return
        }
        switch node.kind {
        case .blockQuote: cr(); put("</blockquote>\n")
        case .list: cr(); put(node.list.ordered ? "</ol>\n" : "</ul>\n")
        case .item: put("</li>\n")
        case .paragraph: if !isInTightList(node) { put("</p>\n") }
        case .heading: put("</h\(node.level)>\n")
        case .table, .tableRow, .tableCell: exitTable(node)
        default: exitInline(node)
        }
    }

    func isInTightList(_ paragraph: MarkdownNode) -> Bool {
        guard let item = paragraph.parent, item.kind == .item, let list = item.parent, list.kind == .list else { return false }
        return list.list.tight
    }

    mutating func writeCodeBlock(_ node: MarkdownNode) {
        cr()
        put("<pre><code")
        let language = node.info.prefix { !MarkdownBytes.isWhitespace($0) }
        if !language.isEmpty {
            put(" class=\"language-")
            MarkdownHTMLEscaping.escapeText(Array(language), into: &output)
            put("\"")
        }
        put(">")
        MarkdownHTMLEscaping.escapeText(node.content, into: &output)
        put("</code></pre>\n")
    }

    /// Raw HTML passes through only when trusted; otherwise it shows as text.
    mutating func writeHTMLBlock(_ node: MarkdownNode) {
        cr()
        if options.trusted {
            output.append(contentsOf: node.content)
        } else {
            var text = node.content
            while text.last == MarkdownBytes.newline { text.removeLast() }
            put("<p>")
            MarkdownHTMLEscaping.escapeText(text, into: &output)
            put("</p>")
        }
        cr()
    }
}
