@testable import CivicSite
import Foundation

/// The edits of the equivalence test, drawn at random: what staff do to
/// records, `site.yml` and the theme, and the build time moving on.
struct SiteEdits {
    var site: EditableSite
    var random: SeededRandom
    var now: DateTime
    var step = 0
    /// Pictures and documents of the sample's record folders, by file name,
    /// to put into folders (read once, before any edit).
    var pictures: [(name: String, data: Data)] = []
    var documents: [(name: String, data: Data)] = []

    init(site: EditableSite, random: SeededRandom, now: DateTime) {
        self.site = site
        self.random = random
        self.now = now
        for kind in RecordKind.allCases {
            for slug in site.slugs(kind.rawValue) where site.isFolder(kind.rawValue, slug) {
                for name in site.folderFiles(kind.rawValue, slug) {
                    let data = site.readData("content/\(kind.rawValue)/\(slug)/\(name)")
                    let ending = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
                    if ["png", "jpg", "jpeg", "gif", "webp"].contains(ending) { pictures.append((name, data)) }
                    if ending == "pdf" { documents.append((name, data)) }
                }
            }
        }
        pictures.sort { $0.name < $1.name }
        documents.sort { $0.name < $1.name }
    }

    /// Each edit with its weight.
    static let weights: [(name: String, weight: Int)] = [
        ("group title", 8), ("group kana", 4), ("group body", 4), ("group fields", 3), ("group updated", 3),
        ("add group", 4), ("delete group", 3), ("rename group", 3), ("draft group", 2),
        ("event time", 6), ("event title", 4), ("event organizers", 3), ("event fields", 2),
        ("add event", 3), ("delete event", 2), ("rename event", 2),
        ("grant deadline", 3), ("grant title", 2), ("grant fields", 1), ("add grant", 2), ("delete grant", 1),
        ("case title", 2), ("case partners", 2), ("case year", 1), ("add case", 1),
        ("page body", 1), ("page title", 1), ("field body", 1), ("field short name", 1),
        ("site.yml", 2), ("partial", 2), ("move now", 6), ("break a file", 3),
        ("group area", 3), ("event area", 2), ("site areas", 2),
        ("event status", 4), ("group status", 3), ("group recruiting", 3), ("event volunteers", 2),
        ("news title", 2), ("news date", 1), ("news related", 3), ("news body", 1), ("add news", 2), ("delete news", 1),
        ("add picture", 3), ("replace picture", 5), ("delete file", 2), ("add attachment", 2), ("body picture", 1),
        ("make folder", 1),
    ]

    /// Makes one random edit; returns what it did.
    mutating func randomEdit() -> String {
        step += 1
        let total = Self.weights.map(\.weight).reduce(0, +)
        var pick = Int.random(in: 0..<total, using: &random)
        for entry in Self.weights {
            if pick < entry.weight { return "\(entry.name): " + edit(entry.name) }
            pick -= entry.weight
        }
        fatalError("unreachable")
    }

