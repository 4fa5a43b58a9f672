@testable import CivicSite

/// Theme templates: the input is up to three templates separated by NUL
/// bytes — the page, then partials `a` and `b` (the page is also partial
/// `page`, so templates can include each other and themselves). Each is
/// parsed; the page renders with a small fixed context, strict and not.
/// Errors are fine (they must be located inside their template; that their
/// texts are complete is the catalogue tests' and the front-matter target's
/// concern, and cost half the time here); crashes,
/// hangs and runaway memory are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMustache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = Fuzz.bytes(data, size).split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let names = ["page", "a", "b"]
    var partials: [String: MustacheTemplate] = [:]
    for (name, source) in zip(names, parts) {
        do {
            partials[name] = try MustacheTemplate.parse(source, path: "\(name).mustache")
        } catch {
            check(error.items, in: source, path: "\(name).mustache")
        }
    }
    guard let page = partials["page"] else { return 0 }
    for strict in [false, true] {
        do {
            // A small step limit: lists inside lists multiply (CS4107), and the
            // real limit takes minutes under the sanitizers.
            _ = try page.render(MustacheFuzzContext.value, partials: partials, strict: strict, stepLimit: 200_000)
        } catch {
            for problem in error.items where !names.contains(where: { "\($0).mustache" == problem.location.file }) {
                Fuzz.fail("render error outside the templates: \(problem.location)", parts.joined(separator: "\u{0}"))
            }
        }
    }
    return 0
}

private func check(_ problems: [Diagnostic], in source: String, path: String) {
    let lines = Fuzz.lineLimit(source)
    for problem in problems {
        let at = problem.location
        if at.file != path || at.line < 1 || at.line > lines || at.column < 1 {
            Fuzz.fail("location \(at) outside \(path) (\(lines) lines) for \(problem.id)", source)
        }
    }
}

/// A context shaped like a page's: scalars, a nested object, short lists
/// (of objects and of strings), falsy values, and text that needs escaping.
/// Built afresh for every input: a value kept in a global would show up in
/// LeakSanitizer's report as a leak, because an enum's payload pointers
/// carry tag bits the leak checker does not recognise as pointers.
enum MustacheFuzzContext {
    static var value: TemplateValue { [
        "title": "<b>\"市民\" & 'センター'</b>",
        "n": 3, "x": 1.5, "yes": true, "no": false, "none": nil, "empty": "", "zero": 0,
        "site": ["name": "市民活動センター", "url": "https://example.jp/", "lang": "ja"],
        "items": [["name": "一", "slug": "a", "tags": ["x", "y"]], ["name": "二", "slug": "b", "tags": []]],
        "tags": ["福祉", "まちづくり"],
        "nothing": [],
        "a": ["b": ["c": "deep"]],
    ] }
}
