extension RenderContext {
    /// schema.org NGO for a group page.
    func groupJSONLD(_ g: Group) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("@context", "https://schema.org"), ("@type", "NGO"),
            ("name", .string(g.title)), ("description", .string(g.summary)),
            ("url", .string(urls.absolute(.groups, g.slug))),
        ]
        if let address = g.address { pairs.append(("address", .string(address))) }
        if let geo = g.geo {
            pairs.append(("location", .object([("@type", "Place"), ("address", .text(g.address)), ("geo", MapLinks.jsonLD(geo))])))
        }
        if let email = g.contact?.email { pairs.append(("email", .string(email))) }
        if let phone = g.contact?.phone { pairs.append(("telephone", .string(phone))) }
        if let site = g.contact?.url { pairs.append(("sameAs", .texts([site] + (g.contact?.sns ?? [])))) }
        if let founded = g.founded { pairs.append(("foundingDate", .string(founded.isoText))) }
        // The legal form, and a certification as the award it is.
        pairs.append(("additionalType", .string(g.type.label)))
        if g.type.isCertified { pairs.append(("award", .string(g.type.label))) }
        if let number = g.corporateNumber {
            pairs.append(("identifier", .object([("@type", "PropertyValue"), ("propertyID", "法人番号"), ("value", .string(number))])))
        }
        if let members = g.members { pairs.append(("numberOfEmployees", .object([("@type", "QuantitativeValue"), ("value", .int(members))]))) }
        return .object(pairs)
    }

    /// schema.org Event with what Google requires: name, startDate with offset, location.
    func eventJSONLD(_ e: Event) -> JSONValue {
        let place: JSONValue
        if let online = e.online, online.isOnline, e.venue == nil {
            var virtual: [(String, JSONValue)] = [("@type", "VirtualLocation")]
            if case .url(let u) = online { virtual.append(("url", .string(u))) }
            place = .object(virtual)
        } else {
            place = .object([("@type", "Place"), ("name", .string(e.venue ?? content.config.city)),
                             ("address", .string(e.address ?? e.venue ?? content.config.city))]
                             + (e.geo.map { [("geo", MapLinks.jsonLD($0))] } ?? []))
        }
        var pairs: [(String, JSONValue)] = [
            ("@context", "https://schema.org"), ("@type", "Event"),
            ("name", .string(e.title)), ("description", .string(e.summary)),
            ("startDate", .string(e.start.moment.description)),
            ("location", place),
            ("eventAttendanceMode", .string(e.online?.isOnline == true
                ? (e.venue == nil ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode")
                : "https://schema.org/OfflineEventAttendanceMode")),
            ("eventStatus", .string(Self.schemaStatus(e))),
            ("url", .string(urls.absolute(.events, e.slug))),
        ]
        if let previous = e.previousStart { pairs.append(("previousStartDate", .string(previous.moment.description))) }
        if let end = e.end { pairs.append(("endDate", .string(end.description))) }
        let organizers = e.organizers.compactMap { groupsBySlug[$0] }
        if !organizers.isEmpty {
            pairs.append(("organizer", .array(organizers.map {
                .object([("@type", "Organization"), ("name", .string($0.title)), ("url", .string(urls.absolute(.groups, $0.slug)))])
            })))
        }
        if case .yen(let yen)? = e.fee {
            var offer: [(String, JSONValue)] = [("@type", "Offer"), ("price", .int(yen)), ("priceCurrency", "JPY")]
            if e.notice == .full || e.notice == .closed { offer.append(("availability", "https://schema.org/SoldOut")) }
            pairs.append(("offers", .object(offer)))
        }
        return .object(pairs)
    }

    /// schema.org's eventStatus: a postponed event with its new date is
    /// rescheduled (its previousStartDate the old one), without one postponed.
    static func schemaStatus(_ e: Event) -> String {
        switch e.notice {
        case .cancelled?: return "https://schema.org/EventCancelled"
        case .postponed?: return e.previousStart == nil ? "https://schema.org/EventPostponed" : "https://schema.org/EventRescheduled"
        default: return "https://schema.org/EventScheduled"
        }
    }

    /// schema.org MonetaryGrant.
    func grantJSONLD(_ g: Grant) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("@context", "https://schema.org"), ("@type", "MonetaryGrant"),
            ("name", .string(g.title)), ("description", .string(g.summary)),
            ("funder", .object([("@type", "Organization"), ("name", .string(g.provider))])),
            ("url", .string(urls.absolute(.grants, g.slug))),
        ]
        if let max = g.amountMax ?? g.amountMin {
            pairs.append(("amount", .object([("@type", "MonetaryAmount"), ("currency", "JPY"), ("value", .int(max))])))
        }
        return .object(pairs)
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension Group.Founded {
    /// `2015` or `2015-04-01`.
    var isoText: String {
        switch self {
        case .year(let y): return String(y)
        case .date(let d): return d.description
        }
    }
}
