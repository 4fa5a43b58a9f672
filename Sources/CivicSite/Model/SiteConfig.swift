/// The settings in `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var city: String
    /// Absolute URL of the site's root, always ending in `/` (may have a sub-path).
    public var baseURL: String
    public var language: String
    public var description: String?
    /// The theme folder name under `themes/`.
    public var theme: String
    /// Where `theme:` was written in `site.yml`, nil when it was left out,
    /// so that an unknown theme is reported at its name.
    public var themeLocation: SourceLocation?
    public var centre: Centre
    /// 全国地方公共団体コード (six digits), the first column of the standard
    /// event list; nil leaves that column empty.
    public var cityCode: String?
    /// 都道府県名, for the standard event list.
    public var prefecture: String?
    /// The licence of the open data, shown on `/data/` and in its catalogue.
    public var dataLicense: String
    /// The city's districts (地区) from `areas:`, the whole city last; empty
    /// when `site.yml` lists none, and `area:` is then free text.
    public var areas: [Area] = []
    /// `wareki: true`: dates of events and grants show the era year beside
    /// the western one (令和8年（2026年）12月5日).
    public var wareki: Bool = false

    public static let defaultDataLicense = "CC BY 4.0"
    /// `image:`: the picture of pages without one of their own, a file in
    /// the content folder.
    public var image: MediaImageReference?
    /// `max_file_size:` in bytes; nil for the default (10 MB).
    public var maxFileSize: Int?

    public init(title: String, city: String, baseURL: String, language: String = "ja", description: String? = nil,
                theme: String = "default", themeLocation: SourceLocation? = nil, centre: Centre,
                cityCode: String? = nil, prefecture: String? = nil, dataLicense: String = SiteConfig.defaultDataLicense,
                areas: [Area] = [], wareki: Bool = false) {
        self.areas = areas
        self.wareki = wareki
        self.title = title
        self.city = city
        self.baseURL = baseURL
        self.language = language
        self.description = description
        self.theme = theme
        self.themeLocation = themeLocation
        self.centre = centre
        self.cityCode = cityCode
        self.prefecture = prefecture
        self.dataLicense = dataLicense
    }

    /// The path part of `baseURL` (`/` or `/shimin/`), used for links so the
    /// site works when served from a sub-path.
    public var basePath: String { SiteConfig.path(of: baseURL) }

    /// The path part of an absolute URL, ending in `/`.
    public static func path(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url.hasPrefix("/") ? url : "/" }
        let afterHost = url[schemeEnd.upperBound...].drop { $0 != "/" }
        let path = afterHost.isEmpty ? "/" : String(afterHost)
        return path.hasSuffix("/") ? path : path + "/"
    }
}

/// The civic-activity support centre that publishes the site.
public struct Centre: Sendable, Hashable {
    public var name: String
    public var address: String
    public var phone: String
    public var email: String
    public var hours: String
    public var fax: String?
    public var url: String?
    public var access: String?

    public init(name: String, address: String, phone: String, email: String, hours: String,
                fax: String? = nil, url: String? = nil, access: String? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.hours = hours
        self.fax = fax
        self.url = url
        self.access = access
    }
}
