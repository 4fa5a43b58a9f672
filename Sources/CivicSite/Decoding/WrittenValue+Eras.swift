extension WrittenValue {
    /// Japanese eras and the western year before their first year, with the
    /// one-letter abbreviations of forms (`R6`, `H31`, `S64`).
    private static let eras: [(names: [String], yearZero: Int)] = [
        (["令和", "R", "r"], 2018), (["平成", "H", "h"], 1988), (["昭和", "S", "s"], 1925),
    ]

    /// A year written alone: `2024`, `2024年`, `2024年度`, `西暦2024年`,
    /// `令和6年`, `令和6年度`, `令和元年`, `R6`, `H31年`; nil otherwise.
    static func year(_ text: String) -> Int? {
        var scanner = WrittenScanner(normalized(text))
        guard let year = yearPrefix(&scanner) else { return nil }
        _ = scanner.skip(anyOf: ["年度", "年"])
        return scanner.atEnd ? year : nil
    }

    /// The western year a text starts with, in western digits (four of
    /// them) or as an era year; the scanner is left after the number.
    static func yearPrefix(_ scanner: inout WrittenScanner) -> Int? {
        let start = scanner.index
        _ = scanner.skip("西暦")
        if let western = scanner.digits(4) {
            if let c = scanner.peek, c.isASCII, c.isNumber { scanner.reset(to: start); return nil }
            return western
        }
        for era in eras {
            guard let name = scanner.skip(anyOf: era.names) else { continue }
            // An abbreviation is a letter right before digits: `R6`, `R.6`
            // is not a form anyone uses, but `R 6` is not either.
            let abbreviated = name.count == 1
            if !abbreviated, scanner.skip("元") { return era.yearZero + 1 }
            if !abbreviated { scanner.skipSpaces() }
            if let n = scanner.number(maximum: 2), n >= 1 { return era.yearZero + n }
            scanner.reset(to: start)
            return nil
        }
        scanner.reset(to: start)
        return nil
    }
}
