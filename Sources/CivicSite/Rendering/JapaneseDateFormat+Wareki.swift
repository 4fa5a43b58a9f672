/// Dates with their era, as city offices print them when `site.yml` says
/// `wareki: true`: 令和8年（2026年）12月5日（土）.
extension JapaneseDateFormat {
    /// The era and its year on a given day: the eras begin on their day
    /// (令和 on 2019-05-01, 平成 on 1989-01-08), not on New Year's Day.
    public static func era(of d: LocalDate) -> String {
        let day = (d.year, d.month, d.day)
        if day >= (2019, 5, 1) { return eraName("令和", d.year - 2018) }
        if day >= (1989, 1, 8) { return eraName("平成", d.year - 1988) }
        if day >= (1926, 12, 25) { return eraName("昭和", d.year - 1925) }
        return "\(d.year)"
    }

    private static func eraName(_ name: String, _ n: Int) -> String {
        name + (n == 1 ? "元" : "\(n)")
    }

    /// 令和8年（2026年）12月5日（土）; the western date alone before 昭和.
    public static func warekiDate(_ d: LocalDate) -> String {
        guard d.year >= 1926, era(of: d) != "\(d.year)" else { return date(d) }
        return "\(era(of: d))年（\(d.year)年）\(d.month)月\(d.day)日（\(weekdays[d.weekday])）"
    }

    /// `span` with the era year in front of its first date.
    public static func span(start: EventTime, end: DateTime?, wareki: Bool) -> String {
        let text = span(start: start, end: end)
        guard wareki else { return text }
        let day = start.day
        let western = date(day)
        guard text.hasPrefix(western) else { return text }
        return warekiDate(day) + text.dropFirst(western.count)
    }
}

extension RenderContext {
    /// A date of an event or a grant, with its era when `site.yml` asks.
    func dayText(_ d: LocalDate) -> String {
        content.config.wareki ? JapaneseDateFormat.warekiDate(d) : JapaneseDateFormat.date(d)
    }
}
