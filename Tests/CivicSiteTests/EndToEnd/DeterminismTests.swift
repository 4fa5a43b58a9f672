import CivicSite
import Foundation
import XCTest

/// The same input and build date give byte-identical output, whatever the
/// scheduling of the parallel stages.
final class DeterminismTests: XCTestCase {
    func testSampleSiteBuildsByteIdenticallyTwice() throws {
        let work = try FixtureBuild.temporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(at: work) }
        var trees: [[String: Data]] = []
        for run in 0..<2 {
            let output = work.appendingPathComponent("site-\(run)")
            let report = try SiteBuilder(options: FixtureBuild.options(siteRoot: TestPaths.projectRoot, output: output)).build()
            XCTAssertEqual(report.warnings, [], "the sample site must build with no warning")
            var tree: [String: Data] = [:]
            for path in FixtureBuild.files(under: output) {
                tree[path] = try Data(contentsOf: output.appendingPathComponent(path))
            }
            trees.append(tree)
        }
        XCTAssertGreaterThan(trees[0].count, 100)
        XCTAssertEqual(trees[0].keys.sorted(), trees[1].keys.sorted())
        for (path, data) in trees[0] where trees[1][path] != data {
            XCTFail("\(path) differs between two builds of the same input")
        }
    }
}
