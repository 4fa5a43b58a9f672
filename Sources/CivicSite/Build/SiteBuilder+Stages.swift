import Foundation

extension SiteBuilder {
    /// Reads and validates `content/`. Fails early: nothing can be rendered
    /// from content with errors; the theme's own problems are still reported
    /// in the same run, so a fix of the content does not uncover new ones.
    func loadContent(_ problems: inout DiagnosticList) throws(DiagnosticList) -> SiteContent {
        let (loaded, diagnostics) = ContentLoader.load(directory: options.contentDirectory,
                                                       displayPath: options.contentDisplayPath,
                                                       includeDrafts: options.includeDrafts, today: options.now.date)
        problems.append(contentsOf: diagnostics)
        guard var content = loaded, !problems.hasErrors else {
            // The loader returns no content once it found an error, so the
            // theme is found from site.yml alone.
            if let config = ContentLoader.siteConfig(directory: options.contentDirectory, displayPath: options.contentDisplayPath) {
                var themeProblems = DiagnosticList()
                _ = try? loadTheme(for: config, &themeProblems)
                problems.append(contentsOf: themeProblems)
            }
            throw problems
        }
        if let override = options.baseURL {
            content.config.baseURL = override.hasSuffix("/") ? override : override + "/"
        }
        problems.append(contentsOf: ReservedSlugs.check(content, contentDisplayPath: options.contentDisplayPath))
        return content
    }

    /// Parses every template of the theme (and the themes it extends) once.
    func loadTheme(for config: SiteConfig, _ problems: inout DiagnosticList) throws(DiagnosticList) -> ThemeTemplates {
        let themes = options.themeDirectory?.deletingLastPathComponent() ?? options.themesDirectory
        let name = options.themeDirectory?.lastPathComponent ?? config.theme
        let shownRoot = options.themeDirectory.map { FileIO.parentPath(of: $0.relativePath) } ?? "themes"
        // A theme named in site.yml is reported at its name there; the
        // default one, or a folder given on the command line, at the file.
        let chosenAt = (options.themeDirectory == nil ? config.themeLocation : nil)
            ?? .file(options.contentDisplayPath + "/site.yml")
        let theme: ThemeTemplates
        do throws(DiagnosticList) {
            let layers = try ThemeResolver.layers(theme: name, chosenAt: chosenAt, themesDirectory: themes,
                                                  displayRoot: shownRoot.isEmpty ? "." : shownRoot)
            // Links out of the theme folder are errors; they are not followed either way.
            problems.append(contentsOf: ThemeFiles.linkProblems(in: layers))
            theme = try ThemeTemplates.load(layers: layers)
        } catch {
            problems.append(contentsOf: error)
            throw problems
        }
        problems.append(contentsOf: theme.check())
        try failIfNeeded(problems)
        return theme
    }

