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
    public var data: [String: TemplateValue]
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
        self.data = data
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
