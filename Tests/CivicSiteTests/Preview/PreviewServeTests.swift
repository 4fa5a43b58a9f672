import Foundation
import XCTest

/// `civicsite serve` end to end: pages, edits, errors shown and cleared,
/// safety of paths, caching, and a clean stop.
final class PreviewServeTests: XCTestCase {
    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
    }

    private func previewFolders(_ preview: PreviewProcess) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: preview.temporary.path)) ?? [])
            .filter { $0.hasPrefix("civicsite-preview-") }
    }

    func testServesEditsShowsErrorsAndStopsCleanly() throws {
        let preview = try PreviewProcess()
        try preview.waitUntilServing()
        XCTAssertEqual(previewFolders(preview).count, 1, "the preview builds into a private folder of its own")
        let port = preview.port

        let home = try TestHTTPClient.get(port, "/")
        XCTAssertEqual(home.status, 200)
        XCTAssertTrue(home.body.contains("<script src=\"/__civicsite/live-reload.js\"></script></body>"), "the reload script is injected")
        XCTAssertTrue(home.body.contains("href=\"http://127.0.0.1:\(port)/groups/\"") || home.body.contains("href=\"/groups/\""),
                      "links point at the preview")
        let head = try TestHTTPClient.get(port, "/", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.body, "")
        XCTAssertEqual(head.headers["content-length"], home.headers["content-length"])
        let tag = try XCTUnwrap(home.headers["etag"])
        XCTAssertEqual(try TestHTTPClient.get(port, "/", headers: ["If-None-Match": tag]).status, 304)

        XCTAssertEqual(try TestHTTPClient.get(port, "/groups").status, 301)
        XCTAssertEqual(try TestHTTPClient.get(port, "/groups").headers["location"], "/groups/")
        for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2E%2E/%2E%2E/content/site.yml", "/a%00b", "/..%2f..%2fetc"] {
            XCTAssertEqual(try TestHTTPClient.get(port, path).status, 403, path)
        }
        let missing = try TestHTTPClient.get(port, "/no-such-page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("ページが見つかりません"), "the theme's 404 page")
        for (path, type) in [("/assets/style.css", "text/css"), ("/assets/status.js", "text/javascript"),
                             ("/data/groups.json", "application/json"), ("/sitemap.xml", "application/xml"),
                             ("/events.ics", "text/calendar")] {
            let response = try TestHTTPClient.get(port, path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertTrue(response.headers["content-type"]?.hasPrefix(type) == true, "\(path): \(response.headers)")
        }
        XCTAssertEqual(try TestHTTPClient.get(port, "/", method: "POST").status, 405)

        // An edit shows up; open tabs are told to reload.
        let groups = try FileManager.default.contentsOfDirectory(atPath: preview.project.appendingPathComponent("content/groups").path).sorted()
        let file = "content/groups/" + groups[0]
        let page = "/groups/" + groups[0].dropLast(3) + "/"
        let events = try TestHTTPClient.connect(port, readTimeout: 20)
        defer { close(events) }
        _ = "GET /__civicsite/events HTTP/1.1\r\nHost: x\r\n\r\n".withCString { send(events, $0, strlen($0), 0) }
        let original = try preview.read(file)
        try preview.write(file, original.replacingFirst(#"(?m)^title: .*$"#, with: "title: 編集したばかりの団体名"))
        let edited = try preview.page(page) { $0.body.contains("編集したばかりの団体名") }
        XCTAssertTrue(edited.body.contains("編集したばかりの団体名"), "the edited title is served")
        XCTAssertTrue(readAvailable(events, until: "event: reload").contains("event: reload"), "the tab is told to reload")

        // A mistake: every page shows it, located, with the line marked.
        try preview.write(file, original.replacingFirst(#"(?m)^type: .*$"#, with: "type: NPOO"))
        let broken = try preview.page(page) { $0.status == 500 }
        XCTAssertEqual(broken.status, 500)
        XCTAssertTrue(broken.body.contains(file + ":"), broken.body)
        XCTAssertTrue(broken.body.contains("<mark>N</mark>POO"), "the place is marked on its line")
        XCTAssertTrue(broken.body.contains("lang=\"ja\""))
        XCTAssertEqual(try TestHTTPClient.get(port, "/fields/").status, 500, "every page shows the problem")
        XCTAssertEqual(try TestHTTPClient.get(port, "/assets/style.css").status, 200, "assets still load")

        // Fixed: the page is back.
        try preview.write(file, original)
        XCTAssertEqual(try preview.page(page) { $0.status == 200 }.status, 200)

        // A new record and a deleted one.
        try preview.write("content/groups/atarashii-kai.md", RecordFiles.group("あたらしい会"))
        XCTAssertEqual(try preview.page("/groups/atarashii-kai/") { $0.status == 200 }.status, 200)
        try FileManager.default.removeItem(at: preview.project.appendingPathComponent("content/groups/atarashii-kai.md"))
        XCTAssertEqual(try preview.page("/groups/atarashii-kai/") { $0.status == 404 }.status, 404)

        // Saved as editors do: a new file renamed over the old one.
        let temporary = preview.project.appendingPathComponent("content/groups/.\(groups[0]).swp")
        try Data(original.replacingFirst(#"(?m)^title: .*$"#, with: "title: 置き換えて保存した団体名").utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, preview.project.appendingPathComponent(file).path), 0)
        XCTAssertTrue(try preview.page(page) { $0.body.contains("置き換えて保存した団体名") }.body.contains("置き換えて保存した団体名"))

        // A record folder made, renamed, and made again under its old name:
        // each is watched, and a save inside the new one shows too.
        let manager = FileManager.default
        let folder = preview.project.appendingPathComponent("content/groups/kari-kai")
        try manager.createDirectory(at: folder, withIntermediateDirectories: false)
        try preview.write("content/groups/kari-kai/index.md", RecordFiles.group("かりの会"))
        XCTAssertEqual(try preview.page("/groups/kari-kai/") { $0.status == 200 }.status, 200)
        try manager.moveItem(at: folder, to: preview.project.appendingPathComponent("content/groups/utsuri-kai"))
        XCTAssertEqual(try preview.page("/groups/utsuri-kai/") { $0.status == 200 }.status, 200)
        XCTAssertEqual(try preview.page("/groups/kari-kai/") { $0.status == 404 }.status, 404)
        try manager.createDirectory(at: folder, withIntermediateDirectories: false)
        try preview.write("content/groups/kari-kai/index.md", RecordFiles.group("もどった会"))
        XCTAssertTrue(try preview.page("/groups/kari-kai/") { $0.body.contains("もどった会") }.body.contains("もどった会"))
        try preview.write("content/groups/kari-kai/index.md", RecordFiles.group("もどって直した会"))
        XCTAssertTrue(try preview.page("/groups/kari-kai/") { $0.body.contains("もどって直した会") }.body.contains("もどって直した会"))
        try manager.removeItem(at: folder)
        try manager.removeItem(at: preview.project.appendingPathComponent("content/groups/utsuri-kai"))
        XCTAssertEqual(try preview.page("/groups/utsuri-kai/") { $0.status == 404 }.status, 404)

        // A theme edit re-renders every page.
        let footer = "themes/default/partials/footer.mustache"
        try preview.write(footer, try preview.read(footer) + "<p>テーマを直しました</p>\n")
        XCTAssertTrue(try preview.page("/fields/") { $0.body.contains("テーマを直しました") }.body.contains("テーマを直しました"))

        XCTAssertEqual(preview.interrupt(), 0, preview.text)
        XCTAssertTrue(preview.text.contains("プレビューを終了しました"), preview.text)
        XCTAssertEqual(previewFolders(preview), [], "the private folder is removed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: preview.project.appendingPathComponent("site").path),
                       "serve never writes the output folder")
    }

    func testAPortInUseIsNamedWithTheOptionToChangeIt() throws {
        let first = try PreviewProcess()
        try first.waitUntilServing()
        let second = try CivicSiteCommand.run(["serve", "--port", String(first.port), "--lang", "en"], in: first.project)
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.stderr.contains("port \(first.port) is already in use [CS9001]"), second.stderr)
        XCTAssertTrue(second.stderr.contains("--port \(first.port + 1)"), second.stderr)
        XCTAssertEqual(first.interrupt(), 0)
    }

    /// What the stream sent until `marker` arrived or the read timed out.
    private func readAvailable(_ fd: Int32, until marker: String) -> String {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !text.contains(marker) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            text += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return text
    }
}

extension String {
    func replacingFirst(_ pattern: String, with replacement: String) -> String {
        guard let range = range(of: pattern, options: .regularExpression) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
