#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `civicsite new`: a record file made from its kind's template, checked
/// as `check` would read it, and written only where no file is.
///
/// The template (`archetypes/<kind>.md`) is found in the site's own
/// `archetypes/` folder first, then in the theme and the themes it extends,
/// and rendered with the project's Mustache engine. What it writes must pass
/// `check` as a draft, so a template that would make a broken record writes
/// nothing.
public enum NewRecord {
    public static func make(_ request: NewRecordRequest) throws(DiagnosticList) -> NewRecordResult {
        let folder = request.contentDirectory.appendingPathComponent(request.kind.rawValue)
        let shownFolder = "\(request.contentDisplayPath)/\(request.kind.rawValue)"
        let template = try findTemplate(request)
        let reading = request.kind == .groups ? reading(for: request) : nil
        let (slug, origin) = try chooseSlug(request, reading: reading, folder: folder, shownFolder: shownFolder)
        let fileName = "\(slug).md"
        let shown = "\(shownFolder)/\(fileName)"
        let text = try render(template, values: values(request, slug: slug, reading: reading))
        let outcome = ContentFileDecoder.decode(Data(text.utf8), displayPath: shown, fileName: fileName, kind: request.kind,
                                                reader: ContentLoader.frontMatterReader, today: request.now.date)
        if outcome.diagnostics.contains(where: \.isError) {
            throw DiagnosticList([.error(.newTemplateMakesBadRecord, at: nowhere, ["template": .text(template.displayPath)])]
                                 + outcome.diagnostics)
        }
        try write(text, folder: folder, fileName: fileName, shown: shown, kind: request.kind, slug: slug)
        return NewRecordResult(path: shown, slug: slug, slugOrigin: origin, template: template.displayPath,
                               warnings: outcome.diagnostics)
    }

    /// The values a template sees. Texts typed on the command line are
    /// given ready to follow `key: `, quoted when they need it.
    static func values(_ request: NewRecordRequest, slug: String, reading: String?) -> TemplateValue {
        let date = request.now.date
        let p = LocalDate.padded
        return .object([
            "title": request.title.map { .string(FrontMatterScalarText.value($0)) } ?? .null,
            "kana": reading.map { .string(FrontMatterScalarText.value($0)) } ?? .null,
            "slug": .string(slug),
            "kind": .string(request.kind.rawValue),
            "today": .string(date.description),
            "now": .string(date.description + " " + p(request.now.hour, 2) + ":" + p(request.now.minute, 2)),
            "year": .int(date.year),
            // The Japanese fiscal year (年度) starts in April.
            "fiscal_year": .int(date.month >= 4 ? date.year : date.year - 1),
        ])
    }

    /// A group's reading: `--kana`, else the title itself when it is
    /// written in kana (or with acronyms spelt out, `ITさろん`); a title
    /// with kanji has no reading we could know.
    static func reading(for request: NewRecordRequest) -> String? {
        if let kana = request.kana { return kana }
        guard let title = request.title else { return nil }
        let bare = SlugSuggestion.strippingLegalForm(WrittenText.folded(title)).trimmingCharacters(in: .whitespaces)
        guard !bare.isEmpty else { return nil }
        return GroupKana.isKana(bare) ? bare : GroupKana.suggestion(for: bare)
    }

    /// Creates the file, never replacing one (`O_EXCL`), and its kind's
    /// folder when the content has none yet.
    static func write(_ text: String, folder: URL, fileName: String, shown: String, kind: RecordKind,
                      slug: String) throws(DiagnosticList) {
        let path = folder.appendingPathComponent(fileName).path
        // The same record may be a folder with its photos (`<slug>/index.md`).
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(slug)
            .appendingPathComponent(ContentScanner.recordFileName).path) {
            throw DiagnosticList([existing(MediaCheck.bundlePath(of: shown), kind: kind, slug: slug)])
        }
        do {
            // Only a missing folder is made: a file in its place is reported
            // by the open below, with the reason that says so.
            if !FileManager.default.fileExists(atPath: folder.path) { try FileIO.makeDirectories(folder.path) }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw FileIO.Failure(path: path, code: errno) }
            defer { close(fd) }
            try FileIO.write(Data(text.utf8), to: fd, path: path)
        } catch let failure as FileIO.Failure where failure.code == EEXIST && failure.path == path {
            throw DiagnosticList([existing(shown, kind: kind, slug: slug)])
        } catch {
            throw DiagnosticList([.error(.newCannotWrite, at: nowhere, ["path": .text(shown), "reason": .term(Term.reason(of: error))])])
        }
    }

    /// Problems of the command itself have no place in a file.
    static let nowhere = SourceLocation(file: "", line: 0, column: 0)

    static func existing(_ shown: String, kind: RecordKind, slug: String) -> Diagnostic {
        .error(.newFileExists, at: nowhere, ["path": .text(shown), "kind": .text(kind.singular), "other": .text(slug + "-2")])
    }
}
