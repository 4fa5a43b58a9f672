import CivicSite
import Foundation
import XCTest

/// Builds every fixture site under `Tests/Fixtures/sites/<case>/content` and
/// compares the whole output tree with `<case>/expected/`, byte for byte.
/// `CIVICSITE_RECORD=1 swift test` re-records the expected trees.
final class GoldenSiteTests: XCTestCase {
    func testFixtureSitesMatchGoldenOutput() throws {
        let root = TestPaths.fixtures.appendingPathComponent("sites")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(cases.isEmpty, "no fixture sites found under Tests/Fixtures/sites")
        for name in cases {
            let siteRoot = root.appendingPathComponent(name)
            let output = try FixtureBuild.temporaryDirectory(name).appendingPathComponent("site")
            defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
            let baseURL = try? String(contentsOf: siteRoot.appendingPathComponent("base-url.txt"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            do {
                _ = try SiteBuilder(options: FixtureBuild.options(siteRoot: siteRoot, output: output, baseURL: baseURL)).build()
            } catch {
                XCTFail("fixture '\(name)' did not build:\n\(error.description)")
                continue
            }
            let expected = siteRoot.appendingPathComponent("expected")
            // Theme assets are copied as they are; comparing them with the
            // theme's own files keeps the golden trees free of copies that
            // would need re-recording on every stylesheet change.
            try compareAssets(output.appendingPathComponent("assets"), fixture: name)
            try FileManager.default.removeItem(at: output.appendingPathComponent("assets"))
            if FixtureBuild.isRecording {
                try FixtureBuild.replace(expected, with: output)
                continue
            }
            compare(output, expected, fixture: name)
        }
    }

    private func compareAssets(_ assets: URL, fixture: String) throws {
        let theme = TestPaths.projectRoot.appendingPathComponent("themes/default/assets")
        let files = FixtureBuild.files(under: theme)
        XCTAssertEqual(FixtureBuild.files(under: assets), files, "\(fixture): assets differ from the theme's")
        for path in files {
            let source = try Data(contentsOf: theme.appendingPathComponent(path))
            let expected = AssetMinifier.minify(String(decoding: source, as: UTF8.self), fileName: path).map { Data($0.utf8) } ?? source
            XCTAssertEqual(try Data(contentsOf: assets.appendingPathComponent(path)), expected,
                           "\(fixture): assets/\(path) is not the theme's file (minified for CSS and JS)")
        }
    }

    private func compare(_ actual: URL, _ expected: URL, fixture: String) {
        let actualFiles = FixtureBuild.files(under: actual)
        let expectedFiles = FixtureBuild.files(under: expected)
        XCTAssertEqual(actualFiles, expectedFiles, "\(fixture): the set of files differs (re-record with CIVICSITE_RECORD=1 if intended)")
        for path in Set(actualFiles).intersection(expectedFiles).sorted() {
            let a = try? Data(contentsOf: actual.appendingPathComponent(path))
            let e = try? Data(contentsOf: expected.appendingPathComponent(path))
            if a != e {
                let aText = a.map { String(decoding: $0, as: UTF8.self) } ?? ""
                let eText = e.map { String(decoding: $0, as: UTF8.self) } ?? ""
                let line = zip(aText.split(separator: "\n", omittingEmptySubsequences: false),
                               eText.split(separator: "\n", omittingEmptySubsequences: false))
                    .enumerated().first { $0.element.0 != $0.element.1 }
                XCTFail("\(fixture)/\(path) differs from the golden file"
                        + (line.map { " at line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" } ?? ""))
            }
        }
    }
}
