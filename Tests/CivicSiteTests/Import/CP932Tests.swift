import XCTest
@testable import CivicSite

/// CP932 as Japanese Excel writes it, decoded with the generated table.
final class CP932Tests: XCTestCase {
    func decode(_ bytes: [UInt8]) -> String { CP932Table.decode(bytes[...]).text }

    func testShiftJISAndTheWindowsExtensions() {
        XCTAssertEqual(decode([0x82, 0xA0, 0x88, 0x9F]), "あ亜")
        XCTAssertEqual(decode([0x87, 0x40]), "①", "NEC special characters")
        XCTAssertEqual(decode([0x87, 0x8A]), "㈱")
        XCTAssertEqual(decode([0xFA, 0x40]), "ⅰ", "IBM extensions")
        XCTAssertEqual(decode([0xFB, 0xFC]), "髙")
        XCTAssertEqual(decode([0x81, 0x60]), "～", "Microsoft maps the wave dash to U+FF5E")
        XCTAssertEqual(decode([0x81, 0x5C]), "―")
        XCTAssertEqual(decode([0xB1, 0xB2]), "ｱｲ", "half-width katakana")
        XCTAssertEqual(decode([0x41, 0x5C, 0x7E]), "A\\~", "ASCII stays ASCII")
    }

    func testBytesThatAreNoCharacterAreFoundWhereTheyAre() {
        let user = CP932Table.decode([0x41, 0x0A, 0x42, 0xF0, 0x40, 0x43][...])
        XCTAssertEqual(user.text, "A\nB\u{FFFD}C", "a user-defined character (外字) is not published")
        XCTAssertEqual(user.bad.map { [$0.line, $0.column] }, [[2, 2]])
        XCTAssertEqual(CP932Table.decode([0x82][...]).bad.count, 1, "a lead byte at the end")
        XCTAssertEqual(CP932Table.decode([0xA0, 0xFD][...]).bad.count, 2)
    }

    /// The table agrees with the system's Shift_JIS for every JIS X 0208
    /// character both know (the table is generated from another codec).
    func testAgreesWithTheSystemShiftJISForJISX0208() {
        var compared = 0
        for lead in Array(0x81...0x9F) + Array(0xE0...0xEF) {
            for trail in 0x40...0xFC where trail != 0x7F {
                let bytes = Data([UInt8(lead), UInt8(trail)])
                guard let system = String(data: bytes, encoding: .shiftJIS), system.unicodeScalars.count == 1,
                      let ours = CP932Table.character(lead: UInt8(lead), trail: UInt8(trail)) else { continue }
                // The few characters Microsoft maps differently from JIS.
                if ["\u{301C}", "\u{2016}", "\u{2212}", "\u{00A2}", "\u{00A3}", "\u{00AC}", "\u{2014}", "\u{FF5E}", "\u{2225}", "\u{FF0D}", "\u{FFE0}", "\u{FFE1}", "\u{FFE2}", "\u{2015}"].contains(String(system)) { continue }
                XCTAssertEqual(String(ours), system, String(format: "%02X%02X", lead, trail))
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 6000)
    }
}
