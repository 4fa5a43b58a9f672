import CivicSite
import Foundation
import XCTest

/// Rendering runs for tens of thousands of pages; this keeps it from
/// regressing into re-parsing or copying data.
final class MustachePerformanceTests: XCTestCase {
    private static func listPage() throws -> (MustacheTemplate, [String: MustacheTemplate], TemplateValue) {
        let layout = try MustacheTemplate.parse("""
            <h1>{{title}}</h1>
            <ul>
              {{#groups}}
              {{> group-item}}
              {{/groups}}
            </ul>
            {{^groups}}<p>none</p>{{/groups}}

            """, path: "layouts/list.mustache")
        let item = try MustacheTemplate.parse("""
            <li><a href="{{url}}">{{name}}</a>{{#fields}} <span>{{.}}</span>{{/fields}}
              {{#summary}}<p>{{summary}}</p>{{/summary}} <small>{{site.name}}</small></li>

            """, path: "partials/group-item.mustache")
        let groups: [TemplateValue] = (0..<1000).map { index in
            ["name": .string("団体 \(index) & <仲間>"), "url": .string("/groups/\(index)/"),
             "fields": ["まちづくり", "環境の保全", "子どもの健全育成"], "summary": index % 2 == 0 ? "活動の紹介" : nil]
        }
        let data: TemplateValue = ["title": "団体一覧", "groups": .array(groups), "site": ["name": "市民活動センター"]]
        return (layout, ["group-item": item], data)
    }

    func testRenderingAThousandListItemsIsFast() throws {
        let (layout, partials, data) = try Self.listPage()
        let output = try layout.render(data, partials: partials, strict: true)
        XCTAssertEqual(output.components(separatedBy: "<li>").count - 1, 1000)
        XCTAssertTrue(output.contains("  <li><a href=\"/groups/999/\">団体 999 &amp; &lt;仲間&gt;</a> <span>まちづくり</span>"))
        XCTAssertTrue(output.contains("    <p>活動の紹介</p> <small>市民活動センター</small></li>\n"), "standalone partial lines are indented")

        let rounds = 20
        let start = Date()
        for _ in 0..<rounds { _ = try layout.render(data, partials: partials, strict: true) }
        let perPage = Date().timeIntervalSince(start) / Double(rounds)
        print(String(format: "mustache: 1,000-item page rendered in %.2f ms (%d bytes)", perPage * 1000, output.utf8.count))
        // Generous bound so a loaded debug build passes; a regression to
        // re-parsing or dictionary copying costs far more than this.
        XCTAssertLessThan(perPage, 0.5)
    }
}
