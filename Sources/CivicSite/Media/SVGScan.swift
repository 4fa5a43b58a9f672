import Foundation

/// Reads an SVG file as far as publishing it needs: its size from the root
/// element, and everything in it that could run or fetch something when
/// the file is opened on its own (an `<img>` runs no script, but a visitor
/// who opens the file's URL gets a live document of the site's origin).
///
/// A pure function over the bytes, linear in their count, that never
/// throws: what it cannot make sense of is reported, not skipped.
public struct SVGScan: Sendable, Hashable {
    /// The size of the root `svg` element, nil when it has none usable.
    public var size: ImageInfo?
    /// Whether the first element is `svg`.
    public var isSVG: Bool
    /// What is not allowed, in file order.
    public var findings: [SVGFinding]

    public static func scan(_ data: Data) -> SVGScan {
        scan(Array(data))
    }

    static func scan(_ bytes: [UInt8]) -> SVGScan {
        var scanner = SVGScanner(bytes: bytes)
        scanner.run()
        let positions = SVGPositions(bytes).positions(of: scanner.found.map(\.offset))
        let findings = zip(scanner.found, positions).map { found, position in
            SVGFinding(kind: found.kind, line: position.line, column: position.column, detail: found.detail)
        }
        return SVGScan(size: scanner.size, isSVG: scanner.rootName == "svg", findings: findings)
    }
}

/// One thing an SVG may not hold, with where it is in the file.
public struct SVGFinding: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A `<script>` element, or an animation that rewrites a link.
        case script
        /// An attribute such as `onload` that runs script on an event.
        case eventAttribute
        /// `<foreignObject>` (HTML inside the picture), `<iframe>`, `<embed>`, `<object>`.
        case foreignObject
        /// A link, a `url(…)` or an `@import` to anything but a part of the file itself.
        case externalReference
        /// An entity declaration (`<!ENTITY …>`), which can pull in other files or grow without end.
        case entity
    }

    public var kind: Kind
    public var line: Int
    public var column: Int
    /// The element, the attribute or the address, as written.
    public var detail: String
}

/// The state of one scan.
struct SVGScanner {
    struct Found {
        var kind: SVGFinding.Kind
        var offset: Int
        var detail: String
    }

