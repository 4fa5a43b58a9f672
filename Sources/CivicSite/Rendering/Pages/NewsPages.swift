extension RenderContext {
    /// News, newest first: date, then slug, so the order is total.
    var newsInOrder: [NewsItem] {
        indexes.newsInOrder
    }

    /// `/news/`, by month, newest first, and one page per item.
    func newsPages() -> [PageSpec] {
        [newsListPage()] + newsInOrder.indices.map(newsPage(at:))
    }

    /// `/news/`, by month, newest first.
    func newsListPage() -> PageSpec {
        let sorted = newsInOrder
        var months: [(key: String, items: [NewsItem])] = []
        for item in sorted {
            let key = JapaneseDateFormat.month(year: item.date.year, month: item.date.month)
            if months.last?.key == key { months[months.count - 1].items.append(item) } else { months.append((key, [item])) }
        }
        return PageSpec(
            layout: "news-list", path: "news/", title: "お知らせ",
            description: "\(content.config.title)からのお知らせです。",
            breadcrumbs: [("お知らせ", "news/")],
            data: ["months": .list(months.enumerated().map { index, month in
                .object(["id": .string("month-\(index + 1)"), "month": .string(month.key), "items": .list(month.items.map(newsCard))])
            }), "count": .int(sorted.count)])
    }

    /// The page of the item at `index`, newest first.
    func newsPage(at index: Int) -> PageSpec {
        let sorted = newsInOrder
        let n = sorted[index]
        let path = SiteURLs.relative(.news, n.slug)
        var data: [String: TemplateValue] = [
            "news": newsCard(n),
            "body": .text(sectionBody(.news, n.slug, minimumLevel: 2)),
            "related": .list(n.related.compactMap(relatedLink)),
        ]
        data.merge(neighbours(sorted, index, kind: .news, title: \.title, slug: \.slug)) { a, _ in a }
        return PageSpec(layout: "news", path: path, title: n.title, description: n.summary,
                        breadcrumbs: [("お知らせ", "news/"), (n.title, path)], ogType: "article",
                        jsonLD: .object([
                            ("@context", "https://schema.org"), ("@type", "NewsArticle"),
                            ("headline", .string(n.title)), ("description", .string(n.summary)),
                            ("datePublished", .string(n.date.description)), ("url", .string(urls.absolute(path))),
                            ("publisher", .object([("@type", "Organization"), ("name", .string(content.config.centre.name))])),
                        ]),
                        data: data).of(n.source)
    }

    func newsCard(_ n: NewsItem) -> TemplateValue {
        .object([
            "slug": .string(n.slug),
            "title": .string(n.title),
            "url": .string(urls.path(.news, n.slug)),
            "date": .string(JapaneseDateFormat.plainDate(n.date)),
            "date_iso": .string(n.date.description),
            "summary": .string(n.summary),
        ])
    }

    /// A related record as `{label, url, kind}`; validation made sure it exists.
    func relatedLink(_ r: RecordReference) -> TemplateValue? {
        guard let kind = r.kind else { return nil }
        let title: String?
        switch kind {
        case .fields: title = fieldsBySlug[r.slug]?.short
        case .groups: title = groupsBySlug[r.slug]?.title
        case .events: title = content.events.first { $0.slug == r.slug }?.title
        case .grants: title = content.grants.first { $0.slug == r.slug }?.title
        case .cases: title = content.cases.first { $0.slug == r.slug }?.title
        case .news: title = content.news.first { $0.slug == r.slug }?.title
        case .pages: title = content.pages.first { $0.slug == r.slug }?.title
        }
        guard let title else { return nil }
        return .object(["label": .string(title), "url": .string(urls.path(kind, r.slug)), "kind": .string(kind.label)])
    }
}
