import Foundation

/// Reads the tags of rendered HTML to judge whether anything in it could
/// execute in a browser. Independent of the renderer's own URL policy, so
/// a mistake there shows up here.
enum MarkdownHTMLInspector {
    static let allowedTags: Set<String> = [
        "p", "a", "img", "em", "strong", "del", "code", "pre", "br", "hr", "ul", "ol", "li", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    ]
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    /// Every tag in `html`, in order. Assumes the renderer's output shape:
    /// double-quoted attribute values, text `<` always escaped.
    static func tags(in html: String) -> [Tag] {
        let chars = Array(html.unicodeScalars)
        var result: [Tag] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "<" else { i += 1; continue }
            i += 1
            if i < chars.count && chars[i] == "/" { i += 1 }
            var name = ""
            while i < chars.count, chars[i] != " ", chars[i] != ">", chars[i] != "/", chars[i] != "\n" {
                name.unicodeScalars.append(chars[i]); i += 1
            }
            var tag = Tag(name: name.lowercased(), attributes: [])
            while i < chars.count && chars[i] != ">" {
                if chars[i] == " " || chars[i] == "/" || chars[i] == "\n" { i += 1; continue }
                var attr = ""
                while i < chars.count, chars[i] != "=", chars[i] != " ", chars[i] != ">" { attr.unicodeScalars.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count && chars[i] == "=" {
                    i += 1
                    let quoted = i < chars.count && chars[i] == "\""
                    if quoted { i += 1 }
                    while i < chars.count, quoted ? chars[i] != "\"" : (chars[i] != " " && chars[i] != ">") {
                        value.unicodeScalars.append(chars[i]); i += 1
                    }
                    if quoted { i += 1 }
                }
                tag.attributes.append((attr.lowercased(), value))
            }
            result.append(tag)
        }
        return result
    }

    /// Problems that would let script run; empty when the HTML is inert.
    static func problems(in html: String) -> [String] {
        var found: [String] = []
        for tag in tags(in: html) {
            if !allowedTags.contains(tag.name) { found.append("tag <\(tag.name)>") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("event handler \(name)") }
                if (name == "href" || name == "src"), let scheme = scheme(of: value), !safeSchemes.contains(scheme) {
                    found.append("\(name) with scheme \(scheme):")
                }
            }
        }
        return found
    }

    /// The scheme a browser would see: entities decoded, percent-escapes
    /// decoded, whitespace and controls removed, lower-cased. Stricter than
    /// a browser (which decodes no percent-escape before the colon), except
    /// that what precedes the colon must still be a possible scheme — an
    /// ASCII letter, then letters, digits, `+`, `-` or `.` — so a relative
    /// path such as `a%EF%BF%BD@b:c` is not taken for one.
    static func scheme(of attribute: String) -> String? {
        var text = attribute
            .replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"")
        text = text.removingPercentEncoding ?? text
        let plain = String(text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        guard let colon = plain.firstIndex(of: ":") else { return nil }
        let head = plain[..<colon]
        guard let first = head.unicodeScalars.first, ("a"..."z").contains(first),
              head.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return String(head)
    }
}
