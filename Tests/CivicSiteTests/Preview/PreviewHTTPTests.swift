import Foundation
import XCTest
@testable import CivicSite

/// The preview's HTTP pieces, string in and value out.
final class PreviewHTTPTests: XCTestCase {
    func testRequestHeadsAreParsedAndBadOnesRefused() {
        let request = HTTPRequest.parse(head: Array("GET /groups/?q=1 HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"a\"\r\n\r\n".utf8))
        XCTAssertEqual(request?.method, "GET")
        XCTAssertEqual(request?.path, "/groups/")
        XCTAssertEqual(request?.headers["if-none-match"], "\"a\"")
        XCTAssertNil(HTTPRequest.parse(head: Array("GET /\r\n\r\n".utf8)))
        XCTAssertNil(HTTPRequest.parse(head: Array("get / HTTP/1.1\r\n\r\n".utf8)))
        XCTAssertNil(HTTPRequest.parse(head: [0xFF, 0xFE, 0x0D, 0x0A]))
        XCTAssertEqual(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\n\r\nrest".utf8)), 18)
    }

    func testPathsNeverLeaveTheSite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-resolver-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("groups/日本語"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: site.appendingPathComponent("groups/日本語/index.html"))
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("link.txt").path, withDestinationPath: "../secret.txt")
        let resolver = StaticFileResolver(root: site.path)
        let real = StaticFileResolver.realPath(site.path)!
        XCTAssertEqual(resolver.resolve("/groups/%E6%97%A5%E6%9C%AC%E8%AA%9E/"), .file(real + "/groups/日本語/index.html"))
        XCTAssertEqual(resolver.resolve("/groups/%E6%97%A5%E6%9C%AC%E8%AA%9E"), .redirect("/groups/%E6%97%A5%E6%9C%AC%E8%AA%9E/"))
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/groups/%2E%2E/%2E%2E/secret.txt", "/groups%2f..%2f..%2fsecret.txt",
                     "/a%5c..%5csecret.txt", "/%00", "/%zz", "/%FF", "relative", "/link.txt"] {
            XCTAssertEqual(resolver.resolve(path), .forbidden, path)
        }
        XCTAssertEqual(resolver.resolve("/nothing/"), .notFound)
    }

    func testEntityTagsMatchAsBrowsersSendThem() {
        XCTAssertTrue(PreviewETag.matches("\"ab\"", "\"ab\""))
        XCTAssertTrue(PreviewETag.matches("W/\"x\", \"ab\"", "\"ab\""))
        XCTAssertTrue(PreviewETag.matches("*", "\"ab\""))
        XCTAssertFalse(PreviewETag.matches("\"abc\"", "\"ab\""))
    }

    func testTheReloadScriptGoesBeforeTheLastClosingBodyTag() {
        XCTAssertEqual(LiveReloadHub.inject(into: "<p>&lt;/body&gt;</p></body></html>"),
                       "<p>&lt;/body&gt;</p><script src=\"/__civicsite/live-reload.js\"></script></body></html>")
        XCTAssertEqual(LiveReloadHub.inject(into: "<p>x"), "<p>x<script src=\"/__civicsite/live-reload.js\"></script>")
    }

    func testTheErrorPageEscapesWhatStaffWrote() {
        let d = Diagnostic.error(.unknownFieldReference, at: SourceLocation(file: "content/groups/a.md", line: 3, column: 10),
                                 ["text": "<script>alert(1)</script>", "near": ""], hint: .omitted)
        let html = PreviewErrorPage(problems: [d], language: .ja, sourceLine: { _ in "fields: [<script>]" }).html()
        XCTAssertFalse(html.contains("<script>alert"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("3: fields: [<mark>&lt;</mark>script&gt;]"), html)
    }
}
