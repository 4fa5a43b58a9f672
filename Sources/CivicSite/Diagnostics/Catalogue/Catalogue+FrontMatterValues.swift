/// Values written in a way that cannot be read: CS1150–CS1179.
extension Message {
    /// `{text}`.
    public static let textAfterValue = Message("CS1150", .error,
        ja: "値の後に「{text}」が続いています",
        en: "unexpected text '{text}' after the value",
        hint: Hint(ja: "値の後ろに書けるのは、空白と「#」で始まるメモだけです。続きも値にするなら、値全体を引用符（\" や '）で囲んでください",
                   en: "only a comment ('# …') may follow a value on its line; to keep the text, put the whole value in quotes"),
        explainJa: """
        引用符や [ ] で閉じた値の後に、さらに文字が続いています。

        例: 「title: "さくら" 子ども食堂」
        直し方: 値全体を囲みます（title: "さくら 子ども食堂"）。引用符が要らなければ外します（title: さくら 子ども食堂）。
        """,
        explainEn: """
        Text follows a value that was closed by a quote or a bracket.

        Example: title: "さくら" 子ども食堂
        Fix: quote the whole value, or none of it.
        """)

    /// The hint's `{quoted}`: the value in quotes.
    public static let colonSpaceInValue = Message("CS1151", .error,
        ja: "値の途中に「: 」（コロンと空白）があるときは、値を引用符で囲む必要があります",
        en: "a value cannot contain ': ' unless it is quoted",
        hint: .quoteWholeValue,
        explainJa: """
        値の中の「: 」は、キーの区切りとして読まれてしまいます。

        例: 「title: 講座: スマホ入門」
        直し方: 値全体を引用符で囲みます（title: "講座: スマホ入門"）。
        """,
        explainEn: """
        ': ' inside a value reads as the end of a key.

        Example: title: 講座: スマホ入門
        Fix: title: "講座: スマホ入門"
        """)

    /// The hint's `{quoted}`.
    public static let colonAtValueEnd = Message("CS1152", .error,
        ja: "「:」で終わる値は、引用符で囲む必要があります",
        en: "a value cannot end with ':' unless it is quoted",
        hint: .quoteWholeValue,
        explainJa: """
        値の最後の「:」は、キーの区切りとして読まれてしまいます。

        例: 「title: お知らせ:」
        直し方: 値全体を引用符で囲みます（title: "お知らせ:"）。
        """,
        explainEn: """
        A ':' at the end of a value reads as the end of a key.

        Fix: put the whole value in quotes, e.g. title: "お知らせ:".
        """)

    public static let listOnKeyLine = Message("CS1153", .error,
        ja: "一覧（「- 」で始まる行）は、キーと同じ行には書けません",
        en: "a list cannot start on the same line as its key",
        hint: Hint(ja: "キーの次の行から「- 項目」を1行ずつ書くか、[a, b] の形で書いてください",
                   en: "put each '- item' on its own line below the key, or write [a, b]"),
        explainJa: """
        「tags: - 防災」のように、キーと同じ行に「- 」を書いています。

        直し方: 「tags:」の次の行から「  - 防災」と1行ずつ書くか、「tags: [防災]」と書きます。
        """,
        explainEn: """
        A '- ' item is on the key's own line, as in 'tags: - 防災'.

        Fix: put the items on the lines below the key, or write tags: [防災].
        """)

    /// `{char}`.
    public static let unexpectedCharacter = Message("CS1154", .error,
        ja: "ここに「{char}」は書けません",
        en: "unexpected '{char}'",
        hint: Hint(ja: "「{char}」も値の一部なら、値全体を引用符（\" や '）で囲んでください",
                   en: "put the value in quotes if '{char}' is part of the text"),
        explainJa: """
        値の始まりに、特別な意味を持つ記号（] } , # など）があります。

        例: 「title: #1 の会」
        直し方: 記号も値の一部なら、値全体を引用符で囲みます（title: "#1 の会"）。
        """,
        explainEn: """
        A value starts with a character that has a meaning of its own (] } , # …).

        Fix: put the whole value in quotes, e.g. title: "#1 の会".
        """)

