import Foundation

/// Reads the ISO dates of `SearchDocument` as minutes since 1970 (UTC), the
/// form the client compares with the clock.
///
/// A time without an offset is Japan time (+09:00), where the centre is. A
/// date without a time means the end of that day for deadlines and event
/// ends (an event or a grant stays listed through its last day) and the
/// start of the day for opening dates.
enum SearchDateParser {
    enum Edge { case startOfDay, endOfDay }

    static let japanOffsetMinutes = 9 * 60

    static func minutes(_ text: String, dateOnly edge: Edge) -> Int? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard s.count >= 10, let year = number(s, 0, 4), s[4] == 0x2D, let month = number(s, 5, 2), s[7] == 0x2D,
              let day = number(s, 8, 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let days = daysFromCivil(year, month, day)
        guard s.count > 10 else {
            let local = days * 1440 + (edge == .endOfDay ? 1439 : 0)
            return local - japanOffsetMinutes
        }
        guard s[10] == 0x54 || s[10] == 0x20, s.count >= 16, let hour = number(s, 11, 2), s[13] == 0x3A,
              let minute = number(s, 14, 2) else { return nil }
        var i = 16
        if i + 2 < s.count, s[i] == 0x3A, number(s, i + 1, 2) != nil { i += 3 }
        while i < s.count, s[i] == 0x2E || (0x30...0x39).contains(s[i]) { i += 1 }  // fractions of a second
        var offset = japanOffsetMinutes
        if i < s.count {
            if s[i] == 0x5A || s[i] == 0x7A {
                offset = 0
            } else if (s[i] == 0x2B || s[i] == 0x2D), let oh = number(s, i + 1, 2) {
                let om = (i + 4 < s.count && s[i + 3] == 0x3A) ? (number(s, i + 4, 2) ?? 0) : (number(s, i + 3, 2) ?? 0)
                offset = (oh * 60 + om) * (s[i] == 0x2D ? -1 : 1)
            } else {
                return nil
            }
        }
        return days * 1440 + hour * 60 + minute - offset
    }

    private static func number(_ s: [UInt8], _ from: Int, _ count: Int) -> Int? {
        guard from + count <= s.count else { return nil }
        var n = 0
        for b in s[from..<from + count] {
            guard (0x30...0x39).contains(b) else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
