import Foundation

/// Links to a map, without scripts, frames or trackers: a pin on 地理院地図
/// and OpenStreetMap when `lat` and `lon` are known, else a search of
/// OpenStreetMap for the address or the venue.
enum MapLinks {
    /// `{pin, gsi_url, osm_url}`, or null when there is nothing to look up.
    static func view(geo: GeoPoint?, address: String?, venue: String?, city: String) -> TemplateValue {
        if let geo {
            let lat = String(geo.lat), lon = String(geo.lon)
            return .object([
                "pin": .bool(true),
                "gsi_url": .string("https://maps.gsi.go.jp/#17/\(lat)/\(lon)/"),
                "osm_url": .string("https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"),
            ])
        }
        // A venue alone (川端第一集会所) is found more surely with the city's name.
        guard let query = address ?? venue.map({ "\(city) \($0)" }) else { return .null }
        return .object([
            "pin": .bool(false),
            "gsi_url": .null,
            "osm_url": .string("https://www.openstreetmap.org/search?query=" + encode(query)),
        ])
    }

    /// Percent-encoding for a query value: everything but unreserved ASCII.
    static func encode(_ text: String) -> String {
        PercentEncoding.query(text)
    }

    /// schema.org GeoCoordinates.
    static func jsonLD(_ geo: GeoPoint) -> JSONValue {
        .object([("@type", "GeoCoordinates"), ("latitude", .decimal(geo.lat)), ("longitude", .decimal(geo.lon))])
    }
}
