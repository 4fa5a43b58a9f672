extension RenderContext {
    /// Every HTML page of the site, in a fixed order.
    func pageSpecs() -> [PageSpec] {
        pageSections().flatMap { $0() }
    }

    /// The same pages in sections (the home page, the groups, the fields …),
    /// each made when it is called: a build makes, renders and writes one
    /// section and drops it before the next, so the cards of every list page
    /// of the site are never held at once.
    func pageSections() -> [@Sendable () -> [PageSpec]] {
        let sections: [@Sendable () -> [PageSpec]] = [
            { [homePage()] }, { groupPages() }, { fieldPages() }, { eventPages() }, { grantPages() }, { casePages() },
            { staticPages() }, { newsPages() }, { areaPages() }, { [recruitingPage()] }, { groupTypePages() }, { [statsPage()] },
        ]
        return sections.map { section in
            {
                section().map { spec in
                    var spec = spec
                    spec.dated = Self.datedLayouts.contains(spec.layout)
                    return spec
                }
            }
        }
    }

    /// The page kinds whose content depends on the build date: statuses,
    /// upcoming and open lists (a group's page lists its upcoming events).
    static let datedLayouts: Set<String> = ["home", "events", "event", "grants", "grant", "field", "group",
                                                "area", "recruiting", "stats"]

    /// Sitemap, robots.txt, the Atom feed and the calendars.
    func feedFiles(pages: [PageSpec]) -> [OutputFile] {
        feedFiles(indexed: pages.filter(\.indexable).map(\.path))
    }

    /// The same from the paths of the indexable pages, in page order.
    func feedFiles(indexed: [String]) -> [OutputFile] {
        sitemapFiles(indexed: indexed) + [atomFeed()] + calendarFiles()
    }
}
