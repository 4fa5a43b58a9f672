import Dispatch
import Foundation

/// Reads a content folder into a `SiteContent`: `site.yml` and every
/// `<kind>/*.md`, decoded and validated, with every problem of every file.
public enum ContentLoader {
    /// Reads a file's bytes into parsed front matter and body; `wholeFile`
    /// is true for `site.yml`, which is front matter without the `---` lines.
    public typealias Reader = @Sendable (_ data: Data, _ displayPath: String, _ wholeFile: Bool) -> ContentParsedFile

    /// The content of `directory`, nil when any error was found.
    /// `displayPath` is how the folder appears in messages (`content`);
    /// `today` is the build's date, for hints about dates without a year.
    public static func load(directory: URL, displayPath: String, includeDrafts: Bool, today: LocalDate? = nil,
                            reader: Reader) -> (content: SiteContent?, diagnostics: DiagnosticList) {
        var cache: ContentCache? = nil
        return load(directory: directory, displayPath: displayPath, includeDrafts: includeDrafts, today: today,
                    reader: reader, cache: &cache)
    }

    /// As above; with a cache, files whose stamp is unchanged since the
    /// cache saw them are not read again (the preview's incremental builds).
    /// Validation always runs over every record: it is cheap, and its
    /// messages must be exactly those of a fresh build.
    static func load(directory: URL, displayPath: String, includeDrafts: Bool, today: LocalDate?,
                     reader: Reader, cache: inout ContentCache?) -> (content: SiteContent?, diagnostics: DiagnosticList) {
        let loaded = loadAll(directory: directory, displayPath: displayPath, includeDrafts: includeDrafts, today: today,
                             reader: reader, cache: &cache)
        guard loaded.config != nil, !loaded.diagnostics.hasErrors else { return (nil, loaded.diagnostics) }
        return (loaded.content, loaded.diagnostics)
    }

    /// Everything that could be read, also when there were errors: the
    /// import needs the fields and groups of a content folder, and checks
    /// the records it would add (`adding`, files not yet on disk) with
    /// the others exactly as `check` will.
    static func loadAll(directory: URL, displayPath: String, includeDrafts: Bool, today: LocalDate? = nil,
                        reader: Reader, adding extra: [ContentFile] = [])
        -> (content: SiteContent, config: SiteConfig?, diagnostics: DiagnosticList) {
        var cache: ContentCache? = nil
        return loadAll(directory: directory, displayPath: displayPath, includeDrafts: includeDrafts, today: today,
                       reader: reader, adding: extra, cache: &cache)
    }

