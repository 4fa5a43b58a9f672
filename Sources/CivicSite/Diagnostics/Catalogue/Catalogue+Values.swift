/// Keys and values of one record: the CS2xxx messages, one file per topic.
///
/// | ids | topic | file |
/// | --- | --- | --- |
/// | CS20xx | keys: missing, empty, unknown, misspelt | `Catalogue+ValuesKeys.swift` |
/// | CS21xx | kinds of value: text, lists, mappings, true/false, choices | `Catalogue+ValuesKinds.swift` |
/// | CS22xx | whole numbers and amounts | `Catalogue+ValuesNumbers.swift` |
/// | CS23xx | dates and times | `Catalogue+ValuesDates.swift` |
/// | CS24xx | e-mail addresses, links, 法人番号 | `Catalogue+ValuesFormats.swift` |
/// | CS25xx | rules of one kind of record: slugs, readings, recruiting | `Catalogue+ValuesRecords.swift` |
/// | CS26xx | statuses written on events and groups | `Catalogue+ValuesStatus.swift` |
/// | CS27xx | the city's areas in `site.yml`, places on the map | `Catalogue+ValuesAreas.swift` |
extension Catalogue {
    static let values: [Message] = valueKeys + valueKinds + valueNumbers + valueDates + valueFormats + valueRecords
        + valueStatus + valueAreas
}

/// Hints shared by the CS2xxx messages.
extension Hint {
    /// `{line}`: the staff member's own value converted, as a whole line to copy.
    public static let writeLine = Hint(ja: "「{line}」と書いてください", en: "write '{line}'")

    /// `{line}`, `{assumed}` (`Term.assumedYear` or `Term.nothing`).
    public static let writeDateLine = Hint(ja: "「{line}」と書いてください{assumed}", en: "write '{line}'{assumed}")
}

/// Words of the CS2xxx messages.
extension Term {
    /// The kind of a value, for `found {found}`: 「一覧」 / "a list".
    ///
    /// Kept here until `FrontMatterNode` has a term of its own; then this
    /// becomes that term.
    public static func valueKind(of node: FrontMatterNode) -> LocalizedText {
        switch node.value {
        case .null: return LocalizedText(ja: "空の値", en: "an empty value")
        case .bool: return LocalizedText(ja: "true か false", en: "true/false")
        case .int: return LocalizedText(ja: "整数", en: "a whole number")
        case .float: return LocalizedText(ja: "小数", en: "a decimal number")
        case .string: return LocalizedText(ja: "文字", en: "text")
        case .sequence: return LocalizedText(ja: "「- 」で始まる行の一覧", en: "a list")
        case .mapping: return LocalizedText(ja: "「キー: 値」の行", en: "a mapping")
        }
    }

    /// A character as shown in a message: quoted when visible, named when not.
    public static func character(_ c: String) -> MessageArgument {
        switch c {
        case " ": return .term(LocalizedText(ja: "半角スペース", en: "a space"))
        case "\u{3000}": return .term(LocalizedText(ja: "全角スペース", en: "a full-width space (　)"))
        case "\t": return .term(LocalizedText(ja: "タブ", en: "a tab"))
        case "\u{A0}": return .term(LocalizedText(ja: "ノーブレークスペース", en: "a no-break space"))
        default: return .phrase(LocalizedText(ja: "「{c}」", en: "'{c}'"), ["c": .text(c)])
        }
    }

    /// For `{assumed}` when nothing needs saying.
    public static let nothing = LocalizedText(ja: "", en: "")

    /// `（年が書かれていないので2027年としました）`.
    public static func assumedYear(_ year: Int) -> MessageArgument {
        .phrase(LocalizedText(ja: "（年が書かれていないので{year}年としました）", en: " (no year was written; {year} was assumed)"),
                ["year": .text(String(year))])
    }
}
