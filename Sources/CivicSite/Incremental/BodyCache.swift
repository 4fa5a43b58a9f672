/// Every record's body as rendered to HTML, kept between builds: only a
/// body whose Markdown changed is rendered again. The renderer's options
/// (the site's language, the ids the theme uses) are part of the key, so a
/// change of either renders every body again.
struct BodyCache: Sendable {
    private struct Options: Equatable {
        var japanese: Bool
        var reservedIDs: Set<String>
    }

    private var options: Options?
    private var rendered: [String: (source: String, html: String)] = [:]
    /// How many bodies the last call rendered.
    private(set) var lastRendered = 0

    /// The bodies of `content` by `kind/slug`, as `SiteBuilder.renderMarkdown` gives them.
    mutating func bodies(of content: SiteContent, japanese: Bool, reservedIDs: Set<String>) -> [String: String] {
        let wanted = Options(japanese: japanese, reservedIDs: reservedIDs)
        if wanted != options { rendered = [:]; options = wanted }
        let sources = SiteBuilder.bodySources(content)
        var result: [String: String] = [:]
        result.reserveCapacity(sources.count)
        var missing: [(key: String, source: String)] = []
        for (key, source) in sources where result[key] == nil {
            if let cached = rendered[key], cached.source == source {
                result[key] = cached.html
            } else {
                result[key] = ""
                missing.append((key, source))
            }
        }
        let renderer = MarkdownRenderer(options: .site(japanese: japanese, reservedIDs: reservedIDs))
        let html = missing.map(\.source).parallelMap { renderer.render($0) }
        var next: [String: (source: String, html: String)] = [:]
        next.reserveCapacity(result.count)
        for (item, text) in zip(missing, html) { result[item.key] = text; next[item.key] = (item.source, text) }
        for (key, source) in sources where next[key] == nil { next[key] = (source, result[key] ?? "") }
        rendered = next
        lastRendered = missing.count
        return result
    }
}
