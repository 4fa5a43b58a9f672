extension RenderContext {
    /// Free-standing pages at the site root, the open-data page, the 404 page and the search page.
    func staticPages() -> [PageSpec] {
        content.pages.map(staticPage) + [dataPage(), notFoundPage(), searchPage()]
    }

    func staticPage(_ p: Page) -> PageSpec {
        PageSpec(layout: "page", path: SiteURLs.relative(.pages, p.slug), title: p.title,
                 description: p.summary ?? content.config.title,
                 breadcrumbs: [(p.title, SiteURLs.relative(.pages, p.slug))],
                 data: ["body": .text(sectionBody(.pages, p.slug, minimumLevel: 2)), "summary": .text(p.summary)]).of(p.source)
    }

    func notFoundPage() -> PageSpec {
        PageSpec(layout: "404", path: "404.html", title: "ページが見つかりません",
                 description: "お探しのページは見つかりませんでした。", indexable: false)
    }

    func searchPage() -> PageSpec {
        PageSpec(
            layout: "search", path: "search/", title: "サイト内検索",
            description: "団体・イベント・助成金・協働事例をキーワードで検索できます。",
            breadcrumbs: [("サイト内検索", "search/")],
            data: [
                "fields": .array(fieldSlugsInOrder.map(fieldRef)),
                "group_types": .array(GroupType.allCases.map { .object(["id": .string($0.rawValue), "label": .string($0.label)]) }),
                // The area facet holds ids on a site with areas: the script shows their names.
                "area_labels": .string(JSONValue.object(content.config.areas.map { ($0.id, .string($0.name)) }).serialized()),
            ],
            indexable: false)
    }
}
