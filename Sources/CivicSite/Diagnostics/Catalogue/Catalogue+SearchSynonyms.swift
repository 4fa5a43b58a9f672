/// The search synonyms of `content/search-synonyms.yml` and the variant
/// table of a theme's `search/variants.txt`: CS2901–CS2909.
extension Message {
    /// `{text}` the entry as written.
    public static let synonymsOneWord = Message("CS2901", .error,
        ja: "「{text}」には、同じ意味で探せることばが一つしかありません",
        en: "'{text}' names a single word: a synonym entry needs two or more",
        hint: Hint(ja: "同じ意味のことばを「、」で区切って並べてください。例: シニア、高齢者",
                   en: "list the words that mean the same, separated by '、' or ',', e.g. シニア、高齢者"),
        explainJa: """
        search-synonyms.yml の synonyms: の1行には、検索で同じものとして探せるようにしたいことばを
        「、」（または「,」）で区切って二つ以上書きます。一つだけでは何も変わりません。

        例: - シニア 高齢者
        直し方: - シニア、高齢者
        """,
        explainEn: """
        Each entry under synonyms: in search-synonyms.yml lists two or more words that search should treat
        as the same, separated by '、' or ','. A single word changes nothing.

        Example: - シニア 高齢者
        Fix: - シニア、高齢者
        """)

    /// `{text}` the word.
    public static let synonymTooShort = Message("CS2902", .error,
        ja: "「{text}」は1文字なので、同じ意味のことばとしては探せません",
        en: "'{text}' is a single character: as a synonym it would match almost everything",
        hint: Hint(ja: "2文字以上のことばにしてください。例: 「市」ではなく「市役所」",
                   en: "use a word of two characters or more, e.g. 市役所 rather than 市"),
        explainJa: """
        1文字のことば（「市」「会」など）は多くの文の中に出てくるので、同じ意味のことばにすると
        関係のない結果まで出てしまいます。

        例: - 市、市役所
        直し方: - 市役所、市庁舎
        """,
        explainEn: """
        A one-character word (市, 会) occurs in most texts, so as a synonym it would bring up unrelated
        results.

        Example: - 市、市役所
        Fix: - 市役所、市庁舎
        """)

    /// `{text}` the word.
    public static let synonymNotOneWord = Message("CS2903", .error,
        ja: "「{text}」は、空白や記号が入っているか、英字と日本語がまざっているので、一つのことばとして探せません",
        en: "'{text}' cannot be searched as one word: it has spaces or punctuation, or mixes Latin letters and Japanese",
        hint: Hint(ja: "空白や記号を除き、英字のことばと日本語のことばは分けて書いてください。例: NPO、特定非営利活動法人",
                   en: "write it without spaces or symbols, and Latin and Japanese words apart, e.g. NPO、特定非営利活動法人"),
        explainJa: """
        検索は、空白や記号のところ、英字と日本語の変わり目で、ことばを区切って読みます。そのため、
        同じ意味のことばには、その区切りのないものを書きます。

        例: - NPO法人、特定非営利活動法人
        直し方: - NPO、特定非営利活動法人
        """,
        explainEn: """
        Search splits words at spaces and punctuation and where Latin letters meet Japanese, so each
        synonym must be one such word.

        Example: - NPO法人、特定非営利活動法人
        Fix: - NPO、特定非営利活動法人
        """)
}

extension Catalogue {
    static let searchSynonyms: [Message] = [.synonymsOneWord, .synonymTooShort, .synonymNotOneWord]
}
