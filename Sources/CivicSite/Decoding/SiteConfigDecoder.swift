/// Reads `content/site.yml`, the site settings and the centre's details.
public enum SiteConfigDecoder {
    public static let keys = ["title", "city", "base_url", "language", "description", "theme", "centre", "city_code",
                              "prefecture", "data_license", "areas", "wareki", "image", "max_file_size"]
    public static let centreKeys = ["name", "address", "phone", "email", "hours", "fax", "url", "access"]

    public static func decode(_ node: FrontMatterNode?, path: String) -> DecodingResult<SiteConfig> {
        var keyed = KeyedNode(node: node, path: path)
        let title = keyed.requiredText("title", example: "title: 〇〇市市民活動センター")
        let city = keyed.requiredText("city", example: "city: 〇〇市")
        let baseURL = self.baseURL(&keyed)
        let centre = self.centre(&keyed)
        let theme = keyed.node("theme")
        let areas = AreaListDecoder.decode(&keyed)
        let wareki = keyed.bool("wareki") ?? false
        let config = SiteConfig(
            title: title ?? "", city: city ?? "", baseURL: baseURL ?? "", language: keyed.text("language") ?? "ja",
            description: keyed.text("description"), theme: theme.flatMap { keyed.scalarText($0, key: "theme") } ?? "default",
            themeLocation: theme?.location,
            centre: centre ?? Centre(name: "", address: "", phone: "", email: "", hours: ""),
            cityCode: keyed.localGovernmentCode("city_code"), prefecture: keyed.text("prefecture"),
            dataLicense: keyed.text("data_license") ?? SiteConfig.defaultDataLicense, areas: areas, wareki: wareki)
        var withMedia = config
        withMedia.image = keyed.imageReference("image")
        withMedia.maxFileSize = keyed.fileSize("max_file_size")
        keyed.checkUnknownKeys(known: keys, mappings: ["centre": centreKeys])
        return DecodingResult(withMedia, keyed, slug: nil)
    }

    /// An absolute http(s) URL, normalised to end with `/` so that relative
    /// links resolve under it.
    static func baseURL(_ keyed: inout KeyedNode) -> String? {
        guard let node = keyed.required("base_url", example: "base_url: https://www.example.jp/shimin/"),
              var url = keyed.urlValue(node, key: "base_url") else { return nil }
        if let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            keyed.report(.baseURLWithQuery, at: node.location, key: "base_url", ["part": .text(String(url[cut...]))])
            url = String(url[..<cut])
        }
        if !url.hasSuffix("/") { url += "/" }
        return url
    }

    static func centre(_ keyed: inout KeyedNode) -> Centre? {
        guard keyed.required("centre", example: "centre:", hint: .centreLines) != nil,
              var nested = keyed.mapping("centre") else { return nil }
        let centre = Centre(
            name: nested.requiredText("name", example: "name: 〇〇市市民活動センター") ?? "",
            address: nested.requiredText("address", example: "address: 〇〇市中央1-2-3") ?? "",
            phone: nested.requiredText("phone", example: "phone: 000-000-0000") ?? "",
            email: nested.requiredEmail("email", example: "email: info@example.jp") ?? "",
            hours: nested.requiredText("hours", example: "hours: 9:00〜21:00（月曜休館）") ?? "",
            fax: nested.text("fax"), url: nested.url("url"), access: nested.text("access"))
        nested.checkUnknownKeys(known: centreKeys)
        keyed.absorb(nested)
        return centre
    }
}
