#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import CivicSite

/// Inputs for the CS5006–CS5019 cases: links on the way to the output, a
/// second writer, what killed builds leave behind.
extension OutputMessageFixtures {
    /// A project whose `public` links to a web root we never wrote, `gone`
    /// to nothing and `loop1`/`loop2` to each other. Nothing here is changed
    /// by the refused builds, so one folder serves the whole run.
    static let projectWithLinks: URL = {
        let root = project()
        let fm = FileManager.default
        try? fm.createDirectory(at: root.appendingPathComponent("www"), withIntermediateDirectories: true)
        try? Data("Deny from all\n".utf8).write(to: root.appendingPathComponent("www/.htaccess"))
        try? fm.createSymbolicLink(atPath: root.path + "/public", withDestinationPath: "www")
        try? fm.createSymbolicLink(atPath: root.path + "/gone", withDestinationPath: "nowhere")
        try? fm.createSymbolicLink(atPath: root.path + "/loop1", withDestinationPath: "loop2")
        try? fm.createSymbolicLink(atPath: root.path + "/loop2", withDestinationPath: "loop1")
        return root
    }()

    /// The minimal valid content and the themes in a fresh folder.
    static func project() -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-out-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"),
                                          to: root.appendingPathComponent("content"))
        try? FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        return root
    }

    /// `site` in `root`, shown as `site` (the relative path messages use).
    static func site(in root: URL) -> URL {
        URL(fileURLWithPath: "site", relativeTo: URL(fileURLWithPath: root.path, isDirectory: true))
    }

    static func options(_ root: URL, notify: @escaping @Sendable (Diagnostic) -> Void = { _ in }) -> BuildOptions {
        BuildOptions(contentDirectory: root.appendingPathComponent("content"), themesDirectory: root.appendingPathComponent("themes"),
                     outputDirectory: site(in: root), now: FixtureBuild.now, notify: notify)
    }

    /// A rebuild whose pages cannot be written: a file is where a folder of
    /// the staging folder goes.
    static func failedWriteOverAPreviousSite() throws -> [Diagnostic] {
        let root = project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = site(in: root)
        try SiteWriter(outputDirectory: output).write([OutputFile(path: "index.html", text: "previous")])
        let staging = try StagingFolder(replacing: output, shown: "site")
        defer { staging.discard() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: staging.rootPath + "/groups"))
        do {
            try staging.write([OutputFile(path: "groups/sakura/index.html", text: "page")])
            return []
        } catch {
            return [StagingFolder.Failure.diagnostic(for: error, output: "site", hadPreviousSite: staging.hadPreviousSite)]
        }
    }

    /// A second writer of `site` while a first one holds it, waiting a second.
    static func secondWriter() throws -> [Diagnostic] {
        let root = project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = site(in: root)
        let first = try StagingFolder(replacing: output, shown: "site")
        defer { first.discard() }
        let notices = NoticeBox()
        do {
            _ = try StagingFolder(replacing: output, lockTimeout: 0.2, shown: "site", notify: notices.add)
            return notices.all
        } catch {
            return notices.all + [error.diagnostic(output: "site")]
        }
    }

    /// A build after killed builds left a marked staging folder, a retired
    /// site moved aside with no site in place, and a folder not ours.
    static func buildAfterKilledBuilds() throws -> [Diagnostic] {
        let root = project()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder(options: options(root)).build()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent(".site.new-1-a/groups"), withIntermediateDirectories: true)
        try StagingMarker.contents.write(to: root.appendingPathComponent(".site.new-1-a/.civicsite"))
        try fm.moveItem(at: root.appendingPathComponent("site"), to: root.appendingPathComponent(".site.old-2-b"))
        try fm.createDirectory(at: root.appendingPathComponent(".site.new-3"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: root.appendingPathComponent(".site.new-3/notes.txt"))
        let notices = NoticeBox()
        _ = try SiteBuilder(options: options(root, notify: notices.add)).build()
        return notices.all
    }

    /// The failure when neither the new site could be put in place nor the old one back.
    static func strandedSwap() -> Diagnostic {
        StagingFolder.Failure(.io(FileIO.Failure(path: "site", code: EACCES)), hadPreviousSite: true, strandedAt: ".site.old-1-a")
            .diagnostic(output: "site")
    }

    static func oldSiteNotRemoved() -> Diagnostic {
        StagingLeftovers.Finding.notRemoved(".site.new-1-a", FileIO.Failure(path: ".site.new-1-a/groups", code: EACCES))
            .notice(output: "site", shownBeside: { $0 })
    }
}
