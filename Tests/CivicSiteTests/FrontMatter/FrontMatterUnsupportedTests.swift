import XCTest
@testable import CivicSite

/// YAML features outside the subset: each is a located error naming it.
final class FrontMatterUnsupportedTests: XCTestCase {
    let path = "content/groups/a.md"

    func testAnchorIsNamedAtItsPlace() {
        XCTAssertEqual(FrontMatterCheck.errors("title: 会\ndefaults:\n  base: &base 1\n", firstLine: 2), [
            "\(path):4:9: error: anchors ('&base') are not supported\n    hint: write the value out in full",
        ])
    }

    func testAlias() {
        XCTAssertEqual(FrontMatterCheck.error("a: *base\n"),
                       "\(path):1:4: error: aliases ('*base') are not supported\n    hint: write the value out in full instead of referring to an anchor")
    }

    func testTags() {
        XCTAssertEqual(FrontMatterCheck.error("a: !!str 1\n"),
                       "\(path):1:4: error: tags ('!!str') are not supported\n    hint: remove the tag; put the value in quotes to keep it as text")
        XCTAssertEqual(FrontMatterCheck.error("a:\n  - !x 1\n"),
                       "\(path):2:5: error: tags ('!x') are not supported\n    hint: remove the tag; put the value in quotes to keep it as text")
        XCTAssertEqual(FrontMatterCheck.error("a: [1, !t 2]\n"),
                       "\(path):1:8: error: tags ('!t') are not supported\n    hint: remove the tag; put the value in quotes to keep it as text")
    }

    func testSecondDocumentAndDocumentEnd() {
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n---\nb: 2\n"),
                       "\(path):2:1: error: a second document ('---') is not supported\n    hint: front matter is a single block of 'key: value' lines; remove this line")
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n...\n"),
                       "\(path):2:1: error: a document end marker ('...') is not supported\n    hint: front matter is a single block of 'key: value' lines; remove this line")
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n---  \n", firstLine: 2),
                       "\(path):3:1: error: a second document ('---') is not supported\n    hint: if this line should end the front matter, remove the spaces after '---'")
    }

    func testDirective() {
        XCTAssertEqual(FrontMatterCheck.error("%YAML 1.2\na: 1\n"),
                       "\(path):1:1: error: directives ('%YAML') are not supported\n    hint: remove this line; front matter needs no directives")
    }

    func testExplicitKey() {
        XCTAssertEqual(FrontMatterCheck.error("? a\n"),
                       "\(path):1:1: error: explicit keys ('? ') are not supported\n    hint: write the key and its value as 'key: value' on one line")
    }

    func testMergeKey() {
        XCTAssertEqual(FrontMatterCheck.error("a:\n  <<: {b: 1}\n"),
                       "\(path):2:3: error: merge keys ('<<') are not supported\n    hint: write the keys out in full")
        XCTAssertEqual(FrontMatterCheck.error("a: {<<: x}\n"),
                       "\(path):1:5: error: merge keys ('<<') are not supported\n    hint: write the keys out in full")
        // A quoted "<<" is an ordinary key.
        XCTAssertEqual(FrontMatterCheck.value("'<<': 1\n"), "{<<: 1}")
    }

    func testReservedIndicators() {
        XCTAssertEqual(FrontMatterCheck.error("a: @user\n"),
                       "\(path):1:4: error: a value cannot start with '@'\n    hint: put the value in quotes")
        XCTAssertEqual(FrontMatterCheck.error("a: `x`\n"),
                       "\(path):1:4: error: a value cannot start with '`'\n    hint: put the value in quotes")
    }

    func testNestingDepthIsBounded() {
        let deep = "a: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        XCTAssertEqual(FrontMatterCheck.error(deep),
                       "\(path):1:36: error: nesting is deeper than 32 levels\n    hint: front matter should be a few levels deep at most; flatten the structure")
    }
}
