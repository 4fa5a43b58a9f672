/// Splits template source into tokens, following delimiter changes.
///
/// Works on Unicode scalars so that columns in messages count scalars, as
/// `SourceLocation` requires. Problems are collected; after an unclosed tag
/// the rest of the file is kept as text, since nothing after it can be trusted.
struct MustacheScanner {
    let path: String
    private let source: [Unicode.Scalar]
    private var open: [Unicode.Scalar] = ["{", "{"]
    private var close: [Unicode.Scalar] = ["}", "}"]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private(set) var tokens: [MustacheToken] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(_ source: String, path: String) {
        self.source = Array(source.unicodeScalars)
        self.path = path
    }

    mutating func scan() {
        while position < source.count {
            if let tagStart = find(open, from: position) {
                appendText(upTo: tagStart)
                if !scanTag() { appendText(upTo: source.count) }
            } else {
                appendText(upTo: source.count)
            }
        }
    }

    private var here: SourceLocation {
        SourceLocation(file: path, line: line, column: position - lineStart + 1)
    }

    /// Text up to `end`, cut at line breaks so standalone lines can be found.
    private mutating func appendText(upTo end: Int) {
        var runStart = position
        while position < end {
            let scalar = source[position]
            let isCRLF = scalar == "\r" && position + 1 < end && source[position + 1] == "\n"
            guard scalar == "\n" || isCRLF else { position += 1; continue }
            if runStart < position {
                tokens.append(token(.text, from: runStart, to: position, line: line, column: runStart - lineStart + 1))
            }
            let breakStart = position
            position += isCRLF ? 2 : 1
            tokens.append(token(.newline, from: breakStart, to: position, line: line, column: breakStart - lineStart + 1))
            line += 1
            lineStart = position
            runStart = position
        }
        if runStart < end {
            tokens.append(token(.text, from: runStart, to: end, line: line, column: runStart - lineStart + 1))
        }
    }

    private func token(_ kind: MustacheToken.Kind, from start: Int, to end: Int, line: Int, column: Int) -> MustacheToken {
        MustacheToken(kind: kind, content: string(start, end), location: SourceLocation(file: path, line: line, column: column))
    }

    private func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source[start..<end])
        return String(view)
    }

    private func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, source.count >= needle.count else { return nil }
        var index = start
        while index <= source.count - needle.count {
            if source[index] == needle[0], source[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Scans the tag at `position`; false when it never closes.
    private mutating func scanTag() -> Bool {
        let location = here
        let start = position
        var cursor = start + open.count
        let sigil: Unicode.Scalar? = cursor < source.count ? source[cursor] : nil
        var terminator = close
        switch sigil {
        case "{": terminator = ["}"] + close
        case "=": terminator = ["="] + close
        default: break
        }
        let kind = Self.kind(for: sigil)
        if kind != .variable(escaped: true) { cursor += 1 }
        guard let end = find(terminator, from: cursor) else {
            let expected = String(String.UnicodeScalarView(terminator))
            diagnostics.append(.error(.templateUnclosedTag, at: location, ["expected": .text(expected)]))
            position = start
            return false
        }
        let content = string(cursor, end).trimmingMustacheWhitespace()
        advance(to: end + terminator.count)
        if kind == .delimiters {
            changeDelimiters(content, at: location)
        } else if kind != .comment {
            checkName(content, at: location, tagStart: string(start, cursor))
        }
        tokens.append(MustacheToken(kind: kind, content: content, location: location))
        return true
    }

    /// Moves past a tag, counting the line breaks inside it (comments may span lines).
    private mutating func advance(to end: Int) {
        while position < end {
            if source[position] == "\n" {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
    }

    private static func kind(for sigil: Unicode.Scalar?) -> MustacheToken.Kind {
        switch sigil {
        case "{", "&": return .variable(escaped: false)
        case "#": return .sectionOpen
        case "^": return .invertedOpen
        case "/": return .close
        case ">": return .partial
        case "<": return .parentOpen
        case "$": return .blockOpen
        case "!": return .comment
        case "=": return .delimiters
        default: return .variable(escaped: true)
        }
    }

    /// `tagStart`: the opening delimiter and sigil as written, e.g. `{{#`.
    private mutating func checkName(_ name: String, at location: SourceLocation, tagStart: String) {
        let closeText = String(String.UnicodeScalarView(close))
        let openText = String(String.UnicodeScalarView(open))
        // A name running over a line or into the next tag is a tag left
        // unclosed (`{{title}` …); its closing came from a later tag.
        if name.contains("\n") || name.contains(openText) {
            let written = String(name.unicodeScalars.prefix { !$0.isMustacheWhitespace && !"{}<>".unicodeScalars.contains($0) })
            diagnostics.append(.error(.templateTagNotClosed, at: location, ["tag": .text(tagStart + written), "close": .text(closeText)]))
        } else if name.isEmpty {
            diagnostics.append(.error(.templateEmptyTagName, at: location))
        } else if name.unicodeScalars.contains(where: \.isMustacheWhitespace) {
            diagnostics.append(.error(.templateTagNameHasSpaces, at: location, ["name": .text(name)]))
        }
    }

    private mutating func changeDelimiters(_ content: String, at location: SourceLocation) {
        let parts = content.unicodeScalars.split(whereSeparator: \.isMustacheWhitespace)
        guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
            diagnostics.append(.error(.templateBadDelimiters, at: location, ["content": .text(content)]))
            return
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }
}
