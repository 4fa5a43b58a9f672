extension RenderContext {
    func eventCard(_ e: Event) -> TemplateValue {
        let status = eventStatus(e)
        return .object([
            "slug": .string(e.slug),
            "title": .string(e.title),
            "url": .string(urls.path(.events, e.slug)),
            "when": .string(JapaneseDateFormat.span(start: e.start, end: e.end, wareki: content.config.wareki)),
            "start_iso": .string(e.start.moment.description),
            "end_iso": .text((e.end ?? EventStatus.endOfDay(e.start)).description),
            "venue": .text(e.venue ?? (e.online?.isOnline == true ? "オンライン" : nil)),
            "summary": .string(e.summary),
            "status": .string(status.rawValue),
            "status_label": .string(status.label),
            "past": .bool(status == .past),
            "fee": .text(e.fee.map(feeLabel)),
            "area": .text(areaText(ids: e.areas, written: e.area)),
            "volunteers_wanted": .bool(e.volunteersWanted),
            "spare": .bool(false),
        ].merging(noticeValues(e, status: status)) { a, _ in a })
    }

    /// The written status beside the computed one: `notice` (中止 …) and its
    /// `notice_id`, shown while it matters (a full event that is over is
    /// just over); `called_off` hides the computed label it replaces, which
    /// stays in the page for the status script; `alert` for 中止 and 延期.
    func noticeValues(_ e: Event, status: EventStatus) -> [String: TemplateValue] {
        let shown = e.notice.flatMap { e.isCalledOff || status != .past ? $0 : nil }
        return [
            "notice": .text(shown?.label),
            "notice_id": .text(shown?.id),
            "alert": .bool(shown == .cancelled || shown == .postponed),
            "called_off": .bool(e.isCalledOff),
            "previous_when": .text(e.previousStart.map { JapaneseDateFormat.span(start: $0, end: nil) }),
        ]
    }

    func feeLabel(_ fee: Fee) -> String {
        switch fee {
        case .yen(0): return "無料"
        case .yen(let n): return YenFormat.full(n)
        case .text(let t): return t
        }
    }

    func eventDetail(_ e: Event) -> TemplateValue {
        let onlineURL: String? = { if case .url(let u)? = e.online { return u }; return nil }()
        let capacity: String? = e.capacity.map {
            switch $0 {
            case .people(let n): return "\(YenFormat.grouped(n))人"
            case .text(let t): return t
            }
        }
        return .object([
            "event": eventCard(e),
            "body": .text(sectionBody(.events, e.slug)),
            "address": .text(e.address),
            "online": .bool(e.online?.isOnline ?? false),
            "online_url": .text(onlineURL),
            "organizers": .list(e.organizers.compactMap { groupsBySlug[$0] }.map { .link($0.title, urls.path(.groups, $0.slug)) }),
            "fields": fieldRefs(e.fields),
            "capacity": .text(capacity),
            "audience": .text(e.audience),
            "application": .bool(e.apply != nil || e.applyURL != nil || e.applyBy != nil),
            "apply": .text(e.apply),
            "apply_url": .text(e.applyURL),
            "apply_by": .text(e.applyBy.map(dayText)),
            "apply_by_iso": .text(e.applyBy?.description),
            "contact": .text(e.contact),
            "tags": .texts(e.tags),
            "ics_url": .string(urls.path(.events, e.slug) + "event.ics"),
            "google_calendar_url": .text(e.isCalledOff ? nil : googleCalendarURL(e)),
            "cancelled": .bool(e.notice == .cancelled),
            "postponed": .bool(e.notice == .postponed),
            "full": .bool(e.notice == .full),
            "closed": .bool(e.notice == .closed),
            "areas": areaLinks(e.areas),
            "map": MapLinks.view(geo: e.geo, address: e.address, venue: e.venue, city: content.config.city),
        ])
    }
}
