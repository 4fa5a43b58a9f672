import Foundation

extension IncrementalBuild {
    /// `SiteBuilder.loadContent` with the cache: the same problems, the same content.
    func loadContent(_ builder: SiteBuilder, _ problems: inout DiagnosticList) throws(DiagnosticList) -> SiteContent {
        let (loaded, diagnostics) = ContentLoader.load(directory: options.contentDirectory, displayPath: options.contentDisplayPath,
                                                       includeDrafts: options.includeDrafts, today: options.now.date,
                                                       reader: ContentLoader.frontMatterReader, cache: &contentCache)
        problems.append(contentsOf: diagnostics)
        guard var content = loaded, !problems.hasErrors else {
            if let config = ContentLoader.siteConfig(directory: options.contentDirectory, displayPath: options.contentDisplayPath) {
                var themeProblems = DiagnosticList()
                _ = try? builder.loadTheme(for: config, &themeProblems)
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

    /// The theme, loaded again only when its name or a file under the
    /// themes folder changed. Returns whether it was loaded again.
    func loadTheme(_ builder: SiteBuilder, config: SiteConfig,
                   _ problems: inout DiagnosticList) throws(DiagnosticList) -> (ThemeTemplates, Bool) {
        let themes = options.themeDirectory?.deletingLastPathComponent() ?? options.themesDirectory
        let name = options.themeDirectory?.lastPathComponent ?? config.theme
        let stamps = FileWatcher.scan([themes.standardizedFileURL.path])
        if let theme, theme.name == name, theme.stamps == stamps {
            problems.append(contentsOf: theme.warnings)
            try builder.failIfNeeded(problems)
            return (theme.templates, false)
        }
        theme = nil
        var own = DiagnosticList()
        do throws(DiagnosticList) {
            let templates = try builder.loadTheme(for: config, &own)
            problems.append(contentsOf: own)
            theme = LoadedTheme(name: name, stamps: stamps, templates: templates, warnings: own.items)
            try builder.failIfNeeded(problems)
            return (templates, true)
        } catch {
            problems.append(contentsOf: own)
            throw problems
        }
    }

    /// Renders `pages` on all cores and writes those whose bytes changed,
    /// adding template problems to `problems` (once each). Returns how many
    /// files were written.
    /// Without `write`, the pages are only rendered, for their problems.
    /// `sets` are the open data when already made (for the `/data/` page).
    func renderPages(_ pages: [PageID], _ context: RenderContext, positions: PagePositions, theme: ThemeTemplates,
                     write: Bool = true, sets: [OpenDataSet]? = nil, _ problems: inout DiagnosticList) -> Int {
        guard !pages.isEmpty else { return 0 }
        let site = context.siteValue()
        let ledger = self.ledger
        let folder = self.folder
        let output = options.outputDirectory.relativePath
        let results: [PageResult] = pages.parallelMap { id -> PageResult in
            guard let spec = context.spec(for: id, positions: positions, openData: sets) else { return .none }
            do throws(DiagnosticList) {
                let data = Data(try theme.renderBytes(spec.layout, context.templateContext(for: spec, site: site), strict: true))
                let digest = FileDigest(data)
                if !write || ledger[id.outputPath] == digest { return .none }
                do { try folder.write(data, to: id.outputPath) } catch {
                    return .failed(DiagnosticList([Self.writeFailure(error, output: output)]))
                }
                return .written(id.outputPath, digest)
            } catch {
                return .failed(error)
            }
        }
        var seen = Set(problems.items)
        var written = 0
        for result in results {
            switch result {
            case .none: break
            case .written(let path, let digest):
                self.ledger[path] = digest
                written += 1
            case .failed(let errors):
                // The same template typo fails every page of a kind; report it once.
                for d in errors.items where seen.insert(d).inserted { problems.append(d) }
            }
        }
        return written
    }

    enum PageResult: Sendable {
        case none
        case written(String, FileDigest)
        case failed(DiagnosticList)
    }

    /// Writes the open data a piece at a time, each file put in place
    /// only when its bytes changed, and notes them in the ledger at once:
    /// the files served are those the ledger describes, even if the run
    /// stops later. Returns the sets (for `/data/`), the files' paths and
    /// how many were replaced.
    func writeOpenData(_ context: RenderContext) throws(DiagnosticList) -> (sets: [OpenDataSet], paths: [String], written: Int) {
        let target = PreviewOpenData(folder: folder, ledger: ledger)
        let sets: [OpenDataSet]
        var failure: Error?
        do { sets = try context.openDataSets(into: .preview(target)) } catch {
            failure = error
            sets = []
        }
        // What was put in place before a failure is in the folder too.
        for result in target.results { ledger[result.path] = result.digest }
        if let failure { throw DiagnosticList([Self.writeFailure(failure, output: options.outputDirectory.relativePath)]) }
        return (sets, target.results.map(\.path), target.results.filter(\.replaced).count)
    }

    /// Writes the files whose bytes changed; returns how many.
    func write(_ files: [OutputFile]) throws(DiagnosticList) -> Int {
        let ledger = self.ledger
        let folder = self.folder
        let copied = self.copied
        let results: [(String, FileDigest, Error?, CopiedFile?)?] = files.parallelMap(ioWorkers: SiteBuilder.ioWorkers) { file in
            let data: Data
            var copy: CopiedFile?
            switch file.contents {
            case .data(let d): data = d
            case .copy(let source):
                // A file copied unchanged is not read again: its stamp says so.
                let stamp = FileStamp(path: source.path, following: true)
                if let stamp, let known = copied[file.path], known.source == source.path, known.stamp == stamp,
                   ledger[file.path] == known.digest {
                    return nil
                }
                do { data = try FileIO.read(source.path) } catch { return (file.path, FileDigest(Data()), error, nil) }
                copy = stamp.map { CopiedFile(source: source.path, stamp: $0, digest: FileDigest(data)) }
            }
            let digest = FileDigest(data)
            if ledger[file.path] == digest { return copy.map { (file.path, digest, nil, $0) } }
            do { try folder.write(data, to: file.path) } catch { return (file.path, digest, error, nil) }
            return (file.path, digest, nil, copy)
        }
        var written = 0
        var failure: Error?
        for case let (path, digest, error, copy)? in results {
            if let error {
                failure = failure ?? error
                continue
            }
            self.copied[path] = copy
            if self.ledger[path] == digest { continue }
            self.ledger[path] = digest
            written += 1
        }
        if let failure { throw DiagnosticList([Self.writeFailure(failure, output: options.outputDirectory.relativePath)]) }
        return written
    }

    /// Deletes the files of the last run that this run did not make; returns how many.
    func removeFiles(keeping paths: Set<String>) -> Int {
        let gone = ledger.keys.filter { !paths.contains($0) }.sorted()
        for path in gone {
            folder.remove(path)
            ledger[path] = nil
            copied[path] = nil
        }
        return gone.count
    }
}

/// A file the last run copied into the folder: its source, the source's
/// stamp then, and the digest of what was written.
struct CopiedFile: Sendable {
    var source: String
    var stamp: FileStamp
    var digest: FileDigest
}
