/// Which page of the site a spec is, independent of what it shows: the key
/// by which an incremental build re-renders one page and remembers what it
/// depended on.
public enum PageID: Hashable, Sendable {
    case home
    /// The list page of a kind (`groups/`, `fields/`, `news/` …; never `.pages`).
    case list(RecordKind)
    /// One record's page.
    case detail(RecordKind, String)
    /// A month's event calendar, `events/YYYY/MM/`.
    case month(year: Int, month: Int)
    /// `areas/` and `areas/<id>/`.
    case areaList
    case area(String)
    /// `recruiting/`.
    case recruiting
    /// `types/<id>/`: the groups of one organisation form.
    case groupType(GroupType)
    /// `stats/`.
    case stats
    /// `data/`: the open-data files, with their sizes.
    case openData
    case notFound
    case search

    /// The page's `PageSpec.path`.
    public var path: String {
        switch self {
        case .home: return ""
        case .list(let kind): return SiteURLs.relative(kind)
        case .detail(let kind, let slug): return SiteURLs.relative(kind, slug)
        case .month(let year, let month): return "events/\(year)/" + (month < 10 ? "0" : "") + "\(month)/"
        case .areaList: return "areas/"
        case .area(let id): return "areas/\(id)/"
        case .recruiting: return "recruiting/"
        case .groupType(let type): return RenderContext.typePath(type)
        case .stats: return "stats/"
        case .openData: return "data/"
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
        let path = self.path
        return path.hasSuffix(".html") ? path : path + "index.html"
    }
}
