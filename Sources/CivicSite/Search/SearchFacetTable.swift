/// Filter data for the client: for each facet value the record numbers that
/// have it (as gaps), and the dates that decide "upcoming" and "open".
///
/// `{"values": {"type": {"events": [gaps]}, "field": {…}, …},
///   "upcomingUntil": [gap, minutes, …], "openFrom": […], "openUntil": […],
///   "rolling": [gaps]}`; minutes count from 1970 in UTC.
struct SearchFacetTable {
    var values: [String: [String: [Int]]] = [:]
    var upcomingUntil: [(Int, Int)] = []
    var openFrom: [(Int, Int)] = []
    var openUntil: [(Int, Int)] = []
    var rolling: [Int] = []

    init(_ documents: [SearchDocument]) {
        for (number, document) in documents.enumerated() {
            values["type", default: [:]][document.type, default: []].append(number)
            for (facet, list) in document.facets where facet != "type" {
                for value in Set(list) {
                    values[facet, default: [:]][value, default: []].append(number)
                }
            }
            if let text = document.upcomingUntil, let m = SearchDateParser.minutes(text, dateOnly: .endOfDay) {
                upcomingUntil.append((number, m))
            }
            if let text = document.openFrom, let m = SearchDateParser.minutes(text, dateOnly: .startOfDay) {
                openFrom.append((number, m))
            }
            if let text = document.openUntil, let m = SearchDateParser.minutes(text, dateOnly: .endOfDay) {
                openUntil.append((number, m))
            }
            if document.rolling { rolling.append(number) }
        }
    }

    var json: SearchJSON {
        .object([
            "values": .object(values.mapValues { .object($0.mapValues(SearchJSON.deltas)) }),
            "upcomingUntil": Self.pairs(upcomingUntil),
            "openFrom": Self.pairs(openFrom),
            "openUntil": Self.pairs(openUntil),
            "rolling": SearchJSON.deltas(rolling),
        ])
    }

    private static func pairs(_ list: [(Int, Int)]) -> SearchJSON {
        var previous = 0
        var out: [SearchJSON] = []
        for (number, minutes) in list {
            out.append(.int(number - previous))
            out.append(.int(minutes))
            previous = number
        }
        return .array(out)
    }
}
