@testable import CivicSite
import XCTest

final class AreaResolverTests: XCTestCase {
    let areas = [Area(id: "honmachi", name: "本町地区"), Area(id: "midorigaoka", name: "緑ヶ丘地区"), .wholeCity]

    func resolve(_ written: [String]) -> (ids: [String], problems: [String]) {
        var diagnostics: [Diagnostic] = []
        let ids = AreaResolver(areas: areas).resolve(written, source: RecordSource(path: "content/groups/x.md"), diagnostics: &diagnostics)
        return (ids, diagnostics.map { "\($0.message) | \($0.hint ?? "")" })
    }

    func testEverySpellingOfAnAreaNamesIt() {
        XCTAssertEqual(resolve(["本町地区", "本町", "honmachi", "ＨＯＮＭＡＣＨＩ"]).ids, ["honmachi"], "one area, once")
        XCTAssertEqual(resolve(["緑が丘", "緑ケ丘地区", "緑ヶ丘 地区"]).ids, ["midorigaoka"])
        XCTAssertEqual(resolve(["市内全域", "本町"]).ids, ["citywide", "honmachi"], "in the order written")
        XCTAssertEqual(resolve(["本町"]).problems, [])
    }

    func testAnAreaNotInTheListIsAnErrorNamingTheClosest() {
        XCTAssertEqual(resolve(["本町一丁目"]).problems, ["unknown area '本町一丁目' | the closest areas are: '本町地区'"])
        XCTAssertEqual(resolve(["港地区"]).problems, ["unknown area '港地区' | write one of the areas of site.yml: 本町地区, 緑ヶ丘地区, 市内全域"])
        XCTAssertEqual(resolve(["本町地区、緑ヶ丘地区"]).problems,
                       ["unknown area '本町地区、緑ヶ丘地区' | for several areas write 'area: [本町地区, 緑ヶ丘地区]'"])
    }

    func testWithoutAreasTheTextStaysAsWritten() {
        var content = SiteContent(config: SiteConfig(title: "t", city: "c", baseURL: "/", centre: ContentLoader.placeholderConfig.centre))
        content.groups = [Group(slug: "g", title: "g", kana: "じー", type: .npo, fields: [], summary: "s", area: "みどり市東部",
                                source: RecordSource(path: "g.md"))]
        content.groups[0].areas = ["みどり市東部"]
        XCTAssertEqual(AreaResolver(areas: []).resolveAll(in: &content), [])
        XCTAssertEqual(content.groups[0].areas, ["みどり市東部"])
    }

    func testTheWholeCityIsAddedUnlessListed() throws {
        let parsed = FrontMatterParser.parse("areas:\n  - id: a\n    name: 東地区\n", file: "site.yml", firstLine: 1)
        var keyed = KeyedNode(node: parsed.node, path: "site.yml")
        XCTAssertEqual(AreaListDecoder.decode(&keyed), [Area(id: "a", name: "東地区"), .wholeCity])
        let own = FrontMatterParser.parse("areas:\n  - id: zen\n    name: 市内全域\n", file: "site.yml", firstLine: 1)
        var ownKeyed = KeyedNode(node: own.node, path: "site.yml")
        XCTAssertEqual(AreaListDecoder.decode(&ownKeyed), [Area(id: "zen", name: "市内全域")])
        var none = KeyedNode(node: FrontMatterParser.parse("title: x\n", file: "site.yml", firstLine: 1).node, path: "site.yml")
        XCTAssertEqual(AreaListDecoder.decode(&none), [], "no areas: area is free text")
    }
}
