/// An exact place on the map: `lat` and `lon` in decimal degrees (WGS 84,
/// as 地理院地図 and OpenStreetMap show them).
public struct GeoPoint: Sendable, Hashable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}
