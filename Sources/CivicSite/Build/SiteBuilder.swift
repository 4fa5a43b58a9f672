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
        var clock = StageClock()
        var problems = DiagnosticList()
        let content = try clock.time("load content") { () throws(DiagnosticList) in try loadContent(&problems) }
        let theme = try clock.time("load theme") { () throws(DiagnosticList) in try loadTheme(for: content.config, &problems) }
        var context = clock.time("render markdown") { renderMarkdown(content, theme: theme, forSearch: false, &problems) }
        context.openData = try clock.time("open data") { () throws(DiagnosticList) in try openData(context, into: nil) }
        let pages = try clock.time("render pages") { () throws(DiagnosticList) in
            try renderPages(context.pageSections(), context, theme: theme, into: nil, &problems)
        }
        try failIfNeeded(problems)
        return BuildReport(counts: content.counts, pagesWritten: pages.count, filesWritten: 0,
                           warnings: problems.warnings, seconds: clock.total, stages: clock.stages)
    }

    /// Builds the site and swaps it into the output folder. On any error the
    /// previous output is left exactly as it was.
    ///
    /// The output folder comes first: a refused one stops the run before
    /// anything is read, and what a killed build left is cleaned up even when
    /// this build then fails on the content.
    public func build() throws(DiagnosticList) -> BuildReport {
        var clock = StageClock()
        var problems = DiagnosticList()
        let staging = try openStaging()
        do throws(DiagnosticList) {
            let content = try clock.time("load content") { () throws(DiagnosticList) in try loadContent(&problems) }
            FailPoint.reach(.contentLoaded)
            let theme = try clock.time("load theme") { () throws(DiagnosticList) in try loadTheme(for: content.config, &problems) }
            var context = clock.time("render markdown") { renderMarkdown(content, theme: theme, forSearch: true, &problems) }
            // Open data first, a record at a time: `/data/` shows the files' sizes.
            context.openData = try clock.time("open data") { () throws(DiagnosticList) in try openData(context, into: staging) }
            let search = BackgroundTask { [context] in context.searchFiles(variants: theme.searchVariants) }
            let pages = try clock.time("render pages") { () throws(DiagnosticList) in
                try renderPages(context.pageSections(), context, theme: theme, into: staging, &problems)
            }
            FailPoint.reach(.pagesWritten)
            try failIfNeeded(problems)
            try clock.time("feeds and files") { () throws(DiagnosticList) in
                try write(context.feedFiles(pages: pages) + assets(of: theme) + context.mediaFiles(), to: staging)
            }
            FailPoint.reach(.dataWritten)
            try clock.time("search index") { () throws(DiagnosticList) in try write(search.wait(), to: staging) }
            FailPoint.reach(.searchWritten)
            try clock.time("swap in") { () throws(DiagnosticList) in try commit(staging) }
            return BuildReport(counts: content.counts, pagesWritten: pages.count, filesWritten: staging.count,
                               warnings: problems.warnings, seconds: clock.total, stages: clock.stages)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Stops the run when errors were found (or warnings, in strict mode).
    func failIfNeeded(_ problems: DiagnosticList) throws(DiagnosticList) {
        if problems.hasErrors || (options.strict && !problems.isEmpty) {
            throw problems
        }
    }
}
