import Foundation

/// Finds the record files under the content folder, in name order so that
/// output and messages never depend on the order the file system lists them.
enum ContentScanner {
    /// The record files found, and the problems with the folders' other entries.
    typealias Result = (files: [ContentFile], diagnostics: [Diagnostic])

    static func scan(directory: URL, displayPath: String) -> Result {
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        let kinds = RecordKind.allCases.map(\.rawValue)
        for name in readableListing(directory, root: directory, shown: displayPath, rootShown: displayPath, &diagnostics) {
            let url = directory.appendingPathComponent(name)
            guard isDirectory(url) else {
                if let problem = looseRecord(name, displayPath: displayPath, kinds: kinds) { diagnostics.append(problem) }
                continue
            }
            let shown = "\(displayPath)/\(name)"
            let entries = readableListing(url, root: directory, shown: shown, rootShown: displayPath, &diagnostics)
            guard let kind = RecordKind(rawValue: name) else {
                let markdown = entries.filter { $0.hasSuffix(".md") }.count
                // Only a folder of records is likely a misspelt kind; an
                // `images/` folder is not a typo of `pages/`.
                let near = markdown > 0 ? Suggestion.closest(to: name, in: kinds) : nil
                diagnostics.append(.make(.unknownFolder, at: .file(shown),
                                         ["name": .text(name), "notRead": Term.unknownFolderNotRead(markdownFiles: markdown),
                                          "kinds": .list(kinds.map { .text($0) })],
                                         hint: near.map { ChosenHint(.didYouMean, ["near": .text($0)]) }))
                continue
            }
            // No stat per record: with thousands of records it costs more than
            // the parse, and a folder named `x.md` is reported when read.
            // The few other entries are looked at, since a record saved as
            // `New.MD` or put in a sub-folder would otherwise just be missing.
            // Paths by concatenation: a URL per record cost more than the
            // rest of the listing at 10,000 records (the preview lists on every save).
            let folderPath = url.path.hasSuffix("/") ? url.path : url.path + "/"
            for entry in entries {
                if entry.hasSuffix(".md") {
                    files.append(ContentFile(kind: kind, path: folderPath + entry,
                                             displayPath: "\(shown)/\(entry)", fileName: entry))
                } else if let record = recordFolder(entry, in: url, shown: shown, root: directory, rootShown: displayPath,
                                                    kind: kind, &diagnostics) {
                    files.append(record)
                } else if let problem = unreadEntry(entry, in: url, kind: name, displayPath: displayPath) {
                    diagnostics.append(problem)
                }
            }
        }
        return (files, diagnostics)
    }

    /// Extensions of Markdown files; only `.md` is read as a record.
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"]

    /// A warning for a sub-folder or a file that is not a record inside a
    /// kind folder; nil for what editors and the system leave behind.
    static func unreadEntry(_ entry: String, in folder: URL, kind: String, displayPath: String) -> Diagnostic? {
        let location = SourceLocation.file("\(displayPath)/\(kind)/\(entry)")
        let file: MessageArguments = ["file": .text(entry), "folder": .text("\(displayPath)/\(kind)/")]
        if isDirectory(folder.appendingPathComponent(entry)) {
            let markdown = listing(folder.appendingPathComponent(entry)).filter { $0.hasSuffix(".md") }.count
            return .warning(.folderInsideKindFolder, at: location,
                            ["folder": .text("\(kind)/\(entry)"), "notRead": Term.subfolderNotRead(markdownFiles: markdown),
                             "path": .text("\(displayPath)/\(kind)")])
        }
        switch classify(entry) {
        case .litter?:
            return nil
        case .otherMarkdownEnding(let stem)?:
            let name = SlugRules.isValid(stem) ? stem : (SlugRules.suggestion(for: stem) ?? stem)
            return .warning(.markdownWithOtherEnding, at: location, file.merging(["name": .text(name + ".md")]) { a, _ in a })
        case .misnamedRecord(let name, let hint)?:
            return .make(.notARecordFile, at: location, file, hint: ChosenHint(hint, ["name": .text(name)]))
        case .office(let document, let name)?:
            return .warning(.officeDocumentInKindFolder, at: location,
                            file.merging(["document": .term(document), "name": .text(name)]) { a, _ in a })
        case .attachment?:
            return .warning(.attachmentNotPublished, at: location, file)
        case nil:
            return .make(.notARecordFile, at: location, file, hint: ChosenHint(.onlyRecordsHere))
        }
    }

    /// A Markdown file directly in the content folder: a record saved one
    /// folder too high would otherwise just be missing from the site.
    static func looseRecord(_ name: String, displayPath: String, kinds: [String]) -> Diagnostic? {
        guard markdownStem(name) != nil, name.lowercased() != "readme.md" else { return nil }
        return .warning(.recordOutsideKindFolder, at: .file("\(displayPath)/\(name)"),
                        ["file": .text(name), "folders": .list(kinds.map { .text("\(displayPath)/\($0)/") })])
    }

    /// The name without its extension when it is a Markdown file's, of any
    /// spelling (`.md`, `.MD`, `.markdown`); nil otherwise.
    static func markdownStem(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
              markdownExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        return String(name[..<dot])
    }

    /// Visible entries, sorted by their UTF-8 bytes (not by locale).
    static func listing(_ url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
