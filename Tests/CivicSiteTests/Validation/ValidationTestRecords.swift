@testable import CivicSite

/// Small records with the key locations validators report at.
enum ValidationTestRecords {
    static func source(_ path: String, _ locations: [String: (Int, Int)] = [:]) -> RecordSource {
        RecordSource(path: path, bodyFirstLine: 10,
                     keyLocations: locations.mapValues { SourceLocation(file: path, line: $0.0, column: $0.1) })
    }

    static func field(_ slug: String, _ number: Int, _ name: String, _ short: String) -> Field {
        Field(slug: slug, number: number, name: name, short: short,
              source: source("content/fields/\(slug).md", ["number": (2, 9)]))
    }

    static let children = field("children", 11, "子どもの健全育成を図る活動", "子ども")
    static let environment = field("environment", 5, "環境の保全を図る活動", "環境")

    static func group(_ slug: String, fields: [String] = ["children"], draft: Bool = false) -> Group {
        Group(slug: slug, title: "\(slug)の会", kana: "かい", type: .voluntary, fields: fields, summary: "概要", draft: draft,
              source: source("content/groups/\(slug).md", ["fields": (5, 1), "fields[0]": (5, 10), "fields[1]": (5, 20)]))
    }

    static func event(_ slug: String, organizers: [String], draft: Bool = false) -> Event {
        Event(slug: slug, title: "催し", start: .date(LocalDate(year: 2026, month: 12, day: 5)), organizers: organizers,
              summary: "概要", draft: draft,
              source: source("content/events/\(slug).md", ["organizers[0]": (6, 14), "organizers[1]": (6, 22)]))
    }
}
