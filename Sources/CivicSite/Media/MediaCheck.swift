import Dispatch
import Foundation

/// Inspects the files of every record folder once (on all cores) and checks
/// the names the front matter gives against them; body references are
/// checked when bodies are rendered (`BodyRendering`), and what nothing
/// uses is reported after that (`unreferenced`).
enum MediaCheck {
    struct Record: Sendable {
        var kind: RecordKind
        var slug: String
        var source: RecordSource
        var folder: RecordFolderSource?
    }

    static func run(_ records: [Record], limits: MediaLimits) -> (catalogue: MediaCatalogue, diagnostics: [Diagnostic]) {
        let withFolders = records.filter { $0.folder != nil }
        let inspected = ContentSlots<(RecordFiles, [Diagnostic])?>(count: withFolders.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: withFolders.count) { index in
            inspected[index] = inspect(withFolders[index], limits: limits)
        }
        var catalogue = MediaCatalogue()
        var diagnostics: [Diagnostic] = []
        for (record, result) in zip(withFolders, inspected.values) {
            guard let (files, found) = result else { continue }
            catalogue.folders[record.source.path] = files
            diagnostics += found
        }
        for record in records where !record.source.media.isEmpty {
            diagnostics += checkReferences(record.source, in: &catalogue)
        }
        return (catalogue, diagnostics)
    }

    /// The files of one record's folder.
    static func inspect(_ record: Record, limits: MediaLimits) -> (RecordFiles, [Diagnostic]) {
        let folder = record.folder!
        let outputNames = MediaFileName.assign(folder.files)
        var files: [String: MediaFile] = [:]
        var diagnostics: [Diagnostic] = []
        for name in folder.files {
            let (file, found) = MediaInspector.inspect(name: name, path: folder.url.appendingPathComponent(name).path,
                                                       shown: "\(folder.shown)/\(name)", outputName: outputNames[name]!,
                                                       limits: limits)
            files[name] = file
            diagnostics += found
        }
        let output = SiteURLs.relative(record.kind, record.slug) + "files/"
        return (RecordFiles(shown: folder.shown, outputFolder: output, files: files, names: folder.files), diagnostics)
    }

    /// `image:` and `attachments:` of one record.
    static func checkReferences(_ source: RecordSource, in catalogue: inout MediaCatalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var folder = catalogue.folders[source.path]
        var references: [(MediaReference, Bool)] = source.media.image.map { [($0.reference, true)] } ?? []
        for attachment in source.media.attachments {
            if case .file(let reference) = attachment.target { references.append((reference, false)) }
        }
        for (reference, asImage) in references {
            let (found, problem) = check(reference.file, at: reference.location, in: folder, source: source, asImage: asImage)
            if let problem { diagnostics.append(problem) }
            if let found { folder?.referenced.insert(found.name) }
        }
        if let folder { catalogue.folders[source.path] = folder }
        return diagnostics
    }

    /// What a file name written at `location` finds, and its problem when it
    /// is not a file that may be published there. A file found is used
    /// (not reported as unreferenced) even when it has a problem.
    static func check(_ written: String, at location: SourceLocation, in folder: RecordFiles?, source: RecordSource,
                      asImage: Bool) -> (found: MediaFile?, problem: Diagnostic?) {
        let file: MessageArguments = ["file": .text(written)]
        let lookup = MediaLookup.leavesFolder(written) ? .leavesFolder : folder?.lookup(written) ?? .noFolder
        switch lookup {
        case .leavesFolder:
            return (nil, .error(.pathLeavesFolder, at: location, file))
        case .noFolder:
            return (nil, .error(.recordHasNoFolder, at: location, file.merging([
                "path": .text(source.path), "bundle": .text(bundlePath(of: source.path)),
            ]) { a, _ in a }))
        case .missing(let near):
            let arguments = file.merging(["folder": .text(folder?.shown ?? "")]) { a, _ in a }
            return (nil, .make(.fileNotFound, at: location, arguments,
                               hint: near.map { ChosenHint(.didYouMean, ["near": .text($0)]) }))
        case .found(let found):
            guard let type = found.type else { return (found, typeProblem(written, at: location)) }
            if asImage && !type.isImage {
                return (found, .error(.notAnImageFile, at: location, file.merging(["type": .text(type.label)]) { a, _ in a }))
            }
            return (found, nil)
        }
    }

    static func typeProblem(_ written: String, at location: SourceLocation) -> Diagnostic {
        let photo: Set<String> = ["heic", "heif", "tif", "tiff", "bmp", "raw", "cr2", "nef", "arw", "dng"]
        let hint = photo.contains(MediaType.ending(of: written) ?? "")
            ? ChosenHint(.convertToJPEG)
            : ChosenHint(.publishedEndings, ["endings": .list(MediaType.publishedEndings.map { .text("." + $0) })])
        return .make(.typeNotPublished, at: location, ["file": .text(written)], hint: hint)
    }

    /// `content/events/<slug>/index.md` for `content/events/<slug>.md`.
    static func bundlePath(of path: String) -> String {
        (path.hasSuffix(".md") ? String(path.dropLast(3)) : path) + "/" + ContentScanner.recordFileName
    }

    /// The alt text of a body's image: written, and saying what it shows.
    static func bodyAltProblem(_ alt: String, file: String, at location: SourceLocation) -> Diagnostic? {
        if DecodingText.isBlank(alt) {
            return .error(.imageWithoutAlt, at: location, ["file": .text(file)], hint: .bodyImageAlt)
        }
        guard let problem = AltText.problem(alt, file: file) else { return nil }
        return .error(problem == .fileName ? .altIsFileName : .altIsPlaceholder, at: location,
                      ["alt": .text(alt), "file": .text(file)])
    }

    /// Files of the folders of `records` (paths) that nothing refers to,
    /// once bodies are read. Drafts left out of the build are not asked.
    static func unreferenced(_ catalogue: MediaCatalogue, records: Set<String>) -> [Diagnostic] {
        // By record path: a dictionary's order differs from one build to the next.
        catalogue.folders.filter { records.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value).flatMap { folder in
            folder.names.filter { !folder.referenced.contains($0) }.map { name in
                Diagnostic.warning(.unreferencedFile, at: .file("\(folder.shown)/\(name)"), ["file": .text(name)])
            }
        }
    }
}
