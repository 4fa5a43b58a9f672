extension MarkdownHTMLWriter {
    mutating func enterTable(_ node: MarkdownNode) {
        switch node.kind {
        case .table:
            cr()
            put("<table>\n")
        case .tableRow:
            if node.isHeader {
                put("<thead>\n")
            } else if node.previous?.isHeader == true {
                put("<tbody>\n")
            }
            put("<tr>\n")
            tableColumn = 0
        default:
            put(node.isHeader ? "<th" : "<td")
            let column = tableColumn
            tableColumn += 1
            let alignments = node.parent?.parent?.alignments ?? []
            switch column < alignments.count ? alignments[column] : .none {
            case .left: put(" align=\"left\"")
            case .center: put(" align=\"center\"")
            case .right: put(" align=\"right\"")
            case .none: break
            }
            put(">")
        }
    }

    mutating func exitTable(_ node: MarkdownNode) {
        switch node.kind {
        case .table:
            if node.lastChild?.isHeader == false { put("</tbody>\n") }
            put("</table>\n")
        case .tableRow:
            put("</tr>\n")
            if node.isHeader { put("</thead>\n") }
        default:
            put(node.isHeader ? "</th>\n" : "</td>\n")
        }
    }
}
