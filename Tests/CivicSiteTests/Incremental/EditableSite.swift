import Foundation

/// A copy of a site's `content/` and `themes/` that a test edits as staff
/// would: whole files rewritten, records added, deleted and renamed.
///
/// Every write moves the file's modification time one second further than
/// the last, so a stamp never misses an edit made within the file system's
/// clock tick (the builder is tested, not the clock).
final class EditableSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var themes: URL { root.appendingPathComponent("themes") }
    private var clock = Date(timeIntervalSince1970: 1_800_000_000)

    init(copying siteRoot: URL, themes: URL, into root: URL) throws {
        self.root = root
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        try manager.copyItem(at: siteRoot.appendingPathComponent("content"), to: content)
        try manager.copyItem(at: themes, to: self.themes)
    }

    /// Deletes every other event, grant and case and the groups nobody
    /// then refers to but four: the same variety in half the pages, so a
    /// full build per step stays quick in a debug build. Records written
    /// as folders (with their pictures and files), the news and what the
    /// news names are kept.
    func trim() {
        var kept: Set<String> = []
        for slug in slugs("news") {
            kept.formUnion(Self.list(Self.value(of: "related", in: read(recordPath("news", slug)))))
        }
        for kind in ["events", "grants", "cases"] {
            for (index, slug) in slugs(kind).enumerated()
            where index % 2 == 1 && !isFolder(kind, slug) && !kept.contains("\(kind)/\(slug)") {
                removeRecord(kind, slug)
            }
        }
        var referenced: Set<String> = []
        for kind in ["events", "cases"] {
            for slug in slugs(kind) {
                let text = read(recordPath(kind, slug))
                referenced.formUnion(Self.list(Self.value(of: kind == "events" ? "organizers" : "partners", in: text)))
            }
        }
        let removable = slugs("groups").filter {
            !referenced.contains($0) && !isFolder("groups", $0) && !kept.contains("groups/\($0)")
        }
        for slug in removable.dropFirst(4) { removeRecord("groups", slug) }
    }

    /// The slugs of a kind folder's records (`<slug>.md` and `<slug>/index.md`), sorted.
    func slugs(_ kind: String) -> [String] {
        let folder = content.appendingPathComponent(kind)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> String? in
            if name.hasSuffix(".md") { return String(name.dropLast(3)) }
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).appendingPathComponent("index.md").path)
                ? name : nil
        }.sorted()
    }

    /// Whether a record is written as a folder of its own.
    func isFolder(_ kind: String, _ slug: String) -> Bool {
        FileManager.default.fileExists(atPath: url("content/\(kind)/\(slug)/index.md").path)
    }

    /// The record's file: `content/<kind>/<slug>/index.md` or `content/<kind>/<slug>.md`.
    func recordPath(_ kind: String, _ slug: String) -> String {
        isFolder(kind, slug) ? "content/\(kind)/\(slug)/index.md" : "content/\(kind)/\(slug).md"
    }

    /// The files beside a folder record's `index.md`, sorted.
    func folderFiles(_ kind: String, _ slug: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("content/\(kind)/\(slug)").path)) ?? []
        return names.filter { $0 != "index.md" }.sorted()
    }

    /// Deletes a record, with its folder.
    func removeRecord(_ kind: String, _ slug: String) {
        remove(isFolder(kind, slug) ? "content/\(kind)/\(slug)" : "content/\(kind)/\(slug).md")
    }

    /// Renames a record, moving a folder record's files with it.
    func renameRecord(_ kind: String, _ slug: String, to new: String) {
        guard isFolder(kind, slug) else { return rename("content/\(kind)/\(slug).md", "content/\(kind)/\(new).md") }
        for name in folderFiles(kind, slug) + ["index.md"] {
            writeData("content/\(kind)/\(new)/\(name)", readData("content/\(kind)/\(slug)/\(name)"))
        }
        remove("content/\(kind)/\(slug)")
    }

    /// Turns a plain record into a folder record (`<slug>.md` → `<slug>/index.md`).
    func makeFolder(_ kind: String, _ slug: String) {
        guard !isFolder(kind, slug) else { return }
        let text = read("content/\(kind)/\(slug).md")
        remove("content/\(kind)/\(slug).md")
        write("content/\(kind)/\(slug)/index.md", text)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) -> String {
        (try? String(contentsOf: url(relative), encoding: .utf8)) ?? ""
    }

    func readData(_ relative: String) -> Data {
        (try? Data(contentsOf: url(relative))) ?? Data()
    }

    func write(_ relative: String, _ text: String) {
        writeData(relative, Data(text.utf8))
    }

    func writeData(_ relative: String, _ data: Data) {
        let target = url(relative)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: target)
        clock = clock.addingTimeInterval(1)
        try! FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: target.path)
    }

    func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: url(relative))
    }

    func rename(_ from: String, _ to: String) {
        let data = readData(from)
        remove(from)
        writeData(to, data)
    }

    /// Every file below the copy, by relative path (to put a good state back).
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for folder in [content, themes] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where !file.hasDirectoryPath {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let relative = String(file.standardizedFileURL.path.dropFirst(prefix.count))
                files[relative] = readData(relative)
            }
        }
        return files
    }

    /// Writes back a snapshot: changed files rewritten, new ones deleted,
    /// lost ones recreated, folders left empty removed (an empty folder in a
    /// kind folder is not a record and would be reported).
    func restore(_ snapshot: [String: Data]) {
        let now = self.snapshot()
        for (path, data) in snapshot where now[path] != data { writeData(path, data) }
        for path in now.keys where snapshot[path] == nil { remove(path) }
        let kinds = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
        for kind in kinds {
            let folder = content.appendingPathComponent(kind)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let entry = folder.appendingPathComponent(name)
                if let inside = try? FileManager.default.contentsOfDirectory(atPath: entry.path), inside.isEmpty {
                    try? FileManager.default.removeItem(at: entry)
                }
            }
        }
    }

    /// `text` without the top-level front-matter key and the indented lines
    /// below it (a nested value such as `recruiting:`).
    static func removing(_ key: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return text }
        var end = index + 1
        while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
        lines.removeSubrange(index..<end)
        return lines.joined(separator: "\n")
    }

    /// `text` with the top-level front-matter key set to `value` (added
    /// before the closing `---` when missing); `site.yml` has no `---`.
    static func setting(_ key: String, to value: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let isFrontMatter = lines.first == "---"
        let end = isFrontMatter ? (lines.dropFirst().firstIndex(of: "---") ?? lines.count) : lines.count
        let start = isFrontMatter ? 1 : 0
        if let index = lines[start..<end].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = "\(key): \(value)"
        } else {
            lines.insert("\(key): \(value)", at: end)
        }
        return lines.joined(separator: "\n")
    }

    /// The value written after `key:` at the top level, nil when missing.
    static func value(of key: String, in text: String) -> String? {
        for line in text.components(separatedBy: "\n") where line.hasPrefix(key + ":") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The slugs of a flow list value such as `[a, b]`.
    static func list(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
