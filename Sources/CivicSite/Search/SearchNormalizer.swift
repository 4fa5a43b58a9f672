import Foundation

/// The one text normalisation used for search, at index time here and at
/// query time in `search.js`; `Tests/Fixtures/search/normalize-cases.json`
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
///    since people type whichever dash their keyboard gives them.
public enum SearchNormalizer {
    public static func normalize(_ text: String) -> String {
        normalize(text, foldSmallKana: true)
    }

    public static func normalize(_ text: String, foldSmallKana: Bool) -> String {
        let composed = text.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for scalar in composed.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                var value = lower.value
                if (0x30A1...0x30F6).contains(value) || value == 0x30FD || value == 0x30FE {
                    value -= 0x60
                }
                if foldSmallKana, let full = smallKana[value] {
                    value = full
                }
                if dashes.contains(value), isKana(previous) {
                    value = 0x30FC
                }
                previous = value
                out.append(Unicode.Scalar(value)!)
            }
        }
        return String(out)
    }

    /// Hiragana (after folding), the remaining katakana without a hiragana
    /// form (ヷ…ヺ) and the prolonged sound mark.
    static func isKana(_ value: UInt32) -> Bool {
        (0x3041...0x3096).contains(value) || value == 0x309D || value == 0x309E
            || (0x30F7...0x30FA).contains(value) || value == 0x30FC
    }

    static let dashes: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2500]

    static let smallKana: [UInt32: UInt32] = [
        0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A,
        0x3063: 0x3064, 0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088, 0x308E: 0x308F,
        0x3095: 0x304B, 0x3096: 0x3051,
    ]
}
