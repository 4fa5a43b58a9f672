/// The state of one front-matter parse: the text as Unicode scalars, the
/// cursor, and the problems found so far.
///
/// Working on `[Unicode.Scalar]` keeps the scan linear and makes a column a
/// plain index difference, which is how `SourceLocation` counts columns.
struct FrontMatterReader {
    let scalars: [Unicode.Scalar]
    let file: String
    let firstLine: Int
    /// The index of the first scalar of every line, ascending.
    let lineStarts: [Int]
    var pos = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []
    /// The text of every comment read, by the index of its `#`.
    var comments: [Int: String] = [:]
    /// The line of the `---` that ends this front matter in its file, when
    /// the text comes from a split content file: a `---` or `...` line
    /// inside the text is then a stray one, and the hint can say where the
    /// front matter really ends.
    var closingLine: Int?

    /// Deep nesting is never meant in front matter, and a bound keeps
    /// garbled input from exhausting the stack.
    static let maxDepth = 32

    init(_ text: String, file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var starts = [0]
        var afterCR = false
        var atStart = true
        for scalar in text.unicodeScalars {
            // Callers normally pass decoded text, but a BOM left at the
            // start of a file or CRLF must not shift columns or hide a line
            // break. Further down the file a BOM is reported instead.
            if atStart {
                atStart = false
                if scalar == "\u{FEFF}" && firstLine == 1 { continue }
            }
            let wasCR = afterCR
            afterCR = scalar == "\r"
            if scalar == "\n" && wasCR { continue }
            if scalar == "\r" || scalar == "\n" {
                scalars.append("\n")
                starts.append(scalars.count)
            } else {
                scalars.append(scalar)
            }
        }
        self.scalars = scalars
        self.lineStarts = starts
    }

    /// The place in the file of the scalar at index `index`.
    func location(_ index: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: file, line: firstLine + low, column: index - lineStarts[low] + 1)
    }

    /// The problem `message` at the scalar `index`; `hint` replaces the
    /// entry's usual hint.
    func error(_ message: Message, at index: Int, _ arguments: MessageArguments = [:],
               hint: Hint? = nil) -> FrontMatterSyntaxError {
        FrontMatterSyntaxError(diagnostic: .error(message, at: location(index), arguments, hint: hint), position: index)
    }

    /// Counts one level of nesting; pair with `depth -= 1` in a `defer`.
    mutating func enterNesting() throws {
        guard depth < Self.maxDepth else {
            throw error(.nestingTooDeep, at: pos, ["limit": .number(Self.maxDepth)])
        }
        depth += 1
    }
}
