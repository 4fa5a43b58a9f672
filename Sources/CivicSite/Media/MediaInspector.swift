import Foundation

/// Looks at one file beside a record: its size, its kind by name, and for a
/// picture its header (size in pixels, cut short or damaged) or, for an
/// SVG, what it holds. Every problem of the file itself is located at the file.
enum MediaInspector {
    /// Images above this are a warning: slow on a phone.
    static let heavyImageBytes = 2 * 1024 * 1024
    /// Images wider than this are a warning: no screen shows more.
    static let wideImagePixels = 2400

    static func inspect(name: String, path: String, shown: String, outputName: String,
                        limits: MediaLimits) -> (file: MediaFile, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let type = MediaType(fileName: name)
        let at = SourceLocation.file(shown)
        let fileArgument: MessageArguments = ["file": .text(name)]
        // stat, not lstat: a link inside content/ is measured by what it points at.
        var info = stat()
        let byteCount = stat(path, &info) == 0 ? Int(info.st_size) : 0
        var file = MediaFile(name: name, path: path, shown: shown, byteCount: byteCount, type: type, image: nil,
                             isUsable: type != nil, outputName: outputName)
        if byteCount > limits.maxFileSize {
            diagnostics.append(.error(.mediaFileTooLarge, at: at, fileArgument.merging([
                "size": .text(MediaSize.label(byteCount)), "limit": .text(MediaSize.limit(limits.maxFileSize)),
            ]) { a, _ in a }))
            file.isUsable = false
            return (file, diagnostics)
        }
        guard let format = type?.imageFormat else { return (file, diagnostics) }
        let data: Data
        do {
            data = try FileIO.read(path)
        } catch {
            diagnostics.append(.error(.fileUnreadable, at: at, ["reason": .term(Term.reason(of: error))]))
            file.isUsable = false
            return (file, diagnostics)
        }
        if format == .svg {
            diagnostics += svgProblems(SVGScan.scan(data), file: &file, at: at, fileArgument)
        } else {
            switch ImageHeaders.read(data, expected: format) {
            case .success(let info):
                file.image = info
            case .failure(let problem):
                let ending = MediaType.ending(of: name) ?? ""
                var hint: ChosenHint?
                if case .otherFormat(let found) = problem {
                    let stem = name.dropLast(ending.count + 1)
                    hint = ChosenHint(.renameTo, ["name": .text("\(stem).\(found.usualEnding)")])
                }
                diagnostics.append(.make(.imageUnreadable, at: at, fileArgument.merging([
                    "reason": Term.imageProblem(problem, expected: format, ending: ending),
                ]) { a, _ in a }, hint: hint))
                file.isUsable = false
            }
        }
        if let info = file.image, format != .svg {
            if byteCount > heavyImageBytes {
                diagnostics.append(.warning(.imageHeavy, at: at, fileArgument.merging(["size": .text(MediaSize.label(byteCount))]) { a, _ in a }))
            }
            if info.width > wideImagePixels {
                diagnostics.append(.warning(.imageTooWide, at: at, fileArgument.merging(["width": .text(YenFormat.grouped(info.width))]) { a, _ in a }))
            }
        }
        return (file, diagnostics)
    }

    static func svgProblems(_ scan: SVGScan, file: inout MediaFile, at: SourceLocation,
                            _ fileArgument: MessageArguments) -> [Diagnostic] {
        guard scan.isSVG else {
            file.isUsable = false
            return [.error(.imageUnreadable, at: at, fileArgument.merging([
                "reason": Term.imageProblem(.notAnImage, expected: .svg, ending: "svg"),
            ]) { a, _ in a })]
        }
        var diagnostics = scan.findings.map { finding -> Diagnostic in
            .error(.svgUnsafe, at: SourceLocation(file: at.file, line: finding.line, column: finding.column),
                   fileArgument.merging(["what": Term.svgFinding(finding)]) { a, _ in a })
        }
        if scan.size == nil { diagnostics.append(.error(.svgWithoutSize, at: at, fileArgument)) }
        file.image = scan.size
        if !diagnostics.isEmpty { file.isUsable = false }
        return diagnostics
    }
}

/// The limits of `site.yml`.
struct MediaLimits: Sendable {
    /// `max_file_size:`, 10 MB when not written.
    var maxFileSize: Int = 10 * 1024 * 1024
}

extension ImageFormat {
    /// The ending a file of this format usually has.
    var usualEnding: String { self == .jpeg ? "jpg" : rawValue }
}
