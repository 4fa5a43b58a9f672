/// Dates and times the way Japanese public sites print them:
/// 2026年12月5日（土）, 10:00〜12:00, 令和6年度.
public enum JapaneseDateFormat {
    static let weekdays = ["日", "月", "火", "水", "木", "金", "土"]

    /// 2026年12月5日（土）, on a holiday 2027年1月11日（月・祝）.
    public static func date(_ d: LocalDate) -> String {
        "\(d.year)年\(d.month)月\(d.day)日（\(weekday(d))）"
    }

    /// 土, or 月・祝 on a 国民の祝日 and 月・休 on a 振替休日 or 国民の休日 (days
    /// off that are not holidays themselves), as Japanese notices write it.
    static func weekday(_ d: LocalDate) -> String {
        switch JapaneseHolidays.name(on: d) {
        case nil: return weekdays[d.weekday]
        case "振替休日"?, "国民の休日"?: return weekdays[d.weekday] + "・休"
        default: return weekdays[d.weekday] + "・祝"
        }
    }

    /// 2026年12月5日, without the weekday.
    public static func plainDate(_ d: LocalDate) -> String {
        "\(d.year)年\(d.month)月\(d.day)日"
    }

    /// 2026年12月
    public static func month(year: Int, month: Int) -> String {
        "\(year)年\(month)月"
    }

    /// 10:00
    public static func time(_ t: DateTime) -> String {
        "\(t.hour):" + (t.minute < 10 ? "0" : "") + "\(t.minute)"
    }

    /// The span of an event: 2026年12月5日（土）10:00〜12:00, or across days
    /// 2026年12月5日（土）10:00〜12月6日（日）16:00.
    public static func span(start: EventTime, end: DateTime?) -> String {
        switch start {
        case .date(let day):
            guard let end, end.date != day else { return date(day) }
            return date(day) + "〜" + shortDate(end.date, from: day)
        case .dateTime(let s):
            var text = date(s.date) + time(s)
            if let end {
                text += "〜" + (end.date == s.date ? "" : shortDate(end.date, from: s.date)) + time(end)
            }
            return text
        }
    }

    /// A later date without repeating the year when it is the same.
    static func shortDate(_ d: LocalDate, from start: LocalDate) -> String {
        d.year == start.year ? "\(d.month)月\(d.day)日（\(weekday(d))）" : date(d)
    }

    /// The fiscal year with its era: 令和6年度 (2024年度).
    public static func fiscalYear(_ year: Int) -> String {
        "\(eraYear(year))年度"
    }

    /// 令和6 / 令和元 / 平成30 for a fiscal or calendar year. Fiscal year 2019
    /// began in April under Heisei, but Japanese offices call it 令和元年度.
    public static func eraYear(_ year: Int) -> String {
        if year >= 2019 {
            let n = year - 2018
            return "令和" + (n == 1 ? "元" : "\(n)")
        }
        if year >= 1989 {
            let n = year - 1988
            return "平成" + (n == 1 ? "元" : "\(n)")
        }
        return "昭和\(year - 1925)"
    }
}
