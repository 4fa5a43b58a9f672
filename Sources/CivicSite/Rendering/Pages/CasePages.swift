extension RenderContext {
    /// Cases grouped by the 7 forms and by fiscal year, and one page each.
    func casePages() -> [PageSpec] {
        let sorted = indexes.casesInOrder
        return [PageSpec.later(layout: "cases", path: "cases/") { caseListPage() }] + Array(sorted.indices).pagesMadeLater(layout: "case", path: { SiteURLs.relative(.cases, sorted[$0].slug) }) {
            casePage(at: $0)
        }
    }

    /// Cases grouped by the 7 forms and by fiscal year.
    func caseListPage() -> PageSpec {
        let sorted = indexes.casesInOrder
        let forms: [TemplateValue] = CaseForm.allCases.map { form in
            let items = sorted.filter { $0.form == form }
            return .object([
                "id": .string("form-\(form.rawValue)"),
                "label": .string(form.label),
                "explanation": .string(form.explanation),
                "count": .int(items.count),
                "cases": .list(items, each: caseCard),
            ])
        }
        let years = Array(Set(sorted.map(\.fiscalYear))).sorted(by: >)
        let byYear: [TemplateValue] = years.map { year in
            .object([
                "label": .string("\(JapaneseDateFormat.fiscalYear(year))（\(year)年度）"),
                "cases": .list(sorted.filter { $0.fiscalYear == year }, each: caseCard),
            ])
        }
        return PageSpec(
            layout: "cases", path: "cases/", title: "協働事例",
            description: "市民活動団体と\(content.config.city)が協働して取り組んだ事例を、協働の形態と年度ごとに紹介します。",
            section: .cases, breadcrumbs: [("協働事例", "cases/")],
            data: ["forms": .array(forms), "years": .list(byYear), "count": .int(sorted.count)])
    }

    /// The page of the case at `index`, newest fiscal year first.
    func casePage(at index: Int) -> PageSpec {
        let sorted = indexes.casesInOrder
        let c = sorted[index]
        let path = SiteURLs.relative(.cases, c.slug)
        var data = caseDetail(c).objectEntries
        data.merge(neighbours(sorted, index, kind: .cases, title: \.title, slug: \.slug)) { a, _ in a }
        return PageSpec(layout: "case", path: path, title: c.title, description: c.summary, section: .cases,
                        breadcrumbs: [("協働事例", "cases/"), (c.title, path)], ogType: "article", data: data).of(c.source)
    }
}
