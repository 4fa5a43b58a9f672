/// A moment written with a date, a time and a UTC offset (Asia/Tokyo, +09:00,
/// when the text gives none).
public struct DateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: LocalDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Minutes east of UTC; 540 for Japan.
    public var offsetMinutes: Int

    public static let japanOffsetMinutes = 540

    public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0, offsetMinutes: Int = DateTime.japanOffsetMinutes) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// ISO 8601 with the offset, e.g. `2026-12-05T10:00:00+09:00`.
    public var description: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        let p = LocalDate.padded
        return date.description + "T" + p(hour, 2) + ":" + p(minute, 2) + ":" + p(second, 2) + sign + p(offset / 60, 2) + ":" + p(offset % 60, 2)
    }

    /// Seconds since 1970-01-01T00:00:00Z, for ordering moments written with different offsets.
    public var epochSeconds: Int {
        LocalDate.daysSinceEpoch(date) * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
    }

    public static func < (a: DateTime, b: DateTime) -> Bool {
        a.epochSeconds < b.epochSeconds
    }
}
