import Foundation
@testable import CivicSite

/// Builds front-matter nodes from a small subset of the syntax (flat keys,
/// one level of indented mappings, `- item` and `[a, b]` lists) with exact
/// locations, so decoders can be tested apart from the real parser.
enum DecodingTestNodes {
    static func parse(_ text: String, file: String, firstLine: Int = 2) -> FrontMatterNode {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        let entries = mapping(lines, &index, indent: 0, file: file, firstLine: firstLine)
        return FrontMatterNode(.mapping(entries), at: SourceLocation(file: file, line: firstLine, column: 1), style: .block)
    }

    private static func mapping(_ lines: [String], _ index: inout Int, indent: Int, file: String, firstLine: Int) -> [FrontMatterEntry] {
        var entries: [FrontMatterEntry] = []
        while index < lines.count {
            let line = lines[index]
            let lead = line.prefix { $0 == " " }.count
            if line.trimmingCharacters(in: .whitespaces).isEmpty { index += 1; continue }
            if lead < indent { break }
            let lineNumber = firstLine + index
            let body = String(line.dropFirst(lead))
            guard let colon = body.range(of: ":") else { index += 1; continue }
            let key = String(body[..<colon.lowerBound])
            let rest = String(body[colon.upperBound...])
            let valueText = rest.trimmingCharacters(in: .whitespaces)
            let keyLocation = SourceLocation(file: file, line: lineNumber, column: lead + 1)
            let valueColumn = lead + key.unicodeScalars.count + 1 + (rest.unicodeScalars.count - rest.drop { $0 == " " }.unicodeScalars.count) + 1
            index += 1
            let value: FrontMatterNode
            if valueText.isEmpty, index < lines.count, lines[index].prefix(while: { $0 == " " }).count > lead {
                let childIndent = lines[index].prefix { $0 == " " }.count
                let childStart = SourceLocation(file: file, line: firstLine + index, column: childIndent + 1)
                if lines[index].dropFirst(childIndent).hasPrefix("- ") {
                    var items: [FrontMatterNode] = []
                    while index < lines.count, lines[index].prefix(while: { $0 == " " }).count == childIndent,
                          lines[index].dropFirst(childIndent).hasPrefix("- ") {
                        let text = String(lines[index].dropFirst(childIndent + 2))
                        items.append(scalar(text, SourceLocation(file: file, line: firstLine + index, column: childIndent + 3)))
                        index += 1
                    }
                    value = FrontMatterNode(.sequence(items), at: childStart, style: .block)
                } else {
                    let children = mapping(lines, &index, indent: childIndent, file: file, firstLine: firstLine)
                    value = FrontMatterNode(.mapping(children), at: childStart, style: .block)
                }
            } else {
                value = scalarOrFlow(valueText, SourceLocation(file: file, line: lineNumber, column: valueColumn))
            }
            entries.append(FrontMatterEntry(key: key, keyLocation: keyLocation, value: value))
        }
        return entries
    }

    private static func scalarOrFlow(_ text: String, _ location: SourceLocation) -> FrontMatterNode {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return scalar(text, location) }
        var items: [FrontMatterNode] = []
        var column = location.column + 1
        for part in text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false) {
            let spaces = part.prefix { $0 == " " }.count
            let item = part.trimmingCharacters(in: .whitespaces)
            if !item.isEmpty {
                items.append(scalar(item, SourceLocation(file: location.file, line: location.line, column: column + spaces)))
            }
            column += part.unicodeScalars.count + 1
        }
        return FrontMatterNode(.sequence(items), at: location, style: .flow)
    }

    private static func scalar(_ text: String, _ location: SourceLocation) -> FrontMatterNode {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            let inner = String(text.dropFirst().dropLast())
            return FrontMatterNode(.string(inner), at: location, style: .doubleQuoted, raw: inner)
        }
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
            let inner = String(text.dropFirst().dropLast())
            return FrontMatterNode(.string(inner), at: location, style: .singleQuoted, raw: inner)
        }
        switch text {
        case "", "~", "null": return FrontMatterNode(.null, at: location, raw: text)
        case "true": return FrontMatterNode(.bool(true), at: location, raw: text)
        case "false": return FrontMatterNode(.bool(false), at: location, raw: text)
        default: break
        }
        if let value = Int(text) { return FrontMatterNode(.int(value), at: location, raw: text) }
        if text.contains("."), let value = Double(text) { return FrontMatterNode(.float(value), at: location, raw: text) }
        return FrontMatterNode(.string(text), at: location, raw: text)
    }

    /// A document for a record file, the front matter starting on line 2.
    static func document(_ path: String, _ frontMatter: String, body: String = "") -> DecodingDocument {
        let fileName = String(path.split(separator: "/").last ?? "")
        return DecodingDocument(path: path, fileName: fileName, frontMatter: parse(frontMatter, file: path),
                                body: body, bodyFirstLine: frontMatter.split(separator: "\n", omittingEmptySubsequences: false).count + 3)
    }
}
