import Foundation
import XCTest
@testable import CivicSite

/// Doubling a content file in any of these shapes may at most about double
/// the time it takes to read (`DoublingCheck`): the shapes of the fuzzing
/// and stress audit, and the other constructs that repeat without bound
/// within the 1 MB limit of a record file. Files are read as the loader
/// reads them: bytes → text → `---` split → parser. The message filler,
/// which every problem goes through, is doubled too.
///
/// The benchmark scripts measure speed (scripts/bench-frontmatter.sh);
/// this only guards the growth.
final class FrontMatterScalingTests: XCTestCase {
    typealias Shape = DoublingCheck.Shape

    static func text(_ piece: String, _ n: Int) -> String {
        String(repeating: piece, count: max(n / max(piece.utf8.count, 1), 1))
    }

    /// A record file: `---`, the keys, `---`, a body.
    static func record(_ keys: String, body: String = "本文\n") -> String {
        "---\ntitle: さくら\n" + keys + "---\n" + body
    }

    static let shapes: [Shape] = [
        // The audit's shape: one plain value continued over many lines.
        Shape("plain value continued over lines") { n in record("fees: a\n" + text("  b\n", n)) },
        Shape("long flow sequence") { n in record("tags: [" + text("a, ", n) + "z]\n") },
        Shape("long flow mapping") { n in record("m: {" + (0..<(n / 8)).map { "k\($0): v, " }.joined() + "z: 1}\n") },
        Shape("many keys") { n in record((0..<(n / 10)).map { "key\($0): 値\n" }.joined()) },
        Shape("many unknown keys near known ones") { n in record((0..<(n / 10)).map { "titl\($0): 値\n" }.joined()) },
        Shape("many duplicate keys") { n in record(text("title: 重複\n", n)) },
        Shape("long double-quoted string with escapes") { n in record("summary: \"" + text("\\t\\u3042a\\\"", n) + "\"\n") },
        Shape("long single-quoted string with quotes") { n in record("summary: '" + text("it''s ", n) + "'\n") },
        Shape("long block scalar") { n in record("summary: |\n" + text("  行です。\n", n)) },
        Shape("long folded scalar") { n in record("summary: >-\n" + text("  折り返す\n", n)) },
        Shape("long block sequence") { n in record("tags:\n" + text("  - a\n", n)) },
        Shape("sequence of mappings") { n in record("items:\n" + text("  - a: 1\n    b: 2\n", n)) },
        // 31 levels are allowed (32 is the limit): many entries at the bottom.
        Shape("many entries 31 levels deep") { n in
            record((0..<31).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
                   + (0..<(n / 72)).map { String(repeating: "  ", count: 31) + "e\($0): v\n" }.joined())
        },
        Shape("many flow values 31 levels deep") { n in
            record("a:\n" + text("  - " + String(repeating: "[", count: 30) + "x" + String(repeating: "]", count: 30) + "\n", n))
        },
        Shape("many errors, one per line") { n in record(text("key：値\n", n)) },
        Shape("many tabs in indentation") { n in record("a:\n" + text("\tb: c\n", n)) },
        Shape("stray closers between keys") { n in record(text("a: b\n---\n", n)) },
        Shape("forgotten closer before a long body") { n in "---\ntitle: さくら\n" + text("本文の行です。\n", n) },
        Shape("long body after the front matter") { n in record("", body: text("本文の行です。\n", n)) },
        Shape("long comment lines") { n in record(text("# コメント\n", n)) },
        Shape("long key") { n in record(text("k", n) + ": v\n") },
        Shape("CRLF lines") { n in record(text("k: v\r\n", n)) },
    ]

    func testReadingTimeGrowsLinearly() {
        let check = DoublingCheck(smallestSize: 8_192, largestSize: 262_144)
        var report: [String] = []
        for shape in Self.shapes {
            let m = check.check(shape) { text in
                _ = ContentLoader.frontMatterReader(Data(text.utf8), "content/groups/sakura.md", false)
            }
            report.append(m.line)
            XCTAssertTrue(m.isLinear, m.line)
        }
        print("front-matter doubling (CPU time, best of runs):\n" + report.joined(separator: "\n"))
    }

    /// The shapes reach the parser: each gives what the shape says, so a
    /// change that stops reading them early cannot pass as linear.
    func testShapesReadAsIntended() {
        func read(_ text: String) -> ContentParsedFile {
            ContentLoader.frontMatterReader(Data(text.utf8), "content/groups/sakura.md", false)
        }
        let shape = { (name: String) in Self.shapes.first { $0.name == name }!.make(4_096) }
        XCTAssertFalse(read(shape("plain value continued over lines")).diagnostics.contains(where: \.isError))
        XCTAssertFalse(read(shape("many entries 31 levels deep")).diagnostics.contains(where: \.isError))
        XCTAssertFalse(read(shape("many flow values 31 levels deep")).diagnostics.contains(where: \.isError))
        XCTAssertGreaterThan(read(shape("many errors, one per line")).diagnostics.count, 100)
        XCTAssertEqual(read(shape("long flow sequence")).frontMatter?.entries?.count, 2)
    }

    /// `{name}` filling, for the values staff typed, however long or many.
    func testMessageFillingGrowsLinearly() {
        let check = DoublingCheck(smallestSize: 16_384, largestSize: 1 << 20)
        let arguments: MessageArguments = ["a": .text("値"), "b": .list([.text("x"), .text("y")]), "n": .number(3)]
        let shapes: [Shape] = [
            Shape("many placeholders") { n in Self.text("{a}と{b}、{n}。", n) },
            Shape("many unknown placeholders") { n in Self.text("{zz}", n) },
            Shape("braces that open nothing") { n in Self.text("{", n) },
            Shape("doubled braces") { n in Self.text("{{a}}", n) },
            Shape("a long name never closed") { n in "{" + Self.text("a", n) },
            Shape("names never closed") { n in Self.text("{ab", n) },
        ]
        var report: [String] = []
        for shape in shapes {
            let m = check.check(shape) { template in
                _ = MessageTemplate.fill(template, arguments, .ja)
            }
            report.append(m.line)
            XCTAssertTrue(m.isLinear, m.line)
        }
        // A long value: the text a placeholder shows, from a huge file.
        let long = check.check(Shape("long value") { n in Self.text("長", n) }) { value in
            _ = MessageTemplate.fill("「{a}」です", ["a": .text(value)], .ja)
        }
        report.append(long.line)
        XCTAssertTrue(long.isLinear, long.line)
        print("message filling doubling (CPU time, best of runs):\n" + report.joined(separator: "\n"))
    }
}
