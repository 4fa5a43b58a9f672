@testable import CivicSite
import Foundation
import XCTest

/// The property behind the first audit finding: whatever links a previous
/// site holds — to folders, to files, to the content, to the theme, to a
/// folder outside, at any depth, dangling, looping — a rebuild removes
/// them as links and every target stays byte for byte as it was.
final class LinkSaltingTests: XCTestCase {
    static let seeds: [UInt64] = [1, 2, 3, 4]
    static let linksPerSeed = 50

    func testARebuildLeavesEveryTargetOfLinksInThePreviousSiteUntouched() throws {
        var links = 0
        for seed in Self.seeds {
            links += try checkSeed(seed)
        }
        XCTAssertEqual(links, 235, "the seeds plant 235 links in all (the number the docs give)")
    }

    /// Returns how many links the previous site held.
    private func checkSeed(_ seed: UInt64) throws -> Int {
        let project = try OutputTestTree.project("salting", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
        defer { try? FileManager.default.removeItem(at: project) }
        let fm = FileManager.default
        let outside = project.appendingPathComponent("outside")
        try fm.createDirectory(at: outside.appendingPathComponent("pdfs/2025/spring"), withIntermediateDirectories: true)
        try Data("report\n".utf8).write(to: outside.appendingPathComponent("pdfs/report.pdf"))
        try Data("deep\n".utf8).write(to: outside.appendingPathComponent("pdfs/2025/spring/minutes.pdf"))
        try Data("root:x:0:0\n".utf8).write(to: outside.appendingPathComponent("passwd"))
        let site = project.appendingPathComponent("site")
        try build(project)

        var random = FrontMatterTestRandom(seed: seed)
        let targets = ["outside", "outside/pdfs", "outside/pdfs/2025", "outside/pdfs/report.pdf", "outside/passwd",
                       "content", "content/groups", "content/site.yml", "themes", "themes/default/assets",
                       "themes/default/layouts/base.mustache", "site", "site/index.html", "."]
        var count = 0
        while count < Self.linksPerSeed {
            let folders = foldersBelow(site)
            let folder = folders[random.next(below: folders.count)]
            let name = "salt-\(count)"
            let link = folder.isEmpty ? "site/" + name : "site/" + folder + "/" + name
            let depth = link.split(separator: "/").count - 1
            let up = String(repeating: "../", count: depth)
            let target = targets[random.next(below: targets.count)]
            switch random.next(below: 6) {
            case 0: try plant(project, link, to: project.path + "/" + target)                 // absolute
            case 1: try plant(project, link, to: up + target)                                 // relative
            case 2: try plant(project, link, to: up + "outside/not-there/\(count)")         // dangling
            case 3:                                                                          // a loop of two
                try plant(project, link, to: name + "-b")
                try plant(project, link + "-b", to: name)
            case 4: try plant(project, link, to: "./" + String(repeating: "../", count: random.next(below: depth + 1)))  // a folder above
            default:                                                                         // a planted folder holding a link
                try fm.createDirectory(at: project.appendingPathComponent(link), withIntermediateDirectories: true)
                try plant(project, link + "/inner", to: up + "../" + target)
            }
            count += 1
        }
        let before = outsideTheSite(OutputTestTree.snapshot(project))
        let planted = OutputTestTree.snapshot(site).values.filter { if case .link = $0 { return true }; return false }.count
        XCTAssertGreaterThan(planted, Self.linksPerSeed, "seed \(seed): links were planted")

        try build(project)

        let after = outsideTheSite(OutputTestTree.snapshot(project))
        XCTAssertEqual(before.count, after.count, "seed \(seed): \(OutputTestTree.difference(before, after) ?? "")")
        XCTAssertNil(OutputTestTree.difference(before, after), "seed \(seed): a link target changed")
        let links = OutputTestTree.snapshot(site).filter { if case .link = $0.value { return true }; return false }
        XCTAssertEqual(links.keys.sorted(), [], "seed \(seed): the new site holds none of the old links")
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "outside", "site"]), [], "seed \(seed)")
        return planted
    }

    private func build(_ project: URL) throws {
        let options = BuildOptions(contentDirectory: project.appendingPathComponent("content"),
                                   themesDirectory: project.appendingPathComponent("themes"),
                                   outputDirectory: project.appendingPathComponent("site"), now: FixtureBuild.now)
        _ = try SiteBuilder(options: options).build()
    }

    private func plant(_ project: URL, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: project.path + "/" + path, withDestinationPath: target)
    }

    /// Real folders of the site (not through links), "" for its top.
    private func foldersBelow(_ site: URL) -> [String] {
        [""] + OutputTestTree.snapshot(site).filter { $0.value == .folder }.keys.sorted()
    }

    private func outsideTheSite(_ snapshot: [String: OutputTestTree.Node]) -> [String: OutputTestTree.Node] {
        snapshot.filter { $0.key != "site" && !$0.key.hasPrefix("site/") }
    }
}