    static func loadAll(directory: URL, displayPath: String, includeDrafts: Bool, today: LocalDate?,
                        reader: Reader, adding extra: [ContentFile] = [], cache: inout ContentCache?)
        -> (content: SiteContent, config: SiteConfig?, diagnostics: DiagnosticList) {
        var diagnostics = DiagnosticList()
        guard ContentScanner.isDirectory(directory) else {
            diagnostics.append(.error(.contentFolderMissing, at: .file(displayPath)))
            return (SiteContent(config: placeholderConfig), nil, diagnostics)
        }
        let config = loadConfig(directory: directory, displayPath: displayPath, reader: reader, into: &diagnostics)
        var scan = cache == nil ? ContentScanner.scan(directory: directory, displayPath: displayPath)
            : cache!.scan { ContentScanner.scan(directory: directory, displayPath: displayPath) }
        diagnostics.append(contentsOf: scan.diagnostics)
        scan.files += extra
        let results = cache == nil
            ? decodeConcurrently(scan.files, reader: reader, today: today)
            : cache!.outcomes(of: scan.files, today: today) { decodeConcurrently($0, reader: reader, today: today) }
        var content = SiteContent(config: config ?? placeholderConfig)
        var partial = SiteContent(config: content.config)
        var broken = ContentValidation.BrokenRecords()
        var mediaRecords: [MediaCheck.Record] = []
        for (file, result) in zip(scan.files, results) {
            if let slug = result.brokenSlug { broken.insert(slug, kind: file.kind) }
            diagnostics.append(contentsOf: result.diagnostics)
            if let record = result.record { content.add(record) }
            if let record = result.partial { partial.add(record) }
            if let record = result.record ?? result.partial {
                mediaRecords.append(MediaCheck.Record(kind: file.kind, slug: record.slug, source: record.source, folder: file.folder))
            }
        }
        let limits = MediaLimits(maxFileSize: config?.maxFileSize ?? MediaLimits().maxFileSize)
        let media = MediaCheck.run(mediaRecords, limits: limits)
        diagnostics.append(contentsOf: media.diagnostics)
        content.media = media.catalogue
        let siteImage = MediaCheck.siteImage(config?.image, contentFolder: directory, shown: displayPath, limits: limits)
        diagnostics.append(contentsOf: siteImage.diagnostics)
        content.media.siteImage = siteImage.image
        diagnostics.append(contentsOf: ContentValidation.run(&content, fieldsFolder: "\(displayPath)/fields",
                                                             includeDrafts: includeDrafts, broken: broken))
        diagnostics.append(contentsOf: ContentValidation.references(of: &partial, in: content, includeDrafts: includeDrafts,
                                                                    broken: broken))
        content.searchSynonyms = loadSynonyms(directory: directory, displayPath: displayPath, reader: reader, into: &diagnostics)
        if !includeDrafts { content.removeDrafts() }
        content.sortBySlug()
        return (content, config, diagnostics)
    }

    static func loadConfig(directory: URL, displayPath: String, reader: Reader,
                           into diagnostics: inout DiagnosticList) -> SiteConfig? {
        let shown = "\(displayPath)/site.yml"
        let data: Data
        do {
            data = try FileIO.read(directory.appendingPathComponent("site.yml").path, limit: InputLimits.contentFileBytes)
        } catch let tooLarge as FileIO.TooLarge {
            diagnostics.append(.error(.fileTooLarge, at: .file(shown), InputLimits.arguments(tooLarge), hint: .settingsFileTooLarge))
            return nil
        } catch {
            diagnostics.append(.error(.siteSettingsMissing, at: .file(shown)))
            return nil
        }
        let parsed = reader(data, shown, true)
        diagnostics.append(contentsOf: parsed.diagnostics)
        if parsed.diagnostics.contains(where: \.isError) { return nil }
        let result = SiteConfigDecoder.decode(parsed.frontMatter, path: shown)
        diagnostics.append(contentsOf: result.diagnostics)
        return result.record
    }

    /// `search-synonyms.yml`, when the site has one.
    static func loadSynonyms(directory: URL, displayPath: String, reader: Reader,
                             into diagnostics: inout DiagnosticList) -> [[String]] {
        let name = SearchSynonymsDecoder.fileName
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return [] }
        let parsed = reader(data, "\(displayPath)/\(name)", true)
        diagnostics.append(contentsOf: parsed.diagnostics)
        if parsed.diagnostics.contains(where: \.isError) { return [] }
        let result = SearchSynonymsDecoder.decode(parsed.frontMatter, path: "\(displayPath)/\(name)")
        diagnostics.append(contentsOf: result.diagnostics)
        return result.groups
    }

    /// Files are independent until validation, and reading plus parsing is
    /// pure, so they are decoded in parallel into fixed slots: the result
    /// order is the file order whatever the scheduling.
    static func decodeConcurrently(_ files: [ContentFile], reader: Reader, today: LocalDate? = nil) -> [ContentFileDecoder.Outcome] {
        let slots = ContentSlots<ContentFileDecoder.Outcome>(count: files.count, initial: .init(diagnostics: []))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots[index] = ContentFileDecoder.decode(files[index], reader: reader, today: today)
        }
        return slots.values
    }

    static let placeholderConfig = SiteConfig(title: "", city: "", baseURL: "/",
                                              centre: Centre(name: "", address: "", phone: "", email: "", hours: ""))
}
