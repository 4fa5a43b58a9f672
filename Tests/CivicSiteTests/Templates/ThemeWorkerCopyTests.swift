import XCTest
@testable import CivicSite

/// Each rendering worker walks a copy of the templates: the copy must render
/// exactly as the original and share no storage with it.
final class ThemeWorkerCopyTests: XCTestCase {
    func testACopiedTemplateRendersTheSame() throws {
        let source = """
        {{<frame}}{{$main}}
          {{#items}}<li>{{name}}{{^last}}、{{/last}}</li>
          {{/items}}{{> footer}}{{/main}}{{/frame}}
        """
        let partials = [
            "frame": try MustacheTemplate.parse("<main>\n  {{$main}}既定{{/main}}\n</main>\n", path: "partials/frame.mustache"),
            "footer": try MustacheTemplate.parse("<footer>{{site.title}}</footer>\n", path: "partials/footer.mustache"),
        ]
        let template = try MustacheTemplate.parse(source, path: "layouts/list.mustache")
        let data: TemplateValue = .object([
            "items": .array([.object(["name": "子ども食堂<&>", "last": false]), .object(["name": "防犯パトロール", "last": true])]),
            "site": .object(["title": "市民活動センター　活動団体ディレクトリ"]),
        ])
        let original = try template.render(data, partials: partials, strict: true)
        let copied = try template.workerCopy().render(data.workerCopy(), partials: partials.mapValues { $0.workerCopy() },
                                                      strict: true)
        XCTAssertEqual(copied, original)
        XCTAssertTrue(original.contains("子ども食堂&lt;&amp;&gt;、"), original)
    }

    func testACopiedTextHasStorageOfItsOwn() {
        let text = String(repeating: "市民活動センター", count: 4)
        let copy = text.workerCopy()
        XCTAssertEqual(copy, text)
        var a = text, b = copy
        let sameBuffer = a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } }
        XCTAssertFalse(sameBuffer)
        XCTAssertEqual("短い".workerCopy(), "短い")
    }
}
