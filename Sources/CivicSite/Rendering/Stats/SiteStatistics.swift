/// The figures of the statistics page and `data/stats.json`, counted from
/// the published records: one table per question a centre's policy paper
/// asks of its directory.
struct StatTable: Sendable, Equatable {
    struct Row: Sendable, Equatable {
        /// Stable for open data: a field slug, a type id, `2026-12`.
        var id: String
        var label: String
        var count: Int
        /// A month still to come (or under way), drawn apart from the past.
        var ahead: Bool = false
    }

    /// `groups_by_field`; also the HTML id of the page's section.
    var id: String
    var rows: [Row]

    var total: Int { rows.reduce(0) { $0 + $1.count } }
    var isEmpty: Bool { rows.allSatisfy { $0.count == 0 } }
}

extension RenderContext {
    /// Every table, in the page's order; groups by area only on sites with areas.
    func statistics() -> [StatTable] {
        let groups = content.groups
        var tables: [StatTable] = []
        tables.append(StatTable(id: "groups_by_field", rows: content.fields.sorted { $0.number < $1.number }.map { f in
            .init(id: f.slug, label: f.short, count: indexes.groupsByField[f.slug]?.count ?? 0)
        }))
        tables.append(StatTable(id: "groups_by_type", rows: GroupType.allCases.map { type in
            .init(id: type.rawValue, label: type.label, count: groups.filter { $0.type == type }.count)
        }))
        if hasAreas {
            tables.append(StatTable(id: "groups_by_area", rows: content.config.areas.map { a in
                .init(id: a.id, label: a.name, count: groups.filter { $0.areas.contains(a.id) }.count)
            }))
        }
        tables.append(StatTable(id: "groups_recruiting", rows: [
            .init(id: "volunteers", label: "ボランティア募集", count: groups.filter { $0.recruiting?.volunteers == true }.count),
            .init(id: "members", label: "会員募集", count: groups.filter { $0.recruiting?.members == true }.count),
            .init(id: "none", label: "募集なし", count: groups.filter { $0.recruiting?.isRecruiting != true }.count),
        ]))
        tables.append(StatTable(id: "events_by_month", rows: eventsByMonth()))
        let open = content.grants.filter { grantStatus($0).isAcceptingApplications }
        tables.append(StatTable(id: "open_grants_by_kind", rows: GrantKind.allCases.map { kind in
            .init(id: kind.rawValue, label: kind.label, count: open.filter { $0.kind == kind }.count)
        }))
        tables.append(StatTable(id: "cases_by_form", rows: CaseForm.allCases.map { form in
            .init(id: form.rawValue, label: form.label, count: content.cases.filter { $0.form == form }.count)
        }))
        let years = Set(content.cases.map(\.fiscalYear)).sorted()
        tables.append(StatTable(id: "cases_by_fiscal_year", rows: years.map { year in
            .init(id: String(year), label: JapaneseDateFormat.fiscalYear(year) + "（\(year)年度）",
                  count: content.cases.filter { $0.fiscalYear == year }.count)
        }))
        return tables
    }

    /// Events by the month they start in: the twelve months before this
    /// one, this one and the eleven after it.
    func eventsByMonth() -> [StatTable.Row] {
        let now = today.year * 12 + (today.month - 1)
        var counts: [Int: Int] = [:]
        for e in content.events {
            let d = e.start.day
            counts[d.year * 12 + (d.month - 1), default: 0] += 1
        }
        return (now - 12...now + 11).map { index in
            let year = index / 12, month = index % 12 + 1
            return .init(id: "\(year)-\(month < 10 ? "0" : "")\(month)", label: JapaneseDateFormat.month(year: year, month: month),
                         count: counts[index] ?? 0, ahead: index >= now)
        }
    }
}
