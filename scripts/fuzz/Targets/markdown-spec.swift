@testable import CivicSite

/// Strict CommonMark (trusted, no extensions): raw HTML passes through by
/// design, so only crashes, hangs, leaks and memory errors count here.
/// Rendering twice must give the same HTML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Fuzz.text(data, size)
    let renderer = MarkdownRenderer(options: .spec)
    let html = renderer.render(text)
    let (again, notices) = renderer.renderWithNotices(text)
    if again != html { Fuzz.fail("renderWithNotices changed the HTML", text) }
    if !notices.isEmpty { Fuzz.fail("spec mode gave notices", text) }
    return 0
}
