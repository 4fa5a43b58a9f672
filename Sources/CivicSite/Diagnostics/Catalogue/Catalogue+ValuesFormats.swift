/// E-mail addresses, links and 法人番号: the CS24xx messages.
extension Message {
    /// `{key}`, `{value}`.
    public static let notAnEmailAddress = Message("CS2401", .error,
        ja: "「{key}」の「{value}」はメールアドレスの形になっていません",
        en: "'{key}' is not a valid e-mail address: '{value}'",
        hint: .emailForm,
        explainJa: """
        メールアドレスは「名前@ドメイン」の形で、半角の英数字で書きます。ドメインには「.」が入ります。
        ページではメールを送るリンクになるので、アドレスを1つだけ書きます。

        例: email: info＠sakura.example.jp（全角の＠）
        直し方: email: info@sakura.example.jp
        """,
        explainEn: """
        An e-mail address is name@domain in half-width characters, with a dot in the domain. It
        becomes a link that starts an e-mail, so write one address only.

        Example: email: info＠sakura.example.jp (a full-width ＠)
        Fix: email: info@sakura.example.jp
        """)

    /// `{key}`, `{value}`, `{character}` a `Term.character`.
    public static let emailChangesTheLink = Message("CS2402", .error,
        ja: "「{key}」の「{value}」に{character}が入っています。メールのリンクが変わってしまうため使えません",
        en: "'{key}' has {character}, which would change the e-mail link: '{value}'",
        hint: Hint(ja: "「info@example.jp」のようにアドレスだけを書いてください（件名やほかの宛先は付けません）",
                   en: "write the address alone, e.g. 'info@example.jp', with no subject or other recipients"),
        explainJa: """
        メールアドレスは、ページで「mailto:」のリンクになります。アドレスに ? や & や % があると、そこから後が件名や
        本文、見えない宛先（Bcc）として読まれ、問い合わせのメールがほかの人にも送られてしまうおそれがあります。
        空白、「,」「;」「#」も、リンクを別の宛先に変えてしまいます。site.yml の centre.email はすべてのページの下に出ます。

        例: email: info?bcc=someone%40example.com@example.jp
        直し方: email: info@example.jp（アドレスだけを書きます）
        """,
        explainEn: """
        An address becomes a mailto: link. With ?, & or % in it, what follows is read as a subject,
        a body or a hidden Bcc recipient, and enquiries would be copied to someone else; spaces, commas,
        semicolons and # change the recipients too. centre.email in site.yml is in every page's footer.

        Example: email: info?bcc=someone%40example.com@example.jp
        Fix: email: info@example.jp (the address alone).
        """)

    /// `{key}`, `{value}`; the hint is chosen by `DecodingFormats.URLProblem`.
    public static let notAWebAddress = Message("CS2403", .error,
        ja: "「{key}」には http:// か https:// で始まるアドレスを書きます（書かれた値:「{value}」）",
        en: "'{key}' must be an absolute http or https url, found '{value}'",
        explainJa: """
        リンクのアドレスは、ブラウザーのアドレス欄からコピーした https:// から始まる形で書きます。
        javascript: や file: などのリンクは、公開するページでは危ないので使えません。改行を含むアドレスも使えません。

        例: url: www.example.jp/sakura
        直し方: url: https://www.example.jp/sakura
        """,
        explainEn: """
        A link is a whole address starting with https:// (or http://), as copied from the
        browser. javascript:, file: and other links are refused on a public page, as are addresses
        with line breaks.

        Example: url: www.example.jp/sakura
        Fix: url: https://www.example.jp/sakura
        """)

    /// `{key}`, `{value}`.
    public static let corporateNumberNotThirteenDigits = Message("CS2404", .error,
        ja: "「{key}」は13桁の数字です（書かれた値:「{value}」）",
        en: "'{key}' must be 13 digits, found '{value}'",
        hint: Hint(ja: "国税庁の法人番号公表サイトから、数字だけをコピーしてください", en: "copy the number from the 法人番号公表サイト, digits only"),
        explainJa: """
        法人番号は13桁の数字です。先頭の0が消えないよう、引用符で囲んで書きます。

        例: corporate_number: 700001205000（12桁）
        直し方: 国税庁の法人番号公表サイトで調べ、corporate_number: "7000012050002" のように書きます。
        """,
        explainEn: """
        A 法人番号 has 13 digits; quote it so that a leading 0 is kept.

        Example: corporate_number: 700001205000 (12 digits)
        Fix: look it up on the 法人番号公表サイト and write corporate_number: "7000012050002".
        """)

    /// `{key}`, `{value}`, `{digit}` the check digit the other twelve give.
    public static let corporateNumberCheckDigit = Message("CS2405", .error,
        ja: "「{key}」の「{value}」は、最初の1桁（確かめ用の数字）が合いません",
        en: "'{key}' has a wrong check digit: '{value}'",
        hint: Hint(ja: "後ろの12桁からすると、最初の数字は{digit}になるはずです。打ち間違いがないか確かめてください",
                   en: "for the last 12 digits the first digit would be {digit}; check for a typo"),
        explainJa: """
        法人番号の最初の1桁は、残り12桁から計算される確かめ用の数字です。合わないときは、どこかの数字が打ち間違えられています。

        例: corporate_number: "8000012050002"
        直し方: 法人番号公表サイトで調べ直し、コピーして書きます（"7000012050002"）。
        """,
        explainEn: """
        The first digit of a 法人番号 is computed from the other twelve; a mismatch means a
        digit was mistyped.

        Example: corporate_number: "8000012050002"
        Fix: look the number up again and copy it: "7000012050002".
        """)

