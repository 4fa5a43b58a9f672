import Foundation

/// How text typed by staff is compared with the fixed spellings of ids,
/// labels and numbers.
public enum WrittenText {
    /// `text` in NFKC, which turns full-width `ＮＰＯ１１` into `NPO11` and
    /// half-width katakana into full-width, so ids, numbers and labels match
    /// however an input method typed them. ASCII is returned as is.
    public static func folded(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
    }
}