    mutating func edit(_ name: String) -> String {
        let n = step
        switch name {
        case "group title": return setKey(.groups, "title", "団体タイトル\(n)")
        case "group kana": return setKey(.groups, "kana", Self.kana(&random))
        case "group body": return appendBody(.groups)
        case "group fields": return setKey(.groups, "fields", "[\(someFields().joined(separator: ", "))]")
        case "group updated": return setKey(.groups, "updated", someDate(around: 2026))
        case "add group": return addRecord(.groups)
        case "delete group": return deleteRecord(.groups)
        case "rename group": return renameRecord(.groups)
        case "draft group": return setKey(.groups, "draft", "true")
        case "event time": return setEventTime()
        case "event title": return setKey(.events, "title", "イベント\(n)")
        case "event organizers": return setKey(.events, "organizers", "[\(someRecords(.groups).joined(separator: ", "))]")
        case "event fields": return setKey(.events, "fields", "[\(someFields().joined(separator: ", "))]")
        case "add event": return addRecord(.events)
        case "delete event": return deleteRecord(.events)
        case "rename event": return renameRecord(.events)
        case "grant deadline": return setKey(.grants, "deadline", someDay(near: now.date))
        case "grant title": return setKey(.grants, "title", "助成金\(n)")
        case "grant fields": return setKey(.grants, "fields", "[\(someFields().joined(separator: ", "))]")
        case "add grant": return addRecord(.grants)
        case "delete grant": return deleteRecord(.grants)
        case "case title": return setKey(.cases, "title", "協働事例\(n)")
        case "case partners": return setKey(.cases, "partners", "[\(someRecords(.groups).joined(separator: ", "))]")
        case "case year": return setKey(.cases, "fiscal_year", String(Int.random(in: 2019...2026, using: &random)))
        case "add case": return addRecord(.cases)
        case "page body": return appendBody(.pages)
        case "page title": return setKey(.pages, "title", "ページ\(n)")
        case "field body": return appendBody(.fields)
        case "field short name": return setKey(.fields, "short", "分野\(n)")
        case "site.yml": return setSite()
        case "partial": return editPartial()
        case "move now": return moveNow()
        case "group area": return setKey(.groups, "area", someAreas())
        case "event area": return setKey(.events, "area", someAreas())
        case "site areas": return editAreas()
        case "event status": return setEventStatus()
        case "group status":
            return setOrRemove(.groups, "status", ["休止", "解散", nil][Int.random(in: 0...2, using: &random)])
        case "group recruiting": return setRecruiting()
        case "event volunteers": return setKey(.events, "volunteers_wanted", Bool.random(using: &random) ? "true" : "false")
        case "news title": return setKey(.news, "title", "お知らせ\(n)")
        case "news date": return setKey(.news, "date", someDay(near: now.date))
        case "news related": return setOrRemove(.news, "related", Bool.random(using: &random) ? "[\(someRelated().joined(separator: ", "))]" : nil)
        case "news body": return appendBody(.news)
        case "add news": return addRecord(.news)
        case "delete news": return deleteRecord(.news)
        case "add picture": return addPicture()
        case "replace picture": return replacePicture()
        case "delete file": return deleteFile()
        case "add attachment": return addAttachment()
        case "body picture": return bodyPicture()
        case "make folder":
            let kind = [RecordKind.groups, .events, .news][Int.random(in: 0...2, using: &random)]
            guard let slug = pick(kind) else { return "none" }
            site.makeFolder(kind.rawValue, slug)
            return "\(kind.rawValue)/\(slug)"
        default: return breakFile()
        }
    }

    // MARK: - Records

    mutating func pick(_ kind: RecordKind) -> String? {
        let slugs = site.slugs(kind.rawValue)
        return slugs.isEmpty ? nil : slugs[Int.random(in: 0..<slugs.count, using: &random)]
    }

    func path(_ kind: RecordKind, _ slug: String) -> String { site.recordPath(kind.rawValue, slug) }

    mutating func setKey(_ kind: RecordKind, _ key: String, _ value: String) -> String {
        guard let slug = pick(kind) else { return "none" }
        let file = path(kind, slug)
        site.write(file, EditableSite.setting(key, to: value, in: site.read(file)))
        return "\(kind.rawValue)/\(slug) \(key) = \(value)"
    }

    mutating func appendBody(_ kind: RecordKind) -> String {
        guard let slug = pick(kind) else { return "none" }
        let file = path(kind, slug)
        site.write(file, site.read(file) + "\n追記 \(step) の段落です。**強調**と[リンク](https://example.jp/\(step))。\n")
        return "\(kind.rawValue)/\(slug)"
    }

    mutating func addRecord(_ kind: RecordKind) -> String {
        guard let model = pick(kind) else { return "none" }
        let slug = "new-\(kind.rawValue)-\(step)"
        var text = site.read(path(kind, model))
        // The model's files stay in its folder: the copy is a plain file.
        text = EditableSite.removing("attachments", in: EditableSite.removing("image", in: text))
        text = EditableSite.setting("title", to: "新しい記録\(step)", in: text)
        if kind == .groups { text = EditableSite.setting("kana", to: Self.kana(&random), in: text) }
        if kind == .events { text = EditableSite.setting("start", to: someMoment(), in: text) }
        site.write("content/\(kind.rawValue)/\(slug).md", text)
        return "\(kind.rawValue)/\(slug) from \(model)"
    }

    /// Deletes a record; a referenced one makes an error that a later step fixes.
    mutating func deleteRecord(_ kind: RecordKind) -> String {
        guard let slug = pick(kind) else { return "none" }
        site.removeRecord(kind.rawValue, slug)
        return "\(kind.rawValue)/\(slug)"
    }

