/// Every URL the site links to, in one place, so pages work when the site is
/// served from a sub-path (`https://example.jp/shimin/`).
public struct SiteURLs: Sendable {
    /// `/` or `/shimin/`.
    public var basePath: String
    /// `https://example.jp/shimin/`.
    public var baseURL: String

    public init(baseURL: String) {
        let normalized = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = normalized
        self.basePath = SiteConfig.path(of: normalized)
    }

    /// The site-relative path of an output folder, e.g. `groups/foo/` (no leading slash).
    public static func relative(_ kind: RecordKind, _ slug: String? = nil) -> String {
        let folder = kind == .pages ? "" : kind.rawValue + "/"
        guard let slug else { return folder }
        return folder + slug + "/"
    }

    /// A link for use in the site's own pages: `/shimin/groups/foo/`.
    public func path(_ relative: String) -> String {
        basePath + relative
    }

    public func path(_ kind: RecordKind, _ slug: String? = nil) -> String {
        path(Self.relative(kind, slug))
    }

    /// An absolute URL for canonical links, feeds and the sitemap.
    public func absolute(_ relative: String) -> String {
        baseURL + relative
    }

    public func absolute(_ kind: RecordKind, _ slug: String? = nil) -> String {
        absolute(Self.relative(kind, slug))
    }
}
