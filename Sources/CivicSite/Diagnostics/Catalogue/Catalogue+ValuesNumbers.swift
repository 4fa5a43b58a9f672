/// Whole numbers and amounts: the CS22xx messages.
extension Message {
    /// `{key}`, `{found}` a `Term.valueKind`.
    public static let notWholeNumber = Message("CS2201", .error,
        ja: "「{key}」には半角数字だけで数を書きます（書かれているのは{found}です）",
        en: "'{key}' must be a whole number, found {found}",
        explainJa: """
        会員数、金額、年度などのキーには、半角数字だけで数を書きます。「円」「人」「万」やコンマ、
        引用符を付けると文字として扱われ、数として読めません。

        例: amount_max: 20万円
        直し方: amount_max: 200000（円の単位で、半角数字だけ）。「約」「程度」などの言葉は amount_note: に書きます。
        ヒントに書き換えた値が出るのは、書かれたものから数がはっきり分かるときだけです。
        """,
        explainEn: """
        Counts, amounts and years take half-width digits only. With 円, 人, 万, commas or quotes the
        value is text, not a number.

        Example: amount_max: 20万円
        Fix: amount_max: 200000 (whole yen, digits only); words such as 約 go in amount_note:. The hint
        shows the converted value only when the number is certain.
        """)

    /// `{key}`, `{min}`, `{max}`, `{value}`.
    public static let numberOutOfRange = Message("CS2202", .error,
        ja: "「{key}」は{min}から{max}までの数です（書かれているのは{value}です）",
        en: "'{key}' must be between {min} and {max}, found {value}",
        explainJa: """
        数の範囲が決まっているキーに、範囲の外の数が書かれています。

        例: number: 18（活動分野の番号は 1 から 17 まで）
        直し方: 範囲の中の正しい数を書きます（number: 11）。
        """,
        explainEn: """
        The key takes a number within a range, and the number is outside it.

        Example: number: 18 (the activity fields are numbered 1 to 17).
        Fix: write the right number within the range, e.g. number: 11.
        """)

    /// `{key}`, `{min}`, `{value}`.
    public static let numberTooSmall = Message("CS2203", .error,
        ja: "「{key}」は{min}以上の数です（書かれているのは{value}です）",
        en: "'{key}' must be {min} or more, found {value}",
        explainJa: """
        金額、参加費、定員、会員数にマイナスの数は書けません。

        例: fee: -500
        直し方: fee: 500（無料なら fee: 0）
        """,
        explainEn: """
        Amounts, fees, capacities and member counts cannot be negative.

        Example: fee: -500
        Fix: fee: 500 (fee: 0 for a free event).
        """)

    /// `{key}`, `{value}`; hint `{line}`.
    public static let numberWrittenAsText = Message("CS2204", .warning,
        ja: "「{key}」の「{value}」は文字として扱われ、書いたとおりに表示されます",
        en: "'{key}' holds the number '{value}' as text, so it is shown as written",
        hint: .writeAsNumber,
        explainJa: """
        参加費や定員は、数でも文字（「資料代 500円」「先着順」）でも書けます。引用符で囲んだり全角で書いたりした数は
        文字とみなされ、「1,000円」「30人」のような表示にならず、書いたとおりに出ます。

        例: fee: "1000" または fee: １０００
        直し方: fee: 1000（半角数字、引用符なし）と書くと「1,000円」と表示されます。
        """,
        explainEn: """
        fee and capacity take a number or a text (「資料代 500円」). A number in quotes or in full-width
        digits is text: it is shown as written, not as 1,000円 or 30人.

        Example: fee: "1000" or fee: １０００
        Fix: fee: 1000 (half-width, no quotes), shown as 1,000円.
        """)

    /// `{key}`, `{found}` the score or a `Term.valueKind`.
    public static let notAScore = Message("CS2205", .error,
        ja: "「{key}」には1から5までの点数を書きます（書かれているのは{found}です）",
        en: "'{key}' must be a score from 1 to 5, found {found}",
        explainJa: """
        協働事例の評価（evaluation:）の各観点には、1から5までの点数を半角数字で書きます。

        例: 役割分担: よい
        直し方: 役割分担: 4
        """,
        explainEn: """
        Each aspect of a case's evaluation takes a score from 1 to 5 in half-width digits.

        Example: 役割分担: よい
        Fix: 役割分担: 4
        """)
}

extension Hint {
    /// `{line}`.
    public static let removeQuotes = Hint(ja: "引用符を外して「{line}」と書いてください", en: "remove the quotes: '{line}'")
    /// `{line}`.
    public static let removeQuotesAndWriteHalfWidth = Hint(ja: "引用符を外し、半角数字で「{line}」と書いてください",
                                                            en: "remove the quotes and write half-width digits: '{line}'")
    /// `{line}`.
    public static let halfWidthDigits = Hint(ja: "半角数字で「{line}」と書いてください", en: "write half-width digits: '{line}'")
    /// `{line}`.
    public static let digitsOnly = Hint(ja: "半角数字だけで「{line}」と書いてください", en: "write digits only: '{line}'")
    /// `{line}`: a year converted from an era or `年度`.
    public static let westernYear = Hint(ja: "西暦の年を半角数字で「{line}」と書いてください", en: "write the western year in digits: '{line}'")
    public static let numberTooLarge = Hint(ja: "数が大きすぎます。桁が多すぎないか確かめてください", en: "the number is too large")
    /// When no number is certain (約30人).
    public static let digitsOnlyForm = Hint(ja: "半角数字だけで書きます（「約」や「人」などの言葉や単位は付けません）",
                                            en: "write half-width digits only, without words or units")
    /// When no amount is certain (約5万円, 未定), for grants.
    public static let grantAmountForm = Hint(
        ja: "金額は円の単位で半角数字だけで書きます（例: 5万円なら 50000）。「約」「程度」「未定」などは amount_note: に書いてください",
        en: "write whole yen in half-width digits only (50000 for 5万円); words such as 約, 程度 or 未定 go in 'amount_note'")
    /// When no year is certain.
    public static let yearForm = Hint(ja: "西暦の年を半角数字で書きます（例: 令和6年度なら 2024）",
                                      en: "write the western year in half-width digits (2024 for 令和6年度)")
    /// `{example}`.
    public static let wholeYen = Hint(ja: "「{example}」のように円の単位で書いてください", en: "write whole yen, e.g. '{example}'")
    public static let freeEventFee = Hint(ja: "無料なら「fee: 0」と書いてください", en: "write 0 for a free event, e.g. 'fee: 0'")
    /// `{example}`.
    public static let numberOfPeople = Hint(ja: "「{example}」のように人数を書いてください", en: "write the number of people, e.g. '{example}'")
    /// `{line}`.
    public static let writeAsNumber = Hint(ja: "数として表示するには「{line}」と書いてください", en: "write '{line}' to have it shown as a number")
}

extension Catalogue {
    static let valueNumbers: [Message] = [
        .notWholeNumber, .numberOutOfRange, .numberTooSmall, .numberWrittenAsText, .notAScore,
    ]
}
