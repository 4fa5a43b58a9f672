/// One downloadable file of the open data, with what the `/data/` page and
/// the catalogue say about it.
struct OpenDataFile: Sendable {
    var path: String
    var format: String
    var mediaType: String
    var records: Int
    var text: String
    /// Column or key → what it holds.
    var columns: [(name: String, note: String)]
    /// The standard the layout follows, if any.
    var conformsTo: String?

    var bytes: Int { text.utf8.count }
}

/// The files of one kind of record.
struct OpenDataSet: Sendable {
    var id: String
    var title: String
    var files: [OpenDataFile]
}

extension RenderContext {
    static let eventListStandard = "自治体標準データセット「イベント一覧」（デジタル庁）"

    /// Every open-data file, JSON and CSV, in a fixed order.
    func openDataSets() -> [OpenDataSet] {
        let json = openDataJSON()
        func file(_ kind: RecordKind) -> OpenDataFile {
            let entry = json.first { $0.kind == kind }!
            return OpenDataFile(path: "data/\(kind.rawValue).json", format: "JSON", mediaType: "application/json",
                                records: entry.count, text: entry.text,
                                columns: [("kind", "記録の種類"), ("count", "記録の数"), ("records", "記録の一覧（キーは CSV の列と同じ内容の英語名）")])
        }
        func csv(_ kind: RecordKind, _ table: OpenDataCSV, standard: String? = nil, notes: [String: String]) -> OpenDataFile {
            OpenDataFile(path: "data/\(kind.rawValue).csv", format: "CSV", mediaType: "text/csv", records: table.rows.count,
                         text: table.text, columns: table.header.map { ($0, notes[$0] ?? "") }, conformsTo: standard)
        }
        return [
            OpenDataSet(id: "groups", title: "団体一覧", files: [file(.groups), csv(.groups, groupsTable(), notes: Self.columnNotes)]),
            OpenDataSet(id: "events", title: "イベント一覧", files: [
                file(.events), csv(.events, eventListTable(), standard: Self.eventListStandard, notes: Self.eventListNotes)]),
            OpenDataSet(id: "grants", title: "助成金・補助金一覧", files: [file(.grants), csv(.grants, grantsTable(), notes: Self.columnNotes)]),
            OpenDataSet(id: "cases", title: "協働事例一覧", files: [file(.cases), csv(.cases, casesTable(), notes: Self.columnNotes)]),
            OpenDataSet(id: "fields", title: "活動分野", files: [file(.fields)]),
            OpenDataSet(id: "news", title: "お知らせ", files: [file(.news)]),
            OpenDataSet(id: "stats", title: "団体・活動の統計", files: [statsData()]),
        ]
    }

    /// What the columns of the CSVs with the import's headers hold.
    static let columnNotes: [String: String] = [
        "スラッグ": "記録の ID（ページのアドレスの最後の部分）", "団体名": "団体の名前", "ふりがな": "名前の読み（ひらがな・カタカナ）",
        "組織形態": "NPO法人、認定NPO法人、任意団体など", "活動分野": "17分野の短い名前を「、」で区切ったもの",
        "概要": "1〜2文の紹介", "活動地域": "主に活動する地域", "住所": "事務所や活動場所の住所", "緯度": "住所の緯度（10進数の度）", "経度": "住所の経度（10進数の度）", "設立": "設立年（YYYY）または設立日（YYYY-MM-DD）",
        "代表者": "代表者の名前", "会員数": "人数（整数）", "会費": "会費の説明", "法人番号": "13けたの法人番号",
        "電話": "電話番号", "FAX": "FAX番号", "メール": "メールアドレス", "ホームページ": "ホームページのアドレス",
        "SNS": "SNS のアドレス（1行に1つ）", "会員募集": "会員を募集していれば ○", "ボランティア募集": "ボランティアを募集していれば ○",
        "募集の内容": "募集についての説明", "キーワード": "検索用のことばを「、」で区切ったもの", "情報更新日": "YYYY-MM-DD",
        "本文": "紹介文（Markdown）", "名称": "制度・事業の名前", "実施団体": "助成する団体・機関", "種類": "助成金、補助金、融資、表彰、その他",
        "対象分野": "対象の分野（「すべて」は分野を問わない）", "対象団体": "応募できる組織形態を「、」で区切ったもの",
        "下限額": "円（整数）", "上限額": "円（整数）", "金額の備考": "補助率など", "募集開始日": "YYYY-MM-DD", "締切日": "YYYY-MM-DD",
        "随時受付": "随時受け付けていれば ○", "URL": "詳しい案内のアドレス", "事業名": "協働事業の名前", "年度": "始まった年度（YYYY）",
        "協働の形態": "委託、指定管理者、事業協力、実行委員会、共催、補助、後援", "協働団体": "協働した団体の名前を「、」で区切ったもの",
        "担当課": "市の担当課", "分野": "17分野の短い名前を「、」で区切ったもの", "成果": "協働の成果",
        "目的の共有": "評価（1〜5）", "役割分担": "評価（1〜5）", "相互理解": "評価（1〜5）", "自主性・自立性": "評価（1〜5）",
        "透明性・公開性": "評価（1〜5）", "相乗効果": "評価（1〜5）",
    ]

    /// What civicsite writes in each column of the standard event list.
    static let eventListNotes: [String: String] = [
        "都道府県コード又は市区町村コード": "全国地方公共団体コード（6けた、site.yml の city_code）", "NO": "イベントの ID（ページのアドレスの最後の部分）",
        "都道府県名": "site.yml の prefecture", "市区町村名": "site.yml の city", "イベント名": "イベントの名前",
        "イベント名_カナ": "（空欄）", "イベント名_英語": "（空欄）", "開始日": "YYYY-MM-DD", "終了日": "YYYY-MM-DD（1日のイベントは開始日と同じ）",
        "開始時間": "hh:mm（終日のイベントは空欄）", "終了時間": "hh:mm", "開始日時特記事項": "終日のイベントは「終日」",
        "説明": "イベントの概要", "料金(基本)": "「無料」または「1,000円」の形", "料金(詳細)": "料金の説明（金額だけで書けないとき）",
        "連絡先名称": "問い合わせ先", "連絡先電話番号": "（空欄。問い合わせ先に含む）", "連絡先内線番号": "（空欄）",
        "主催者": "主催団体の名前を「、」で区切ったもの", "場所名称": "会場", "住所": "会場の住所", "方書": "（空欄）",
        "緯度": "（空欄）", "経度": "（空欄）", "アクセス方法": "（空欄）", "駐車場情報": "（空欄）", "定員": "人数、または定員の説明",
        "参加申込終了日": "YYYY-MM-DD", "参加申込終了時間": "（空欄）", "参加申込方法": "申し込みのしかた",
        "URL": "このサイトのイベントのページ", "備考": "対象（「対象：」に続けて）",
    ]
}
