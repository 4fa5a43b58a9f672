import Foundation

extension MediaCheck {
    /// The picture `site.yml` names (`image:`), a file in the content folder
    /// itself, shown for pages without a picture of their own (`og:image`).
    static func siteImage(_ reference: MediaImageReference?, contentFolder: URL, shown: String,
                          limits: MediaLimits) -> (image: PublishedImage?, diagnostics: [Diagnostic]) {
        guard let reference else { return (nil, []) }
        let names = ContentScanner.listing(contentFolder).filter { !ContentScanner.isDirectory(contentFolder.appendingPathComponent($0)) }
        var files: [String: MediaFile] = [:]
        var diagnostics: [Diagnostic] = []
        let written = reference.reference.file
        if !MediaLookup.leavesFolder(written), names.contains(written) {
            let (file, found) = MediaInspector.inspect(name: written, path: contentFolder.appendingPathComponent(written).path,
                                                       shown: "\(shown)/\(written)", outputName: MediaFileName.safe(written),
                                                       limits: limits)
            files[written] = file
            diagnostics += found
        }
        let folder = RecordFiles(shown: shown, outputFolder: siteFilesFolder, files: files, names: names)
        let source = RecordSource(path: "\(shown)/site.yml")
        let (found, problem) = check(written, at: reference.reference.location, in: folder, source: source, asImage: true)
        if let problem { diagnostics.append(problem) }
        guard let found, problem == nil, found.isUsable, let info = found.image, let type = found.type else { return (nil, diagnostics) }
        let image = PublishedImage(path: folder.outputPath(of: found), width: info.width, height: info.height,
                                   alt: reference.alt, type: type, sourcePath: found.path)
        return (image, diagnostics)
    }

    /// Where the site's own files go: a folder name no page may take
    /// (`ReservedSlugs`).
    static let siteFilesFolder = "files/"
}
