/// The columns each kind of record knows, by the Japanese headers staff
/// spreadsheets use. The first header of each is the one `data/*.csv`
/// writes, so an exported file reads back.
public enum ImportColumns {
    /// The kinds that can be imported.
    public static let kinds: [RecordKind] = [.groups, .events, .grants, .cases]

    public static func columns(for kind: RecordKind, fields: [Field] = []) -> [ImportColumn] {
        switch kind {
        case .groups: return groups + fieldFlags(fields)
        case .events: return events
        case .grants: return grants
        case .cases: return cases
        case .fields, .news, .pages: return []
        }
    }

    static let common: [ImportColumn] = [
        ImportColumn(.key("slug", .folded), ["スラッグ", "slug"]),
        ImportColumn(.list("tags", .words), ["キーワード", "タグ", "tags"]),
        ImportColumn(.key("draft", .flag), ["下書き", "非公開"]),
        ImportColumn(.body, ["本文", "活動内容", "詳細", "内容", "活動の内容", "主な活動", "主な活動内容"]),
    ]

    static let groups: [ImportColumn] = [
        ImportColumn(.key("title", .text), ["団体名", "名称", "団体名称", "団体の名称", "法人名", "法人名称", "グループ名"], required: true),
        ImportColumn(.key("kana", .folded), ["ふりがな", "フリガナ", "よみがな", "ヨミガナ", "読み", "よみ", "団体名ふりがな",
                                           "団体名フリガナ", "名称カナ", "法人名称カナ", "カナ"], required: true),
        ImportColumn(.key("type", .folded), ["組織形態", "団体種別", "法人格", "団体の種類", "種別", "団体区分", "組織の形態"], required: true),
        ImportColumn(.list("fields", .fields), ["活動分野", "分野", "活動分野番号", "主な活動分野"], required: true),
        ImportColumn(.key("summary", .text), ["概要", "団体概要", "紹介", "団体紹介", "紹介文", "PR"], required: true),
        // Several areas in one cell (本町地区、港地区) become a list: on a site
        // with areas each must be one of them, and the export writes them so.
        ImportColumn(.list("area", .words), ["活動地域", "地区", "活動地区", "地域", "活動場所"]),
        ImportColumn(.key("address", .text), ["住所", "所在地", "事務所所在地", "事務所の所在地", "連絡先住所"]),
        ImportColumn(.key("lat", .folded), ["緯度", "lat"]),
        ImportColumn(.key("lon", .folded), ["経度", "lon"]),
        ImportColumn(.key("founded", .yearOrDate), ["設立", "設立年", "設立年月日", "設立日", "結成", "結成年"]),
        ImportColumn(.key("representative", .text), ["代表者", "代表者名", "代表者氏名", "代表"]),
        ImportColumn(.key("members", .number(.people)), ["会員数", "会員", "人数", "構成員数"]),
        ImportColumn(.key("fees", .text), ["会費", "年会費"]),
        ImportColumn(.key("corporate_number", .folded), ["法人番号"]),
        ImportColumn(.key("contact.phone", .folded), ["電話", "TEL", "電話番号", "連絡先電話番号", "Tel"]),
        ImportColumn(.key("contact.fax", .folded), ["FAX", "ファックス", "ファクス", "FAX番号", "Fax"]),
        ImportColumn(.key("contact.email", .address), ["メール", "メールアドレス", "Eメール", "E-mail", "Email", "mail"]),
        ImportColumn(.key("contact.url", .address), ["ホームページ", "URL", "HP", "ウェブサイト", "Webサイト", "サイト"]),
        ImportColumn(.list("contact.sns", .links), ["SNS"]),
        ImportColumn(.key("recruiting.members", .flag), ["会員募集"]),
        ImportColumn(.key("recruiting.volunteers", .flag), ["ボランティア募集"]),
        ImportColumn(.key("recruiting.note", .text), ["募集の内容", "募集内容"]),
        ImportColumn(.key("updated", .date), ["情報更新日", "更新日"]),
        ImportColumn(.key("status", .folded), ["活動状況", "状態"]),
    ] + common