    let bytes: [UInt8]
    var i = 0
    var found: [Found] = []
    var rootName: String?
    var size: ImageInfo?
    /// Inside `<style>`: its text is read for `url(` and `@import`.
    var inStyle = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                let start = i
                while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
                if inStyle { checkStyle(start, i) }
                continue
            }
            if starts("<!--") {
                skip(past: "-->")
            } else if starts("<![CDATA[") {
                let start = i + 9
                skip(past: "]]>")
                if inStyle { checkStyle(start, i) }
            } else if starts("<!") {
                declaration()
            } else if starts("<?") {
                let start = i
                skip(past: "?>")
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                if text.lowercased().contains("href") { found.append(Found(kind: .externalReference, offset: start, detail: text)) }
            } else if starts("</") {
                i += 2
                let name = readName()
                if Self.localName(name) == "style" { inStyle = false }
                skip(past: ">")
            } else {
                startTag()
            }
        }
    }

    func starts(_ text: String) -> Bool {
        let expected = Array(text.utf8)
        return i + expected.count <= bytes.count && bytes[i..<(i + expected.count)].elementsEqual(expected)
    }

    mutating func skip(past end: String) {
        let expected = Array(end.utf8)
        while i < bytes.count {
            if starts(end) { i += expected.count; return }
            i += 1
        }
    }

    /// `<!DOCTYPE …>` with its internal subset; any `<!ENTITY` is a finding.
    mutating func declaration() {
        var depth = 0
        while i < bytes.count {
            if starts("<!ENTITY") { found.append(Found(kind: .entity, offset: i, detail: "<!ENTITY")) }
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "]") { depth -= 1 }
            if c == UInt8(ascii: ">") && depth <= 0 { break }
        }
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        !(c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r")
          || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") || c == UInt8(ascii: "<"))
    }

    mutating func readName() -> String {
        let start = i
        while i < bytes.count && Self.isNameByte(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")
                || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r") { i += 1 }
    }

    /// The name without its namespace prefix, lowercased (`svg:script` → `script`).
    static func localName(_ name: String) -> String {
        let local = name.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? name
        return local.lowercased()
    }

    mutating func startTag() {
        let tagStart = i
        i += 1
        let name = readName()
        let local = Self.localName(name)
        let isRoot = rootName == nil
        if isRoot { rootName = local }
        switch local {
        case "script", "handler", "listener":
            found.append(Found(kind: .script, offset: tagStart, detail: "<\(name)>"))
        case "foreignobject", "iframe", "embed", "object":
            found.append(Found(kind: .foreignObject, offset: tagStart, detail: "<\(name)>"))
        default:
            break
        }
        var attributes: [(name: String, value: String, offset: Int)] = []
        var selfClosing = false
        while i < bytes.count {
            skipSpace()
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: ">") { i += 1; break }
            if starts("/>") { i += 2; selfClosing = true; break }
            let attributeStart = i
            let attribute = readName()
            if attribute.isEmpty { i += 1; continue }
            skipSpace()
            var value = ""
            if i < bytes.count && bytes[i] == UInt8(ascii: "=") {
                i += 1
                skipSpace()
                value = readValue()
            }
            attributes.append((attribute, Self.decodedEntities(value), attributeStart))
        }
        for attribute in attributes { check(attribute, element: local) }
        if local == "style" && !selfClosing { inStyle = true }
        // The root element's size is the picture's.
        if isRoot && local == "svg" { size = Self.size(attributes.map { ($0.name, $0.value) }) }
    }

    mutating func readValue() -> String {
        guard i < bytes.count else { return "" }
        let quote = bytes[i]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            i += 1
            let start = i
            while i < bytes.count && bytes[i] != quote { i += 1 }
            let value = String(decoding: bytes[start..<min(i, bytes.count)], as: UTF8.self)
            if i < bytes.count { i += 1 }
            return value
        }
        let start = i
        while i < bytes.count && Self.isNameByte(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func check(_ attribute: (name: String, value: String, offset: Int), element: String) {
        let local = Self.localName(attribute.name)
        if local.hasPrefix("on") {
            found.append(Found(kind: .eventAttribute, offset: attribute.offset, detail: attribute.name))
            return
        }
        if local == "href" || local == "src" {
            if !Self.isInternal(attribute.value) {
                found.append(Found(kind: .externalReference, offset: attribute.offset, detail: attribute.value))
            }
            return
        }
        // An animation that sets a link can turn it into a script address.
        if ["set", "animate"].contains(element), local == "attributename",
           Self.localName(attribute.value.trimmingCharacters(in: .whitespaces)) == "href" {
            found.append(Found(kind: .script, offset: attribute.offset, detail: "<\(element) attributeName=\"\(attribute.value)\">"))
            return
        }
        for reference in Self.cssReferences(attribute.value) {
            found.append(Found(kind: .externalReference, offset: attribute.offset, detail: reference))
        }
    }

    mutating func checkStyle(_ start: Int, _ end: Int) {
        let text = String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
        for reference in Self.cssReferences(text) {
            found.append(Found(kind: .externalReference, offset: start, detail: reference))
        }
    }

    /// A reference to a part of the file itself (`#gradient`), or an embedded image.
    static func isInternal(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("data:image/")
            && !trimmed.lowercased().hasPrefix("data:image/svg")
    }

    /// Every `url(…)` target that is not internal, and every `@import`.
    static func cssReferences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var result: [String] = []
        if contains(lower, "@import") { result.append("@import") }
        let opener = Array("url(".utf8)
        var k = 0
        while k + opener.count <= lower.count {
            guard lower[k..<(k + opener.count)].elementsEqual(opener) else { k += 1; continue }
            var end = k + opener.count
            while end < bytes.count && bytes[end] != UInt8(ascii: ")") { end += 1 }
            let inner = String(decoding: bytes[(k + opener.count)..<end], as: UTF8.self)
            let target = inner.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\"'"))
            if !isInternal(target) { result.append("url(\(target))") }
            k = end
        }
        return result
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// Numeric and the five named entities decoded, for reading a value as a browser would.
    static func decodedEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = value[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = String(after[..<semicolon])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let text = named[name] {
                result += text
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let n = UInt32(name.dropFirst(2), radix: 16),
                      let s = Unicode.Scalar(n) {
                result.unicodeScalars.append(s)
            } else if name.hasPrefix("#"), let n = UInt32(name.dropFirst()), let s = Unicode.Scalar(n) {
                result.unicodeScalars.append(s)
            } else {
                result += "&" + name + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The picture's size: `width` and `height` in pixels (a plain number or
    /// `px`), else the last two numbers of `viewBox`.
    static func size(_ attributes: [(String, String)]) -> ImageInfo? {
        var values: [String: String] = [:]
        for (name, value) in attributes { values[localName(name)] = value }
        if let w = values["width"].flatMap(pixels), let h = values["height"].flatMap(pixels) {
            return ImageInfo(format: .svg, width: w, height: h)
        }
        guard let box = values["viewbox"] else { return nil }
        let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] >= 1, numbers[3] >= 1, numbers[2] < 1e6, numbers[3] < 1e6 else { return nil }
        return ImageInfo(format: .svg, width: Int(numbers[2].rounded()), height: Int(numbers[3].rounded()))
    }

    static func pixels(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("px") { t.removeLast(2) }
        guard let value = Double(t), value >= 1, value < 1e6 else { return nil }
        return Int(value.rounded())
    }
}

/// Line and column (1-based, columns in Unicode scalars) of byte offsets.
struct SVGPositions {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func positions(of offsets: [Int]) -> [(line: Int, column: Int)] {
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        // A byte-order mark is no column.
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, line = 1, column = 1
        for k in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            let target = min(max(offsets[k], 0), bytes.count)
            while i < target {
                let c = bytes[i]
                i += 1
                if c == 0x0A {
                    line += 1
                    column = 1
                } else if c & 0xC0 != 0x80 && c != 0x0D {
                    column += 1
                }
            }
            result[k] = (line, column)
        }
        return result
    }
}
