import Foundation

/// Turns `area` values as written (name, name without 地区, id) into the
/// ids of the areas listed in `site.yml`, reporting those that name none
/// with the closest areas. Without `areas` in `site.yml` it does nothing:
/// `area` stays free text.
public struct AreaResolver: Sendable {
    private let areas: [Area]
    private var bySpelling: [String: String] = [:]
    /// The spellings of `bySpelling` as written in `site.yml`, each with the
    /// id its normalized form gives: most values are written so, and
    /// normalizing (NFKC) every value of every record cost more than the rest.
    private var exact: [String: String] = [:]

    public init(areas: [Area]) {
        self.areas = areas
        for area in areas {
            for spelling in [area.id, area.name, Self.stem(area.name)] where bySpelling[Self.normalized(spelling)] == nil {
                bySpelling[Self.normalized(spelling)] = area.id
            }
        }
        for area in areas {
            for spelling in [area.id, area.name, Self.stem(area.name)] { exact[spelling] = bySpelling[Self.normalized(spelling)] }
        }
    }

    /// The form compared: NFKC, lowercase, no spaces, and ヶ・ケ・が・ガ as
    /// one letter, since 緑ヶ丘, 緑ケ丘 and 緑が丘 are spellings of one place.
    static func normalized(_ text: String) -> String {
        let folded = WrittenText.folded(text).lowercased()
        return String(folded.unicodeScalars.compactMap { scalar -> Character? in
            if CharacterSet.whitespaces.contains(scalar) { return nil }
            switch scalar {
            case "ヶ", "ケ", "が", "ガ", "ヵ": return "ケ"
            default: return Character(scalar)
            }
        })
    }

    /// 本町地区 → 本町: staff often leave the suffix out.
    static func stem(_ name: String) -> String {
        for suffix in ["地区", "地域"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The area ids for `written`, the value of `key` in the record from `source`.
    public func resolve(_ written: [String], key: String = "area", source: RecordSource,
                        diagnostics: inout [Diagnostic]) -> [String] {
        var ids: [String] = []
        for (index, text) in written.enumerated() {
            if let id = exact[text] ?? bySpelling[Self.normalized(text)] {
                if !ids.contains(id) { ids.append(id) }
                continue
            }
            let location = source.keyLocations["\(key)[\(index)]"] ?? source.location(of: key)
            let near = closest(to: text)
            let hint = DecodingText.listHint(text, key: key, noun: Term.areas)
                ?? (near.isEmpty ? nil : ChosenHint(.nearAreas, ["near": .list(near.map { Term.written($0.name) })]))
            diagnostics.append(.make(.unknownArea, at: location,
                                     ["text": .text(text), "names": .list(areas.map { .text($0.name) })],
                                     hint: hint, severity: .error))
        }
        return ids
    }

    /// Up to three areas whose name (without 地区) or id is a few edits
    /// from `text`, closest first.
    func closest(to text: String) -> [Area] {
        let target = Self.normalized(Self.stem(text))
        let limit = max(1, (target.count + 1) / 2)
        let scored = areas.enumerated().map { index, area -> (Int, Int, Area) in
            let d = min(Suggestion.distance(target, Self.normalized(Self.stem(area.name))),
                        Suggestion.distance(target, Self.normalized(area.id)))
            return (d, index, area)
        }
        return scored.filter { $0.0 <= limit }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.2)
    }

    /// Resolves `area` on every group and event in place.
    public func resolveAll(in content: inout SiteContent) -> [Diagnostic] {
        guard !areas.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        // A record is changed only when its ids differ from what it holds:
        // a change copies a record that the preview's cache shares.
        for i in content.groups.indices {
            let ids = resolve(content.groups[i].areas, source: content.groups[i].source, diagnostics: &diagnostics)
            if ids != content.groups[i].areas { content.groups[i].areas = ids }
        }
        for i in content.events.indices {
            let ids = resolve(content.events[i].areas, source: content.events[i].source, diagnostics: &diagnostics)
            if ids != content.events[i].areas { content.events[i].areas = ids }
        }
        return diagnostics
    }
}
