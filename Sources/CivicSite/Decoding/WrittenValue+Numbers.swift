extension WrittenValue {
    /// What a whole number counts, which decides the units a writer may
    /// have added: `円` to an amount, `人` or `名` to a number of people,
    /// `年` or an era to a year.
    public enum NumberKind: Sendable {
        case plain
        case yen
        case people
        case year
    }

    /// The whole number meant by `text`, or nil when it is not certain.
    ///
    /// `20万円` → 200000, `1,000円` → 1000, `5千円` → 5000, `１０００` → 1000,
    /// `1.5万` → 15000, `28人` → 28, `無料` → 0 (amounts), `令和6年度` →
    /// 2024 (years). A word such as 約 or 程度, a range or anything else
    /// left over gives nil.
    static func wholeNumber(_ text: String, _ kind: NumberKind) -> Int? {
        var s = normalized(text)
        switch kind {
        case .yen:
            if ["無料", "無償", "0円", "タダ"].contains(s) { return 0 }
            if s.hasPrefix("¥") || s.hasPrefix("\\") { s.removeFirst() }
            if s.hasSuffix("円") { s.removeLast() }
        case .people:
            if s.hasSuffix("人") || s.hasSuffix("名") { s.removeLast() }
        case .year:
            return year(text)
        case .plain:
            break
        }
        return japaneseNumber(s)
    }

    /// Digits with optional thousands commas and the multipliers 億, 万, 千
    /// and 百 in falling order (`1億2000万`, `1万5千`, `1.5万`).
    static func japaneseNumber(_ text: String) -> Int? {
        let multipliers: [(Character, Int)] = [("億", 100_000_000), ("万", 10_000), ("千", 1_000), ("百", 100)]
        var scanner = WrittenScanner(text)
        var total = 0
        var lastMultiplier = Int.max
        while !scanner.atEnd {
            guard let (whole, fraction, fractionDigits) = decimal(&scanner) else { return nil }
            guard let c = scanner.peek, let multiplier = multipliers.first(where: { $0.0 == c })?.1 else {
                // A plain number ends the text: `1万500` but not `500万1`.
                guard scanner.atEnd, fractionDigits == 0, lastMultiplier > 1 else { return nil }
                let (sum, overflow) = total.addingReportingOverflow(whole)
                return overflow ? nil : sum
            }
            _ = scanner.skip(String(c))
            guard multiplier < lastMultiplier else { return nil }
            lastMultiplier = multiplier
            var scale = 1
            for _ in 0..<fractionDigits { scale *= 10 }
            guard multiplier % scale == 0 else { return nil }
            let (part, overflow1) = whole.multipliedReportingOverflow(by: multiplier)
            let (sum, overflow2) = total.addingReportingOverflow(part + fraction * (multiplier / scale))
            guard !overflow1, !overflow2 else { return nil }
            total = sum
        }
        return lastMultiplier == Int.max ? nil : total
    }

    /// `1,200` or `1.5`: the whole part (commas only in groups of three),
    /// the digits after the point as a number, and how many there were.
    private static func decimal(_ scanner: inout WrittenScanner) -> (Int, Int, Int)? {
        guard var whole = scanner.number(maximum: 18) else { return nil }
        if whole < 1000 {
            while scanner.peek == "," {
                _ = scanner.skip(",")
                guard let group = scanner.digits(3) else { return nil }
                let (value, overflow) = whole.multipliedReportingOverflow(by: 1000)
                guard !overflow else { return nil }
                whole = value + group
                // `1,0000` is no grouping anyone writes.
                if let c = scanner.peek, c.isASCII, c.isNumber { return nil }
            }
        }
        guard scanner.peek == "." else { return (whole, 0, 0) }
        _ = scanner.skip(".")
        let start = scanner.index
        guard let fraction = scanner.number(maximum: 4) else { return nil }
        return (whole, fraction, scanner.index - start)
    }
}
