/// A cursor over the scalars of a date or time, reading fixed-width digits.
struct DecodingDateScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var atEnd: Bool { index == scalars.count }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + count] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += count
        return value
    }

    mutating func date() -> LocalDate? {
        guard let year = digits(4), skip("-"), let month = digits(2), skip("-"), let day = digits(2) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    mutating func time() -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = digits(2), skip(":"), let minute = digits(2) else { return nil }
        var second = 0
        if skip(":") {
            guard let s = digits(2) else { return nil }
            second = s
        }
        return (hour, minute, second)
    }

    /// `Z`, `+09:00`, `-05:00` or `+0900`, as minutes east of UTC.
    mutating func offset() -> Int? {
        if skip("Z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = digits(2) else { return nil }
        _ = skip(":")
        guard let minutes = digits(2), minutes < 60 else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
