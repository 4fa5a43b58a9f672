/// The lines a run ends with. Not problems, so they have no id, but their
/// texts live in the catalogue like every other text a user reads.
public enum SummaryText {
    /// `{records}` a list of `Term.count(of:)`, `{pages}`, `{files}`, `{warnings}`, `{seconds}`.
    public static let built = LocalizedText(
        ja: "ビルド完了: {records} → {pages}ページ（{files}ファイル）、警告 {warnings}件、{seconds}秒",
        en: "built {records} → {pages} pages ({files} files), {warnings} warnings in {seconds} s")

    /// Same values as `built`, no files.
    public static let checked = LocalizedText(
        ja: "確認完了: エラーなし。{records} → {pages}ページ、警告 {warnings}件、{seconds}秒",
        en: "checked: no errors; {records} → {pages} pages, {warnings} warnings in {seconds} s")

    /// `{errors}`, `{warnings}`.
    public static let buildFailed = LocalizedText(
        ja: "ビルドできませんでした: エラー {errors}件、警告 {warnings}件。公開用のフォルダーは前のままです",
        en: "build failed: {errors} errors, {warnings} warnings; the previous site was left as it was")

    /// `buildFailed` for a first build: there was no previous site to keep.
    public static let buildFailedNoPreviousSite = LocalizedText(
        ja: "ビルドできませんでした: エラー {errors}件、警告 {warnings}件。出力先には何も書いていません",
        en: "build failed: {errors} errors, {warnings} warnings; nothing was written")

    /// `buildFailed` when the previous site could not be put back (CS5018 says where it is).
    public static let buildFailedSiteMoved = LocalizedText(
        ja: "ビルドできませんでした: エラー {errors}件、警告 {warnings}件。前のサイトは上に書いた場所にあります",
        en: "build failed: {errors} errors, {warnings} warnings; the previous site is where the message above says")

    public static let checkFailed = LocalizedText(
        ja: "確認の結果: エラー {errors}件、警告 {warnings}件",
        en: "check failed: {errors} errors, {warnings} warnings")

    /// The label before a hint in the text format.
    public static let hintLabel = LocalizedText(ja: "ヒント", en: "hint")

    /// `{stage}`, `{seconds}` for `--timings`.
    public static let stageTiming = LocalizedText(ja: "  {stage} {seconds}秒", en: "  {stage} {seconds} s")

    /// Fills one of these texts.
    public static func render(_ text: LocalizedText, _ arguments: MessageArguments, in language: Language) -> String {
        MessageTemplate.fill(text[language], arguments, language)
    }
}
