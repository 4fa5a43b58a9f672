/// `data/events.csv` in the layout of the 自治体標準データセット「イベント一覧」
/// (デジタル庁): its 32 columns in order, dates `YYYY-MM-DD`, times `hh:mm`.
/// Columns the content has nothing for (カナ, 英語, 内線番号, 方書, 緯度,
/// 経度, アクセス方法, 駐車場情報, 参加申込終了時間) are left empty, as the
/// standard allows.
extension RenderContext {
    static let eventListColumns = [
        "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名", "イベント名_カナ", "イベント名_英語",
        "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)", "連絡先名称",
        "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法", "駐車場情報",
        "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
    ]

    func eventListTable() -> OpenDataCSV {
        let config = content.config
        let events = content.events.sorted { ($0.start, $0.slug) < ($1.start, $1.slug) }
        let rows = events.map { e -> [String] in
            var startTime = "", endTime = "", note = ""
            let startDay = e.start.day
            switch e.start {
            case .date: note = "終日"
            case .dateTime(let t): startTime = Self.hhmm(t)
            }
            if let end = e.end { endTime = Self.hhmm(end) }
            var feeBasic = "", feeDetail = ""
            switch e.fee {
            case .yen(0)?: feeBasic = "無料"
            case .yen(let n)?: feeBasic = YenFormat.grouped(n) + "円"
            case .text(let t)?: feeDetail = t
            case nil: break
            }
            let capacity: String
            switch e.capacity {
            case .people(let n)?: capacity = String(n)
            case .text(let t)?: capacity = t
            case nil: capacity = ""
            }
            return [
                config.cityCode ?? "", e.slug, config.prefecture ?? "", config.city, e.title, "", "",
                startDay.description, (e.end?.date ?? startDay).description, startTime, endTime, note, e.summary,
                feeBasic, feeDetail, e.contact ?? "", "", "", groupTitles(e.organizers), e.venue ?? "", e.address ?? "", "",
                "", "", "", "", capacity, e.applyBy?.description ?? "", "", e.apply ?? "", urls.absolute(.events, e.slug),
                e.audience.map { "対象：" + $0 } ?? "",
            ]
        }
        return OpenDataCSV(header: Self.eventListColumns, rows: rows)
    }

    static func hhmm(_ t: DateTime) -> String {
        LocalDate.padded(t.hour, 2) + ":" + LocalDate.padded(t.minute, 2)
    }
}
