/// One HTML page to render: which layout, where it goes, and what it shows.
public struct PageSpec: Sendable {
    /// The layout template (`layouts/<layout>.mustache`).
    public var layout: String
    /// The output folder relative to the site root (`groups/foo/`), or a file
    /// name for pages that are not folders (`404.html`).
    public var path: String
    public var title: String
    public var description: String
    /// The top navigation entry this page belongs to.
    public var section: RecordKind?
    public var breadcrumbs: [(label: String, path: String)]
    public var ogType: String
    public var jsonLD: JSONValue?
    /// Page-specific keys, merged into the template context beside `site` and `page`.
    public var data: [String: TemplateValue] {
        get { maker.map { $0().data } ?? ownData }
        set { ownData = newValue }
    }
    private var ownData: [String: TemplateValue]
    /// Makes the whole spec of a page made when it is rendered (`later`).
    private var maker: (@Sendable () -> PageSpec)?
    /// Excluded from the sitemap (404, search).
    public var indexable: Bool
    /// Shows what depends on the build date (statuses, upcoming lists): the
    /// footer then says as of which date. Pages without (a case, a page)
    /// leave it out, so a daily rebuild leaves them byte-identical.
    public var dated: Bool = false
    /// The record the page shows, for its picture and attached files.
    public var record: RecordSource?

    public init(layout: String, path: String, title: String, description: String, section: RecordKind? = nil,
                breadcrumbs: [(label: String, path: String)] = [], ogType: String = "website",
                jsonLD: JSONValue? = nil, data: [String: TemplateValue] = [:], indexable: Bool = true) {
        self.layout = layout
        self.path = path
        self.title = title
        self.description = description
        self.section = section
        self.breadcrumbs = breadcrumbs
        self.ogType = ogType
        self.jsonLD = jsonLD
        ownData = data
        self.indexable = indexable
    }

    /// The file written for this page.
    public var outputPath: String {
        path.hasSuffix(".html") ? path : path + "index.html"
    }
}

extension PageSpec {
    /// This page as the page of `record`: its main picture becomes the
    /// page's `og:image` and JSON-LD `image`, its files the attachments.
    func of(_ record: RecordSource) -> PageSpec {
        var spec = self
        spec.record = record
        return spec
    }
}

extension PageSpec {
    /// A record's page known by its layout and path, made only when it is
    /// rendered (`made()`): the build holds every spec from start to end (for
    /// the folders and the sitemap), and a record page's keys (its body,
    /// its lists of events and cases) held for 100,000 pages at once were
    /// most of the build's memory.
    static func later(layout: String, path: String, _ make: @escaping @Sendable () -> PageSpec) -> PageSpec {
        var spec = PageSpec(layout: layout, path: path, title: "", description: "")
        spec.maker = make
        return spec
    }

    /// The whole spec: made now for a page made `later`, else this one.
    func made() -> PageSpec {
        guard let maker else { return self }
        var spec = maker()
        spec.dated = dated
        return spec
    }
}

extension Array where Element == Int {
    /// One page per index, each made when it is rendered (`PageSpec.later`).
    func pagesMadeLater(layout: String, path: @Sendable (Int) -> String,
                        _ make: @escaping @Sendable (Int) -> PageSpec) -> [PageSpec] {
        map { index in PageSpec.later(layout: layout, path: path(index)) { make(index) } }
    }
}
