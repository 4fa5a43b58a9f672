import XCTest
@testable import CivicSite

/// The CSV reader against RFC 4180's rules and what Excel writes.
final class CSVReaderTests: XCTestCase {
    func cells(_ text: String) -> [[String]] {
        CSVReader.read(text).rows.map { $0.fields.map(\.text) }
    }

    func testRFC4180Records() {
        XCTAssertEqual(cells("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"), [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
        XCTAssertEqual(cells("aaa,bbb,ccc\r\nzzz,yyy,xxx"), [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]], "no final line break")
        XCTAssertEqual(cells("\"aaa\",\"bbb\",\"ccc\"\r\n"), [["aaa", "bbb", "ccc"]])
        XCTAssertEqual(cells("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n"), [["aaa", "b\nbb", "ccc"], ["zzz", "yyy", "xxx"]])
        XCTAssertEqual(cells("\"aaa\",\"b\"\"bb\",\"ccc\"\r\n"), [["aaa", "b\"bb", "ccc"]])
        XCTAssertEqual(cells("a,\"b,c\",d\n"), [["a", "b,c", "d"]])
        XCTAssertEqual(cells("a,,\"\"\n"), [["a", "", ""]], "empty cells, quoted or not")
        XCTAssertEqual(cells(" a , b \n"), [[" a ", " b "]], "spaces are part of a cell")
    }

    func testWhatSpreadsheetsWrite() {
        XCTAssertEqual(cells("a,b\rc,d\r"), [["a", "b"], ["c", "d"]], "old Mac line ends")
        XCTAssertEqual(cells("a,b,,,\n"), [["a", "b", "", "", ""]], "trailing empty columns")
        XCTAssertEqual(cells("a\n,,\n\nb\n"), [["a"], ["", "", ""], [""], ["b"]])
        XCTAssertTrue(CSVReader.read(",,\n").rows[0].isBlank)
        XCTAssertEqual(cells("12\"\n"), [["12\""]], "a quote inside an unquoted cell is text")
        XCTAssertEqual(cells("\"セルの中\n改行\",x\n"), [["セルの中\n改行", "x"]], "Alt+Enter in a cell")
    }

    func testTextAfterAClosingQuoteIsKeptAndReported() {
        let table = CSVReader.read("\"ab\"c,d\n")
        XCTAssertEqual(table.rows.map { $0.fields.map(\.text) }, [["abc", "d"]])
        XCTAssertEqual(table.problems, [.textAfterQuote(line: 1, column: 1)])
    }

    func testAnUnclosedQuoteIsReportedWhereItOpens() {
        let table = CSVReader.read("a,b\nc,\"d\ne,f\n")
        XCTAssertEqual(table.problems, [.unclosedQuote(line: 2, column: 2)])
    }

    /// Each cell knows the line it starts on, also after a cell holding line breaks.
    func testCellsKnowTheirLines() {
        let table = CSVReader.read("h1,h2,h3\r\n\"one\r\ntwo\",x,\"three\nfour\nfive\"\r\nnext,y,z\r\n")
        XCTAssertEqual(table.rows.map(\.line), [1, 2, 6])
        XCTAssertEqual(table.rows[1].fields.map(\.line), [2, 3, 3])
        XCTAssertEqual(table.rows[2].fields.map(\.line), [6, 6, 6])
    }

    /// Random tables written with the open-data writer's quoting read back
    /// cell for cell, whatever they hold: the writer and the reader agree,
    /// and both agree with Python's csv module (Tests/OpenData/check_open_data.py
    /// reads the writer's files).
    func testRandomTablesReadBack() {
        var rng = SplitMix(seed: 4180)
        let alphabet: [String] = ["a", "あ", ",", "\"", "\n", " ", "、", "①", "=", "x", "\u{3000}", "\t"]
        for _ in 0..<300 {
            let width = Int(rng.next() % 5) + 1
            let table: [[String]] = (0..<Int(rng.next() % 6 + 1)).map { _ in
                (0..<width).map { _ in (0..<Int(rng.next() % 6)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined() }
            }
            let text = table.map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
            let read = CSVReader.read(text)
            XCTAssertEqual(read.rows.map { $0.fields.map(\.text) }, table, text)
            XCTAssertTrue(read.problems.isEmpty)
        }
    }

    static func quoted(_ s: String) -> String {
        s.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    func testTheOpenDataWriterQuotesWhatNeedsIt() {
        XCTAssertEqual(OpenDataCSV.cell("a,b"), "\"a,b\"")
        XCTAssertEqual(OpenDataCSV.cell("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(OpenDataCSV.cell("=HYPERLINK(1)"), "'=HYPERLINK(1)", "a formula is shown as text in a spreadsheet")
        XCTAssertEqual(ImportValues.cell("'=HYPERLINK(1)"), "=HYPERLINK(1)", "and the import takes the mark off again")
        let csv = OpenDataCSV(header: ["見出し"], rows: [["値"]]).text
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}見出し\r\n"))
        XCTAssertTrue(csv.hasSuffix("値\r\n"))
    }

    /// Found by the CSV fuzz target: a quote or comma followed by a combining
    /// mark (half-width ﾟ, U+0301) is one Character with it, and the writer
    /// compared Characters, so the quote went undoubled and the comma unquoted.
    func testAQuoteOrACommaBeforeACombiningMarkIsStillWrittenSafely() {
        for cell in ["x,yeh\"\u{FF9F}ﾝ\"hi\"\"\"", "a,\u{301}b", "\"\u{FF9E}", "line\n\u{301}two"] {
            let written = OpenDataCSV(header: ["h"], rows: [[cell]]).text
            let read = CSVReader.read(String(written.unicodeScalars.dropFirst()))
            XCTAssertEqual(read.rows.map { $0.fields.map(\.text) }, [["h"], [cell]], written.debugDescription)
            XCTAssertEqual(read.problems, [])
        }
        XCTAssertEqual(ImportYAML.list(["a,\u{301}b", "c"]), "[\"a,\u{301}b\", c]", "a comma with a mark after it is still a comma")
    }
}

/// A small deterministic generator for the random tables.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
