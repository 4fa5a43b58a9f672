/// Japan's public holidays, computed by the rules of the 国民の祝日に関する法律
/// (Act on National Holidays, 1948) as amended, for any year from 1949.
///
/// - 国民の祝日: the holidays of article 2, with the dates each amendment gave
///   them (Happy Monday days from 2000 and 2003, 山の日 from 2016, 天皇誕生日
///   by era, none in 2019) and the one-off days of other laws (the Olympic
///   years 2020 and 2021, the imperial ceremonies of 1959, 1989, 1990, 1993 and 2019).
/// - 振替休日 (article 3.2): from 1973-04-12, a holiday on a Sunday makes the
///   next day off; from 2007 the next day that is not itself a holiday.
/// - 国民の休日 (article 3.3): from 1986, a day between two 国民の祝日 that is
///   not a holiday itself (before 2007 not a Sunday either).
///
/// The equinox days are set each February in the official gazette from the
/// astronomical equinox; the usual approximation used here matches every
/// announced date from 1949 and is expected to hold to 2099. Past 2150 the
/// formula has no constants, and no equinox day is given.
public enum JapaneseHolidays {
    /// One holiday: its date and its name (元日, 振替休日 …).
    public struct Holiday: Sendable, Hashable {
        public var date: LocalDate
        public var name: String
    }

    /// The first year the law's holidays applied for a whole year.
    public static let firstYear = 1949

    /// Every holiday of `year`, in date order; none before 1949.
    public static func holidays(in year: Int) -> [Holiday] {
        guard year >= firstYear else { return [] }
        let national = nationalHolidays(year).sorted { $0.date < $1.date }
        let named = Dictionary(national.map { ($0.date, $0.name) }, uniquingKeysWith: { a, _ in a })
        var all = national
        if year >= 1973 {
            for h in national where h.date.weekday == 0 {
                guard year > 1973 || h.date >= LocalDate(year: 1973, month: 4, day: 12) else { continue }
                var next = h.date.adding(days: 1)
                if year >= 2007 {
                    while named[next] != nil { next = next.adding(days: 1) }
                } else if named[next] != nil {
                    continue
                }
                all.append(Holiday(date: next, name: "振替休日"))
            }
        }
        if year >= 1986 {
            let taken = Set(all.map(\.date))
            for h in national {
                let between = h.date.adding(days: 1)
                guard named[between.adding(days: 1)] != nil, !taken.contains(between) else { continue }
                if year < 2007 && between.weekday == 0 { continue }
                all.append(Holiday(date: between, name: "国民の休日"))
            }
        }
        return all.sorted { $0.date < $1.date }
    }

    /// The holidays of the years from `first` to `last`, by date.
    public static func names(from first: LocalDate, to last: LocalDate) -> [LocalDate: String] {
        guard first <= last else { return [:] }
        var names: [LocalDate: String] = [:]
        for year in first.year...last.year {
            for h in holidays(in: year) where h.date >= first && h.date <= last { names[h.date] = h.name }
        }
        return names
    }

