/// Which page of the site a spec is, independent of what it shows: the key
/// by which an incremental build re-renders one page and remembers what it
/// depended on.
public enum PageID: Hashable, Sendable {
    case home
    /// The list page of a kind (`groups/`, `fields/`, …; never `.pages`).
    case list(RecordKind)
    /// One record's page.
    case detail(RecordKind, String)
    case notFound
    case search

    /// The page's `PageSpec.path`.
    public var path: String {
        switch self {
        case .home: return ""
        case .list(let kind): return SiteURLs.relative(kind)
        case .detail(let kind, let slug): return SiteURLs.relative(kind, slug)
        case .notFound: return "404.html"
        case .search: return "search/"
        }
    }

    /// Whether the sitemap lists it, as `PageSpec.indexable` says.
    public var indexable: Bool {
        switch self {
        case .notFound, .search: return false
        default: return true
        }
    }

    /// The file the page is written to, as `PageSpec.outputPath` says.
    public var outputPath: String {
        switch self {
        case .home: return "index.html"
        case .list(let kind): return SiteURLs.relative(kind) + "index.html"
        case .detail(let kind, let slug): return SiteURLs.relative(kind, slug) + "index.html"
        case .notFound: return "404.html"
        case .search: return "search/index.html"
        }
    }
}
