/// Whether an unknown key is a known key written wrongly. Such a key is an
/// error: its value (the venue, the organisers, the volunteer badge) would
/// otherwise vanish from the page without a word. A key that is near no
/// known one stays a warning, since staff may keep notes of their own.
///
/// A key is near a known one when
/// - folded to half-width and lowercase it is the known key (`ａｕｄｉｅｎｃｅ`,
///   `Title`), also with `-` or a space for `_` (`amount-max`);
/// - it is the other spelling of British and American English (`organiser`,
///   `center` for `centre`, `colour`, `catalogue`);
/// - it is a few typing slips away: one edit (a letter missing, added,
///   changed, or two swapped) for keys of up to four letters, two up to
///   eight, then one more for every four letters (`venu`, `recruting`);
/// - it is the Japanese word for the key on a form (`会場` for `venue`).
enum KeyNearMiss {
    enum Kind: Equatable {
        /// Written with full-width letters.
        case fullWidth
        /// A spelling slip or the other English spelling.
        case spelling
        /// The Japanese word for the key.
        case japanese
    }

    /// The known key `key` stands for and how it went wrong, or nil.
    static func match(_ key: String, known: [String]) -> (key: String, kind: Kind)? {
        let folded = WrittenText.folded(key)
        let kindOfSlip: Kind = folded != key && key.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E })
            ? .fullWidth : .spelling
        if let english = japaneseKeys[folded]?.first(where: known.contains) { return (english, .japanese) }
        let plain = String(folded.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        if let exact = known.first(where: { $0 == plain }) { return (exact, kindOfSlip) }
        if let other = otherSpellings(of: plain).first(where: known.contains) { return (other, kindOfSlip) }
        if let near = nearest(to: plain, in: known) { return (near, kindOfSlip) }
        return nil
    }

    /// The known key `key` is once folded (`ＥＭＡＩＬ`, `Email`) or as the
    /// Japanese word (`メール`), without allowing for slips: for keys of a
    /// mapping written outside it, where a near miss would be a guess.
    static func exactMatch(_ key: String, known: [String]) -> String? {
        let folded = WrittenText.folded(key)
        if let english = japaneseKeys[folded]?.first(where: known.contains) { return english }
        let plain = String(folded.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        return known.first { $0 == plain }
    }

    /// The key with British endings made American and the other way round.
    static func otherSpellings(of key: String) -> [String] {
        let pairs = [("iser", "izer"), ("isation", "ization"), ("our", "or"), ("tre", "ter"), ("logue", "log")]
        var spellings: [String] = []
        for (british, american) in pairs {
            if key.contains(british) { spellings.append(key.replacingOccurrences(of: british, with: american)) }
            if key.contains(american) { spellings.append(key.replacingOccurrences(of: american, with: british)) }
        }
        return spellings
    }

    /// The known key closest to `key` within the allowed number of edits.
    static func nearest(to key: String, in known: [String]) -> String? {
        let length = key.unicodeScalars.count
        guard length >= 2 else { return nil }
        let limit = length <= 4 ? 1 : length <= 8 ? 2 : (length + 3) / 4
        var best: (key: String, distance: Int)?
        for candidate in known where abs(candidate.unicodeScalars.count - length) <= limit {
            let d = Suggestion.distance(key, candidate)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.key
    }

    /// Japanese words staff write for a key, as on the paper forms. Only a
    /// word whose key the record has counts (`会場` in an event).
    static let japaneseKeys: [String: [String]] = [
        "タイトル": ["title"], "題名": ["title"], "名称": ["title"], "団体名": ["title"], "イベント名": ["title"], "事業名": ["title"],
        "よみがな": ["kana"], "ふりがな": ["kana"], "フリガナ": ["kana"], "読み": ["kana"], "かな": ["kana"],
        "組織形態": ["type"], "団体の種類": ["type"], "種類": ["kind", "type"], "分野": ["fields"], "活動分野": ["fields"],
        "概要": ["summary"], "説明": ["summary"], "紹介": ["summary"], "活動地域": ["area"], "地域": ["area"],
        "住所": ["address"], "所在地": ["address"], "設立": ["founded"], "設立年": ["founded"], "設立日": ["founded"],
        "代表者": ["representative"], "代表": ["representative"], "会員数": ["members"], "会費": ["fees"],
        "法人番号": ["corporate_number"], "連絡先": ["contact"], "問い合わせ": ["contact"], "問合せ": ["contact"],
        "お問い合わせ": ["contact"], "募集": ["recruiting"], "タグ": ["tags"], "キーワード": ["tags"],
        "更新日": ["updated"], "下書き": ["draft"],
        "開始": ["start"], "日時": ["start"], "開始日時": ["start"], "終了": ["end"], "終了時刻": ["end"], "会場": ["venue"],
        "場所": ["venue"], "オンライン": ["online"], "主催": ["organizers"], "主催者": ["organizers"], "参加費": ["fee"],
        "料金": ["fee"], "定員": ["capacity"], "対象": ["audience"], "対象者": ["audience"], "申込": ["apply"], "申込方法": ["apply"],
        "申し込み": ["apply"], "申込締切": ["apply_by"], "締切": ["deadline"], "締め切り": ["deadline"],
        "助成団体": ["provider"], "実施機関": ["provider"], "対象団体": ["eligible"], "下限額": ["amount_min"],
        "上限額": ["amount_max"], "募集開始": ["opens"],
        "年度": ["fiscal_year"], "形態": ["form"], "協働の形態": ["form"], "相手": ["partners"], "協働先": ["partners"],
        "担当課": ["department"], "成果": ["outcome"], "評価": ["evaluation"],
        "順番": ["order"], "並び順": ["order"], "メール": ["email"], "電話": ["phone"], "電話番号": ["phone"],
        "ホームページ": ["url"], "開館時間": ["hours"], "アクセス": ["access"],
        "会員": ["members"], "ボランティア": ["volunteers"], "備考": ["note"],
    ]
}
