/// Statuses staff write on events and groups: the CS26xx messages.
extension Message {
    /// `{key}` (`postponed_to`), `{status}` the status written, or `Term.noStatus`.
    public static let postponedToWithoutPostponed = Message("CS2601", .error,
        ja: "「{key}」は「status: 延期」のイベントにだけ書けます（status: {status}）",
        en: "'{key}' is only used with 'status: 延期' (status: {status})",
        hint: Hint(ja: "延期なら「status: 延期」の行を加えてください。延期でなければ {key} の行を消してください",
                   en: "add 'status: 延期' if the event is postponed; otherwise remove the '{key}' line"),
        explainJa: """
        postponed_to: は、延期になったイベントの新しい日程です。status: 延期 と一緒に書いたときだけ、
        新しい日程でイベントを載せ、元の日程を「当初の日程」として示します。status: がないか、延期でないので、
        このままでは新しい日程がサイトに載りません。

        例:
        start: 2026-12-05 10:00
        postponed_to: 2027-01-16 10:00
        直し方: 「status: 延期」の行を加えます。日程が変わっただけなら、start: を新しい日程に書き換えて
        postponed_to: の行を消します。
        """,
        explainEn: """
        postponed_to: is the new date of a postponed event. Only with status: 延期 is the event
        published on the new date, with the original one shown as its former date. There is no
        status: or it is another one, so the new date would not be published.

        Example: 'start: 2026-12-05 10:00' and 'postponed_to: 2027-01-16 10:00' without a status.
        Fix: add 'status: 延期'. If only the date changed, write the new date in start: and remove
        the postponed_to: line.
        """)

    /// `{key}`, `{value}` the new start, `{start}` the original one.
    public static let postponedToNotLater = Message("CS2602", .warning,
        ja: "延期後の日程「{value}」が、元の日程「{start}」より後ではありません",
        en: "the new date '{value}' of a postponed event is not after its start '{start}'",
        hint: Hint(ja: "{key}: に新しい日程を書いてください。早まっただけなら start: を書き換えて status: と {key}: の行を消してください",
                   en: "write the new date in '{key}:'; if the event was brought forward, change 'start:' and remove 'status:' and '{key}:'"),
        explainJa: """
        postponed_to: には、延期した後の新しい日程を書きます。元の日程（start:）と同じか前になっているので、
        書き間違いかもしれません。イベントは「延期」として新しい日程で載ります。

        例:
        start: 2026-12-05 10:00
        postponed_to: 2026-11-16 10:00
        直し方: postponed_to: 2027-01-16 10:00（月を書き間違えていたとき）
        """,
        explainEn: """
        postponed_to: is the new date of a postponed event; it is the same as start: or earlier,
        which is likely a slip. The event is still published as postponed on that date.

        Example: 'start: 2026-12-05 10:00' with 'postponed_to: 2026-11-16 10:00'.
        Fix: 'postponed_to: 2027-01-16 10:00' (the month was mistyped).
        """)

    /// `{key}` (`recruiting`), `{status}` 休止 or 解散.
    public static let recruitingWhileRetired = Message("CS2603", .warning,
        ja: "「status: {status}」の団体なので、「{key}」の募集はサイトに載りません",
        en: "'{key}' is not published for a group whose status is '{status}'",
        hint: Hint(ja: "活動を再開したなら status: の行を消してください。そうでなければ {key} の行を消してください",
                   en: "remove the 'status:' line if the group is active again; otherwise remove '{key}'"),
        explainJa: """
        活動を休止しているか解散した団体（status: 休止 か status: 解散）のページには、会員やボランティアの
        募集を載せません。団体の一覧や検索にも出ません。

        例:
        status: 休止
        recruiting:
          volunteers: true
        直し方: 活動を再開したなら status: の行を消します。休止のままなら recruiting: の行を消します。
        """,
        explainEn: """
        The page of a paused or dissolved group (status: 休止 or 解散) does not show recruiting,
        and the group is left out of the lists and the search.

        Example: 'status: 休止' with 'recruiting:' and '  volunteers: true'.
        Fix: remove status: if the group is active again; otherwise remove recruiting:.
        """)
}

extension Catalogue {
    static let valueStatus: [Message] = [.postponedToWithoutPostponed, .postponedToNotLater, .recruitingWhileRetired]
}

/// Hints of the status keys.
extension Hint {
    /// `{value}`: 開催予定, 終了 … written as a status.
    public static let computedEventStatus = Hint(
        ja: "「{value}」は日付から自動で表示されます。status: の行は消してください",
        en: "'{value}' is shown from the dates by itself; remove the 'status:' line")
}

/// Words of the status keys.
extension Term {
    /// For `{noun}` of `unknownChoice`.
    public static let eventStatus = LocalizedText(ja: "イベントの状態（status）", en: "event status")
    public static let groupStatus = LocalizedText(ja: "団体の活動状況（status）", en: "group status")
    /// For `{status}` when no status is written.
    public static let noStatus = LocalizedText(ja: "なし", en: "none")
}
