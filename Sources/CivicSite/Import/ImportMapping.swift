import Foundation

/// A mapping file (`--map MAP.yml`): which column becomes which key, for
/// spreadsheets whose headers the import does not know.
///
/// ```yaml
/// columns:
///   団体の名前: title        # a key of the record
///   区分: type
///   活動分野１: fields/1      # a column of marks for one field (number or id)
///   活動分野２０: field-without-counterpart
///   認定: type=certified-npo  # when marked, sets type
///   備考: body               # the record's text
///   整理番号: ignore         # read, not imported
/// values:                    # what a cell says → what to write
///   type:
///     NPO: npo
/// defaults:                  # when the row has no value of its own
///   type: npo
/// ```
public struct ImportMapping: Sendable {
    /// Normalized header → what it becomes.
    public var columns: [String: ImportTarget] = [:]
    /// Key → cell text (NFKC) → value.
    public var values: [String: [String: String]] = [:]
    /// Key → value, for rows without one.
    public var defaults: [(key: String, value: String)] = []

    public init() {}

    /// The built-in mappings, by the name given to `--map`.
    public static let builtIn: [String: String] = ["npo-portal": npoPortal]

    /// Reads a mapping file's text; `path` names it in messages.
    public static func parse(_ text: String, path: String, kind: RecordKind, fields: [Field]) -> (ImportMapping, [Diagnostic]) {
        let parsed = FrontMatterParser.parse(text, file: path, firstLine: 1)
        var diagnostics = parsed.diagnostics
        var mapping = ImportMapping()
        guard !diagnostics.contains(where: \.isError) else { return (mapping, diagnostics) }
        guard let entries = parsed.node?.entries else {
            if let node = parsed.node, node.value != .null {
                diagnostics.append(.error(.mappingNotKeyValues, at: node.location))
            }
            return (mapping, diagnostics)
        }
        let columns = ImportColumns.columns(for: kind, fields: fields)
        for entry in entries {
            switch entry.key {
            case "columns":
                for (header, node) in pairs(entry, &diagnostics) {
                    guard let target = target(named: node.text, kind: kind, columns: columns, fields: fields) else {
                        diagnostics.append(.error(.mappingUnknownTarget, at: node.location,
                                                  ["target": .text(node.text), "kind": .term(Term.kind(kind))]))
                        continue
                    }
                    mapping.columns[ImportHeaders.normalized(header)] = target
                }
            case "values":
                for (key, node) in pairs(entry, &diagnostics) {
                    var table: [String: String] = [:]
                    for item in node.entries ?? [] {
                        table[WrittenText.folded(item.key)] = item.value.raw.isEmpty ? scalar(item.value) : item.value.raw
                    }
                    if node.entries == nil { diagnostics.append(.error(.mappingNotKeyValues, at: node.location)) }
                    mapping.values[key] = table
                }
            case "defaults":
                for (key, node) in pairs(entry, &diagnostics) {
                    mapping.defaults.append((key, node.raw.isEmpty ? scalar(node) : node.raw))
                }
            default:
                diagnostics.append(.error(.mappingUnknownKey, at: entry.keyLocation, ["key": .text(entry.key)]))
            }
        }
        return (mapping, diagnostics)
    }

    /// The `key: value` pairs under one of the three sections.
    private static func pairs(_ entry: FrontMatterEntry, _ diagnostics: inout [Diagnostic]) -> [(String, FrontMatterNode)] {
        guard let entries = entry.value.entries else {
            if entry.value.value != .null { diagnostics.append(.error(.mappingNotKeyValues, at: entry.value.location)) }
            return []
        }
        return entries.map { ($0.key, $0.value) }
    }

    private static func scalar(_ node: FrontMatterNode) -> String {
        switch node.value {
        case .string(let s): return s
        case .int(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d): return String(d)
        default: return ""
        }
    }

    /// `title`, `contact.phone`, `fields/11`, `type=certified-npo`, `body`, `ignore`.
    static func target(named name: String, kind: RecordKind, columns: [ImportColumn], fields: [Field]) -> ImportTarget? {
        switch name {
        case "body": return .body
        case "ignore": return .ignored
        case "field-without-counterpart": return kind == .groups ? .fieldWithoutCounterpart : nil
        default: break
        }
        if name.hasPrefix("fields/") {
            let written = WrittenText.folded(String(name.dropFirst(7)))
            let field = fields.first { $0.slug == written || String($0.number) == written || $0.short == written || $0.name == written }
            return field.map { .fieldFlag($0.slug) }
        }
        if let eq = name.firstIndex(of: "=") {
            let key = String(name[..<eq])
            guard columns.contains(where: { $0.target.key == key }) else { return nil }
            return .setWhenMarked(key, String(name[name.index(after: eq)...]))
        }
        return columns.first { $0.target.key == name }?.target
    }
}

extension FrontMatterNode {
    /// The scalar's text as written, for names in a mapping file.
    var text: String {
        if !raw.isEmpty { return raw }
        if case .string(let s) = value { return s }
        return ""
    }
}
