extension RenderContext {
    /// `sitemap.xml` listing every indexable page, and `robots.txt` pointing at it.
    /// `indexed` are the paths of the indexable pages, in page order.
    func sitemapFiles(indexed: [String]) -> [OutputFile] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in indexed {
            xml += "  <url><loc>\(XMLEscape.escape(urls.absolute(path)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("sitemap.xml"))\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}