    /// `{key}`, `{part}` what is ignored.
    public static let baseURLWithQuery = Message("CS2406", .warning,
        ja: "「{key}」のアドレスの「{part}」の部分は使われません",
        en: "'{key}' should not have a query or a fragment, ignoring '{part}'",
        hint: Hint(ja: "? や # から後を消してください", en: "remove the part from '?' or '#' on"),
        explainJa: """
        サイトのアドレス（base_url）には、? や # から後の部分は付けません。その部分は使われません。

        例: base_url: https://www.example.jp/shimin/?page=1
        直し方: base_url: https://www.example.jp/shimin/
        """,
        explainEn: """
        The site's address (base_url) takes no query (?…) or fragment (#…); that part is ignored.

        Example: base_url: https://www.example.jp/shimin/?page=1
        Fix: base_url: https://www.example.jp/shimin/
        """)

    /// `{key}`, `{value}`; `{digit}` the check digit the first five give.
    public static let badLocalGovernmentCode = Message("CS2407", .error,
        ja: "「{key}」には全国地方公共団体コード（半角数字6けた、最後は検査数字）を書きます（書かれた値:「{value}」）",
        en: "'{key}' must be the 6-digit local government code (the last digit a check digit), got '{value}'",
        hint: Hint(ja: "総務省の「全国地方公共団体コード」の表から6けたのコードを写してください",
                   en: "copy the six-digit code from the Ministry's table of local government codes"),
        explainJa: """
        city_code は、市の全国地方公共団体コード（6けた）です。オープンデータの「イベント一覧」の1列目に入り、
        どの自治体のデータかを表します。最後のけたは、前の5けたから計算する検査数字（各けたに 6・5・4・3・2
        を掛けて足し、11 で割った余りを 11 から引いた数の1の位）で、写し間違いを見つけます。
        5けたのコード（検査数字なし）では足りません。

        例: city_code: 13101（千代田区の5けた）
        直し方: city_code: "131016"（0 で始まるコードもあるので、引用符で囲みます）
        """,
        explainEn: """
        city_code is the city's six-digit local government code (全国地方公共団体コード); it is the first
        column of the open-data event list. The last digit checks the first five: multiply them by
        6, 5, 4, 3, 2, add, take the remainder by 11, subtract it from 11 and keep the last digit. A
        five-digit code (without the check digit) is not enough.

        Example: city_code: 13101
        Fix: city_code: "131016" (in quotes, as some codes start with 0).
        """)
}

extension Hint {
    public static let emailForm = Hint(ja: "「info@example.jp」のように、アドレスを1つだけ書いてください",
                                       en: "write a single address such as 'info@example.jp'")
    public static let halfWidthAt = Hint(ja: "全角の「＠」ではなく半角の「@」を書いてください", en: "use the ascii '@', not the full-width '＠'")
    /// `{line}`.
    public static let halfWidthLine = Hint(ja: "半角で「{line}」と書いてください", en: "write it in half-width characters: '{line}'")

    public static let removeControlCharacters = Hint(ja: "アドレスから改行や制御文字を取り除いてください",
                                                     en: "remove the line break or control character from the address")
    public static let wholeAddress = Hint(ja: "https:// から始まるアドレス全体を書いてください", en: "write the whole address, starting with https://")
    /// `{scheme}`.
    public static let schemeNotAllowed = Hint(
        ja: "「{scheme}:」のリンクは公開するページには使えません。https:// から始まるページのアドレスを書いてください",
        en: "'{scheme}:' links are not allowed on a public page; link to a web page starting with https://")
    /// `{scheme}`.
    public static let schemeSlashes = Hint(ja: "「{scheme}://…」の形で書いてください", en: "write it as '{scheme}://…'")
    public static let hostName = Hint(ja: "「https://www.example.jp/」のように、サイトの名前（ドメイン）を含むアドレス全体を書いてください",
                                      en: "write the whole address with its host name, e.g. 'https://www.example.jp/'")
    public static let unsafeURLCharacters = Hint(ja: "空白は %20 と書き、引用符や < > は取り除いてください",
                                                 en: "encode spaces as %20 and remove quotes and angle brackets")
}

extension DecodingFormats.URLProblem {
    /// The hint of the catalogue for this problem, with its values.
    public var hint: ChosenHint {
        switch self {
        case .controlCharacter: return ChosenHint(.removeControlCharacters)
        case .missingScheme(let suggestion?): return ChosenHint(.didYouMean, ["near": .text(suggestion)])
        case .missingScheme(nil): return ChosenHint(.wholeAddress)
        case .schemeNotAllowed(let scheme): return ChosenHint(.schemeNotAllowed, ["scheme": .text(scheme)])
        case .missingSlashes(let scheme): return ChosenHint(.schemeSlashes, ["scheme": .text(scheme)])
        case .noHostName: return ChosenHint(.hostName)
        case .unsafeCharacters: return ChosenHint(.unsafeURLCharacters)
        }
    }
}

extension Catalogue {
    static let valueFormats: [Message] = [
        .notAnEmailAddress, .emailChangesTheLink, .notAWebAddress, .corporateNumberNotThirteenDigits,
        .corporateNumberCheckDigit, .baseURLWithQuery, .badLocalGovernmentCode,
    ]
}
