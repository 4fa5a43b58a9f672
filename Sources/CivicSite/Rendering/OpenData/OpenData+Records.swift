extension RenderContext {
    func groupData(_ g: Group) -> JSONValue {
        var founded: JSONValue = .null
        switch g.founded {
        case .year(let y)?: founded = .int(y)
        case .date(let d)?: founded = .string(d.description)
        case nil: break
        }
        let contact: JSONValue = g.contact.map { c in
            .object([("email", .text(c.email)), ("phone", .text(c.phone)), ("fax", .text(c.fax)),
                     ("url", .text(c.url)), ("sns", .texts(c.sns))])
        } ?? .null
        let recruiting: JSONValue = g.recruiting.map { r in
            .object([("members", .bool(r.members)), ("volunteers", .bool(r.volunteers)), ("note", .text(r.note))])
        } ?? .null
        return .object(recordHead(.groups, g.slug) + [
            ("title", .string(g.title)), ("kana", .string(g.kana)), ("type", Self.enumeration(g.type)),
            ("fields", .texts(g.fields)), ("summary", .string(g.summary)), ("area", .text(g.area)), ("areas", areaData(g.areas)), ("geo", geoData(g.geo)),
            ("address", .text(g.address)), ("founded", founded), ("representative", .text(g.representative)),
            ("members", .number(g.members)), ("fees", .text(g.fees)), ("corporate_number", .text(g.corporateNumber)),
            ("contact", contact), ("recruiting", recruiting), ("tags", .texts(g.tags)),
            ("updated", Self.date(g.updated)), ("status", g.status.map(Self.enumeration) ?? .null), ("draft", .bool(g.draft)),
            ("body_html", .string(body(.groups, g.slug))),
        ])
    }

    func eventData(_ e: Event) -> JSONValue {
        func written(_ t: EventTime) -> JSONValue {
            switch t {
            case .date(let d): return .string(d.description)
            case .dateTime(let t): return .string(t.description)
            }
        }
        // A postponed event's start and end are its new ones; the start
        // it was first announced with is `previous_start`.
        let start = written(e.start)
        let online: JSONValue = e.online.map {
            switch $0 {
            case .no: return .bool(false)
            case .yes: return .bool(true)
            case .url(let u): return .string(u)
            }
        } ?? .null
        let fee: JSONValue = e.fee.map { if case .yen(let n) = $0 { return .int(n) }; if case .text(let t) = $0 { return .string(t) }; return .null } ?? .null
        let capacity: JSONValue = e.capacity.map { if case .people(let n) = $0 { return .int(n) }; if case .text(let t) = $0 { return .string(t) }; return .null } ?? .null
        return .object(recordHead(.events, e.slug) + [
            ("title", .string(e.title)), ("start", start), ("end", .text(e.end?.description)),
            ("venue", .text(e.venue)), ("address", .text(e.address)), ("online", online),
            ("area", .text(e.area)), ("areas", areaData(e.areas)), ("geo", geoData(e.geo)),
            ("volunteers_wanted", .bool(e.volunteersWanted)),
            ("organizers", .texts(e.organizers)), ("fields", .texts(e.fields)), ("fee", fee),
            ("capacity", capacity), ("audience", .text(e.audience)), ("apply", .text(e.apply)),
            ("apply_url", .text(e.applyURL)), ("apply_by", Self.date(e.applyBy)), ("contact", .text(e.contact)),
            ("summary", .string(e.summary)), ("tags", .texts(e.tags)),
            ("status", e.notice.map(Self.enumeration) ?? .null), ("previous_start", e.previousStart.map(written) ?? .null),
            ("updated", Self.date(e.updated)), ("draft", .bool(e.draft)),
            ("body_html", .string(body(.events, e.slug))),
        ])
    }

    func grantData(_ g: Grant) -> JSONValue {
        let fields: JSONValue
        switch g.fields {
        case .all: fields = "all"
        case .some(let list): fields = .texts(list)
        }
        return .object(recordHead(.grants, g.slug) + [
            ("title", .string(g.title)), ("provider", .string(g.provider)), ("kind", Self.enumeration(g.kind)),
            ("fields", fields), ("eligible", .array(g.eligible.map(Self.enumeration))),
            ("amount_min", .number(g.amountMin)), ("amount_max", .number(g.amountMax)),
            ("amount_note", .text(g.amountNote)), ("opens", Self.date(g.opens)), ("deadline", Self.date(g.deadline)),
            ("rolling", .bool(g.rolling)), ("url", .text(g.url)), ("summary", .string(g.summary)),
            ("tags", .texts(g.tags)), ("updated", Self.date(g.updated)), ("draft", .bool(g.draft)),
            ("body_html", .string(body(.grants, g.slug))),
        ])
    }

    func caseData(_ c: CollaborationCase) -> JSONValue {
        let evaluation: JSONValue = c.evaluation.isEmpty ? .null : .array(EvaluationAspect.allCases.compactMap { aspect in
            c.evaluation[aspect].map { .object([("id", .string(aspect.rawValue)), ("label", .string(aspect.label)), ("score", .int($0))]) }
        })
        return .object(recordHead(.cases, c.slug) + [
            ("title", .string(c.title)), ("fiscal_year", .int(c.fiscalYear)), ("form", Self.enumeration(c.form)),
            ("partners", .texts(c.partners)), ("department", .text(c.department)), ("fields", .texts(c.fields)),
            ("summary", .string(c.summary)), ("outcome", .text(c.outcome)), ("evaluation", evaluation),
            ("tags", .texts(c.tags)), ("draft", .bool(c.draft)), ("body_html", .string(body(.cases, c.slug))),
        ])
    }
}
