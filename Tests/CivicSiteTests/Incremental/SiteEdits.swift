@testable import CivicSite
import Foundation

/// The edits of the equivalence test, drawn at random: what staff do to
/// records, `site.yml` and the theme, and the build time moving on.
struct SiteEdits {
    var site: EditableSite
    var random: SeededRandom
    var now: DateTime
    var step = 0

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
        default: return breakFile()
        }
    }

    // MARK: - Records

    mutating func pick(_ kind: RecordKind) -> String? {
        let slugs = site.slugs(kind.rawValue)
        return slugs.isEmpty ? nil : slugs[Int.random(in: 0..<slugs.count, using: &random)]
    }

    func path(_ kind: RecordKind, _ slug: String) -> String { "content/\(kind.rawValue)/\(slug).md" }

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
        text = EditableSite.setting("title", to: "新しい記録\(step)", in: text)
        if kind == .groups { text = EditableSite.setting("kana", to: Self.kana(&random), in: text) }
        if kind == .events { text = EditableSite.setting("start", to: someMoment(), in: text) }
        site.write(path(kind, slug), text)
        return "\(kind.rawValue)/\(slug) from \(model)"
    }

    /// Deletes a record; a referenced one makes an error that a later step fixes.
    mutating func deleteRecord(_ kind: RecordKind) -> String {
        guard let slug = pick(kind) else { return "none" }
        site.remove(path(kind, slug))
        return "\(kind.rawValue)/\(slug)"
    }

    /// Renames a record's file, and the references to it with it.
    mutating func renameRecord(_ kind: RecordKind) -> String {
        guard let slug = pick(kind) else { return "none" }
        let new = "\(slug.prefix(20))-r\(step)"
        site.rename(path(kind, slug), path(kind, new))
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
