extension WrittenValue {
    /// A date, and perhaps a time, as people write them in Japan:
    /// `2027/3/14 13:30`, `2027年3月14日 13時30分`, `令和9年3月14日(日)`,
    /// `R9.3.14`, `3月14日 午後1時半`, `2027-03-14 13:30〜16:00`.
    struct DateText: Sendable, Equatable {
        /// Nil when no year was written.
        var year: Int?
        var month: Int
        var day: Int
        /// 0 = Sunday … 6 = Saturday, when written (`(土)`).
        var weekday: Int?
        var time: Time?
        /// The end of a range such as `13:30〜16:00`.
        var endTime: Time?
    }

    struct Time: Sendable, Equatable, CustomStringConvertible {
        var hour: Int
        var minute: Int

        /// `09:30`.
        var description: String { LocalDate.padded(hour, 2) + ":" + LocalDate.padded(minute, 2) }
    }

    /// Which year a date without one is taken to be in: the next such day
    /// for what lies ahead (an event, a deadline), the last one for what
    /// lies behind (an update, a founding).
    enum YearChoice: Sendable {
        case nextOnOrAfter
        case lastOnOrBefore
    }

    /// The date and time in `text`, or nil when it is not one of the forms
    /// above or has anything else in it (`3月14日頃`, `3月中旬`).
    static func dateText(_ text: String) -> DateText? {
        var scanner = WrittenScanner(normalized(text))
        guard var result = datePart(&scanner) else { return nil }
        scanner.skipSpaces()
        if !scanner.atEnd {
            guard let time = timePart(&scanner) else { return nil }
            result.time = time
            scanner.skipSpaces()
            if scanner.skip(anyOf: ["〜", "~", "-", "－", "から"]) != nil {
                scanner.skipSpaces()
                if !scanner.atEnd {
                    guard let end = timePart(&scanner) else { return nil }
                    result.endTime = end
                }
            }
        }
        scanner.skipSpaces()
        return scanner.atEnd ? result : nil
    }

    /// The calendar day of `written`, its year chosen by `choice` around
    /// `today` when none was written; nil when there is no such day or the
    /// written day of the week does not match.
    static func day(of written: DateText, today: LocalDate, choice: YearChoice) -> (date: LocalDate, assumedYear: Bool)? {
        if let year = written.year {
            let date = LocalDate(year: year, month: written.month, day: written.day)
            guard date.isValid, matchesWeekday(date, written.weekday) else { return nil }
            return (date, false)
        }
        // Four years, so that 2月29日 finds a leap year.
        let years = choice == .nextOnOrAfter ? Array(today.year...today.year + 4) : Array((today.year - 4...today.year).reversed())
        for year in years {
            let date = LocalDate(year: year, month: written.month, day: written.day)
            guard date.isValid else { continue }
            let onTheRightSide = choice == .nextOnOrAfter ? !(date < today) : !(today < date)
            guard onTheRightSide else { continue }
            return matchesWeekday(date, written.weekday) ? (date, true) : nil
        }
        return nil
    }

    private static func matchesWeekday(_ date: LocalDate, _ weekday: Int?) -> Bool {
        weekday.map { $0 == date.weekday } ?? true
    }

    /// `2027/3/14`, `2027-3-14`, `2027.3.14`, `2027年3月14日`, `令和9年3月14日`,
    /// `R9.3.14`, `3月14日`, `3/14`, each optionally followed by a day of the
    /// week in brackets.
    private static func datePart(_ scanner: inout WrittenScanner) -> DateText? {
        let year = yearPrefix(&scanner)
        let month: Int, day: Int
        if year != nil, !scanner.skip("年") {
            guard let separator = scanner.skip(anyOf: ["/", "-", "."]), let m = scanner.number(maximum: 2),
                  scanner.skip(separator), let d = scanner.number(maximum: 2) else { return nil }
            (month, day) = (m, d)
        } else {
            guard let m = scanner.number(maximum: 2) else { return nil }
            if scanner.skip("月") {
                guard let d = scanner.number(maximum: 2), scanner.skip("日") else { return nil }
                day = d
            } else {
                // `3/14` without a year, but not `2027年3/14`.
                guard year == nil, scanner.skip("/"), let d = scanner.number(maximum: 2) else { return nil }
                day = d
            }
            month = m
        }
        var result = DateText(year: year, month: month, day: day)
        result.weekday = weekday(&scanner)
        return result
    }

    /// `(土)`, `（土曜日）`, `(土・祝)`, `土曜日`; nil when there is none.
    private static func weekday(_ scanner: inout WrittenScanner) -> Int? {
        let start = scanner.index
        scanner.skipSpaces()
        let names: [Character] = ["日", "月", "火", "水", "木", "金", "土"]
        let bracketed = scanner.skip("(")
        guard let c = scanner.peek, let number = names.firstIndex(of: c) else { scanner.reset(to: start); return nil }
        _ = scanner.skip(String(c))
        _ = scanner.skip(anyOf: ["曜日", "曜"])
        _ = scanner.skip(anyOf: ["・祝", "祝"])
        if bracketed, !scanner.skip(")") { scanner.reset(to: start); return nil }
        if !bracketed, scanner.index - start < 2 { scanner.reset(to: start); return nil }
        return number
    }

    /// A time of day: `13:30`, `9:30`, `13時`, `13時30分`, `13時半`,
    /// `午後1時30分`, `午前10:00`, `PM1:30`; not `4時`, which may be 16時.
    static func timePart(_ scanner: inout WrittenScanner) -> Time? {
        let half = scanner.skip(anyOf: ["午前", "AM", "am", "午後", "PM", "pm"])
        scanner.skipSpaces()
        guard var hour = scanner.number(maximum: 2) else { return nil }
        var minute = 0
        var usedKanji = false
        if scanner.skip(":") {
            guard let m = scanner.digits(2) else { return nil }
            minute = m
        } else if scanner.skip("時") {
            usedKanji = true
            if scanner.skip("半") {
                minute = 30
            } else if let m = scanner.number(maximum: 2) {
                guard scanner.skip("分") else { return nil }
                minute = m
            }
        } else {
            return nil
        }
        // `4時` on a notice is as often four in the afternoon as in the
        // morning; only 午前・午後 or the 24-hour clock make it certain.
        if half == nil, usedKanji, (1...7).contains(hour) { return nil }
        switch half {
        case "午前"?, "AM"?, "am"?:
            // 午前12時 is read as midnight by some and noon by others.
            guard hour < 12 else { return nil }
        case "午後"?, "PM"?, "pm"?:
            guard hour <= 12 else { return nil }
            if hour < 12 { hour += 12 }
        default:
            break
        }
        guard hour < 24, minute < 60 else { return nil }
        return Time(hour: hour, minute: minute)
    }

    /// A time of day written alone (`13時30分`, `9:30`, `“12:00”`), for `end`.
    static func time(_ text: String) -> Time? {
        var scanner = WrittenScanner(normalized(text))
        guard let time = timePart(&scanner) else { return nil }
        scanner.skipSpaces()
        return scanner.atEnd ? time : nil
    }
}
