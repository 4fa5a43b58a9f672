extension JapaneseHolidays {
    /// The last year looked up by `name(on:)`: the equinox formula's limit.
    public static let lastYear = 2150

    /// Every holiday from 1949 to 2150, computed once: dates are printed
    /// for every event and grant of a build, from many threads.
    static let table: [LocalDate: String] = {
        var names: [LocalDate: String] = [:]
        for year in firstYear...lastYear {
            for h in holidays(in: year) { names[h.date] = h.name }
        }
        return names
    }()

    /// The holiday on `date` (成人の日, 振替休日 …), or nil.
    public static func name(on date: LocalDate) -> String? {
        guard (firstYear...lastYear).contains(date.year) else { return nil }
        return table[date]
    }
}
