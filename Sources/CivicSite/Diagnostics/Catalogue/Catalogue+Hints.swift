/// Hints shared by messages of several stages.
extension Hint {
    /// `{near}`: the nearest known spelling.
    public static let didYouMean = Hint(ja: "「{near}」の書き間違いではありませんか？", en: "did you mean '{near}'?")
}
