extension RenderContext {
    /// A group in a list: what a citizen needs to decide whether to open it.
    func groupCard(_ g: Group) -> TemplateValue {
        .object([
            "slug": .string(g.slug),
            "title": .string(g.title),
            "kana": .string(g.kana),
            "url": .string(urls.path(.groups, g.slug)),
            "type": .string(g.type.label),
            "certified": .bool(g.type.isCertified),
            "summary": .string(g.summary),
            "area": .text(areaText(ids: g.areas, written: g.area)),
            "fields": fieldRefs(g.fields),
            // A paused or dissolved group recruits nobody (CS2603 says so).
            "recruiting": .bool(!g.isRetired && g.recruiting?.isRecruiting == true),
            "recruiting_label": .text(g.isRetired ? nil : recruitingLabel(g.recruiting)),
            "status": .text(g.status?.label),
            "paused": .bool(g.status == .paused),
            "dissolved": .bool(g.status == .dissolved),
            "updated": .text(g.updated.map(JapaneseDateFormat.plainDate)),
            "updated_iso": .text(g.updated?.description),
        ])
    }

    /// 会員募集中・ボランティア募集中, or nil.
    func recruitingLabel(_ r: Recruiting?) -> String? {
        guard let r, r.isRecruiting else { return nil }
        var parts: [String] = []
        if r.members { parts.append("会員") }
        if r.volunteers { parts.append("ボランティア") }
        return parts.joined(separator: "・") + "募集中"
    }

    /// Everything the group page shows.
    func groupDetail(_ g: Group) -> TemplateValue {
        let events = eventsByGroup[g.slug] ?? []
        let upcoming = events.filter { eventStatus($0) != .past }
        let past = events.filter { eventStatus($0) == .past }.reversed()
        let c = g.contact
        return .object([
            "group": groupCard(g),
            "body": .text(sectionBody(.groups, g.slug)),
            "address": .text(g.address),
            "founded": .text(g.founded.map(foundedLabel)),
            "representative": .text(g.representative),
            "members": .text(g.members.map { "\(YenFormat.grouped($0))人" }),
            "type_url": .string(urls.path(Self.typePath(g.type))),
            "fees": .text(g.fees),
            "corporate_number": .text(g.corporateNumber),
            "tags": .texts(g.tags),
            "recruiting_note": .text(g.recruiting?.note),
            "contact": c.map(contactView) ?? .null,
            "upcoming_events": .list(upcoming.map(eventCard)),
            "past_events": .list(past.map(eventCard)),
            "cases": .list((casesByGroup[g.slug] ?? []).map(caseCard)),
            "areas": areaLinks(g.areas),
            "map": MapLinks.view(geo: g.geo, address: g.address, venue: nil, city: content.config.city),
        ])
    }

    func foundedLabel(_ f: Group.Founded) -> String {
        switch f {
        case .year(let y): return "\(y)年"
        case .date(let d): return JapaneseDateFormat.plainDate(d)
        }
    }

    func contactView(_ c: Contact) -> TemplateValue {
        guard !c.isEmpty else { return .null }
        return .object([
            "email": .text(c.email),
            "mailto": .text(c.email.map(MailtoLink.href)),
            "phone": .text(c.phone),
            "fax": .text(c.fax),
            "url": .text(c.url),
            "sns": .texts(c.sns),
        ])
    }
}
