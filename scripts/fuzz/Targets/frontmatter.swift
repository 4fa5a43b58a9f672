@testable import CivicSite
import Foundation

/// Front matter as `ContentLoader` reads it: bytes → text (encodings, BOMs,
/// invisible characters) → `---` split → parser, then the decoder of a
/// record kind when the parse had no error; or a whole settings file.
/// The first byte picks the mode, so the corpus keeps it. Every problem's
/// location must lie inside the file and every message must render in both
/// languages with no placeholder left unfilled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = Int(data[0])
    let bytes = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let kinds = RecordKind.allCases
    let wholeFile = mode % (kinds.count + 1) == kinds.count
    let kind = kinds[mode % (kinds.count + 1) % kinds.count]
    let path = wholeFile ? "content/site.yml" : "content/\(kind.rawValue)/fuzz.md"
    let parsed = ContentLoader.frontMatterReader(bytes, path, wholeFile)
    var diagnostics = parsed.diagnostics
    if !diagnostics.contains(where: \.isError) {
        if wholeFile {
            diagnostics += SiteConfigDecoder.decode(parsed.frontMatter, path: path).diagnostics
        } else {
            let document = DecodingDocument(path: path, fileName: "fuzz.md", frontMatter: parsed.frontMatter,
                                            body: parsed.body, bodyFirstLine: parsed.bodyFirstLine,
                                            today: LocalDate(year: 2026, month: 4, day: 1))
            diagnostics += ContentFileDecoder.decode(document, kind: kind).diagnostics
        }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = Fuzz.lineLimit(text)
    for diagnostic in diagnostics {
        let at = diagnostic.location
        if at.file != path || at.line < 1 || at.line > lines || at.column < 1 {
            Fuzz.fail("location \(at) outside the file (\(lines) lines) for \(diagnostic.id)", text)
        }
        if let hole = MessageCheck.unfilledPlaceholder(in: diagnostic) {
            Fuzz.fail("\(diagnostic.id) left {\(hole)} unfilled", text)
        }
        for language in [Language.en, .ja] { _ = DiagnosticFormat.text.render(diagnostic, in: language) }
    }
    return 0
}
