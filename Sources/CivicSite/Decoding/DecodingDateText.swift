/// Reads the date and time notations of the content format without
/// Foundation's formatters, whose leniency and locale rules we do not want.
public enum DecodingDateText {
    public enum Problem: Error, Equatable {
        /// The text does not have the expected shape.
        case malformed
        /// Well formed, but no such day or time exists (`2026-02-30`, `25:00`).
        case notReal(Reason)
    }

    /// Why a well-formed date or time does not exist, for the hint.
    public enum Reason: Sendable, Equatable {
        case noSuchMonth(Int)
        /// The month (`2026-02`) has only so many days.
        case monthHasDays(year: Int, month: Int, days: Int)
        /// The time as written, e.g. `25:00`.
        case noSuchTime(String)
        /// Hours from UTC beyond any time zone.
        case offsetTooLarge(hours: Int)
    }

    /// `YYYY-MM-DD`.
    public static func date(_ text: String) -> Result<LocalDate, Problem> {
        var scanner = DecodingDateScanner(text)
        guard let date = scanner.date(), scanner.atEnd else { return .failure(.malformed) }
        return validated(date)
    }

    /// `YYYY-MM-DD HH:MM`, or ISO 8601 `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`;
    /// without an offset the time is in Japan (+09:00).
    public static func dateTime(_ text: String) -> Result<DateTime, Problem> {
        var scanner = DecodingDateScanner(text)
        guard let date = scanner.date(), scanner.skip("T") || scanner.skip(" "),
              let time = scanner.time() else { return .failure(.malformed) }
        var offset = DateTime.japanOffsetMinutes
        if !scanner.atEnd {
            guard let written = scanner.offset() else { return .failure(.malformed) }
            offset = written
        }
        guard scanner.atEnd else { return .failure(.malformed) }
        if case .failure(let problem) = validated(date) { return .failure(problem) }
        guard time.hour < 24, time.minute < 60, time.second < 60 else {
            return .failure(.notReal(.noSuchTime(String(text.dropFirst(11)))))
        }
        guard abs(offset) <= 14 * 60 else { return .failure(.notReal(.offsetTooLarge(hours: abs(offset) / 60))) }
        return .success(DateTime(date: date, hour: time.hour, minute: time.minute, second: time.second, offsetMinutes: offset))
    }

    /// `HH:MM`, as hour and minute.
    public static func time(_ text: String) -> Result<(hour: Int, minute: Int), Problem> {
        var scanner = DecodingDateScanner(text)
        guard let time = scanner.time(), time.second == 0, scanner.atEnd else { return .failure(.malformed) }
        guard time.hour < 24, time.minute < 60 else { return .failure(.notReal(.noSuchTime(text))) }
        return .success((time.hour, time.minute))
    }

    static func validated(_ date: LocalDate) -> Result<LocalDate, Problem> {
        if date.isValid { return .success(date) }
        if !(1...12).contains(date.month) { return .failure(.notReal(.noSuchMonth(date.month))) }
        let days = LocalDate.daysIn(month: date.month, year: date.year)
        return .failure(.notReal(.monthHasDays(year: date.year, month: date.month, days: days)))
    }
}
