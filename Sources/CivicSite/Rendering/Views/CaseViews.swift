extension RenderContext {
    func caseCard(_ c: CollaborationCase) -> TemplateValue {
        .object([
            "slug": .string(c.slug),
            "title": .string(c.title),
            "url": .string(urls.path(.cases, c.slug)),
            "fiscal_year": .string(JapaneseDateFormat.fiscalYear(c.fiscalYear)),
            "fiscal_year_western": .string("\(c.fiscalYear)年度"),
            "form": .string(c.form.label),
            "form_id": .string(c.form.rawValue),
            "summary": .string(c.summary),
            "department": .text(c.department),
        ])
    }

    func caseDetail(_ c: CollaborationCase) -> TemplateValue {
        let scores: [TemplateValue] = EvaluationAspect.allCases.compactMap { aspect in
            guard let score = c.evaluation[aspect] else { return nil }
            return .object(["aspect": .string(aspect.label), "score": .int(score), "max": .int(5)])
        }
        return .object([
            "case": caseCard(c),
            "body": .text(sectionBody(.cases, c.slug)),
            "form_explanation": .string(c.form.explanation),
            "partners": .list(c.partners.compactMap { groupsBySlug[$0] }.map { .link($0.title, urls.path(.groups, $0.slug)) }),
            "fields": fieldRefs(c.fields),
            "outcome": .text(c.outcome),
            "evaluation": .list(scores),
            "tags": .texts(c.tags),
        ])
    }
}