    /// The 国民の祝日 of article 2 and of the laws for single years.
    static func nationalHolidays(_ y: Int) -> [Holiday] {
        var list: [Holiday] = []
        func add(_ month: Int, _ day: Int, _ name: String) {
            list.append(Holiday(date: LocalDate(year: y, month: month, day: day), name: name))
        }
        func monday(_ month: Int, _ n: Int) -> Int { nthMonday(n, month: month, year: y) }

        add(1, 1, "元日")
        add(1, y >= 2000 ? monday(1, 2) : 15, "成人の日")
        if y >= 1967 { add(2, 11, "建国記念の日") }
        if let day = vernalEquinoxDay(y) { add(3, day, "春分の日") }
        // 4月29日: the Showa Emperor's birthday, then みどりの日, then 昭和の日.
        add(4, 29, y <= 1988 ? "天皇誕生日" : y <= 2006 ? "みどりの日" : "昭和の日")
        add(5, 3, "憲法記念日")
        if y >= 2007 { add(5, 4, "みどりの日") }
        add(5, 5, "こどもの日")
        switch y {
        case 2020: add(7, 23, "海の日")
        case 2021: add(7, 22, "海の日")
        case 2003...: add(7, monday(7, 3), "海の日")
        case 1996...: add(7, 20, "海の日")
        default: break
        }
        switch y {
        case 2020: add(8, 10, "山の日")
        case 2021: add(8, 8, "山の日")
        case 2016...: add(8, 11, "山の日")
        default: break
        }
        if y >= 2003 { add(9, monday(9, 3), "敬老の日") } else if y >= 1966 { add(9, 15, "敬老の日") }
        if let day = autumnalEquinoxDay(y) { add(9, day, "秋分の日") }
        switch y {
        case 2020: add(7, 24, "スポーツの日")
        case 2021: add(7, 23, "スポーツの日")
        case 2020...: add(10, monday(10, 2), "スポーツの日")
        case 2000...: add(10, monday(10, 2), "体育の日")
        case 1966...: add(10, 10, "体育の日")
        default: break
        }
        add(11, 3, "文化の日")
        add(11, 23, "勤労感謝の日")
        // The Emperor's birthday: 12月23日 for Heisei (1989–2018), 2月23日
        // from 2020; 2019 had none, the new Emperor acceding in May.
        if (1989...2018).contains(y) { add(12, 23, "天皇誕生日") }
        if y >= 2020 { add(2, 23, "天皇誕生日") }
        for special in specialDays where special.date.year == y { list.append(special) }
        return list
    }

    /// Holidays set by laws of their own, one day each.
    static let specialDays: [Holiday] = [
        Holiday(date: LocalDate(year: 1959, month: 4, day: 10), name: "皇太子明仁親王の結婚の儀"),
        Holiday(date: LocalDate(year: 1989, month: 2, day: 24), name: "昭和天皇の大喪の礼"),
        Holiday(date: LocalDate(year: 1990, month: 11, day: 12), name: "即位礼正殿の儀"),
        Holiday(date: LocalDate(year: 1993, month: 6, day: 9), name: "皇太子徳仁親王の結婚の儀"),
        Holiday(date: LocalDate(year: 2019, month: 5, day: 1), name: "天皇の即位の日"),
        Holiday(date: LocalDate(year: 2019, month: 10, day: 22), name: "即位礼正殿の儀の行われる日"),
    ]

    /// The day of March of 春分の日, by the usual approximation of the equinox.
    public static func vernalEquinoxDay(_ y: Int) -> Int? {
        switch y {
        case 1900...1979: return equinox(20.8357, y, base: 1983)
        case 1980...2099: return equinox(20.8431, y, base: 1980)
        case 2100...2150: return equinox(21.8510, y, base: 1980)
        default: return nil
        }
    }

    /// The day of September of 秋分の日.
    public static func autumnalEquinoxDay(_ y: Int) -> Int? {
        switch y {
        case 1900...1979: return equinox(23.2588, y, base: 1983)
        case 1980...2099: return equinox(23.2488, y, base: 1980)
        case 2100...2150: return equinox(24.2488, y, base: 1980)
        default: return nil
        }
    }

    /// The day drifts by 0.242194 a year and steps back one day each leap
    /// year. The leap years are counted truncating toward zero, as the
    /// formula is usually given: before 1983 the count is negative.
    static func equinox(_ constant: Double, _ y: Int, base: Int) -> Int {
        let day = constant + 0.242194 * Double(y - 1980) - Double((y - base) / 4)
        return Int(day.rounded(.down))
    }

    /// The day of the month of its `n`th Monday.
    static func nthMonday(_ n: Int, month: Int, year: Int) -> Int {
        let first = LocalDate(year: year, month: month, day: 1).weekday
        return 1 + (8 - first) % 7 + (n - 1) * 7
    }
}
