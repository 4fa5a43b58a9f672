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
