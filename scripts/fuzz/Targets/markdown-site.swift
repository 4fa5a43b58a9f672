@testable import CivicSite

/// Record bodies as the site renders them: safe mode, extensions and the
/// Japanese rules, a leading heading to drop and ids the page reserves.
/// The HTML must be inert, judged by the same independent inspector the
/// unit tests use (no tag outside the allowed set, no `on…` attribute, no
/// scheme but http, https, mailto and tel in href or src); recording the
/// notices must not change the HTML; every notice must point at a URL in
/// the text, a URL notice at its URL. The English site mode must be inert too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownSite(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Fuzz.text(data, size)
    let renderer = MarkdownRenderer(options: .site(japanese: true, reservedIDs: ["main", "content"],
                                                   omitLeadingHeading: "活動内容"))
    let html = renderer.render(text)
    let problems = MarkdownHTMLInspector.problems(in: html)
    if !problems.isEmpty { Fuzz.fail("unsafe HTML: \(problems) in \(html.debugDescription)", text) }
    let (noticed, notices) = renderer.renderWithNotices(text)
    if noticed != html { Fuzz.fail("renderWithNotices changed the HTML", text) }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    for notice in notices {
        guard notice.line >= 1, notice.line <= lines.count, notice.column >= 1 else {
            Fuzz.fail("notice outside the text: \(notice)", text)
        }
        let line = lines[notice.line - 1].unicodeScalars
        guard notice.column <= line.count + 1 else { Fuzz.fail("notice past the end of its line: \(notice)", text) }
        let from = String(String.UnicodeScalarView(line.dropFirst(notice.column - 1)))
        switch notice.kind {
        case .urlCutAtJapanese:
            if !from.lowercased().hasPrefix(String(notice.linked.prefix(4)).lowercased()) {
                Fuzz.fail("notice does not point at its URL: \(notice)", text)
            }
        case .tableTooLarge, .nestingTooDeep, .rowTooWide:
            // Both point at text that is still shown: something other than blanks.
            if from.unicodeScalars.first.map({ $0 == " " || $0 == "\t" }) ?? true {
                Fuzz.fail("limit notice points at nothing: \(notice)", text)
            }
        case .fileLink, .fileImage:
            // Only reported when the record's files are given, and they are not here.
            Fuzz.fail("file notice without files: \(notice)", text)
        }
    }
    // A site in English: no Japanese rules, same safety.
    let english = MarkdownRenderer(options: .site(japanese: false)).render(text)
    let englishProblems = MarkdownHTMLInspector.problems(in: english)
    if !englishProblems.isEmpty { Fuzz.fail("unsafe HTML (en): \(englishProblems) in \(english.debugDescription)", text) }
    return 0
}
