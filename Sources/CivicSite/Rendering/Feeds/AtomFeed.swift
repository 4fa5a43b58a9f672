extension RenderContext {
    /// An Atom feed of recent changes, newest first by the day each record
    /// was published or last changed (`feedEntries`). An entry dated after
    /// the build day waits for that day, so the feed never shows a future
    /// date; its `<updated>` is its newest entry's.
    ///
    /// The stylesheet instruction makes browsers show it as a page (the
    /// theme's `assets/feed.xsl`); feed readers ignore it.
    func atomFeed(limit: Int = 30) -> OutputFile {
        let entries = feedEntries().filter { $0.date <= today }
            .sorted { ($1.date, $0.path) < ($0.date, $1.path) }
        let shown = entries.prefix(limit)
        func midnight(_ d: LocalDate) -> String { DateTime(date: d, hour: 0, minute: 0).description }
        let c = content.config
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<?xml-stylesheet type=\"text/xsl\" href=\"\(XMLEscape.escape(urls.path("assets/feed.xsl")))\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLEscape.escape(c.language))\">\n"
        xml += "  <title>\(XMLEscape.escape(c.title))</title>\n"
        xml += "  <subtitle>\(XMLEscape.escape(c.title))の団体・イベント・助成金の更新情報</subtitle>\n"
        xml += "  <id>\(XMLEscape.escape(urls.baseURL))</id>\n"
        xml += "  <link rel=\"alternate\" href=\"\(XMLEscape.escape(urls.baseURL))\"/>\n"
        xml += "  <link rel=\"self\" href=\"\(XMLEscape.escape(urls.absolute("feed.xml")))\"/>\n"
        xml += "  <updated>\(shown.first.map { midnight($0.date) } ?? (stamp ?? now).description)</updated>\n"
        xml += "  <author><name>\(XMLEscape.escape(c.centre.name))</name></author>\n"
        for e in shown {
            let url = XMLEscape.escape(urls.absolute(e.path))
            xml += "  <entry>\n    <title>\(XMLEscape.escape(e.title))</title>\n    <id>\(url)</id>\n"
            xml += "    <link rel=\"alternate\" href=\"\(url)\"/>\n    <updated>\(midnight(e.date))</updated>\n"
            xml += "    <summary>\(XMLEscape.escape(e.summary))</summary>\n  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", text: xml)
    }
}
