/// The `---` lines around the front matter, and the YAML document markers
/// that cannot stand inside it: CS1101–CS1119.
extension Message {
    public static let missingOpening = Message("CS1101", .error,
        ja: "ファイルの1行目が --- ではありません",
        en: "missing front matter: the first line must be '---'",
        hint: Hint(ja: "1行目に --- だけの行を書き、その下に「キー: 値」の行、最後にもう一度 --- だけの行を書いてください",
                   en: "start the file with a '---' line, then the 'key: value' lines, then another '---' line"),
        explainJa: """
        記録のファイルは、1行目の --- と、次の --- の行の間に「キー: 値」の行（項目）を書き、その後に本文を書きます。
        1行目が --- でないと、どこまでが項目か分かりません。

        例: 1行目がいきなり「title: さくら子ども食堂」になっている groups/sakura.md
        直し方: ファイルの先頭に --- だけの行を足し、項目の最後の行の次にも --- だけの行を入れます。
        ---
        title: さくら子ども食堂
        ---
        本文…
        """,
        explainEn: """
        A record file starts with a '---' line, then its 'key: value' lines, then another '---' line, then
        the body. Without the first '---' nothing says where the keys are.

        Fix: add a line with only '---' at the top and another after the last 'key: value' line.
        """)

    public static let notClosed = Message("CS1102", .error,
        ja: "ファイルの先頭の --- に対応する、終わりの --- の行がありません",
        en: "front matter is not closed: no '---' line after the opening '---'",
        hint: .closeAfterLine,
        explainJa: """
        ファイルの先頭の --- と --- の間（項目）が、終わりの --- の行で閉じていません。

        例: groups/sakura.md が「---」「title: さくら子ども食堂」「summary: …」だけで終わっている
        直し方: 最後の「キー: 値」の行の次に、--- だけの行（半角のハイフン3つ、後ろに空白なし）を入れます。
        """,
        explainEn: """
        The front matter opened by the first '---' line has no closing '---' line.

        Fix: add a line with only '---' (three half-width hyphens, nothing after them) after the last
        'key: value' line.
        """)

    /// `{body}`: the first line of body text; the hint's `{line}`: the last line of the front matter.
    public static let forgottenCloser = Message("CS1103", .error,
        ja: "ファイルの先頭の --- と --- の間が閉じないまま、{body}行目から本文が始まっています",
        en: "front matter is not closed before the body text that starts on line {body}",
        hint: .closeAfterLine,
        explainJa: """
        項目の「キー: 値」の行のすぐ後に、終わりの --- を書かずに本文を書いています。このままでは本文も
        項目として読まれてしまいます。本文の中に --- の行（区切り線）があっても、それは終わりの --- にはなりません。

        例:
        ---
        title: さくら子ども食堂
        summary: 毎月第2土曜日に開いています。
        教室の様子をご覧いただき、ありがとうございます。
        直し方: 最後の「キー: 値」の行（summary の行）の次に --- だけの行を入れます。
        """,
        explainEn: """
        The body text follows the 'key: value' lines without the closing '---', so it would be read as
        front matter. A '---' further down the body (a thematic break) does not count as the closing line.

        Example: '---', 'title: …', 'summary: …', then a paragraph of text.
        Fix: add a line with only '---' after the last 'key: value' line, as the hint says.
        """)

    /// `{char}`: `Term.hyphenLookAlike`.
    public static let closerLookAlike = Message("CS1105", .error,
        ja: "この行は終わりの --- のつもりのようですが、{char}で書かれています",
        en: "this line looks like the closing '---' but is written with {char}",
        hint: .threeHyphens,
        explainJa: """
        項目の終わりの行は、半角のハイフン3つ（---）だけで書きます。日本語入力のままハイフンを打つと、
        長音記号「ー」や全角の「－」になり、見た目は似ていても終わりの行になりません。

        例: 「ーーー」（日本語入力のまま打った）
        直し方: 日本語入力を切って、半角で --- と打ち直します。
        """,
        explainEn: """
        The closing line is three half-width hyphens. Typed with a Japanese input method on, the hyphen
        becomes 'ー' or '－', which looks alike but does not end the front matter.

        Example: ーーー
        Fix: switch the input method off and type --- again.
        """)

    /// `{count}`.
    public static let closerHyphenCount = Message("CS1106", .error,
        ja: "この行は終わりの --- のつもりのようですが、ハイフンが{count}個あります",
        en: "this line looks like the closing '---' but has {count} hyphens",
        hint: .threeHyphens,
        explainJa: """
        項目の終わりの行は、ちょうど3つの半角ハイフン（---）です。4つ以上では終わりの行になりません。

        例: 「----」
        直し方: ハイフンを3つにします（---）。
        """,
        explainEn: """
        The closing line is exactly three half-width hyphens; four or more do not end the front matter.

        Example: ----
        Fix: write ---.
        """)

