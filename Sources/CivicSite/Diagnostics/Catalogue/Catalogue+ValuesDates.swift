/// Dates and times: the CS23xx messages.
extension Message {
    /// `{key}`, `{value}`.
    public static let notADate = Message("CS2301", .error,
        ja: "「{key}」には日付を「YYYY-MM-DD」の形で書きます（書かれた値:「{value}」）",
        en: "'{key}' must be a date written YYYY-MM-DD, found '{value}'",
        hint: .dateForm,
        explainJa: """
        日付は「年-月-日」を半角数字とハイフンで、月と日は2桁で書きます。2027/3/14 や 令和9年3月14日 は読めません。
        書かれたものから日付がはっきり分かるときは、ヒントに書き換えた値が出ます。年が書かれていないときは、
        締切などはこれから来る日、更新日などは過ぎた日として年を選び、どの年にしたかをヒントに書きます。

        例: deadline: 令和9年3月14日
        直し方: deadline: 2027-03-14
        """,
        explainEn: """
        A date is year-month-day in half-width digits with hyphens, two digits for month and day.
        2027/3/14 or 令和9年3月14日 are not read. When the date is certain the hint shows it
        converted; without a year, deadlines get the next such day and updates the last one, and the
        hint says which year was assumed.

        Example: deadline: 令和9年3月14日
        Fix: deadline: 2027-03-14
        """)

    /// `{key}`, `{value}`.
    public static let notAnEventStart = Message("CS2302", .error,
        ja: "「{key}」には日付（YYYY-MM-DD）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「{value}」）",
        en: "'{key}' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found '{value}'",
        hint: .startForm,
        explainJa: """
        イベントの始まりは、日付だけ（終日のイベント）か、日付と時刻を半角で書きます。時刻は24時間制で「13:30」のように書きます。
        「13:30〜16:00」のように終わりの時刻も書いたときは、終わりは end: の行に分けます。

        例: start: 2027年3月14日 13時30分〜16時
        直し方:
        start: 2027-03-14 13:30
        end: "16:00"
        """,
        explainEn: """
        An event starts on a date (an all-day event) or at a date and time, in half-width digits,
        24-hour time. An end time goes on an end: line of its own.

        Example: start: 2027年3月14日 13時30分〜16時
        Fix: start: 2027-03-14 13:30 and, on the next line, end: "16:00"
        """)

    /// `{key}`, `{value}`.
    public static let notAnEventEnd = Message("CS2303", .error,
        ja: "「{key}」には時刻（HH:MM）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「{value}」）",
        en: "'{key}' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found '{value}'",
        hint: .endForm,
        explainJa: """
        イベントの終わりは、始まりと同じ日なら時刻だけを「16:00」のように2桁ずつ、別の日なら日付と時刻を書きます。
        時刻は引用符で囲んで "16:00" と書くと確実です。

        例: end: 4時
        直し方: end: "16:00"
        """,
        explainEn: """
        An event ends at a time on its first day, written with two digits each ("16:00"), or at a
        date and time. Quoting the time is the safest.

        Example: end: 4時
        Fix: end: "16:00"
        """)

    /// `{key}`, `{value}` the date.
    public static let endIsADateAlone = Message("CS2304", .error,
        ja: "「{key}」に日付だけが書かれています。終わる時刻（HH:MM）か日時（YYYY-MM-DD HH:MM）を書きます",
        en: "'{key}' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found a date alone",
        hint: .endTimeMissing,
        explainJa: """
        イベントの終わりに日付だけが書かれています。終わりは時刻まで書きます。
        終日のイベントなら end: の行はいりません。

        例: end: 2026-12-06
        直し方: end: 2026-12-06 17:00（17:00 は実際に終わる時刻にします）。終日なら end: の行を消します。
        """,
        explainEn: """
        The end of an event has a date but no time. An end needs the time; an all-day event needs
        no end: line.

        Example: end: 2026-12-06
        Fix: end: 2026-12-06 17:00 with the real time, or remove the line for an all-day event.
        """)

    /// `{key}`, `{value}`; hint `{reason}` a `Term.dateReason`.
    public static let notARealDate = Message("CS2305", .error,
        ja: "「{key}」の「{value}」は、実際にはない日付か時刻です",
        en: "'{key}' is not a real date or time: '{value}'",
        hint: Hint(ja: "{reason}", en: "{reason}"),
        explainJa: """
        形は正しいものの、その日や時刻がありません（2月30日、13月、25:00 など）。

        例: deadline: 2026-02-30
        直し方: 正しい日付を確かめて書きます（deadline: 2026-02-28 など）。
        """,
        explainEn: """
        The form is right but there is no such day or time (30 February, month 13, 25:00).

        Example: deadline: 2026-02-30
        Fix: check the real date and write it, e.g. deadline: 2026-02-28.
        """)

