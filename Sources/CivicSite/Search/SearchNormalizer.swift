import Foundation

/// The one text normalisation used for search, at index time here and at
/// query time in `search-engine.js`; `Tests/Fixtures/search/normalize-cases.json`
/// holds the cases both must agree on.
///
/// Steps, per Unicode scalar after NFKC (which folds full-width ＡＢＣ１２３
/// and half-width ｶﾀｶﾅ, and composes ｶﾞ into ガ):
/// 1. lower case (the scalar's full lowercase mapping, without context, so
///    JavaScript's contextual final sigma cannot make the two disagree);
/// 2. katakana folded to hiragana by code point (ァ…ヶ, ヽ, ヾ), which leaves
///    the prolonged sound mark ー as it is;
/// 3. small kana folded to their full-size forms (ゃ → や), unless disabled;
/// 4. a hyphen or dash right after kana (ｻｰﾋﾞｽ, サ-ビス, サ−ビス) becomes ー,
///    since people type whichever dash their keyboard gives them;
/// 5. ー ending a run of kana is dropped (コンピューター and コンピュータ, センター長
///    and センタ長 are the same word: the 公用文 and JIS styles differ on it).
public enum SearchNormalizer {
    public static func normalize(_ text: String) -> String {
        normalize(text, foldSmallKana: true)
    }

    public static func normalize(_ text: String, foldSmallKana: Bool) -> String {
        var out: [UInt32] = []
        normalize(text, foldSmallKana: foldSmallKana, into: &out)
        var view = String.UnicodeScalarView()
        for value in out { view.append(Unicode.Scalar(value)!) }
        return String(view)
    }

    /// The same normalisation into a reused buffer of scalar values, so the
    /// index builder allocates no string per field.
    static func normalize(_ text: String, foldSmallKana: Bool = true, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        var previous: UInt32 = 0
        // Most text is already NFKC (ASCII, kana, common kanji): skipping
        // Foundation's pass for it is most of the index builder's speed.
        let composed = isStableUnderNFKC(text) ? text : text.precomposedStringWithCompatibilityMapping
        for scalar in composed.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let lower = (0x41...0x5A).contains(v) ? v + 0x20 : v
                append(lower, &previous, foldSmallKana, &out)
            } else if (0x3000...0x9FFF).contains(v) {
                append(v, &previous, foldSmallKana, &out)  // caseless
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    append(lower.value, &previous, foldSmallKana, &out)
                }
            }
        }
        dropTrailingProlongedMarks(&out)
    }

    /// Removes the ー run closing a kana run at the end of `out` (after a kana
    /// other than ー only: ー alone is kept).
    @inline(__always)
    private static func dropTrailingProlongedMarks(_ out: inout [UInt32]) {
        var start = out.count
        while start > 0, out[start - 1] == 0x30FC { start -= 1 }
        if start < out.count, start > 0, isKana(out[start - 1]) { out.removeLast(out.count - start) }
    }

    @inline(__always)
    private static func append(_ scalar: UInt32, _ previous: inout UInt32, _ foldSmallKana: Bool, _ out: inout [UInt32]) {
        var value = scalar
        if (0x30A1...0x30F6).contains(value) || value == 0x30FD || value == 0x30FE {
            value -= 0x60
        }
        if foldSmallKana, (0x3041...0x3096).contains(value), let full = smallKana[value] {
            value = full
        }
        if isDash(value), isKana(previous) {
            value = 0x30FC
        }
        if !isKana(value) { dropTrailingProlongedMarks(&out) }
        previous = value
        out.append(value)
    }

    /// True when every scalar is one NFKC leaves alone and none can combine
    /// with its neighbour: ASCII, common CJK punctuation, kana without the
    /// standalone sound marks, unified ideographs.
    static func isStableUnderNFKC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v < 0x20, v != 0x0A, v != 0x0D, v != 0x09 { return false }
            } else if !((0x3001...0x3011).contains(v) || (0x3041...0x3096).contains(v) || v == 0x309D || v == 0x309E
                        || (0x30A1...0x30FE).contains(v) || (0x4E00...0x9FFF).contains(v)) {
                return false
            }
        }
        return true
    }

    static func isDash(_ value: UInt32) -> Bool {
        value == 0x2D || (0x2010...0x2015).contains(value) || value == 0x2212 || value == 0x2500
    }

    /// Hiragana (after folding), the remaining katakana without a hiragana
    /// form (ヷ…ヺ) and the prolonged sound mark.
    static func isKana(_ value: UInt32) -> Bool {
        (0x3041...0x3096).contains(value) || value == 0x309D || value == 0x309E
            || (0x30F7...0x30FA).contains(value) || value == 0x30FC
    }

    static let smallKana: [UInt32: UInt32] = [
        0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A,
        0x3063: 0x3064, 0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088, 0x308E: 0x308F,
        0x3095: 0x304B, 0x3096: 0x3051,
    ]
}