    /// Renames a record's file, and the references to it with it.
    mutating func renameRecord(_ kind: RecordKind) -> String {
        guard let slug = pick(kind) else { return "none" }
        let new = "\(slug.prefix(20))-r\(step)"
        site.renameRecord(kind.rawValue, slug, to: new)
        if kind == .groups {
            for other in [RecordKind.events, .cases] {
                let key = other == .events ? "organizers" : "partners"
                for s in site.slugs(other.rawValue) {
                    let file = path(other, s)
                    let text = site.read(file)
                    let refs = EditableSite.list(EditableSite.value(of: key, in: text))
                    guard refs.contains(slug) else { continue }
                    let renamed = refs.map { $0 == slug ? new : $0 }
                    site.write(file, EditableSite.setting(key, to: "[\(renamed.joined(separator: ", "))]", in: text))
                }
            }
        }
        return "\(kind.rawValue)/\(slug) → \(new)"
    }

    mutating func someRecords(_ kind: RecordKind) -> [String] {
        let slugs = site.slugs(kind.rawValue)
        return Array(slugs.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
    }

    mutating func someFields() -> [String] {
        Array(site.slugs("fields").shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
    }

    static func kana(_ random: inout SeededRandom) -> String {
        let letters = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ")
        return String((0..<4).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
    }

    /// Sets `key` (a nested value when `value` starts with a line break),
    /// or removes it when `value` is nil.
    mutating func setOrRemove(_ kind: RecordKind, _ key: String, _ value: String?) -> String {
        guard let slug = pick(kind) else { return "none" }
        let file = path(kind, slug)
        let text = EditableSite.removing(key, in: site.read(file))
        site.write(file, value.map { EditableSite.setting(key, to: $0, in: text) } ?? text)
        return "\(kind.rawValue)/\(slug) \(key) = \(value ?? "(none)")"
    }

    // MARK: - Areas, statuses, recruiting, news

    /// The names of the areas `site.yml` lists now.
    func areaNames() -> [String] {
        site.read("content/site.yml").components(separatedBy: "\n")
            .filter { $0.hasPrefix("    name: ") }.map { String($0.dropFirst(10)) }
    }

    /// One or two area names (sometimes the whole city, sometimes a list).
    mutating func someAreas() -> String {
        let names = areaNames().shuffled(using: &random) + ["市内全域"]
        switch Int.random(in: 0...3, using: &random) {
        case 0: return "市内全域"
        case 1: return "[\(names.prefix(2).joined(separator: ", "))]"
        default: return names.first ?? "市内全域"
        }
    }

    /// Adds an area to `site.yml`, or removes one added before (a full render each time).
    mutating func editAreas() -> String {
        let file = "content/site.yml"
        var lines = site.read(file).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("  - id: added") }), Bool.random(using: &random) {
            let id = lines[index]
            lines.removeSubrange(index...(index + 1))
            site.write(file, lines.joined(separator: "\n"))
            return "removed \(id.dropFirst(8))"
        }
        guard let index = lines.firstIndex(of: "areas:") else { return "none" }
        lines.insert(contentsOf: ["  - id: added\(step)", "    name: 追加\(step)地区"], at: index + 1)
        site.write(file, lines.joined(separator: "\n"))
        return "added added\(step)"
    }

    /// A written status (中止, 延期 with its new date, 満員, 受付終了) or none.
    mutating func setEventStatus() -> String {
        guard let slug = pick(.events) else { return "none" }
        let file = path(.events, slug)
        var text = EditableSite.removing("postponed_to", in: EditableSite.removing("status", in: site.read(file)))
        let status = ["中止", "延期", "満員", "受付終了", nil][Int.random(in: 0...4, using: &random)]
        if let status { text = EditableSite.setting("status", to: status, in: text) }
        if status == "延期" { text = EditableSite.setting("postponed_to", to: someMoment(), in: text) }
        site.write(file, text)
        return "events/\(slug) status = \(status ?? "(none)")"
    }

    mutating func setRecruiting() -> String {
        let values: [String?] = [
            "\n  members: true\n  volunteers: false", "\n  volunteers: true\n  note: 週末に手伝ってくださる方を募集しています。",
            "\n  members: false\n  volunteers: false", nil,
        ]
        return setOrRemove(.groups, "recruiting", values[Int.random(in: 0..<values.count, using: &random)])
    }

    /// One to three records a news item may name.
    mutating func someRelated() -> [String] {
        var choices: [String] = []
        for kind in [RecordKind.groups, .events, .grants, .cases, .pages] {
            choices += site.slugs(kind.rawValue).map { "\(kind.rawValue)/\($0)" }
        }
        return Array(choices.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
    }

    // MARK: - Pictures and files beside records

    /// A record of a kind that may have a folder, made a folder record.
    mutating func folderRecord() -> (RecordKind, String)? {
        let kind = [RecordKind.groups, .events, .grants, .cases, .news][Int.random(in: 0...4, using: &random)]
        guard let slug = pick(kind) else { return nil }
        site.makeFolder(kind.rawValue, slug)
        return (kind, slug)
    }

    /// A picture copied in and named as the record's `image:`.
    mutating func addPicture() -> String {
        guard !pictures.isEmpty, let (kind, slug) = folderRecord() else { return "none" }
        let picture = pictures[Int.random(in: 0..<pictures.count, using: &random)]
        let ending = picture.name.split(separator: ".").last.map(String.init) ?? "png"
        let name = "photo-\(step).\(ending)"
        site.writeData("content/\(kind.rawValue)/\(slug)/\(name)", picture.data)
        let file = path(kind, slug)
        let text = EditableSite.removing("image", in: site.read(file))
        site.write(file, EditableSite.setting("image", to: "\n  file: \(name)\n  alt: 公園で花壇の手入れをする会員たち\(step)", in: text))
        return "\(kind.rawValue)/\(slug) \(name)"
    }

    /// A file of a folder rewritten in place with another picture's bytes
    /// (its size and pixel size change; the name stays).
    mutating func replacePicture() -> String {
        var candidates: [(String, String, String)] = []
        for kind in RecordKind.allCases {
            for slug in site.slugs(kind.rawValue) where site.isFolder(kind.rawValue, slug) {
                for name in site.folderFiles(kind.rawValue, slug) where !name.hasSuffix(".pdf") && !name.hasSuffix(".docx") {
                    candidates.append((kind.rawValue, slug, name))
                }
            }
        }
        guard !candidates.isEmpty, !pictures.isEmpty else { return "none" }
        // Mostly a record's own picture (`image:`), whose pixel size its page states.
        let named = candidates.filter { kind, slug, name in
            site.read(site.recordPath(kind, slug)).contains("  file: \(name)\n")
        }
        let pool = named.isEmpty || Int.random(in: 0...3, using: &random) == 0 ? candidates : named
        let (kind, slug, name) = pool[Int.random(in: 0..<pool.count, using: &random)]
        let ending = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let same = pictures.filter { $0.name.lowercased().hasSuffix("." + ending) }
        let sources = same.isEmpty ? pictures : same
        let picture = sources[Int.random(in: 0..<sources.count, using: &random)]
        let file = "content/\(kind)/\(slug)/\(name)"
        let before = site.readData(file)
        // Another picture, or the same bytes with one more at the end (same pixel size, new size).
        site.writeData(file, picture.data != before ? picture.data : before + Data([0]))
        return "\(kind)/\(slug)/\(name) from \(picture.name)"
    }

    /// A file deleted from a folder (an error when the record names it).
    mutating func deleteFile() -> String {
        var candidates: [String] = []
        for kind in RecordKind.allCases {
            for slug in site.slugs(kind.rawValue) where site.isFolder(kind.rawValue, slug) {
                candidates += site.folderFiles(kind.rawValue, slug).map { "content/\(kind.rawValue)/\(slug)/\($0)" }
            }
        }
        guard !candidates.isEmpty else { return "none" }
        let file = candidates[Int.random(in: 0..<candidates.count, using: &random)]
        site.remove(file)
        return file
    }

    /// A PDF copied in and listed under `attachments:`.
    mutating func addAttachment() -> String {
        guard !documents.isEmpty, let (kind, slug) = folderRecord() else { return "none" }
        let document = documents[Int.random(in: 0..<documents.count, using: &random)]
        let name = "chirashi-\(step).pdf"
        site.writeData("content/\(kind.rawValue)/\(slug)/\(name)", document.data)
        let file = path(kind, slug)
        let text = EditableSite.removing("attachments", in: site.read(file))
        site.write(file, EditableSite.setting("attachments", to: "\n  - file: \(name)\n    title: 案内のチラシ\(step)", in: text))
        return "\(kind.rawValue)/\(slug) \(name)"
    }

    /// A picture of the record's folder shown in its body.
    mutating func bodyPicture() -> String {
        guard let (kind, slug) = folderRecord() else { return "none" }
        let names = site.folderFiles(kind.rawValue, slug).filter { !$0.hasSuffix(".pdf") && !$0.hasSuffix(".docx") }
        guard !names.isEmpty else { return "none" }
        let name = names[Int.random(in: 0..<names.count, using: &random)]
        let file = path(kind, slug)
        site.write(file, site.read(file) + "\n![川原で清掃活動をする参加者たち\(step)](\(name))\n")
        return "\(kind.rawValue)/\(slug) \(name)"
    }

    // MARK: - Dates

    /// A start within two days of the build time, to the minute, so that
    /// moving the time makes events pass.
    mutating func someMoment() -> String {
        let day = now.date.adding(days: Int.random(in: -1...1, using: &random))
        let hour = Int.random(in: 6...21, using: &random)
        return "\(day) \(LocalDate.padded(hour, 2)):\(Int.random(in: 0...1, using: &random) == 0 ? "00" : "30")"
    }

    /// A start near the build time and an end two hours later the same day.
    mutating func setEventTime() -> String {
        guard let slug = pick(.events) else { return "none" }
        let start = someMoment()
        let hour = Int(start.dropFirst(11).prefix(2))!
        let end = "\"\(LocalDate.padded(min(hour + 2, 23), 2)):\(start.suffix(2))\""
        let file = path(.events, slug)
        site.write(file, EditableSite.setting("end", to: end, in: EditableSite.setting("start", to: start, in: site.read(file))))
        return "events/\(slug) \(start) to \(end)"
    }

    mutating func someDay(near day: LocalDate) -> String {
        day.adding(days: Int.random(in: -20...40, using: &random)).description
    }

    mutating func someDate(around year: Int) -> String {
        LocalDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random)).description
    }

