import Foundation

extension DateTime {
    /// The current moment as a Japan date-time (+09:00), without relying on
    /// the machine's time zone setting.
    public static func currentInJapan(_ date: Date = Date()) -> DateTime {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + japanOffsetMinutes * 60
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        return DateTime(date: LocalDate(daysSinceEpoch: days), hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }
}

extension DateTime {
    /// What a build counts as now when no `--now` is given.
    ///
    /// `SOURCE_DATE_EPOCH` (the reproducible-builds convention: seconds since
    /// 1970) when it is set, so every stamp (calendar DTSTAMP, feed dates, the
    /// footer) comes from it. Otherwise the start of today in Japan: two builds
    /// of the same content on the same day are byte-identical, and a daily
    /// rebuild changes only what the new day changes. Returns nil when the
    /// variable is set but is not a whole number of seconds.
    public static func buildMoment(environment: [String: String], clock: Date = Date()) -> DateTime? {
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return nil }
            return currentInJapan(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return DateTime(date: currentInJapan(clock).date, hour: 0, minute: 0)
    }
}
