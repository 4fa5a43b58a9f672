extension RenderContext {
    /// Every HTML page of the site, in a fixed order.
    func pageSpecs() -> [PageSpec] {
        [homePage()] + groupPages() + fieldPages() + eventPages() + grantPages() + casePages() + staticPages()
    }

    /// Sitemap, robots.txt, the Atom feed and the calendars.
    func feedFiles(pages: [PageSpec]) -> [OutputFile] {
        sitemapFiles(pages) + [atomFeed()] + calendarFiles()
    }
}
