import Foundation

extension KeyedNode {
    /// `area`: one area or a list of them. Returns the text as written (a
    /// list joined with 「、」, for sites without `areas` in `site.yml`) and
    /// the items, which `AreaResolver` checks against the site's areas.
    mutating func areaValue(_ key: String = "area") -> (text: String?, items: [String]) {
        guard let items = list(key), !items.isEmpty else { return (nil, []) }
        return (items.map(\.text).joined(separator: "、"), items.map(\.text))
    }

    /// `lat` and `lon` together, in their ranges; one alone is an error,
    /// since a pin needs both.
    mutating func geoPoint() -> GeoPoint? {
        let latNode = node("lat")
        let lonNode = node("lon")
        let lat = latNode.flatMap { coordinate($0, key: "lat", limit: 90) }
        let lon = lonNode.flatMap { coordinate($0, key: "lon", limit: 180) }
        switch (latNode, lonNode) {
        case (let written?, nil):
            report(.coordinateAlone, at: written.location, key: "lat", ["other": .text("lon")])
        case (nil, let written?):
            report(.coordinateAlone, at: written.location, key: "lon", ["other": .text("lat")])
        default:
            break
        }
        if let latNode, let lonNode, lat == nil || lon == nil,
           let a = Self.degrees(latNode), let b = Self.degrees(lonNode), abs(a) > 90, abs(b) <= 90 {
            // Both are numbers, lat too large for a latitude and lon small
            // enough for one: they were swapped. Said once, at lat.
            diagnostics.removeAll { $0.id == Message.coordinateOutOfRange.id && $0.location == latNode.location }
            report(.coordinateOutOfRange, at: latNode.location, key: "lat",
                   ["min": .text("-90"), "max": .text("90"), "value": .text(latNode.raw)],
                   hint: ChosenHint(.coordinatesSwapped, ["lat": .text(latNode.raw), "lon": .text(lonNode.raw)]))
        }
        guard let lat, let lon else { return nil }
        return GeoPoint(lat: lat, lon: lon)
    }

    /// Decimal degrees within ±`limit`.
    private mutating func coordinate(_ node: FrontMatterNode, key: String, limit: Double) -> Double? {
        guard let value = Self.degrees(node) else {
            let text = scalarText(node, key: key) ?? ""
            var hint: ChosenHint?
            // 全角 digits, or a number in quotes: the same number, written wrongly.
            let folded = WrittenText.folded(text).trimmingCharacters(in: .whitespaces)
            if let number = Double(folded), number.isFinite {
                hint = ChosenHint(node.style.isQuoted && folded == text ? .removeQuotes : .writeLine, ["line": .text("\(key): \(folded)")])
            }
            if node.entries == nil, node.items == nil {
                report(.coordinateNotNumber, at: node.location, key: key, ["value": .text(text)], hint: hint)
            }
            return nil
        }
        guard abs(value) <= limit else {
            report(.coordinateOutOfRange, at: node.location, key: key,
                   ["min": .text("-\(Int(limit))"), "max": .text("\(Int(limit))"), "value": .text(node.raw)])
            return nil
        }
        return value
    }

    /// The number of a plain `35.68` or `139`, nil for anything else.
    static func degrees(_ node: FrontMatterNode) -> Double? {
        switch node.value {
        case .float(let d) where d.isFinite: return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }
}
