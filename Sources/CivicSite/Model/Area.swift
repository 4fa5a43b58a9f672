/// 地区: one of the city's official districts from `site.yml`, or the
/// whole city (市内全域), which every site with districts has.
public struct Area: Sendable, Hashable {
    /// The address part of its page, `/areas/<id>/`.
    public var id: String
    /// As printed: 本町地区.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The whole city, added to a site's districts unless `site.yml` names it.
    public static let wholeCity = Area(id: "citywide", name: "市内全域")

    public var isWholeCity: Bool { name == Area.wholeCity.name }
}
