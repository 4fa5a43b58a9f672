@testable import CivicSite
import Foundation

/// A spreadsheet's CSV as `civicsite import` reads it: bytes → text (UTF-8
/// with or without a BOM, CP932, UTF-16 refused) → rows. Every problem and
/// every cell must be located inside the text; and what was read, written
/// back by the open-data writer (quotes, commas, line breaks, the `'` in
/// front of formula-like cells) and read again, must be the same cells —
/// the property the export/import round trip rests on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let decoded) = ImportSource.decode(bytes, path: "fuzz.csv") else { return 0 }
    let table = CSVReader.read(decoded.text)
    let lines = Fuzz.lineLimit(decoded.text)
    var previous = 0
    for row in table.rows {
        if row.line < max(previous, 1) || row.line > lines { Fuzz.fail("row at line \(row.line) of \(lines)", decoded.text) }
        previous = row.line
        for field in row.fields where field.line < row.line || field.line > lines {
            Fuzz.fail("cell at line \(field.line), row at \(row.line)", decoded.text)
        }
    }
    for problem in table.problems {
        switch problem {
        case .unclosedQuote(let line, let column), .textAfterQuote(let line, let column):
            if line < 1 || line > lines || column < 1 { Fuzz.fail("problem outside the text: \(problem)", decoded.text) }
        }
    }
    // An unclosed quote makes the rest of the file one cell: the import
    // refuses such a file, so the round trip is asked only of the others.
    guard !table.problems.contains(where: { if case .unclosedQuote = $0 { return true } else { return false } }),
          !table.rows.isEmpty else { return 0 }
    let cells = table.rows.map { $0.fields.map(\.text) }
    let written = OpenDataCSV(header: cells[0], rows: Array(cells.dropFirst())).text
    let again = CSVReader.read(String(written.unicodeScalars.dropFirst())).rows.map { $0.fields.map(\.text) }
    let expected = cells.map { $0.map(unprotected) }
    if again.map({ $0.map(unprotected) }) != expected {
        Fuzz.fail("written and read again: \(again.debugDescription), expected \(expected.debugDescription)", decoded.text)
    }
    return 0
}

/// Cells read back keep the writer's `'` before formula-like text (the import
/// takes it off later), and a CR inside a quoted cell reads back as LF.
private func unprotected(_ cell: String) -> String {
    var text = cell.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    if text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first, "=+-@\t\n".unicodeScalars.contains(second) {
        text.removeFirst()
    }
    return text
}
