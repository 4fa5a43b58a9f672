import Foundation
import XCTest

/// The audit's reproducers 1–4, run as a user would: links planted in a
/// previous site, an output folder that is a link, a link into `content/`,
/// and a path through a link that does not exist yet.
final class LinkedOutputTests: XCTestCase {
    private var project: URL!

    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
        project = try OutputTestTree.project("linked-output", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func build(_ extra: [String] = []) throws -> CivicSiteCommand.Run {
        try CivicSiteCommand.run(["build", "--quiet", "--lang", "en", "--now", "2026-12-01"] + extra, in: project)
    }

    private func folder(_ path: String, files: [String: String]) throws {
        let url = project.appendingPathComponent(path)
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: project.path + "/" + path, withDestinationPath: target)
    }

    /// Reproducers 1 and 3: a rebuild used to empty every folder the previous site linked to.
    func testARebuildRemovesLinksInThePreviousSiteAndNotWhatTheyPointTo() throws {
        XCTAssertEqual(try build().status, 0)
        try folder("srv/pdfs", files: ["a.pdf": "pdf a", "2025/b.pdf": "pdf b"])
        try folder("srv/well-known", files: ["security.txt": "contact"])
        try folder("srv/x", files: ["x.txt": "x"])
        try folder("srv/deep", files: ["d.txt": "d"])
        try folder("content/images", files: ["logo.png": "png"])
        try link("site/pdfs", to: project.path + "/srv/pdfs")                      // depth 1, absolute
        try link("site/.well-known", to: "../srv/well-known")                      // depth 1, hidden, relative
        try link("site/assets/x", to: "../../srv/x")                               // depth 2
        try link("site/groups/index-link", to: "../../srv/deep/d.txt")             // depth 2, to a file
        let groupFolder = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: project.path + "/site/groups")
            .sorted().first { !$0.contains(".") && !$0.contains("link") })
        try link("site/groups/\(groupFolder)/deeper", to: project.path + "/srv/deep")  // depth 3
        try link("site/images", to: "../content/images")                           // reproducer 3: into content/
        let before = OutputTestTree.snapshot(project.appendingPathComponent("srv"))
        let contentBefore = OutputTestTree.snapshot(project.appendingPathComponent("content"))

        let rebuilt = try build()

        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertEqual(OutputTestTree.snapshot(project.appendingPathComponent("srv")), before, "a link target was changed")
        XCTAssertEqual(OutputTestTree.snapshot(project.appendingPathComponent("content")), contentBefore, "content/ was changed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/site/pdfs"), "planted links are not kept")
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/site/index.html"))
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "site", "srv"]), [], "no .site.old-… left")
    }

    /// Reproducer 2: `public` → a web root holding a site and files we never wrote.
    func testAnOutputFolderThatIsALinkIsRefusedUnlessABuildWroteWhatItPointsTo() throws {
        try folder("www", files: ["index.html": "old", "sitemap.xml": "<urlset/>", ".htaccess": "Deny from all"])
        try link("public", to: "www")
        let before = OutputTestTree.snapshot(project.appendingPathComponent("www"))

        let refused = try build(["--output", "public"])

        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, """
            error: the output folder 'public' is a symbolic link to 'www', a folder that holds no site civicsite wrote [CS5010]
                hint: a build never turns a link into a folder and replaces the folder it points to only when a build wrote it: \
            write the site to a folder of its own (--output site) and point the link at that folder

            """)
        XCTAssertEqual(OutputTestTree.snapshot(project.appendingPathComponent("www")), before)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: project.path + "/public"), "www", "the link is still a link")
        XCTAssertEqual(try build(["--output", "public", "--force"]).status, 2, "--force does not reach through a link")

        // The advice: a folder of the site's own, and the link pointed at it.
        XCTAssertEqual(try build().status, 0)
        try FileManager.default.removeItem(atPath: project.path + "/public")
        try link("public", to: "site")
        let through = try build(["--output", "public", "--base-url", "https://example.jp/other/"])
        XCTAssertEqual(through.status, 0, through.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: project.path + "/public"), "site")
        let sitemap = try String(contentsOfFile: project.path + "/site/sitemap.xml", encoding: .utf8)
        XCTAssertTrue(sitemap.contains("https://example.jp/other/"), "the linked site was replaced")
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "site", "www", "public"]), [])

        // An empty folder behind a link loses nothing.
        try FileManager.default.createDirectory(atPath: project.path + "/empty", withIntermediateDirectories: false)
        try link("to-empty", to: "empty")
        XCTAssertEqual(try build(["--output", "to-empty"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/empty/index.html"))
    }

    func testALinkThatLeadsNowhereIsRefusedAndNothingIsCreated() throws {
        try link("public", to: "www/html")
        let refused = try build(["--output", "public"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.hasPrefix("error: cannot write the site to 'public': 'public' is a symbolic link to 'www/html', which does not exist [CS5011]"),
                      refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/www"))
        let below = try build(["--output", "public/site"])
        XCTAssertEqual(below.status, 2, below.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/www"))
    }

    /// Reproducer 4: `c` → `content`, and `c/site` did not exist, so the check missed it.
    func testAPathThroughALinkIsCheckedWhereItLeads() throws {
        try link("c", to: "content")
        let refused = try build(["--output", "c/site"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.hasPrefix("error: the output folder 'c/site' is inside the content folder 'content' [CS5003]"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/content/site"))
        try link("t", to: "themes/default")
        XCTAssertEqual(try build(["--output", "t/new/site"]).status, 2)
        try link("here", to: ".")
        XCTAssertEqual(try build(["--output", "here"]).status, 2)
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "c", "t", "here"]), [])

        // A link in a parent folder is fine: the site is written where it leads.
        try FileManager.default.createDirectory(atPath: project.path + "/srv/www", withIntermediateDirectories: true)
        try link("deploy", to: "srv/www")
        let through = try build(["--output", "deploy/site"])
        XCTAssertEqual(through.status, 0, through.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/srv/www/site/index.html"))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: project.path + "/deploy"), "srv/www")
    }
}
