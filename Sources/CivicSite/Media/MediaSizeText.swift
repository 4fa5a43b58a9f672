/// A file size as staff write it: a number and KB or MB (`1.2MB`, `350 KB`,
/// full-width `１０ＭＢ`), in units of 1,024.
enum MediaSizeText {
    static func bytes(_ text: String) -> Int? {
        let folded = WrittenText.folded(text).trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("MB", 1024 * 1024), ("KB", 1024), ("M", 1024 * 1024), ("K", 1024)]
        for (unit, factor) in units where folded.hasSuffix(unit) {
            let number = folded.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number), value > 0, value < 1e6, !number.hasPrefix("+") else { return nil }
            return Int((value * factor).rounded())
        }
        return nil
    }
}
