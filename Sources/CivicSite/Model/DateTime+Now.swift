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
    /// What a build counts as now when no `--now` is given: the start of
    /// today in Japan. Two builds of the same content on the same day are
    /// byte-identical, and a daily rebuild changes only what the new day changes.
    public static func buildMoment(clock: Date = Date()) -> DateTime {
        DateTime(date: currentInJapan(clock).date, hour: 0, minute: 0)
    }

    /// The moment `SOURCE_DATE_EPOCH` gives (the reproducible-builds
    /// convention: seconds since 1970), for stamps: `.none` when the variable
    /// is not set, `.some(nil)` when it is set but is not a whole number of seconds.
    public static func sourceDateEpoch(_ environment: [String: String]) -> DateTime?? {
        guard let epoch = environment["SOURCE_DATE_EPOCH"] else { return .none }
        guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return .some(nil) }
        return .some(currentInJapan(Date(timeIntervalSince1970: TimeInterval(seconds))))
    }
}
