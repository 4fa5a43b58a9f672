import Foundation
import XCTest
@testable import CivicSite

/// The open data of the sample site: the standard event list, the CSVs
/// with Japanese headers, the catalogue and the `/data/` page, and certified
/// NPOs through every output.
final class OpenDataTests: XCTestCase {
    static let built: URL = {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-opendata-\(UUID().uuidString)")
        let options = BuildOptions(contentDirectory: TestPaths.projectRoot.appendingPathComponent("content"),
                                   themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"), outputDirectory: out,
                                   now: DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 0, minute: 0))
        _ = try? SiteBuilder(options: options).build()
        return out
    }()

    func file(_ path: String) throws -> String {
        try String(contentsOf: Self.built.appendingPathComponent(path), encoding: .utf8)
    }

    func rows(_ path: String) throws -> [[String]] {
        let bytes = [UInt8](try Data(contentsOf: Self.built.appendingPathComponent(path)))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "\(path) starts with a BOM, so Excel reads it as UTF-8")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertEqual(text.components(separatedBy: "\r\n").count - 1, CSVReader.read(text).rows.count, "every record ends in CRLF")
        return CSVReader.read(text).rows.map { $0.fields.map(\.text) }
    }

    func testTheEventListHasTheStandardColumnsAndFormats() throws {
        let table = try rows("data/events.csv")
        XCTAssertEqual(table[0], ["都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名", "イベント名_カナ", "イベント名_英語",
                                  "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)", "連絡先名称",
                                  "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法",
                                  "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考"])
        // One row per published event of the sample (the JSON open data lists the same).
        let json = try JSONSerialization.jsonObject(with: Data(try file("data/events.json").utf8))
        let events = (json as? [String: Any])?["records"] as? [Any] ?? []
        XCTAssertFalse(events.isEmpty)
        XCTAssertEqual(table.count - 1, events.count)
        let date = try NSRegularExpression(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), time = try NSRegularExpression(pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$")
        func matches(_ r: NSRegularExpression, _ s: String) -> Bool { r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        for row in table.dropFirst() {
            XCTAssertEqual(row.count, 32)
            XCTAssertEqual(row[0], "999997")
            XCTAssertEqual(row[2], "みどり県")
            XCTAssertEqual(row[3], "さくら野市")
            XCTAssertTrue(matches(date, row[7]) && matches(date, row[8]), "\(row[7]) \(row[8])")
            XCTAssertTrue(row[9].isEmpty || matches(time, row[9]), row[9])
            XCTAssertTrue(row[10].isEmpty || matches(time, row[10]), row[10])
            XCTAssertTrue(row[27].isEmpty || matches(date, row[27]), row[27])
            XCTAssertTrue(row[30].hasPrefix("https://example.jp/events/"), row[30])
            XCTAssertTrue(row[9].isEmpty == (row[11] == "終日"))
        }
        XCTAssertEqual(table.dropFirst().map { $0[7] }, table.dropFirst().map { $0[7] }.sorted(), "in the order they start")
    }

    func testTheLocalGovernmentCheckDigit() {
        for code in ["131016", "011002", "271403", "999997"] {
            let digits = code.map { Int(String($0))! }
            XCTAssertEqual(DecodingFormats.localGovernmentCheckDigit(Array(digits.prefix(5))), digits[5], code)
        }
        XCTAssertEqual(DecodingFormats.localGovernmentCheckDigit([0, 0, 0, 0, 6]), 0, "a remainder of 1 gives 0")
        XCTAssertEqual(DecodingFormats.localGovernmentCheckDigit([0, 0, 0, 0, 0]), 1, "a remainder of 0 gives 1")
    }

    func testTheCatalogueAndTheDataPageListEveryFile() throws {
        let catalogue = try JSONSerialization.jsonObject(with: Data(try file("data/catalog.json").utf8)) as? [String: Any]
        let datasets = try XCTUnwrap(catalogue?["dcat:dataset"] as? [[String: Any]])
        XCTAssertEqual(datasets.map { $0["dct:identifier"] as? String }, ["groups", "events", "grants", "cases", "fields", "news", "stats"])
        XCTAssertEqual(catalogue?["dct:license"] as? String, "https://creativecommons.org/licenses/by/4.0/deed.ja")
        var listed = 0
        for set in datasets {
            for distribution in set["dcat:distribution"] as? [[String: Any]] ?? [] {
                let url = try XCTUnwrap(distribution["dcat:downloadURL"] as? String)
                let path = String(url.dropFirst("https://example.jp/".count))
                let bytes = try Data(contentsOf: Self.built.appendingPathComponent(path))
                XCTAssertEqual(distribution["dcat:byteSize"] as? Int, bytes.count, path)
                XCTAssertNotNil(distribution["records"] as? Int)
                listed += 1
            }
        }
        XCTAssertEqual(listed, 11, "nine files of the records, news.json and stats.json")
        let page = try file("data/index.html")
        for name in ["groups.csv", "events.csv", "grants.csv", "cases.csv", "groups.json", "fields.json", "catalog.json", "CC BY 4.0"] {
            XCTAssertTrue(page.contains(name), name)
        }
        XCTAssertTrue(page.contains("件数：41件"), "the record count of groups")
        XCTAssertTrue(try file("index.html").contains("href=\"/data/\""), "linked from the footer")
    }

    func testCertifiedNPOsThroughEveryOutput() throws {
        let page = try file("groups/npo-support-link/index.html")
        XCTAssertTrue(page.contains("<span class=\"badge badge-certified\">認定NPO法人</span>"))
        XCTAssertTrue(page.contains("\"award\":\"認定NPO法人\""), "JSON-LD")
        XCTAssertTrue(try file("groups/zaitaku-care/index.html").contains("badge-certified\">特例認定NPO法人<"))
        let groups = try file("data/groups.json")
        XCTAssertTrue(groups.contains("\"id\": \"certified-npo\""))
        XCTAssertTrue(try rows("data/groups.csv").contains { $0.contains("認定NPO法人") })
        XCTAssertTrue(try file("search/index.html").contains("certified-npo"), "a facet value")
        let manifest = try FileManager.default.contentsOfDirectory(atPath: Self.built.appendingPathComponent("search").path)
        var facetSeen = false
        for name in manifest where name.hasSuffix(".json") {
            let text = try file("search/\(name)")
            if text.contains("special-certified-npo") { facetSeen = true }
        }
        XCTAssertTrue(facetSeen, "grants open to NPO法人 are found by certified NPOs")
        XCTAssertEqual(GroupType.admitted(by: [.npo, .voluntary]), [.npo, .voluntary, .certifiedNPO, .specialCertifiedNPO])
        XCTAssertEqual(GroupType.admitted(by: [.voluntary]), [.voluntary])
        XCTAssertEqual(GroupType(written: "認定特定非営利活動法人"), .certifiedNPO)
        XCTAssertEqual(GroupType(written: "特例認定ＮＰＯ法人"), .specialCertifiedNPO)
    }
}
