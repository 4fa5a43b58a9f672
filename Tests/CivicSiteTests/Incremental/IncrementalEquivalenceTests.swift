@testable import CivicSite
import Foundation
import XCTest

/// The incremental builder is judged against the full one: after every
/// edit of a seeded random sequence, its folder holds exactly the files a
/// fresh `SiteBuilder.build()` of the same content, theme and time writes,
/// and when the content has errors both report exactly the same problems.
final class IncrementalEquivalenceTests: XCTestCase {
    /// Edits per run (`CIVICSITE_INCREMENTAL_STEPS` for a longer soak); with
    /// the trimmed sample site one step (an incremental and a full build,
    /// and the comparison) takes about a quarter of a second in a debug build.
    static let steps = Int(ProcessInfo.processInfo.environment["CIVICSITE_INCREMENTAL_STEPS"] ?? "") ?? 200

    func testRandomEditsGiveTheSameSiteAsAFullBuild() throws {
        try runSequence(seed: 20_261_201, steps: Self.steps)
    }

    func runSequence(seed: UInt64, steps: Int) throws {
        let work = try FixtureBuild.temporaryDirectory("incremental")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try EditableSite(copying: TestPaths.projectRoot, themes: TestPaths.projectRoot.appendingPathComponent("themes"),
                                    into: work.appendingPathComponent("site"))
        site.trim()
        // What the edits work on must survive the trim.
        XCTAssertFalse(site.slugs("news").isEmpty, "news")
        XCTAssertTrue(site.read("content/site.yml").contains("\nareas:\n"), "areas in site.yml")
        XCTAssertTrue(RecordKind.allCases.contains { kind in site.slugs(kind.rawValue).contains { site.isFolder(kind.rawValue, $0) } },
                      "a record folder")
        var edits = SiteEdits(site: site, random: SeededRandom(seed: seed), now: FixtureBuild.now)
        func options(_ output: String) -> BuildOptions {
            BuildOptions(contentDirectory: site.content, themesDirectory: site.themes,
                         outputDirectory: work.appendingPathComponent(output), now: edits.now)
        }
        let incremental = try IncrementalBuild(options: options("incremental"))
        var good = site.snapshot()
        var failedLast = false
        var counts = (partial: 0, full: 0, failed: 0)
        for step in 0...steps {
            let what: String
            if step == 0 {
                what = "first build"
            } else if failedLast && Int.random(in: 0...2, using: &edits.random) > 0 {
                // Fix the error (most of the time right away; sometimes an edit comes first).
                site.restore(good)
                what = "fix: put the last good files back"
            } else {
                what = edits.randomEdit()
            }
            var mine: Result<IncrementalBuild.Run, DiagnosticList>
            do { mine = .success(try incremental.build(now: edits.now)) } catch { mine = .failure(error) }
            var theirs: Result<BuildReport, DiagnosticList>
            do { theirs = .success(try SiteBuilder(options: options("full")).build()) } catch { theirs = .failure(error) }
            let context = "seed \(seed) step \(step) (\(what))"
            switch (mine, theirs) {
            case (.success(let run), .success(let report)):
                if run.report.warnings != report.warnings {
                    let mine = run.report.warnings.map(\.description), theirs = report.warnings.map(\.description)
                    XCTFail("\(context): the warnings differ; only incremental: \(mine.filter { !theirs.contains($0) }), "
                            + "only full: \(theirs.filter { !mine.contains($0) }), same set: \(Set(mine) == Set(theirs))")
                }
                let differences = SiteTree(work.appendingPathComponent("incremental"))
                    .differences(from: SiteTree(work.appendingPathComponent("full")))
                if !differences.isEmpty {
                    XCTFail("\(context): the incremental site differs from a full build (\(run.full ? "full" : "partial") render of \(run.pagesRendered) pages):\n" + differences.joined(separator: "\n"))
                    return
                }
                if run.full { counts.full += 1 } else { counts.partial += 1 }
                good = site.snapshot()
                failedLast = false
            case (.failure(let a), .failure(let b)):
                XCTAssertEqual(a.sorted, b.sorted, context)
                counts.failed += 1
                failedLast = true
            case (.success, .failure(let b)):
                XCTFail("\(context): the incremental build succeeded, the full one failed: \(b.sorted.map(\.description))")
                return
            case (.failure(let a), .success):
                XCTFail("\(context): the incremental build failed, the full one succeeded: \(a.sorted.map(\.description))")
                return
            }
        }
        // The sequence must exercise each way a run can go.
        XCTAssertGreaterThan(counts.partial, steps / 3, "partial renders")
        XCTAssertGreaterThan(counts.full, 5, "full renders")
        XCTAssertGreaterThan(counts.failed, 5, "runs with errors")
        print("incremental equivalence, seed \(seed): \(counts.partial) partial, \(counts.full) full, \(counts.failed) failed runs")
    }
}
