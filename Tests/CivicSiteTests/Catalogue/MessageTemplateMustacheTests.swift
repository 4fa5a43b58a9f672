import XCTest
@testable import CivicSite

/// Messages about templates quote Mustache tags: a doubled brace is text,
/// while a placeholder right after it is still filled.
final class MessageTemplateMustacheTests: XCTestCase {
    func testMustacheTagsInATextAreNotPlaceholders() {
        let text = "e.g. {{title}}, close it with {{/{name}}}, or {{#{name}}}"
        XCTAssertEqual(LocalizedText.placeholders(in: text), ["name", "name"])
        XCTAssertEqual(MessageTemplate.fill(text, ["name": "events", "title": "x"], .en),
                       "e.g. {{title}}, close it with {{/events}}, or {{#events}}")
    }

    func testASingleBraceStillStartsAPlaceholder() {
        XCTAssertEqual(MessageTemplate.fill("「{name}」{", ["name": "a"], .ja), "「a」{")
    }
}
