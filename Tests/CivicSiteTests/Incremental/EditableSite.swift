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
    /// full build per step stays quick in a debug build.
    func trim() {
        for kind in ["events", "grants", "cases"] {
            for (index, slug) in slugs(kind).enumerated() where index % 2 == 1 { remove("content/\(kind)/\(slug).md") }
        }
        var referenced: Set<String> = []
        for kind in ["events", "cases"] {
            for slug in slugs(kind) {
                let text = read("content/\(kind)/\(slug).md")
                referenced.formUnion(Self.list(Self.value(of: kind == "events" ? "organizers" : "partners", in: text)))
            }
        }
        for slug in slugs("groups").filter({ !referenced.contains($0) }).dropFirst(4) { remove("content/groups/\(slug).md") }
    }

    /// The names of a kind folder's records, without `.md`, sorted.
    func slugs(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind).path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) -> String {
        (try? String(contentsOf: url(relative), encoding: .utf8)) ?? ""
    }

    func write(_ relative: String, _ text: String) {
        let target = url(relative)
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: target)
        clock = clock.addingTimeInterval(1)
        try! FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: target.path)
    }

    func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: url(relative))
    }

    func rename(_ from: String, _ to: String) {
        let text = read(from)
        remove(from)
        write(to, text)
    }

    /// Every file below the copy, by relative path (to put a good state back).
    func snapshot() -> [String: String] {
        var files: [String: String] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for folder in [content, themes] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where !file.hasDirectoryPath {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let relative = String(file.standardizedFileURL.path.dropFirst(prefix.count))
                files[relative] = read(relative)
            }
        }
        return files
    }

    /// Writes back a snapshot: changed files rewritten, new ones deleted, lost ones recreated.
    func restore(_ snapshot: [String: String]) {
        let now = self.snapshot()
        for (path, text) in snapshot where now[path] != text { write(path, text) }
        for path in now.keys where snapshot[path] == nil { remove(path) }
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
