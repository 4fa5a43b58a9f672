import Foundation

extension ThemeTemplates {
    /// The heading a layout writes right above a record's body
    /// (`<h2 id="group-activity">活動内容</h2>` then `{{{body}}}`), found in
    /// the theme itself so that a city theme with other headings gets the
    /// same care: a body that opens with the same heading would otherwise
    /// show it twice.
    public func headingAboveBody(inLayout name: String) -> String? {
        bodyHeadings[name]
    }

    /// `headingAboveBody` of every layout that has one.
    static func bodyHeadings(_ layouts: [String: MustacheTemplate]) -> [String: String] {
        layouts.compactMapValues { template in
            var before = ""
            return find(in: template.nodes, before: &before)
        }
    }

    private static func find(in nodes: [MustacheNode], before: inout String) -> String? {
        for node in nodes {
            switch node {
            case .text(let text): before += text
            case .lineStart: break
            case .variable(let name, _, _):
                if name.text == "body" { return lastHeading(before) }
                before = ""
            case .section(_, let children, _, _):
                if let found = find(in: children, before: &before) { return found }
            case .parent(_, _, let blocks, _):
                for block in blocks.values.sorted(by: { $0.name < $1.name }) {
                    var inner = ""
                    if let found = find(in: block.nodes, before: &inner) { return found }
                }
            case .block(let block):
                if let found = find(in: block.nodes, before: &before) { return found }
            case .partial: before = ""
            }
        }
        return nil
    }

    /// The text of a heading that ends `html` (whitespace after it allowed).
    static func lastHeading(_ html: String) -> String? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix(">"), let close = trimmed.range(of: "</h", options: .backwards),
              trimmed[close.upperBound...].count == 2 else { return nil }
        let head = trimmed[..<close.lowerBound]
        guard let open = head.range(of: "<h", options: .backwards),
              let tagEnd = head[open.upperBound...].firstIndex(of: ">") else { return nil }
        let text = head[head.index(after: tagEnd)...]
        guard !text.contains("<"), !text.contains("{") else { return nil }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
