import Foundation
import XCTest
@testable import CivicSite

/// Files beside records through the whole build: what is copied, under
/// which names, and what the pages say about them.
final class MediaBuildTests: XCTestCase {
    func testTheSampleCopiesExactlyTheFilesItsRecordsUseByteForByte() throws {
        let work = try FixtureBuild.temporaryDirectory("media-sample")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("site")
        let report = try SiteBuilder(options: FixtureBuild.options(siteRoot: TestPaths.projectRoot, output: output)).build()
        XCTAssertEqual(report.warnings, [])
        let copied = FixtureBuild.files(under: output).filter { $0.contains("/files/") || $0.hasPrefix("files/") }
        XCTAssertEqual(copied.sorted(), [
            "cases/2024-sakuragawa-kankyo-gakushu/files/kansatsu.jpg", "cases/2024-sakuragawa-kankyo-gakushu/files/nagare.svg",
            "events/2026-03-harmony-haru-concert/files/poster.gif", "events/2026-12-rindodai-bosai-kunren/files/chirashi.pdf",
            "events/2026-12-rindodai-bosai-kunren/files/kunren.jpg", "events/2026-12-rindodai-bosai-kunren/files/map.png",
            "files/site-image.png",
            "grants/sakurano-shimin-katsudo-hojokin-2027/files/\(MediaFileName.safe("申請書.docx"))",
            "grants/sakurano-shimin-katsudo-hojokin-2027/files/\(MediaFileName.safe("募集要項.pdf"))",
            "groups/harmony-gasshodan/files/ensokai.webp", "cases/2022-kodomo-shokudo-network/files/menu.png",
            "cases/2022-kodomo-shokudo-network/files/shokudo.jpg", "groups/midori-no-mori/files/teire.png",
        ].sorted())
        let flyer = try Data(contentsOf: output.appendingPathComponent("events/2026-12-rindodai-bosai-kunren/files/chirashi.pdf"))
        XCTAssertEqual(flyer, try Data(contentsOf: TestPaths.projectRoot.appendingPathComponent("content/events/2026-12-rindodai-bosai-kunren/チラシ.pdf")))

        var images = 0
        for path in FixtureBuild.files(under: output) where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            for tag in Self.matches("<img [^>]*>", in: html) {
                images += 1
                for attribute in ["width=\"", "height=\"", "alt=\"", "loading=\"lazy\"", "decoding=\"async\""] {
                    XCTAssertTrue(tag.contains(attribute), "\(path): \(tag) has no \(attribute)")
                }
            }
            if !path.hasPrefix("404") {
                XCTAssertTrue(html.contains("<meta property=\"og:image\" content=\"https://example.jp/"), "\(path) has no og:image")
            }
        }
        XCTAssertEqual(images, 9, "6 main pictures and 3 in bodies")

        let event = try String(contentsOf: output.appendingPathComponent("events/2026-12-rindodai-bosai-kunren/index.html"), encoding: .utf8)
        XCTAssertTrue(event.contains(">防災訓練のチラシ（PDF：52.0KB）</a>"), "the attachment states its format and size")
        XCTAssertTrue(event.contains("<meta property=\"og:image\" content=\"https://example.jp/events/2026-12-rindodai-bosai-kunren/files/kunren.jpg\">"))
        XCTAssertTrue(event.contains("\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.jp/events/2026-12-rindodai-bosai-kunren/files/kunren.jpg\",\"width\":1200,\"height\":800}"))
        let grant = try String(contentsOf: output.appendingPathComponent("grants/sakurano-shimin-katsudo-hojokin-2027/index.html"), encoding: .utf8)
        XCTAssertTrue(grant.contains("<a href=\"https://example.jp/hojokin/shimin-katsudo/tebiki.pdf\" rel=\"noopener\">申請の手引き（市のサイト）（PDF：1.2MB）</a>"))
        XCTAssertTrue(grant.contains("<meta property=\"og:image\" content=\"https://example.jp/files/site-image.png\">"), "the site image stands in")
    }

    func testAFileUsedThreeTimesIsWrittenOnceAndAJapaneseNameGetsASafeOne() throws {
        let record = MediaRecords.event("image:\n  file: 訓練の写真.jpg\n  alt: 消火器の使い方を学ぶ住民\nattachments:\n  - file: 訓練の写真.jpg\n    title: 写真（大きいサイズ）\n",
                                        body: "![消火器の使い方を学ぶ住民](%E8%A8%93%E7%B7%B4%E3%81%AE%E5%86%99%E7%9C%9F.jpg)\n")
        let (output, work) = try build([MediaRecords.path: record], data: ["events/bosai/訓練の写真.jpg": MediaRecords.photo])
        defer { try? FileManager.default.removeItem(at: work) }
        let safe = MediaFileName.safe("訓練の写真.jpg")
        XCTAssertEqual(FixtureBuild.files(under: output).filter { $0.contains("/files/") }, ["events/bosai/files/\(safe)"])
        let html = try String(contentsOf: output.appendingPathComponent("events/bosai/index.html"), encoding: .utf8)
        XCTAssertEqual(Self.matches("/shimin/events/bosai/files/\(safe)", in: html).count, 5, "picture, attachment, body image, og:image, JSON-LD")
        XCTAssertTrue(html.contains("<img src=\"/shimin/events/bosai/files/\(safe)\" alt=\"消火器の使い方を学ぶ住民\" width=\"1200\" height=\"800\" loading=\"lazy\" decoding=\"async\" />"))
    }

    func testALinkOutOfTheContentFolderInARecordFolderIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-media-link-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let secret = root.appendingPathComponent("secret.jpg")
        try MediaRecords.photo.write(to: secret)
        let diagnostics = try MessageFixtureSite.check([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                                       links: ["events/bosai/kunren.jpg": secret.path])
        XCTAssertEqual(diagnostics.map { "\($0.location.file) \($0.id)" }.sorted(),
                       ["content/events/bosai/index.md CS7010", "content/events/bosai/kunren.jpg CS1050"],
                       "the link is refused, so the file is not there for the record either")
    }

    func testADraftsFilesAreNotCalledUnusedWhenItIsLeftOut() throws {
        let draft = MediaRecords.event("draft: true\n", body: "[チラシ](chirashi.pdf)\n")
        let diagnostics = try MessageFixtureSite.check([MediaRecords.path: draft], data: ["events/bosai/chirashi.pdf": Data("%PDF-1.4\n".utf8)])
        XCTAssertEqual(diagnostics.map(\.id).filter { $0.hasPrefix("CS70") }, [])
    }

    func testADamagedPictureIsAnErrorEvenWhenNothingUsesIt() throws {
        let record = MediaRecords.event("", body: "本文。\n")
        let diagnostics = try MessageFixtureSite.check([MediaRecords.path: record], data: ["events/bosai/broken.jpg": TestImages.cut(MediaRecords.photo, to: 40)])
        XCTAssertEqual(diagnostics.map(\.id).sorted(), ["CS7023"])
    }

    func build(_ files: [String: String], data: [String: Data]) throws -> (URL, URL) {
        let work = try FixtureBuild.temporaryDirectory("media-build")
        let content = work.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"), to: content)
        for (path, text) in files { try write(Data(text.utf8), to: content.appendingPathComponent(path)) }
        for (path, bytes) in data { try write(bytes, to: content.appendingPathComponent(path)) }
        let output = work.appendingPathComponent("site")
        let report = try SiteBuilder(options: FixtureBuild.options(siteRoot: work, output: output)).build()
        XCTAssertEqual(report.warnings, [])
        return (output, work)
    }

    func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
