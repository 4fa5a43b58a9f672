/// Reads `areas:` in `site.yml`: the city's official districts (地区), each
/// `- id: honcho` / `  name: 本町地区`. The whole city (市内全域) is added
/// last unless the list names it.
public enum AreaListDecoder {
    public static let keys = ["id", "name"]

    static func decode(_ keyed: inout KeyedNode) -> [Area] {
        guard let node = keyed.node("areas") else { return [] }
        guard let items = node.items else {
            keyed.report(.notList, at: node.location, key: "areas", ["found": .term(Term.valueKind(of: node))])
            return []
        }
        var areas: [Area] = []
        var ids: Set<String> = []
        var names: Set<String> = []
        for item in items {
            guard item.entries != nil else {
                let text = keyed.scalarText(item, key: "areas") ?? ""
                keyed.report(.areaNotIDAndName, at: item.location, key: "areas", ["value": .text(text)])
                continue
            }
            var nested = KeyedNode(entries: item.entries ?? [], path: keyed.path, name: "areas", missingLocation: item.location,
                                   today: keyed.today)
            let id = idValue(&nested)
            let name = nested.requiredText("name", example: "name: 本町地区")
            nested.checkUnknownKeys(known: keys)
            if let id, !ids.insert(id).inserted, let at = nested.keyLocations["areas.id"] {
                nested.report(.duplicateArea, at: at, key: "id", ["value": .text(id)])
            }
            if let name, !names.insert(name).inserted, let at = nested.keyLocations["areas.name"] {
                nested.report(.duplicateArea, at: at, key: "name", ["value": .text(name)])
            }
            let failed = nested.hasErrors
            keyed.absorb(nested)
            if let id, let name, !failed { areas.append(Area(id: id, name: name)) }
        }
        if !areas.isEmpty, !areas.contains(where: \.isWholeCity), !ids.contains(Area.wholeCity.id) {
            areas.append(.wholeCity)
        }
        return areas
    }

    /// `id`, a slug: it is the address of the area's page.
    static func idValue(_ nested: inout KeyedNode) -> String? {
        guard let node = nested.required("id", example: "id: honcho"), let text = nested.scalarText(node, key: "id") else { return nil }
        guard SlugRules.isValid(text) else {
            let hint = SlugRules.cleaned(text).map { ChosenHint(.areaIDLine, ["line": .text("id: \($0)")]) }
            nested.report(.areaIDNotValid, at: node.location, key: "id", ["value": .text(text)], hint: hint)
            return nil
        }
        return text
    }
}
