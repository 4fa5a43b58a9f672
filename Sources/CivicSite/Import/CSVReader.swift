/// One cell of a CSV file, with the line it starts on.
public struct CSVField: Sendable, Hashable {
    public var text: String
    /// The line of the file the cell starts on: a quoted cell holding line
    /// breaks pushes the cells after it to later lines.
    public var line: Int
    public var quoted: Bool

    public init(text: String, line: Int, quoted: Bool = false) {
        self.text = text
        self.line = line
        self.quoted = quoted
    }
}

/// One record of a CSV file.
public struct CSVRow: Sendable, Hashable {
    /// The line the record starts on.
    public var line: Int
    public var fields: [CSVField]

    /// A row with nothing in any cell, as Excel writes for an empty line
    /// (`,,,,`): skipped by the import.
    public var isBlank: Bool { fields.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    public func text(_ column: Int) -> String { column < fields.count ? fields[column].text : "" }
}

/// A CSV text read into rows, with what could not be read as written.
public struct CSVTable: Sendable {
    public enum Problem: Sendable, Hashable {
        /// A quoted cell that never closes: the rest of the file would be one cell.
        case unclosedQuote(line: Int, column: Int)
        /// Text after the closing quote of a cell (`"abc"def`), kept as Excel does.
        case textAfterQuote(line: Int, column: Int)
    }

    public var rows: [CSVRow]
    public var problems: [Problem]
}

/// Reads CSV as RFC 4180 defines it and as spreadsheets write it.
///
/// - Cells are separated by commas, records by CRLF, LF or a lone CR.
/// - A cell that starts with `"` is quoted: commas and line breaks in it are
///   text, `""` is one quote; its line breaks are read as LF.
/// - A quote inside an unquoted cell is an ordinary character (`12"`).
/// - After a closing quote, text up to the next comma is kept (Excel reads
///   `"abc"def` as `abcdef`) and reported.
/// - A line break at the end of the file does not start another record.
///
/// `column` in problems is the cell's number in its record (1 = column A).
public enum CSVReader {
    public static func read(_ text: String) -> CSVTable {
        var rows: [CSVRow] = []
        var problems: [CSVTable.Problem] = []
        var fields: [CSVField] = []
        var cell = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var cellLine = 1
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var quoteStart = (line: 1, column: 1)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        let count = scalars.count

        func endCell() {
            fields.append(CSVField(text: String(cell), line: cellLine, quoted: quoted))
            cell = String.UnicodeScalarView()
            quoted = false
            afterQuote = false
        }
        func endRow() {
            endCell()
            rows.append(CSVRow(line: rowLine, fields: fields))
            fields = []
        }

        while i < count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < count, scalars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                    i += 1
                    continue
                }
                if c == "\r" {
                    cell.append("\n")
                    line += 1
                    i += (i + 1 < count && scalars[i + 1] == "\n") ? 2 : 1
                    continue
                }
                if c == "\n" { line += 1 }
                cell.append(c)
                i += 1
                continue
            }
            switch c {
            case ",":
                endCell()
                cellLine = line
                i += 1
            case "\r", "\n":
                endRow()
                i += (c == "\r" && i + 1 < count && scalars[i + 1] == "\n") ? 2 : 1
                line += 1
                rowLine = line
                cellLine = line
            case "\"" where cell.isEmpty && !quoted:
                quoted = true
                inQuotes = true
                quoteStart = (line, fields.count + 1)
                i += 1
            default:
                if afterQuote {
                    problems.append(.textAfterQuote(line: line, column: fields.count + 1))
                    afterQuote = false
                }
                cell.append(c)
                i += 1
            }
        }
        if inQuotes {
            problems.append(.unclosedQuote(line: quoteStart.line, column: quoteStart.column))
        }
        // The last record, unless the file ended with its line break.
        if !cell.isEmpty || !fields.isEmpty || quoted {
            endRow()
        }
        return CSVTable(rows: rows, problems: problems)
    }
}
