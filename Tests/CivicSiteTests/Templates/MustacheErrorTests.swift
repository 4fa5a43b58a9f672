import CivicSite
import XCTest

/// Parse errors: exact message, hint and location, all collected at once.
final class MustacheErrorTests: XCTestCase {
    private func parseErrors(_ source: String, path: String = "themes/default/layouts/group.mustache") -> [Diagnostic] {
        do {
            _ = try MustacheTemplate.parse(source, path: path)
            XCTFail("expected a parse error")
            return []
        } catch {
            return error.sorted
        }
    }

    func testUnclosedSectionIsReportedAtItsOpeningTag() {
        let source = String(repeating: "<p>line</p>\n", count: 11) + "    {{#events}}\n<li>{{name}}</li>\n"
        let errors = parseErrors(source)
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.description,
                       "themes/default/layouts/group.mustache:12:5: error: unclosed section 'events'\n    hint: close it with {{/events}}")
    }

    func testMismatchedClosingTagNamesWhatWasExpected() {
        let errors = parseErrors("{{#events}}\n  {{name}}\n{{/evnets}}\n{{/events}}\n")
        XCTAssertEqual(errors.map(\.message), ["unexpected closing tag 'evnets', expected 'events'"])
        XCTAssertEqual(errors.first?.location, SourceLocation(file: "themes/default/layouts/group.mustache", line: 3, column: 1))
        XCTAssertEqual(errors.first?.hint, "'events' was opened at line 1, column 1")
    }

    func testStrayClosingTag() {
        let errors = parseErrors("<p>{{/items}}</p>")
        XCTAssertEqual(errors.map(\.message), ["unexpected closing tag 'items'"])
        XCTAssertEqual(errors.first?.location.column, 4)
    }

    func testUnclosedTagAndUnclosedInheritanceTags() {
        XCTAssertEqual(parseErrors("<h1>{{title</h1>").map(\.description),
                       ["themes/default/layouts/group.mustache:1:5: error: unclosed tag, expected '}}'\n    hint: close the tag with '}}' (the rest of the file is read as text)"])
        XCTAssertEqual(parseErrors("{{<base}}\n{{$main}}x\n").map(\.message), ["unclosed parent 'base'", "unclosed block 'main'"])
        XCTAssertEqual(parseErrors("{{^empty}}none").map(\.message), ["unclosed inverted section 'empty'"])
    }

    func testColumnsCountUnicodeScalars() {
        let errors = parseErrors("団体名：{{#groups}}")
        XCTAssertEqual(errors.first?.location, SourceLocation(file: "themes/default/layouts/group.mustache", line: 1, column: 5))
    }

    func testLinesCountedAcrossMultilineCommentsAndCRLF() {
        let errors = parseErrors("{{! a\nlong\ncomment }}\r\nok\r\n  {{#x}}")
        XCTAssertEqual(errors.first?.location.line, 5)
        XCTAssertEqual(errors.first?.location.column, 3)
    }

    func testEveryProblemInAFileIsReported() {
        let errors = parseErrors("{{}}\n{{a b}}\n{{=<% %>=}}<%= x =%>\n<%#open%>")
        XCTAssertEqual(errors.map(\.message), ["empty tag name", "invalid tag name 'a b'",
                                               "invalid delimiter change 'x'", "unclosed section 'open'"])
        XCTAssertEqual(errors.map(\.location.line), [1, 2, 3, 4])
        XCTAssertEqual(errors[2].location.column, 12, "the second tag uses the delimiters set by the first")
    }

    func testATagLeftUnclosedIsNamedAsSuch() {
        // The scanner pairs `{{title}` with the `}}` of the next tag.
        let errors = parseErrors("<h3>{{title}</h3>\n<p>{{type}}</p>\n{{#events}\n{{/events}}")
        XCTAssertEqual(errors.map(\.description).first,
                       "themes/default/layouts/group.mustache:1:5: error: tag '{{title' is not closed with '}}'\n    hint: write '{{title}}'")
        XCTAssertEqual(errors.map(\.message).dropFirst().first, "tag '{{#events' is not closed with '}}'")
    }

    func testInvalidDelimiterChange() {
        XCTAssertEqual(parseErrors("{{=<%=}}").map(\.message), ["invalid delimiter change '<%'"])
    }

    func testValidTemplateParsesAndTracksReferences() throws {
        let template = try MustacheTemplate.parse("{{> header}}\n{{#a}}{{<base}}{{$x}}{{> card}}{{/x}}{{/base}}{{/a}}", path: "t.mustache")
        XCTAssertEqual(template.references.map(\.name), ["header", "base", "card"])
        XCTAssertEqual(template.references.map(\.kind), [.partial, .parent, .partial])
        XCTAssertEqual(template.references[1].location, SourceLocation(file: "t.mustache", line: 2, column: 7))
    }
}
