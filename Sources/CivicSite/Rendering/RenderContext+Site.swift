extension RenderContext {
    /// Every HTML page of the site, in a fixed order.
    func pageSpecs() -> [PageSpec] {
        [homePage()] + groupPages() + fieldPages() + eventPages() + grantPages() + casePages() + staticPages()
    }

    /// Sitemap, robots.txt, the Atom feed and the calendars.
    func feedFiles(pages: [PageSpec]) -> [OutputFile] {
        feedFiles(indexed: pages.filter(\.indexable).map(\.path))
    }

    /// The same from the paths of the indexable pages, in page order.
    func feedFiles(indexed: [String]) -> [OutputFile] {
        sitemapFiles(indexed: indexed) + [atomFeed()] + calendarFiles()
    }
}
