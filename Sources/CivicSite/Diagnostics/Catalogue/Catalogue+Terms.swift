/// Words put into messages, in both languages.
public enum Term {
    /// The name of a kind of record, as in 「団体」 / `groups`.
    public static func kind(_ kind: RecordKind) -> LocalizedText {
        LocalizedText(ja: kind.label, en: kind.rawValue)
    }

    /// "17 fields" / 「活動分野 17件」.
    public static func count(of recordKind: RecordKind, _ n: Int) -> MessageArgument {
        .phrase(LocalizedText(ja: "{kind} {count}件", en: "{count} {kind}"), ["kind": .term(kind(recordKind)), "count": .number(n)])
    }
}