    /// Renders every Markdown body once, on all cores, for what the
    /// renderer noticed (a URL cut short by the Japanese text after it
    /// becomes a warning at its place in the file) and the files each body
    /// uses. The HTML is dropped: pages and open data render a body again
    /// when they need it (`RenderContext.bodyRendering`), so memory does not
    /// grow with the size of the bodies.
    ///
    /// A build keeps each body's text as search reads it (`searchText`):
    /// the index holds every text anyway, and rendering the bodies again on
    /// the search's one thread took longer than the rest of its work.
    func renderMarkdown(_ content: SiteContent, theme: ThemeTemplates, forSearch: Bool,
                        _ problems: inout DiagnosticList) -> RenderContext {
        let bodies = BodyRendering(content: content, theme: theme)
        let rendered = bodies.sources.parallelMap { source in
            var body = bodies.render(source)
            if forSearch { body.searchText = SearchPlainText.fromHTML(body.html) }
            body.html = ""
            return body
        }
        var content = content
        Self.note(rendered, in: &content, &problems)
        var context = RenderContext(content: content, urls: SiteURLs(baseURL: content.config.baseURL), now: options.now, bodies: [:])
        if forSearch {
            context.searchTexts = Dictionary(rendered.map { ($0.key, $0.searchText ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        context.bodyRendering = bodies
        context.stamp = options.stamp
        return context
    }

    /// The rendered bodies by `kind/slug`, after `note` (the incremental
    /// preview keeps every body's HTML between its runs).
    static func collect(_ rendered: [BodyRendering.Rendered], into content: inout SiteContent,
                        _ problems: inout DiagnosticList) -> [String: String] {
        note(rendered, in: &content, &problems)
        return Dictionary(rendered.map { ($0.key, $0.html) }, uniquingKeysWith: { a, _ in a })
    }

    /// The bodies' problems added to `problems` in body order, the files
    /// they use marked as used, and the files nothing uses reported.
    static func note(_ rendered: [BodyRendering.Rendered], in content: inout SiteContent, _ problems: inout DiagnosticList) {
        for body in rendered {
            problems.append(contentsOf: body.diagnostics)
            content.media.folders[body.record]?.referenced.formUnion(body.usedFiles)
        }
        problems.append(contentsOf: MediaCheck.unreferenced(content.media, records: Set(rendered.map(\.record))))
    }

    /// Renders every page through the theme on all cores, a section at a
    /// time (`RenderContext.pageSections`), writing each page as soon as it
    /// is rendered when building. Template problems (a typo in a variable
    /// name) are errors. Returns the pages rendered, without their keys
    /// (for the sitemap).
    func renderPages(_ sections: [@Sendable () -> [PageSpec]], _ context: RenderContext, theme: ThemeTemplates,
                     into staging: StagingFolder?, _ problems: inout DiagnosticList) throws(DiagnosticList) -> [PageSpec] {
        let site = context.siteValue()
        var seen: Set<Diagnostic> = []
        var rendered: [PageSpec] = []
        for section in sections {
            var specs = section()
            rendered += specs.map { PageSpec(layout: $0.layout, path: $0.path, title: "", description: "", indexable: $0.indexable) }
            if let staging {
                do { try staging.prepareFolders(forFiles: specs.map(\.outputPath)) } catch { throw writeFailure(error, staging) }
            }
            let queue = PageQueue(specs)
            specs = []
            let workers = staging == nil ? ProcessInfo.processInfo.activeProcessorCount : SiteBuilder.ioWorkers
            // Each worker renders with templates and a `site` of its own
            // (`ThemeTemplates.workerCopy`).
            let results: [DiagnosticList?] = Array(0..<queue.count).parallelMap(
                ioWorkers: workers, worker: { (theme.workerCopy(), site.workerCopy()) }
            ) { own, index in
                let (theme, site) = own
                // A record's page is made here, rendered, written and dropped.
                let spec = queue.take(index).made()
                do throws(DiagnosticList) {
                    let html = try theme.renderBytes(spec.layout, context.templateContext(for: spec, site: site), strict: true)
                    do {
                        try staging?.write(OutputFile(path: spec.outputPath, bytes: html))
                    } catch {
                        return staging.map { writeFailure(error, $0) }
                    }
                    return nil
                } catch {
                    return error
                }
            }
            for errors in results.compactMap({ $0 }) {
                // The same template typo fails every page of a kind; report it once.
                for d in errors.items where seen.insert(d).inserted { problems.append(d) }
            }
        }
        try failIfNeeded(problems)
        return rendered
    }

    /// Writes the open data into the staging folder as it is made (or, for
    /// `check`, measures it), before the pages: `/data/` shows the sizes.
    func openData(_ context: RenderContext, into staging: StagingFolder?) throws(DiagnosticList) -> [OpenDataSet] {
        do { return try context.writeOpenData(into: staging) } catch {
            guard let staging else { return [] }
            throw writeFailure(error, staging)
        }
    }

    /// Workers for stages that write files: enough to keep the disk busy
    /// while the cores render.
    static let ioWorkers = max(8, ProcessInfo.processInfo.activeProcessorCount * 4)

    /// Theme assets, copied under `assets/`.
    /// Stylesheets and scripts are minified on the way (`AssetMinifier`);
    /// other files are copied byte for byte.
    func assets(of theme: ThemeTemplates) -> [OutputFile] {
        theme.assets.map { asset in
            let path = "assets/" + asset.relativePath
            if let data = FileManager.default.contents(atPath: asset.source.path),
               let text = String(data: data, encoding: .utf8),
               let small = AssetMinifier.minify(text, fileName: asset.relativePath) {
                return OutputFile(path: path, text: small)
            }
            return OutputFile(path: path, copying: asset.source)
        }
    }

    /// Checks the output folder, then opens the staging folder beside it
    /// (which waits for another build of the same folder).
    func openStaging() throws(DiagnosticList) -> StagingFolder {
        let name = options.outputDirectory.relativePath
        if let refusal = options.outputFolderCheck(outputName: name).refusal() {
            throw DiagnosticList([refusal.diagnostic(at: .file(name))])
        }
        do {
            return try StagingFolder(replacing: options.outputDirectory, lockTimeout: options.lockTimeout, shown: name,
                                     notify: options.notify)
        } catch {
            throw DiagnosticList([error.diagnostic(output: name)])
        }
    }

    func write(_ files: [OutputFile], to staging: StagingFolder) throws(DiagnosticList) {
        do { try staging.write(files) } catch { throw writeFailure(error, staging) }
    }

    func commit(_ staging: StagingFolder) throws(DiagnosticList) {
        do { try staging.commit() } catch { throw DiagnosticList([error.diagnostic(output: options.outputDirectory.relativePath)]) }
    }

    /// A failed write into the staging folder; the message says whether a
    /// previous site was kept.
    func writeFailure(_ error: Error, _ staging: StagingFolder) -> DiagnosticList {
        DiagnosticList([StagingFolder.Failure.diagnostic(for: error, output: options.outputDirectory.relativePath,
                                                         hadPreviousSite: staging.hadPreviousSite)])
    }
}