    /// Hours on, mostly within the day (event statuses only), sometimes
    /// days on or back (the build date on every page).
    mutating func moveNow() -> String {
        let hours = [1, 2, 3, 5, 8, 30, -26][Int.random(in: 0..<7, using: &random)]
        let minutes = now.hour * 60 + now.minute + hours * 60
        let days = Int((Double(minutes) / 1440).rounded(.down))
        let rest = minutes - days * 1440
        now = DateTime(date: now.date.adding(days: days), hour: rest / 60, minute: rest % 60)
        return now.description
    }

    // MARK: - Site and theme

    mutating func setSite() -> String {
        let file = "content/site.yml"
        let key = ["title", "description"][Int.random(in: 0...1, using: &random)]
        site.write(file, EditableSite.setting(key, to: "さくら野市市民活動センター\(step)", in: site.read(file)))
        return key
    }

    mutating func editPartial() -> String {
        let partials = ["footer", "group-card", "event-card", "prevnext"]
        let name = partials[Int.random(in: 0..<partials.count, using: &random)]
        let file = "themes/default/partials/\(name).mustache"
        site.write(file, site.read(file) + "<!-- \(step) -->\n")
        return name
    }

    /// An error of the kind staff make: a forgotten closing line, an
    /// unknown key, a date that is no date.
    mutating func breakFile() -> String {
        let kind = [RecordKind.groups, .events, .grants][Int.random(in: 0...2, using: &random)]
        guard let slug = pick(kind) else { return "none" }
        let file = path(kind, slug)
        let text = site.read(file)
        switch Int.random(in: 0...2, using: &random) {
        case 0: site.write(file, text.replacingOccurrences(of: "\n---\n", with: "\n"))
        case 1: site.write(file, EditableSite.setting("titel", to: "誤字", in: text))
        default: site.write(file, EditableSite.setting(kind == .events ? "start" : "updated", to: "来週の火曜", in: text))
        }
        return "\(kind.rawValue)/\(slug)"
    }
}