    /// `{key}`, `{value}`.
    public static let notAYearOrDate = Message("CS2306", .error,
        ja: "「{key}」には年（YYYY）か日付（YYYY-MM-DD）を書きます（書かれた値:「{value}」）",
        en: "'{key}' must be a year (YYYY) or a date (YYYY-MM-DD), found '{value}'",
        hint: .yearOrDateForm,
        explainJa: """
        設立（founded:）には、西暦の年だけか、日付を半角数字で書きます。和暦や「年」の字は読めません。

        例: founded: 令和6年
        直し方: founded: 2024（日付が分かれば founded: 2024-04-01）
        """,
        explainEn: """
        founded takes a western year alone or a date in half-width digits; era years and 年 are not read.

        Example: founded: 令和6年
        Fix: founded: 2024 (or the date, founded: 2024-04-01).
        """)
}

extension Hint {
    public static let dateForm = Hint(ja: "日付は「YYYY-MM-DD」の形で半角数字で書きます（例: 2026年4月1日なら 2026-04-01）",
                                      en: "write the date as YYYY-MM-DD in half-width digits (2026-04-01 for 1 April 2026)")
    public static let startForm = Hint(
        ja: "「YYYY-MM-DD」か、時刻も付けて「YYYY-MM-DD HH:MM」と半角で書きます（例: 2026年12月5日 午前10時なら 2026-12-05 10:00）",
        en: "write YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time (2026-12-05 10:00 for 10 a.m. on 5 December 2026)")
    public static let endForm = Hint(ja: "終わる時刻を「HH:MM」の形で書きます（例: 午後4時なら \"16:00\"）",
                                     en: "write the time it ends as HH:MM (\"16:00\" for 4 p.m.)")
    /// `{lineKey}`, `{value}`.
    public static let endTimeMissing = Hint(ja: "終わる時刻も「{lineKey}: {value} HH:MM」の形で書いてください（終日なら end: の行はいりません）",
                                            en: "add the time it ends: '{lineKey}: {value} HH:MM' (an all-day event needs no end)")
    public static let yearOrDateForm = Hint(ja: "西暦の年だけ（例: 2012）か日付（例: 2011-09-01）を半角数字で書いてください",
                                            en: "write the western year alone (2012) or the date (2011-09-01) in half-width digits")
    /// `{line}`, `{endLine}`, `{assumed}`: a start written with its end time.
    public static let startAndEndLines = Hint(
        ja: "「{line}」と書き、終わりの時刻は別の行に「{endLine}」と書いてください{assumed}",
        en: "write '{line}' and the end time on a line of its own: '{endLine}'{assumed}")
    /// `{line}`: a time written in curly quotes.
    public static let straightQuotes = Hint(ja: "半角の引用符で「{line}」と書いてください", en: "write it with straight quotes: '{line}'")
}

/// Why a date or time does not exist, for `{reason}`.
extension Term {
    public static func dateReason(_ reason: DecodingDateText.Reason) -> MessageArgument {
        switch reason {
        case .noSuchMonth(let month):
            return .phrase(LocalizedText(ja: "{month}月という月はありません", en: "there is no month {month}"), ["month": .number(month)])
        case .monthHasDays(let year, let month, let days):
            return .phrase(LocalizedText(ja: "{year}年{month}月は{days}日までです", en: "{yearMonth} has {days} days"),
                           ["year": .text(String(year)), "month": .number(month), "days": .number(days),
                            "yearMonth": .text(LocalDate.padded(year, 4) + "-" + LocalDate.padded(month, 2))])
        case .noSuchTime(let time):
            return .phrase(LocalizedText(ja: "{time} という時刻はありません（0:00〜23:59 で書きます）", en: "there is no time {time}"),
                           ["time": .text(time)])
        case .offsetTooLarge(let hours):
            return .phrase(LocalizedText(ja: "時差が{hours}時間の場所はありません（±14時間まで）", en: "no place is {hours} hours from utc"),
                           ["hours": .number(hours)])
        }
    }
}

extension Catalogue {
    static let valueDates: [Message] = [
        .notADate, .notAnEventStart, .notAnEventEnd, .endIsADateAlone, .notARealDate, .notAYearOrDate,
    ]
}
