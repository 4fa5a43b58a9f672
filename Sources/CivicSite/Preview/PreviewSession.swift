import Foundation

/// `civicsite serve`: builds the site into a private folder (never the
/// output folder), serves it on a local address, and rebuilds after every
/// save, reloading the open tabs. While the content has errors, every page
/// shows them.
public final class PreviewSession: @unchecked Sendable {
    /// What the session reports as it goes (the command prints it).
    public enum Event: Sendable {
        case built(BuildReport)
        case failed(DiagnosticList)
    }

    private var options: BuildOptions
    private var builder: IncrementalBuild?
    private let server: PreviewServer
    private let watcher: FileWatcher
    private let privateFolder: URL
    private let queue = DispatchQueue(label: "civicsite.preview.build")
    /// What the watcher saw since the last rebuild took it.
    private var pending: FileChanges?
    private let pendingLock = NSLock()
    private let report: @Sendable (Event) -> Void

    /// Opens the address (a port in use is reported here) and prepares the
    /// private folder; nothing is built until `start()`.
    public init(options: BuildOptions, host: String, port: Int, language: Language,
                report: @escaping @Sendable (Event) -> Void) throws(DiagnosticList) {
        privateFolder = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-preview-\(UUID().uuidString)")
        let site = privateFolder.appendingPathComponent("site")
        let content = options.contentDirectory
        let page = { @Sendable (problems: [Diagnostic]) -> String in
            PreviewErrorPage(problems: problems, language: language,
                             sourceLine: { PreviewSession.line(of: $0, contentDirectory: content, displayPath: options.contentDisplayPath) }).html()
        }
        try? FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let router = PreviewRouter(resolver: StaticFileResolver(root: site.path), language: language, errorPage: page)
        server = try PreviewServer(host: host, port: port, router: router)
        self.options = options
        self.options.outputDirectory = site
        self.options.force = true
        // Links point at the preview itself, as Hugo's server does.
        let shownHost = host.contains(":") ? "[\(host)]" : host
        self.options.baseURL = "http://\(shownHost):\(server.port)/"
        let themes = options.themeDirectory?.deletingLastPathComponent() ?? options.themesDirectory
        watcher = FileWatcher(roots: [options.contentDirectory.standardizedFileURL.path, themes.standardizedFileURL.path])
        self.report = report
    }

    public var address: String { server.address }

    /// Builds once, starts serving and watching.
    public func start() {
        queue.sync { rebuild() }
        server.start()
        watcher.start { [weak self] changes in
            guard let self else { return }
            self.pendingLock.lock()
            self.pending = self.pending.map { $0.merged(with: changes) } ?? changes
            self.pendingLock.unlock()
            self.queue.async { self.rebuild(after: true) }
        }
    }

    /// Stops serving and watching and removes the private folder.
    public func stop() {
        watcher.stop()
        server.stop()
        queue.sync {}
        try? FileManager.default.removeItem(at: privateFolder)
    }

    /// How many rebuilds have been shown (for tests).
    public var generation: Int { server.current.generation }

    /// The first run renders everything; later ones only what the saved
    /// files change (`IncrementalBuild`), writing changed files in place.
    /// `after`: a rebuild for saves the watcher saw, skipped when an
    /// earlier one already took them.
    private func rebuild(after watched: Bool = false) {
        pendingLock.lock()
        let changes = pending
        pending = nil
        pendingLock.unlock()
        if watched && changes == nil { return }
        do {
            if builder == nil { builder = try IncrementalBuild(options: options) }
            // Tabs reload as soon as the pages are written; the open data
            // and the search index follow without another reload.
            let server = self.server
            let result = try builder!.build(changes: changes) { warnings in
                server.publish(problems: warnings.isEmpty ? nil : warnings)
            }.report
            report(.built(result))
        } catch {
            server.publish(problems: error.items)
            report(.failed(error))
        }
    }

    /// The text of the line a problem is on, for the page that shows it.
    static func line(of location: SourceLocation, contentDirectory: URL, displayPath: String) -> String? {
        guard location.line > 0, !location.file.isEmpty else { return nil }
        let prefix = displayPath + "/"
        let path = location.file.hasPrefix(prefix)
            ? contentDirectory.appendingPathComponent(String(location.file.dropFirst(prefix.count))).path
            : location.file
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard location.line <= lines.count else { return nil }
        return String(lines[location.line - 1])
    }
}