    static let events: [ImportColumn] = [
        ImportColumn(.key("title", .text), ["イベント名", "名称", "催し名", "行事名", "講座名"], required: true),
        ImportColumn(.key("start", .dateTime), ["開始", "開始日時", "日時", "開催日時"], required: true),
        ImportColumn(.startDate, ["開始日", "開催日", "日付"]),
        ImportColumn(.startTime, ["開始時間", "開始時刻"]),
        ImportColumn(.key("end", .dateTime), ["終了", "終了日時"]),
        ImportColumn(.endDate, ["終了日"]),
        ImportColumn(.endTime, ["終了時間", "終了時刻"]),
        ImportColumn(.key("venue", .text), ["会場", "場所", "場所名称", "開催場所"]),
        ImportColumn(.key("address", .text), ["住所", "所在地", "会場住所"]),
        ImportColumn(.key("online", .text), ["オンライン", "オンライン開催"]),
        ImportColumn(.list("organizers", .groups), ["主催", "主催者", "主催団体"]),
        ImportColumn(.list("fields", .fields), ["分野", "活動分野"]),
        ImportColumn(.key("fee", .text), ["参加費", "料金", "料金(基本)", "費用"]),
        ImportColumn(.key("capacity", .text), ["定員"]),
        ImportColumn(.key("audience", .text), ["対象", "対象者"]),
        ImportColumn(.key("apply", .text), ["申込方法", "申し込み方法", "参加申込方法"]),
        ImportColumn(.key("apply_url", .address), ["申込URL", "申込フォーム", "申し込みURL"]),
        ImportColumn(.key("apply_by", .date), ["申込締切", "申し込み締切", "参加申込終了日", "申込期限", "締切"]),
        ImportColumn(.key("contact", .text), ["問い合わせ", "問合せ", "お問い合わせ", "連絡先", "連絡先名称"]),
        ImportColumn(.key("summary", .text), ["概要", "説明"], required: true),
    ] + common

    static let grants: [ImportColumn] = [
        ImportColumn(.key("title", .text), ["名称", "助成金名", "制度名", "事業名", "助成名", "補助金名"], required: true),
        ImportColumn(.key("provider", .text), ["実施団体", "助成団体", "実施機関", "提供元", "主催", "助成元"], required: true),
        ImportColumn(.key("kind", .folded), ["種類", "種別", "区分"], required: true),
        ImportColumn(.list("fields", .fields), ["対象分野", "分野", "活動分野"]),
        ImportColumn(.list("eligible", .groupTypes), ["対象団体", "応募資格", "対象"]),
        ImportColumn(.key("amount_min", .number(.yen)), ["下限額", "最低額", "助成額下限"]),
        ImportColumn(.key("amount_max", .number(.yen)), ["上限額", "助成額", "金額", "最高額", "助成額上限"]),
        ImportColumn(.key("amount_note", .text), ["金額の備考", "補助率", "金額備考"]),
        ImportColumn(.key("opens", .date), ["募集開始日", "募集開始", "受付開始", "受付開始日"]),
        ImportColumn(.key("deadline", .date), ["締切日", "締切", "募集締切", "応募締切", "受付締切"]),
        ImportColumn(.key("rolling", .flag), ["随時受付", "随時"]),
        ImportColumn(.key("url", .address), ["URL", "ホームページ", "詳細URL"]),
        ImportColumn(.key("summary", .text), ["概要", "説明"], required: true),
        ImportColumn(.key("updated", .date), ["情報更新日", "更新日"]),
    ] + common

    static let cases: [ImportColumn] = [
        ImportColumn(.key("title", .text), ["事業名", "名称", "事例名", "協働事業名"], required: true),
        ImportColumn(.key("fiscal_year", .number(.year)), ["年度", "実施年度", "開始年度"], required: true),
        ImportColumn(.key("form", .folded), ["協働の形態", "形態", "協働形態"], required: true),
        ImportColumn(.list("partners", .groups), ["協働団体", "団体", "相手団体", "パートナー"]),
        ImportColumn(.key("department", .text), ["担当課", "担当部署", "所管課"]),
        ImportColumn(.list("fields", .fields), ["分野", "活動分野"]),
        ImportColumn(.key("summary", .text), ["概要", "説明"], required: true),
        ImportColumn(.key("outcome", .text), ["成果"]),
    ] + EvaluationAspect.allCases.map { ImportColumn(.key("evaluation.\($0.label)", .number(.plain)), [$0.label]) } + common

    /// A column per field, headed by its name or short label, marked ○ or 1.
    static func fieldFlags(_ fields: [Field]) -> [ImportColumn] {
        fields.sorted { $0.number < $1.number }.map { ImportColumn(.fieldFlag($0.slug), [$0.short, $0.name]) }
    }
}
