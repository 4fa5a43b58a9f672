@testable import CivicSite

/// The `{name}` filler every message goes through. The template is the
/// text up to the first NUL; what follows names values (`name=value` per
/// line) so placeholders both filled and missing are tried. Properties:
/// no crash, and a text without `{` comes back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessageTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = Fuzz.bytes(data, size).split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let template = parts[0]
    var arguments: MessageArguments = [:]
    if parts.count > 1 {
        for line in parts[1].split(separator: "\n") {
            let pair = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            arguments[String(pair[0])] = value.first == "#" ? .number(value.count)
                : value.first == "@" ? .phrase(LocalizedText(ja: value, en: value), ["x": .text(value)])
                : value.first == "," ? .list(value.split(separator: ",").map { .text(String($0)) })
                : .text(value)
        }
    }
    for language in [Language.en, .ja] {
        let filled = MessageTemplate.fill(template, arguments, language)
        if !template.contains("{") && filled != template { Fuzz.fail("text without placeholders changed", template) }
        if arguments.isEmpty && filled != template { Fuzz.fail("no arguments, yet the text changed", template) }
    }
    _ = LocalizedText.placeholders(in: template)
    return 0
}
