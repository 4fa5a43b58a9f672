@testable import CivicSite

extension MessageCases {
    static let status: [MessageCase] = [
        MessageCase("CS2601", .site(["events/setsumeikai.md": V.event("postponed_to: 2027-01-16 10:00")]),
                    ja: "content/events/setsumeikai.md:5:15: error: 「postponed_to」は「status: 延期」のイベントにだけ書けます（status: なし） [CS2601]\n    ヒント: 延期なら「status: 延期」の行を加えてください。延期でなければ postponed_to の行を消してください",
                    en: "content/events/setsumeikai.md:5:15: error: 'postponed_to' is only used with 'status: 延期' (status: none) [CS2601]\n    hint: add 'status: 延期' if the event is postponed; otherwise remove the 'postponed_to' line"),
        MessageCase("CS2601", .site(["events/setsumeikai.md": V.event("status: 中止\npostponed_to: 2027-01-16 10:00")]),
                    ja: "content/events/setsumeikai.md:6:15: error: 「postponed_to」は「status: 延期」のイベントにだけ書けます（status: 中止） [CS2601]\n    ヒント: 延期なら「status: 延期」の行を加えてください。延期でなければ postponed_to の行を消してください",
                    en: "content/events/setsumeikai.md:6:15: error: 'postponed_to' is only used with 'status: 延期' (status: 中止) [CS2601]\n    hint: add 'status: 延期' if the event is postponed; otherwise remove the 'postponed_to' line"),
        MessageCase("CS2602", .site(["events/setsumeikai.md": V.event("status: 延期\npostponed_to: 2026-11-16 10:00")]),
                    ja: "content/events/setsumeikai.md:6:15: warning: 延期後の日程「2026-11-16 10:00」が、元の日程「2026-12-05 10:00」より後ではありません [CS2602]\n    ヒント: postponed_to: に新しい日程を書いてください。早まっただけなら start: を書き換えて status: と postponed_to: の行を消してください",
                    en: "content/events/setsumeikai.md:6:15: warning: the new date '2026-11-16 10:00' of a postponed event is not after its start '2026-12-05 10:00' [CS2602]\n    hint: write the new date in 'postponed_to:'; if the event was brought forward, change 'start:' and remove 'status:' and 'postponed_to:'"),
        MessageCase("CS2603", .site(["groups/hidamari.md": V.group("status: 休止\nrecruiting:\n  volunteers: true")]),
                    ja: "content/groups/hidamari.md:8:1: warning: 「status: 休止」の団体なので、「recruiting」の募集はサイトに載りません [CS2603]\n    ヒント: 活動を再開したなら status: の行を消してください。そうでなければ recruiting の行を消してください",
                    en: "content/groups/hidamari.md:8:1: warning: 'recruiting' is not published for a group whose status is '休止' [CS2603]\n    hint: remove the 'status:' line if the group is active again; otherwise remove 'recruiting'"),
        // Unknown statuses are the choice message of every closed set of values.
        MessageCase("CS2106", .site(["events/setsumeikai.md": V.event("status: 中正")]),
                    ja: "content/events/setsumeikai.md:5:9: error: 「中正」はイベントの状態（status）にありません。使えるのは 中止 (cancelled)、延期 (postponed)、満員 (full)、受付終了 (closed) です [CS2106]\n    ヒント: 「中止」の書き間違いではありませんか？",
                    en: "content/events/setsumeikai.md:5:9: error: unknown event status '中正', expected one of: 中止 (cancelled), 延期 (postponed), 満員 (full), 受付終了 (closed) [CS2106]\n    hint: did you mean '中止'?"),
        MessageCase("CS2106", .site(["events/setsumeikai.md": V.event("status: 終了")]),
                    ja: "content/events/setsumeikai.md:5:9: error: 「終了」はイベントの状態（status）にありません。使えるのは 中止 (cancelled)、延期 (postponed)、満員 (full)、受付終了 (closed) です [CS2106]\n    ヒント: 「終了」は日付から自動で表示されます。status: の行は消してください",
                    en: "content/events/setsumeikai.md:5:9: error: unknown event status '終了', expected one of: 中止 (cancelled), 延期 (postponed), 満員 (full), 受付終了 (closed) [CS2106]\n    hint: '終了' is shown from the dates by itself; remove the 'status:' line"),
        MessageCase("CS2106", .site(["groups/hidamari.md": V.group("status: 解散済")]),
                    ja: "content/groups/hidamari.md:7:9: error: 「解散済」は団体の活動状況（status）にありません。使えるのは 休止 (paused)、解散 (dissolved) です [CS2106]\n    ヒント: 「解散」の書き間違いではありませんか？",
                    en: "content/groups/hidamari.md:7:9: error: unknown group status '解散済', expected one of: 休止 (paused), 解散 (dissolved) [CS2106]\n    hint: did you mean '解散'?"),
    ]
}
