import Foundation

/// Builds a site into a folder of its own again and again, doing after an
/// edit only the work the edit calls for (the preview's rebuilds):
///
/// 1. content: only files whose stamp changed are read and decoded again
///    (`ContentCache`); validation runs over every record, as in a full build;
/// 2. theme: loaded again only when a file under the themes folder changed;
/// 3. bodies: only changed Markdown is rendered again (`BodyCache`);
/// 4. pages: the records that differ from the last successful build
///    (`ContentChanges`) name the pages that show them, in the old and in
///    the new build (`PageDependencies`); only those are rendered. A theme,
///    `site.yml`, field or `site` change renders every page;
/// 5. open data, feeds, calendars, assets and the search index are made
///    whole (cheap next to the pages);
/// 6. every file's bytes are hashed; only files whose hash changed are
///    written (each atomically), and files the build no longer makes are
///    deleted (`PreviewFolder`).
///
/// The result is byte for byte what `SiteBuilder.build()` writes for the
/// same inputs (`IncrementalEquivalenceTests`). Memory is linear in the
/// records: one decoded outcome, one body and one hash per file.
public final class IncrementalBuild: @unchecked Sendable {
    /// What one run did.
    public struct Run: Sendable {
        public var report: BuildReport
        /// Every page was rendered (the first run, a theme or `site.yml` change …).
        public var full: Bool
        /// Pages rendered through the theme, files read from `content/`.
        public var pagesRendered: Int
        public var filesRead: Int
        /// Files whose bytes changed and were written, and files deleted.
        public var filesWritten: Int
        public var filesRemoved: Int
    }

    public private(set) var options: BuildOptions
    let folder: PreviewFolder
    var contentCache: ContentCache? = ContentCache()
    var theme: LoadedTheme?
    var bodies = BodyCache()
    /// The context of the last successful run: what the folder shows.
    var last: RenderContext?
    /// The hash of every file in the folder (but the marker), by path.
    var ledger: [String: FileDigest] = [:]
    /// The files copied byte for byte (pictures, flyers), by path in the folder.
    var copied: [String: CopiedFile] = [:]
    /// Set when a run stopped after writing part of its pages: the next
    /// run renders everything, whatever it changes.
    var mustRenderAll = true

    /// Builds into `options.outputDirectory`, which is created and then
    /// owned by this builder: files put there by others are left alone, but
    /// files of the site are replaced in place.
    public init(options: BuildOptions) throws(DiagnosticList) {
        self.options = options
        do {
            folder = try PreviewFolder(root: options.outputDirectory.path)
        } catch {
            throw DiagnosticList([Self.writeFailure(error, output: options.outputDirectory.relativePath)])
        }
    }

