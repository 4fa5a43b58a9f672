extension RenderContext {
    /// The full template context of a page: `site`, `page` and the page's own keys.
    func templateContext(for spec: PageSpec, site: TemplateValue) -> TemplateValue {
        let trail = [("ホーム", "")] + spec.breadcrumbs.map { ($0.label, $0.path) }
        let crumbs: [TemplateValue] = trail.enumerated().map { index, crumb in
            .object(["label": .string(crumb.0), "url": .string(urls.path(crumb.1)), "current": .bool(index == trail.count - 1)])
        }
        let isHome = spec.path.isEmpty
        let fullTitle = isHome ? content.config.title : "\(spec.title)｜\(content.config.title)"
        let canonical = spec.path.hasSuffix(".html") ? nil : urls.absolute(spec.path)
        var root = spec.data
        root["site"] = site
        if spec.record != nil { root["media"] = mediaValue(spec.record) }
        root["page"] = .object([
            "title": .string(spec.title),
            "full_title": .string(fullTitle),
            "description": .string(spec.description),
            "canonical": .text(canonical),
            "og_type": .string(spec.ogType),
            "is_home": .bool(isHome),
            "breadcrumbs": isHome ? .null : .list(crumbs),
            "json_ld": .text(spec.jsonLD.map { withImage($0, spec.record).serialized() }),
            "og_image": ogImage(spec.record),
            "section": .text(spec.section?.rawValue),
            "dated": .bool(spec.dated),
        ])
        root["nav"] = navigation(current: spec.section, isHome: isHome, path: spec.path)
        return .object(root)
    }

    /// The main menu, marking where the page is (`aria-current`).
    /// Entries without a kind (地区, 募集) are current on the pages under their path.
    func navigation(current: RecordKind?, isHome: Bool, path: String = "") -> TemplateValue {
        var entries: [(String, String, RecordKind?)] = [
            ("ホーム", "", nil),
            ("団体をさがす", "groups/", .groups),
            ("活動分野", "fields/", .fields),
            ("イベント", "events/", .events),
            ("助成金・補助金", "grants/", .grants),
            ("協働事例", "cases/", .cases),
            ("ボランティア募集", "recruiting/", nil),
        ]
        if hasAreas { entries.insert(("地区からさがす", "areas/", nil), at: 2) }
        let own = entries.first { $0.2 == nil && !$0.1.isEmpty && path.hasPrefix($0.1) }?.1
        return .array(entries.map { label, entryPath, kind in
            let isCurrent = kind == nil ? (entryPath.isEmpty ? isHome : entryPath == own) : (kind == current && own == nil)
            return .object(["label": .string(label), "url": .string(urls.path(entryPath)), "current": .bool(isCurrent)])
        })
    }

    /// The `site` object every template sees.
    func siteValue() -> TemplateValue {
        let c = content.config
        let pages = content.pages.sorted { ($0.order ?? .max, $0.title, $0.slug) < ($1.order ?? .max, $1.title, $1.slug) }
        return .object([
            "title": .string(c.title),
            "city": .string(c.city),
            "description": .text(c.description),
            "language": .string(c.language),
            "base_path": .string(urls.basePath),
            "base_url": .string(urls.baseURL),
            "build_date": .string(JapaneseDateFormat.date(today)),
            "build_date_iso": .string(today.description),
            "centre": .object([
                "name": .string(c.centre.name),
                "address": .string(c.centre.address),
                "phone": .string(c.centre.phone),
                "email": .string(c.centre.email),
                "mailto": .string(MailtoLink.href(c.centre.email)),
                "hours": .string(c.centre.hours),
                "fax": .text(c.centre.fax),
                "url": .text(c.centre.url),
                "access": .text(c.centre.access),
            ]),
            "pages": .list(pages.map { .link($0.title, urls.path(.pages, $0.slug)) }),
            "feed_url": .string(urls.path("feed.xml")),
            "data_url": .string(urls.path("data/")),
            "events_ics_url": .string(urls.path("events.ics")),
            "events_webcal_url": .string(webcalURL(urls.absolute("events.ics"))),
            "stats_url": .string(urls.path("stats/")),
            "news_url": .string(urls.path("news/")),
            "has_areas": .bool(hasAreas),
        ])
    }
}

extension RenderContext {
    /// `webcal://…`: the address calendar apps subscribe to, refreshing it
    /// themselves. The scheme replaces http(s); a site without one keeps its URL.
    func webcalURL(_ absolute: String) -> String {
        for scheme in ["https://", "http://"] where absolute.hasPrefix(scheme) {
            return "webcal://" + absolute.dropFirst(scheme.count)
        }
        return absolute
    }
}