    /// `{number}`.
    public static let numberTooLarge = Message("CS1155", .error,
        ja: "数「{number}」が大きすぎます",
        en: "the number '{number}' is too large",
        hint: Hint(ja: "整数は18桁までです。桁が多すぎないか確かめてください",
                   en: "whole numbers can have at most 18 digits; check for extra digits"),
        explainJa: """
        整数が大きすぎて扱えません。多くの場合、数字を打ちすぎています。

        例: 「members: 300000000000000000000」
        直し方: 正しい数を書きます（members: 30）。
        """,
        explainEn: """
        A whole number is too large to use; usually digits were typed twice.

        Fix: write the right number, e.g. members: 30.
        """)

    /// `{char}`.
    public static let valueBadStart = Message("CS1156", .error,
        ja: "値を「{char}」で始めることはできません",
        en: "a value cannot start with '{char}'",
        hint: Hint(ja: "値全体を引用符（\" や '）で囲んでください", en: "put the value in quotes"),
        explainJa: """
        値の最初の文字が @ や ` など、YAML で予約されている記号です。

        例: 「sns: @sakura_kodomo」
        直し方: 値全体を引用符で囲みます（sns: "@sakura_kodomo"）。
        """,
        explainEn: """
        The value starts with a character YAML reserves ('@', '`').

        Fix: quote the value, e.g. "@sakura_kodomo".
        """)

    /// `{text}`, `{indicator}`.
    public static let blockScalarHeader = Message("CS1160", .error,
        ja: "「{indicator}」の後に「{text}」は書けません",
        en: "unexpected '{text}' after '{indicator}'",
        hint: Hint(ja: "文章は「{indicator}」の次の行から字下げして書きます。「{indicator}」の後に書けるのは -、+、1〜9 の数字だけです",
                   en: "the text of a block scalar starts on the next line; only '-', '+' or a digit 1-9 may follow '{indicator}'"),
        explainJa: """
        「|」（改行を残す）や「>」（行をつなげる）の後に、同じ行で文章を書いています。

        例: 「summary: |毎月第2土曜日」
        直し方: 「summary: |」の次の行から、字下げして文章を書きます。
        """,
        explainEn: """
        Text follows '|' or '>' on the same line; the text of such a value starts on the next line.

        Fix: write 'summary: |' and the text on the indented lines below.
        """)

    /// The hint's `{width}`.
    public static let blockScalarLeadingBlank = Message("CS1161", .error,
        ja: "「|」や「>」の後の空行に、最初の文章の行より多くの空白があります",
        en: "a blank line at the start of a block scalar has more spaces than its first line of text",
        hint: Hint(ja: "その空行の空白を消すか、「|{width}」のように字下げの幅を書いてください",
                   en: "remove the spaces from the blank line, or add an indentation indicator such as '|{width}'"),
        explainJa: """
        「|」や「>」のすぐ後の空行に、文章の行より多くの空白があり、どこまでが字下げか決められません。

        直し方: 空行の空白を消します。
        """,
        explainEn: """
        A blank line right after '|' or '>' holds more spaces than the first line of text, so the
        indentation is unclear.

        Fix: remove the spaces from the blank line.
        """)

    public static let unterminatedDoubleQuote = Message("CS1170", .error,
        ja: "「\"」で始めた値が「\"」で閉じていません",
        en: "unterminated double-quoted string",
        hint: Hint(ja: "値の終わりに「\"」を書いてください。値が何行にもわたるなら、2行目からはキーより深く字下げします",
                   en: "add the closing \"; if the text goes on over several lines, indent them more than the key"),
        explainJa: """
        「"」で始めた値に、閉じる「"」がありません。閉じ忘れると、次の行のキーまで値として読まれます。

        例: 「title: "さくら子ども食堂」
        直し方: 値の終わりにも「"」を書きます（title: "さくら子ども食堂"）。
        """,
        explainEn: """
        A value opened with '"' has no closing '"'.

        Fix: add the closing quote, e.g. title: "さくら子ども食堂".
        """)

    public static let unterminatedSingleQuote = Message("CS1171", .error,
        ja: "「'」で始めた値が「'」で閉じていません",
        en: "unterminated single-quoted string",
        hint: Hint(ja: "値の終わりに「'」を書いてください。値が何行にもわたるなら、2行目からはキーより深く字下げします",
                   en: "add the closing '; if the text goes on over several lines, indent them more than the key"),
        explainJa: """
        「'」で始めた値に、閉じる「'」がありません。値の中で「'」そのものを書くときは「''」と2つ重ねます。

        例: 「title: 'さくら子ども食堂」
        直し方: 値の終わりにも「'」を書きます（title: 'さくら子ども食堂'）。
        """,
        explainEn: """
        A value opened with "'" has no closing "'"; inside such a value, write '' for one quote.

        Fix: add the closing quote.
        """)