    public static let dotsAsCloser = Message("CS1107", .error,
        ja: "... の行では、ファイルの先頭の --- と --- の間を終えられません",
        en: "a document end marker ('...') cannot end the front matter",
        hint: Hint(ja: "... を --- に書き換えてください", en: "write '---' instead of '...'"),
        explainJa: """
        項目の終わりは --- の行だけです。... の行は終わりになりません。

        例: 「title: さくら子ども食堂」の次の行が「...」
        直し方: ... を --- に書き換えます。
        """,
        explainEn: """
        Only a '---' line ends the front matter; some YAML tools also accept '...', civicsite does not.

        Fix: write '---' instead of '...'.
        """)

    /// The hint's `{line}`: the real closing line.
    public static let strayCloser = Message("CS1108", .error,
        ja: "ここに --- がありますが、その後にも「キー: 値」の行が続いています",
        en: "front matter ends here but the lines after it look like more keys",
        hint: .removeMarkerClosesAt,
        explainJa: """
        項目の途中に --- の行があります。ここで終わりにすると、その後の「キー: 値」の行が本文として
        公開されてしまうため、エラーにしています。

        例: 「title: さくら子ども食堂」「---」「members: 30」「---」と続いている
        直し方: 途中の --- の行を消します。項目は最後の --- で終わります。
        """,
        explainEn: """
        A '---' line stands between 'key: value' lines. Ending the front matter there would publish the
        keys after it as body text.

        Fix: remove the '---' line in the middle; the front matter ends at the later '---'.
        """)

    /// `{marker}`: `...`.
    public static let documentEndMarker = Message("CS1109", .error,
        ja: "... の行は使えません",
        en: "a document end marker ('...') is not supported",
        hint: .removeLine,
        explainJa: """
        ... の行は、YAML では文書の終わりの印ですが、civicsite では使えません。

        例: 項目の途中や site.yml の途中にある「...」
        直し方: ... の行を消します。
        """,
        explainEn: """
        A '...' line ends a YAML document; front matter and settings files are one block, so it is not
        used.

        Fix: remove the '...' line.
        """)

    /// `{marker}`: `---`.
    public static let secondDocument = Message("CS1110", .error,
        ja: "ここに --- の行は書けません",
        en: "a second document ('---') is not supported",
        hint: .removeLine,
        explainJa: """
        site.yml などの設定ファイルの途中に --- の行があります。1つのファイルには1組の設定だけを書きます。

        例: site.yml の途中の「---」
        直し方: --- の行を消します。
        """,
        explainEn: """
        A '---' line in a settings file starts a second YAML document; a settings file is one document.

        Fix: remove the '---' line.
        """)

    /// `{word}`: e.g. `%YAML`.
    public static let directive = Message("CS1112", .error,
        ja: "「{word}」のような % で始まる行（ディレクティブ）は使えません",
        en: "directives ('{word}') are not supported",
        hint: Hint(ja: "この行を消してください", en: "remove this line; front matter needs no directives"),
        explainJa: """
        % で始まる行は YAML の指示ですが、civicsite では必要なく、使えません。

        例: 「%YAML 1.2」
        直し方: その行を消します。
        """,
        explainEn: """
        Lines starting with '%' are YAML directives; civicsite needs none.

        Example: %YAML 1.2
        Fix: remove the line.
        """)
}

extension Hint {
    /// `{line}`: the last line of the front matter.
    public static let closeAfterLine = Hint(
        ja: "最後の「キー: 値」の行（{line}行目）の次に、--- だけの行を入れてください",
        en: "add a line with only '---' after line {line}, the last 'key: value' line")
    /// `{line}`: the line of `---` with blanks after it.
    public static let closerHasBlanks = Hint(
        ja: "{line}行目の --- の後ろに空白があります。空白を消すと、そこで終わりになります",
        en: "line {line} has spaces after '---'; remove them to end the front matter there")
    /// When no line holds a key yet.
    public static let closeAfterOpening = Hint(
        ja: "1行目の --- の次に「キー: 値」の行を書き、その後に --- だけの行を入れてください",
        en: "write the 'key: value' lines after the opening '---', then a line with only '---'")
    public static let threeHyphens = Hint(
        ja: "半角のハイフン3つ（---）だけで書いてください", en: "write three half-width hyphens: ---")
    /// `{marker}`, `{line}`: the real closing line.
    public static let removeMarkerClosesAt = Hint(
        ja: "この {marker} の行を消してください。--- と --- の間は{line}行目の --- で終わります",
        en: "remove this '{marker}': the front matter ends at the '---' on line {line}")
    public static let removeLine = Hint(
        ja: "「キー: 値」の行だけを続けて書きます。この行を消してください",
        en: "front matter is a single block of 'key: value' lines; remove this line")
    /// `{marker}`.
    public static let removeBlanksAfterMarker = Hint(
        ja: "ここで終わりにするつもりなら、{marker} の後ろの空白を消してください",
        en: "if this line should end the front matter, remove the spaces after '{marker}'")
}
