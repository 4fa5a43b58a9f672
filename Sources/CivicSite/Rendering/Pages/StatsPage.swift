extension RenderContext {
    /// `/stats/`: each table of `statistics()` as a chart and a table, both
    /// named by the section's heading (`<id>-h` in the layout).
    func statsPage() -> PageSpec {
        var data: [String: TemplateValue] = [:]
        for table in statistics() {
            let heading = "\(table.id)-h"
            data[table.id] = .object([
                "id": .string(table.id),
                "heading_id": .string(heading),
                "chart": table.isEmpty ? .null : .string(BarChart.svg(table, labelledBy: heading)),
                "rows": .array(table.rows.map { row in
                    .object(["label": .string(row.label), "count": .int(row.count), "ahead": .bool(row.ahead)])
                }),
                "total": .int(table.total),
            ])
        }
        data["groups_by_area"] = data["groups_by_area"] ?? .null
        data["group_count"] = .int(content.groups.count)
        return PageSpec(layout: "stats", path: "stats/", title: "団体・活動の統計",
                        description: "\(content.config.city)の市民活動団体・イベント・助成金・協働事例を、分野別・組織形態別・地区別などに数えた統計です。",
                        breadcrumbs: [("団体・活動の統計", "stats/")], data: data)
    }
}