    /// `{escape}`: e.g. `\q`.
    public static let unknownEscape = Message("CS1172", .error,
        ja: "「\"」で囲んだ値の中の「{escape}」は使えない書き方です",
        en: "unknown escape '{escape}' in a double-quoted string",
        hint: Hint(ja: "「\\」（¥）そのものを書くなら「\\\\」と2つ重ねるか、値を「'」で囲んでください",
                   en: "write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning"),
        explainJa: """
        「"」で囲んだ値の中では、「\\」（画面によっては ¥）が特別な意味を持ちます。

        例: 「folder: "C:\\資料"」
        直し方: 「'」で囲むか（folder: 'C:\\資料'）、「\\\\」と2つ重ねます。
        """,
        explainEn: """
        Inside double quotes a backslash starts an escape, and this one is unknown.

        Fix: use single quotes, where '\\' is an ordinary character, or write '\\\\'.
        """)

    /// `{escape}`, `{count}`, the hint's `{code}`: `x`, `u` or `U`.
    public static let escapeNeedsHexDigits = Message("CS1173", .error,
        ja: "「{escape}」の後には16進数の数字が{count}桁必要です",
        en: "invalid escape '{escape}': expected {count} hex digits",
        hint: Hint(ja: "「\\{code}」の後に 0〜9、A〜F を{count}桁書くか、「\\」（¥）そのものなら「\\\\」と書いてください",
                   en: "write \\{code} followed by exactly {count} hex digits (0-9, A-F), or '\\\\' for a backslash"),
        explainJa: """
        「"」で囲んだ値の中の「\\x」「\\u」「\\U」は、後に続く16進数の番号で文字を表します。数字が足りません。
        Windows のフォルダー名（C:\\Users）を「"」で囲んだときによく起きます。

        直し方: 値を「'」で囲みます（'C:\\Users'）。
        """,
        explainEn: """
        Inside double quotes, \\x, \\u and \\U are followed by the hex number of a character; the digits
        are missing. It often happens with Windows paths such as C:\\Users.

        Fix: put the value in single quotes: 'C:\\Users'.
        """)

    /// `{escape}`.
    public static let escapeNotACharacter = Message("CS1174", .error,
        ja: "「{escape}」は文字を表していません",
        en: "invalid escape '{escape}': not a Unicode character",
        hint: Hint(ja: "D800〜DFFF 以外で、10FFFF 以下の番号を書いてください", en: "use a code point outside D800-DFFF and at most 10FFFF"),
        explainJa: """
        「\\u」や「\\U」の後の番号が、文字の番号として使えない値です。

        直し方: 文字をそのまま書きます。
        """,
        explainEn: """
        The number after \\u or \\U is not the number of a character.

        Fix: write the character itself.
        """)

    /// `{escape}`, `{code}`.
    public static let escapeGivesControl = Message("CS1175", .error,
        ja: "「{escape}」は画面に表示できない制御文字（{code}）になります",
        en: "escape '{escape}' gives a control character ({code})",
        hint: Hint(ja: "消してください。制御文字はページやカレンダーに表示できません",
                   en: "remove it: pages, feeds and calendars cannot show control characters"),
        explainJa: """
        「\\0」や「\\a」などは、画面に表示できない制御文字になります。ページにもカレンダーにも使えません。

        直し方: その部分を消します。
        """,
        explainEn: """
        The escape gives a control character, which no page, feed or calendar can show.

        Fix: remove it.
        """)
}

extension Hint {
    /// `{quoted}`.
    public static let quoteWholeValue = Hint(ja: "値全体を引用符で囲んでください: {quoted}", en: "put the whole value in quotes: {quoted}")
    /// For a value too long to repeat in the hint.
    public static let quoteLongValue = Hint(ja: "値全体を、最初から最後まで引用符（\" や '）で囲んでください",
                                            en: "put the whole value in quotes, from its first character to its last")
    public static let zeroIndentationIndicator = Hint(ja: "字下げの幅を示す数字は1から9です", en: "the indentation indicator is a digit from 1 to 9")
}
