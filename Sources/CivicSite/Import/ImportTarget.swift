/// What one column of a spreadsheet becomes in a record file.
public enum ImportTarget: Sendable, Hashable {
    /// A front-matter key written as one value (`title`, `members`, `contact.phone`).
    case key(String, ImportValueKind)
    /// A list key, the cell holding several items (`fields`, `tags`, `organizers`).
    case list(String, ImportListKind)
    /// One column per activity field, marked ○ or 1 (the field's slug).
    case fieldFlag(String)
    /// An event's start or end split over a date column and a time column.
    case startDate, startTime, endDate, endTime
    /// The Markdown body below the front matter.
    case body
    /// A column of marks that, when marked, sets a key to a value (a mapping
    /// file's `type=certified-npo`: the portal's 認定 column).
    case setWhenMarked(String, String)
    /// A column of marks for a field that has no counterpart among the 17
    /// (the current law's 条例で定める活動): a warning when marked.
    case fieldWithoutCounterpart
    /// Read but not imported (a mapping file's `ignore`).
    case ignored

    /// The front-matter key the column fills, for messages.
    public var key: String {
        switch self {
        case .key(let k, _), .list(let k, _): return k
        case .fieldFlag, .fieldWithoutCounterpart: return "fields"
        case .setWhenMarked(let k, _): return k
        case .startDate, .startTime: return "start"
        case .endDate, .endTime: return "end"
        case .body: return "body"
        case .ignored: return ""
        }
    }
}

/// How a single value is cleaned up before it is written.
public enum ImportValueKind: Sendable, Hashable {
    /// Free text, written exactly as typed (spaces around it trimmed).
    case text
    /// A whole number: `２８名` → 28 when that is certain.
    case number(WrittenValue.NumberKind)
    /// A date: `令和9年3月14日` → 2027-03-14 when certain.
    case date
    /// A date and perhaps a time.
    case dateTime
    /// A time of day: `13時30分` → 13:30.
    case time
    /// `founded`: a year or a date.
    case yearOrDate
    /// ○, 1, はい … → true; ×, 0, いいえ, empty → false.
    case flag
    /// An id or label folded to half-width (`ＮＰＯ法人`), phone numbers, addresses.
    case folded
    /// An e-mail address or a URL, folded to half-width.
    case address
}

/// How the items of a list cell are separated and read.
public enum ImportListKind: Sendable, Hashable {
    /// Activity fields: names, short labels or numbers.
    case fields
    /// Group names or slugs, read as the slugs of existing groups.
    case groups
    /// Group types (`eligible`).
    case groupTypes
    /// Free words (`tags`).
    case words
    /// Addresses (`sns`), one per line or separated by spaces.
    case links
}

/// One column a kind of record knows: its target and the headers that
/// name it, the first being the one the CSV export writes.
public struct ImportColumn: Sendable {
    public var target: ImportTarget
    public var headers: [String]
    /// Whether the record cannot be made without it.
    public var required: Bool

    public init(_ target: ImportTarget, _ headers: [String], required: Bool = false) {
        self.target = target
        self.headers = headers
        self.required = required
    }
}
