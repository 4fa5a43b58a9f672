import XCTest
@testable import CivicSite

/// Several problems in one run, real file positions (first line offset,
/// CRLF, BOM, Japanese text), and input that must never hang or crash.
final class FrontMatterRecoveryTests: XCTestCase {
    let path = "content/groups/a.md"

    func testReportsEveryBrokenTopLevelKey() {
        let text = """
        title: "市民の会
        tags: [a, b
        base: &x 1
        ok: fine
        nested:
          a: *x
          b: "also skipped, as part of the broken entry
        title: again
        """
        XCTAssertEqual(FrontMatterCheck.errors(text + "\n", firstLine: 2), [
            "\(path):2:8: error: unterminated double-quoted string\n    hint: add the closing \"; if the text goes on over several lines, indent them more than the key",
            "\(path):3:7: error: unclosed flow sequence '['\n    hint: add the closing ']'; if the list goes on over several lines, indent them more than the key",
            "\(path):4:7: error: anchors ('&x') are not supported\n    hint: write the value out in full",
            "\(path):7:6: error: aliases ('*x') are not supported\n    hint: write the value out in full instead of referring to an anchor",
            "\(path):9:1: error: duplicate key 'title'\n    hint: 'title' is already set on line 2",
        ])
    }

    func testTabErrorsOnSeveralLines() {
        XCTAssertEqual(FrontMatterCheck.errors("a:\n\tb: 1\nc: 2\nd:\n\t- x\n"), [
            "\(path):2:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter",
            "\(path):5:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter",
        ])
    }

    func testFirstLineOffsetsEveryLocation() throws {
        let node = try XCTUnwrap(FrontMatterParser.parse("a: 1\nb:\n  - x\n", file: "f.md", firstLine: 10).node)
        XCTAssertEqual(node["b"]?.keyLocation.description, "f.md:11:1")
        XCTAssertEqual(node["b"]?.value.items?.first?.location.description, "f.md:12:5")
    }

    func testCRLFAndLoneCRGiveTheSameTreeAndLocations() {
        let lf = "a: x\nb: |\n  one\n  two\nc: [1,\n  2]\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = lf.replacingOccurrences(of: "\n", with: "\r")
        XCTAssertEqual(FrontMatterParser.parse(crlf, file: "f").node, FrontMatterParser.parse(lf, file: "f").node)
        XCTAssertEqual(FrontMatterParser.parse(cr, file: "f").node, FrontMatterParser.parse(lf, file: "f").node)
        XCTAssertEqual(FrontMatterCheck.error("a: 1\r\nb: &x 2\r\n"),
                       "\(path):2:4: error: anchors ('&x') are not supported\n    hint: write the value out in full")
    }

    func testByteOrderMarkIsIgnored() {
        XCTAssertEqual(FrontMatterCheck.value("\u{FEFF}a: 1\n"), "{a: 1}")
        XCTAssertEqual(FrontMatterCheck.error("\u{FEFF}a: &x 1\n"),
                       "\(path):1:4: error: anchors ('&x') are not supported\n    hint: write the value out in full")
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(FrontMatterCheck.error("団体名: 子ども食堂: 北区\n"),
                       "\(path):1:11: error: a value cannot contain ': ' unless it is quoted\n    hint: put the whole value in quotes: \"子ども食堂: 北区\"")
        // The emoji is one scalar, so one column.
        XCTAssertEqual(FrontMatterCheck.error("活動分野:\n  - 😀まちづくり: [a,, b]\n"),
                       "\(path):2:16: error: unexpected ',' in a flow sequence\n    hint: remove the extra ','; empty items are not allowed")
    }

    /// Random and garbled inputs built from YAML's special characters must
    /// end with a tree or diagnostics, never a crash or a hang.
    func testGarbledInputAlwaysTerminates() {
        var generator = FrontMatterTestRandom(seed: 0x5EED_F00D)
        let pieces = ["a", "キー", ":", ": ", " ", "  ", "\n", "\n  ", "\t", "-", "- ", "[", "]", "{", "}", ",",
                      "'", "\"", "\\", "#", " #", "|", ">", "|-", ">+2", "&a", "*a", "!!", "? ", "%", "@", "---",
                      "...", "<<", "\r\n", "\u{FEFF}", "0x", "1", ".5", "~", "\\u12", "\\\n"]
        var outcomes = (trees: 0, failures: 0)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<generator.next(below: 40) {
                text += pieces[generator.next(below: pieces.count)]
            }
            let result = FrontMatterParser.parse(text, file: "fuzz.md")
            XCTAssertNotNil(result.node, text.debugDescription)
            if result.diagnostics.contains(where: \.isError) {
                outcomes.failures += 1
            } else {
                outcomes.trees += 1
            }
        }
        // Both kinds of outcome occur, so the inputs exercise the parser.
        XCTAssertGreaterThan(outcomes.trees, 50)
        XCTAssertGreaterThan(outcomes.failures, 50)
    }

    func testMutatedRealFrontMatterAlwaysTerminates() {
        let sample = Array(FrontMatterSample.groupPage.unicodeScalars)
        var generator = FrontMatterTestRandom(seed: 42)
        let inserts: [Unicode.Scalar] = ["\n", " ", "\t", ":", "-", "[", "{", "\"", "'", "#", "|", ">", "&", "*", "\\"]
        for _ in 0..<1_000 {
            var scalars = sample
            for _ in 0..<(1 + generator.next(below: 4)) {
                let index = generator.next(below: scalars.count)
                switch generator.next(below: 3) {
                case 0: scalars.remove(at: index)
                case 1: scalars.insert(inserts[generator.next(below: inserts.count)], at: index)
                default: scalars[index] = inserts[generator.next(below: inserts.count)]
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let result = FrontMatterParser.parse(String(view), file: "fuzz.md")
            // Every entry the parser kept lies in the text, before any
            // later entry: recovery never invents or reorders entries.
            let lines = result.node?.entries?.map(\.keyLocation.line) ?? []
            XCTAssertEqual(lines, lines.sorted())
            XCTAssertTrue(lines.allSatisfy { $0 >= 1 && $0 <= scalars.filter { $0 == "\n" || $0 == "\r" }.count + 1 })
        }
    }
}
