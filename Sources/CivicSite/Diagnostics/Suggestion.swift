/// "Did you mean …?" for names that are almost right: a key, a partial, a field.
///
/// Uses the optimal-string-alignment variant of the Damerau–Levenshtein
/// distance, so that a swapped pair of letters (`titel` for `title`) costs one
/// edit, the most common typo in hand-edited files.
public enum Suggestion {
    /// The candidate closest to `name`, or nil when none is close enough to be
    /// a plausible typo. The allowed distance grows with the length of the
    /// name (1 edit up to 4 characters, then one more per 4), so that short
    /// names do not get far-fetched suggestions. Ties keep the earlier candidate.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(1, (target.count + 3) / 4)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit else { continue }
            let d = distance(target, other)
            if d <= limit, d < (best?.distance ?? Int.max) {
                best = (candidate, d)
            }
        }
        return best?.candidate
    }

    /// Edit distance counting insertions, deletions, substitutions and
    /// transpositions of adjacent characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: the transposition step looks two rows back.
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
