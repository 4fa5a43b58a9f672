/// A horizontal bar chart drawn at build time as inline SVG: no script,
/// no library. Each bar has its label above it and its value written at
/// its end, so it reads without colour and without a legend; the viewBox
/// scales it to the width of a phone. The page's heading names it
/// (`aria-labelledby`), and `<desc>` holds every value as text.
enum BarChart {
    static let width = 320
    static let rowHeight = 38
    /// Room at the right of the longest bar for its value.
    static let valueRoom = 44

    /// `labelledBy` is the id of the heading that names the chart; `id` makes the desc's id.
    static func svg(_ table: StatTable, labelledBy: String) -> String {
        let maximum = max(1, table.rows.map(\.count).max() ?? 0)
        let height = table.rows.count * rowHeight
        let descID = "\(table.id)-desc"
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\""
        svg += " aria-labelledby=\"\(XMLEscape.escape(labelledBy))\" aria-describedby=\"\(descID)\" font-size=\"14\" fill=\"#1a1a1a\">"
        svg += "<desc id=\"\(descID)\">" + XMLEscape.escape(table.rows.map { "\($0.label) \($0.count)" }.joined(separator: "、")) + "</desc>"
        for (index, row) in table.rows.enumerated() {
            let top = index * rowHeight
            let bar = row.count == 0 ? 0 : max(2, row.count * (width - valueRoom) / maximum)
            svg += "<text x=\"0\" y=\"\(top + 14)\">\(XMLEscape.escape(row.label))</text>"
            if bar > 0 {
                // Months ahead are outlined, months past filled: told apart in monochrome too.
                let paint = row.ahead ? "fill=\"#fff\" stroke=\"#0b5d3b\" stroke-width=\"2\"" : "fill=\"#0b5d3b\""
                svg += "<rect x=\"1\" y=\"\(top + 19)\" width=\"\(bar)\" height=\"13\" \(paint)/>"
            }
            svg += "<text x=\"\(bar + 6)\" y=\"\(top + 31)\">\(row.count)</text>"
        }
        return svg + "</svg>"
    }
}
