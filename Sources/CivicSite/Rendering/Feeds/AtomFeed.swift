extension RenderContext {
    /// An Atom feed of recent changes: updated groups, events and grants,
    /// newest first. Dates come from the content, never the clock, so the
    /// feed is the same on every build of the same input.
    func atomFeed(limit: Int = 30) -> OutputFile {
        struct Entry { var title: String; var path: String; var summary: String; var updated: String }
        var entries: [Entry] = []
        for g in content.groups {
            if let d = g.updated { entries.append(Entry(title: g.title, path: SiteURLs.relative(.groups, g.slug), summary: g.summary, updated: DateTime(date: d, hour: 0, minute: 0).description)) }
        }
        for e in content.events {
            entries.append(Entry(title: "イベント：" + e.title, path: SiteURLs.relative(.events, e.slug), summary: e.summary,
                                 updated: DateTime(date: e.applyBy ?? e.start.day, hour: 0, minute: 0).description))
        }
        for g in content.grants {
            let d = g.opens ?? g.deadline ?? today
            entries.append(Entry(title: "助成金：" + g.title, path: SiteURLs.relative(.grants, g.slug), summary: g.summary,
                                 updated: DateTime(date: d, hour: 0, minute: 0).description))
        }
        for n in content.news {
            entries.append(Entry(title: "お知らせ：" + n.title, path: SiteURLs.relative(.news, n.slug), summary: n.summary,
                                 updated: DateTime(date: n.date, hour: 0, minute: 0).description))
        }
        entries.sort { ($1.updated, $0.path) < ($0.updated, $1.path) }
        let shown = entries.prefix(limit)
        let c = content.config
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLEscape.escape(c.language))\">\n"
        xml += "  <title>\(XMLEscape.escape(c.title))</title>\n"
        xml += "  <id>\(XMLEscape.escape(urls.baseURL))</id>\n"
        xml += "  <link rel=\"alternate\" href=\"\(XMLEscape.escape(urls.baseURL))\"/>\n"
        xml += "  <link rel=\"self\" href=\"\(XMLEscape.escape(urls.absolute("feed.xml")))\"/>\n"
        xml += "  <updated>\(shown.first?.updated ?? DateTime(date: today, hour: 0, minute: 0).description)</updated>\n"
        xml += "  <author><name>\(XMLEscape.escape(c.centre.name))</name></author>\n"
        for e in shown {
            let url = XMLEscape.escape(urls.absolute(e.path))
            xml += "  <entry>\n    <title>\(XMLEscape.escape(e.title))</title>\n    <id>\(url)</id>\n"
            xml += "    <link rel=\"alternate\" href=\"\(url)\"/>\n    <updated>\(e.updated)</updated>\n"
            xml += "    <summary>\(XMLEscape.escape(e.summary))</summary>\n  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", text: xml)
    }
}
