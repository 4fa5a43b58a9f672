/// Amounts of money as Japanese readers expect them.
public enum YenFormat {
    /// 500,000円
    public static func full(_ amount: Int) -> String {
        grouped(amount) + "円"
    }

    /// 50万円, 1億2,000万円; falls back to the full form when the amount is
    /// not a whole number of 万, where rounding would mislead.
    public static func short(_ amount: Int) -> String {
        guard amount >= 10_000, amount % 10_000 == 0 else { return full(amount) }
        let man = amount / 10_000
        if man >= 10_000 {
            let oku = man / 10_000
            let rest = man % 10_000
            return "\(grouped(oku))億" + (rest == 0 ? "" : "\(grouped(rest))万") + "円"
        }
        return "\(grouped(man))万円"
    }

    /// 1,234,567
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// The range a grant offers: 上限50万円, 10万円〜50万円, 10万円以上.
    public static func range(min: Int?, max: Int?) -> String? {
        switch (min, max) {
        case let (lo?, hi?) where lo == hi: return short(hi)
        case let (lo?, hi?): return short(lo) + "〜" + short(hi)
        case let (nil, hi?): return "上限" + short(hi)
        case let (lo?, nil): return short(lo) + "以上"
        case (nil, nil): return nil
        }
    }
}