    /// Brings the folder up to date with the content and theme as they are
    /// now, with `now` as the build time when given. Throws every problem
    /// found, as `SiteBuilder.build()` would; the folder is then left as the
    /// last successful run made it.
    ///
    /// `changes`, when given, are every file that changed since the last
    /// run (the preview's watcher): only they are stamped again.
    ///
    /// `pagesWritten` is called once every page is up to date, before the
    /// open data, feeds and search index are made, with the warnings so far
    /// (the preview reloads its tabs then).
    public func build(now: DateTime? = nil, changes: FileChanges? = nil,
                      pagesWritten: ((_ warnings: [Diagnostic]) -> Void)? = nil) throws(DiagnosticList) -> Run {
        if let now { options.now = now }
        var clock = StageClock()
        var problems = DiagnosticList()
        let builder = SiteBuilder(options: options)
        contentCache?.changes = changes
        let content = try clock.time("load content") { () throws(DiagnosticList) in try loadContent(builder, &problems) }
        let filesRead = contentCache?.lastRead ?? 0
        let (templates, themeChanged) = try clock.time("load theme") { () throws(DiagnosticList) in
            try loadTheme(builder, config: content.config, &problems)
        }
        // Which records differ needs only the content: found on another
        // core while this one sorts the new context's indexes.
        let previous = mustRenderAll ? nil : last?.content
        let changedRecords = BackgroundTask { previous.map { ContentChanges.records(from: $0, to: content) } }
        let context = clock.time("render markdown") { () -> RenderContext in
            var content = content
            let html = SiteBuilder.collect(bodies.bodies(of: content, theme: templates), into: &content, &problems)
            var context = RenderContext(content: content, urls: SiteURLs(baseURL: content.config.baseURL), now: options.now, bodies: html)
            context.stamp = options.stamp
            return context
        }
        let (positions, ids) = clock.time("page list") { (PagePositions(context), context.pageIDs()) }
        // A body's error (a missing file) fails the build as it does a full
        // one, after the pages are rendered for their own problems; nothing is written.
        if problems.hasErrors || (options.strict && !problems.isEmpty) {
            let (dirty, _, _) = pagesToRender(context, positions: positions, ids: ids, themeChanged: themeChanged,
                                              records: changedRecords.wait())
            _ = renderPages(dirty, context, positions: positions, theme: templates, write: false, &problems)
            throw problems
        }
        let (dirty, full, first) = clock.time("find changes") {
            pagesToRender(context, positions: positions, ids: ids, themeChanged: themeChanged, records: changedRecords.wait())
        }
        mustRenderAll = true
        var written = 0
        var removed = 0
        // The edited records' own pages first: they are what the person who saved is looking at.
        try clock.time("render own pages") { () throws(DiagnosticList) in
            written += renderPages(dirty.filter { first.contains($0) }, context, positions: positions, theme: templates, &problems)
        }
        let outputs = try clock.time("render pages") { () throws(DiagnosticList) -> Set<String> in
            written += renderPages(dirty.filter { !first.contains($0) && $0 != .openData }, context, positions: positions,
                                   theme: templates, &problems)
            try builder.failIfNeeded(problems)
            return Set(ids.map(\.outputPath))
        }
        pagesWritten?(problems.warnings)
        // Started only now: on two cores it would slow the pages, which are what the person is waiting for.
        let search = BackgroundTask { context.searchFiles(variants: templates.searchVariants) }
        let others = try clock.time("data and feeds") { () throws(DiagnosticList) -> [String] in
            // The open-data page states every file's size: made with the files, on every run.
            let data = try writeOpenData(context)
            let sets = data.sets
            written += data.written
            written += renderPages([.openData], context, positions: positions, theme: templates, sets: sets, &problems)
            try builder.failIfNeeded(problems)
            let files = [context.catalogueFile(sets)] + context.feedFiles(indexed: ids.filter(\.indexable).map(\.path))
                + builder.assets(of: templates) + context.mediaFiles()
            written += try write(files)
            return files.map(\.path) + data.paths
        }
        let index = try clock.time("search index") { () throws(DiagnosticList) -> [OutputFile] in
            let files = search.wait()
            written += try write(files)
            return files
        }
        removed += clock.time("remove old files") { removeFiles(keeping: outputs.union(others).union(index.map(\.path))) }
        last = context
        mustRenderAll = false
        // The summary counts what this run rendered and wrote.
        let report = BuildReport(counts: content.counts, pagesWritten: dirty.count, filesWritten: written,
                                 warnings: problems.warnings, seconds: clock.total, stages: clock.stages)
        return Run(report: report, full: full, pagesRendered: dirty.count, filesRead: filesRead,
                   filesWritten: written, filesRemoved: removed)
    }

    /// The pages this run renders, in page order, whether that is all of
    /// them, and the changed records' own pages among them.
    func pagesToRender(_ context: RenderContext, positions: PagePositions, ids: [PageID],
                       themeChanged: Bool, records: Set<RecordKey>? = nil) -> (pages: [PageID], full: Bool, first: Set<PageID>) {
        guard let last, !mustRenderAll, !themeChanged else { return (ids, true, []) }
        let changes = ContentChanges(from: last, to: context, records: records)
        if changes.everything { return (ids, true, []) }
        var shown = PageDependencies(last).pages(showing: changes.records)
        shown.formUnion(PageDependencies(context, positions: positions).pages(showing: changes.records))
        // The calendars' previous and next links and holidays follow the range of months.
        let months = context.monthPageIDs()
        if months != last.monthPageIDs() { shown.formUnion(months) }
        return (ids.filter { shown.contains($0) }, false, Set(changes.records.map { PageID.detail($0.kind, $0.slug) }))
    }

    static func writeFailure(_ error: Error, output: String) -> Diagnostic {
        let failure = error as? FileIO.Failure
        return .error(.writeFailed, at: .file(output),
                      ["path": .text(failure.map { FileIO.shown($0.path) } ?? output),
                       "reason": failure.map { .term(Term.systemReason($0.code)) } ?? .text("\(error)"), "output": .text(output)],
                      hint: .omitted)
    }
}
