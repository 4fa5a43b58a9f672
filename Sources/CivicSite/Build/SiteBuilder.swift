import Foundation

/// Builds a site from a content folder and a theme. `build()` reads as the
/// list of stages; each stage is a small extension in its own file.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Validates and renders everything in memory, writing nothing.
    /// Throws every problem found when there is any error.
    public func check() throws(DiagnosticList) -> BuildReport {
        let started = Date()
        var problems = DiagnosticList()
        let content = try loadContent(&problems)
        let theme = try loadTheme(for: content.config, &problems)
        let context = renderMarkdown(content)
        let pages = try renderPages(context.pageSpecs(), context, theme: theme, &problems)
        try failIfNeeded(problems)
        return BuildReport(counts: content.counts, pagesWritten: pages.count, filesWritten: 0,
                           warnings: problems.warnings, seconds: Date().timeIntervalSince(started))
    }

    /// Builds the site and swaps it into the output folder. On any error the
    /// previous output is left exactly as it was.
    public func build() throws(DiagnosticList) -> BuildReport {
        var clock = StageClock()
        var problems = DiagnosticList()
        let content = try clock.time("load content") { () throws(DiagnosticList) in try loadContent(&problems) }
        let theme = try clock.time("load theme") { () throws(DiagnosticList) in try loadTheme(for: content.config, &problems) }
        let context = clock.time("render markdown") { renderMarkdown(content) }
        let specs = context.pageSpecs()
        let pages = try clock.time("render pages") { () throws(DiagnosticList) in try renderPages(specs, context, theme: theme, &problems) }
        try failIfNeeded(problems)
        var files = pages
        files += clock.time("open data") { context.openDataFiles() }
        files += clock.time("feeds") { context.feedFiles(pages: specs) }
        files += clock.time("search index") { context.searchFiles() }
        files += theme.assets.map { OutputFile(path: "assets/" + $0.relativePath, copying: $0.source) }
        let written = try clock.time("write") { () throws(DiagnosticList) in try write(files) }
        return BuildReport(counts: content.counts, pagesWritten: pages.count, filesWritten: written,
                           warnings: problems.warnings, seconds: clock.total, stages: clock.stages)
    }

    /// Stops the run when errors were found (or warnings, in strict mode).
    func failIfNeeded(_ problems: DiagnosticList) throws(DiagnosticList) {
        if problems.hasErrors || (options.strict && !problems.isEmpty) {
            throw problems
        }
    }
}
