@testable import CivicSite
import XCTest

/// The compact per-term posting lists give back exactly what was filed:
/// records, frequencies, flags and the low byte of each position, across
/// slice links and page ends.
final class SearchPostingListsTests: XCTestCase {
    func testEveryPostingComesBackAsFiledAcrossSlicesAndPages() {
        var lists = SearchPostingLists()
        var expected: [[(document: Int32, info: UInt64, positions: UInt64)]] = Array(repeating: [], count: 300)
        var seed: UInt64 = 42
        func random(_ bound: UInt64) -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (seed >> 33) % bound
        }
        for document in Int32(0)..<4_000 {
            // Records 150 apart: gaps need two varint bytes.
            for _ in 0..<150 { lists.fieldLengths.append(SIMD8<Float>(repeating: 1)) }
            // Term 0 is in every record (a long chain), the others now and then.
            for term in 0..<300 where term == 0 || random(5) == 0 {
                var info: UInt64 = 0
                for field in 0..<5 where random(3) == 0 { info |= (1 + random(255)) << (UInt64(field) * 8) }
                info |= random(4) << SearchPostingInfo.flagsShift
                var positions: UInt64 = 0
                if random(2) == 0 {
                    let count = random(4)
                    info |= SearchPostingInfo.positional | count << SearchPostingInfo.positionCountShift
                    for k in 0..<count { positions |= random(256) << (k * SearchPostingInfo.positionBits) }
                }
                let filed = document * 150 + Int32(random(3))
                lists.append(term: term, document: filed, info: info, positions: positions)
                expected[term].append((filed, info, positions))
            }
        }
        let scorer = SearchScorer(fieldLengths: lists.fieldLengths)
        var read = SearchTermPostings()
        for term in 0..<300 {
            lists.read(term, into: &read, scorer: scorer)
            XCTAssertEqual(read.documents, expected[term].map(\.document), "term \(term)")
            XCTAssertEqual(read.info, expected[term].map(\.info), "term \(term)")
            XCTAssertEqual(read.positions, expected[term].map(\.positions), "term \(term)")
            XCTAssertEqual(Int(lists.counts[term]), expected[term].count)
        }
        XCTAssertEqual(lists.postingCount, expected.map(\.count).reduce(0, +))
    }

    func testKeyLocationsFindEveryKeyAndIgnoreTheOrderTheyCameIn() {
        let path = "content/groups/a.md"
        let given = ["title": SourceLocation(file: path, line: 2, column: 1),
                     "fields[1]": SourceLocation(file: path, line: 5, column: 20),
                     "contact.email": SourceLocation(file: path, line: 12, column: 3),
                     "image": SourceLocation(file: "content/groups/a/index.md", line: 3, column: 1)]
        let locations = KeyLocations(given, file: path)
        for (key, location) in given { XCTAssertEqual(locations[key], location, key) }
        XCTAssertNil(locations["summary"])
        XCTAssertEqual(locations.count, 4)
        var reversed: [String: SourceLocation] = [:]
        for key in given.keys.sorted().reversed() { reversed[key] = given[key] }
        XCTAssertEqual(KeyLocations(reversed, file: path), locations)
        XCTAssertNotEqual(KeyLocations(["title": SourceLocation(file: path, line: 3, column: 1)], file: path),
                          KeyLocations(["title": SourceLocation(file: path, line: 2, column: 1)], file: path))
    }
}
