/// Shorthands for building view models. Every key a template may use is always
/// present (null when there is nothing to show), so the strict template check
/// can tell a typo from an empty value.
extension TemplateValue {
    /// Text, or null when absent or empty.
    static func text(_ value: String?) -> TemplateValue {
        guard let value, !value.isEmpty else { return .null }
        return .string(value)
    }

    static func number(_ value: Int?) -> TemplateValue {
        value.map(TemplateValue.int) ?? .null
    }

    /// A list as `{items, count}`, or null when empty. The wrapper lets a
    /// template open a `<ul>` once around `{{#items}}`, and `{{^list}}` show
    /// a fallback, without logic in the template.
    static func list(_ items: [TemplateValue]) -> TemplateValue {
        items.isEmpty ? .null : .object(["items": .array(items), "count": .int(items.count)])
    }

    /// A list as `{items, count}` whose items are made as the page is
    /// rendered, one at a time: for lists that grow with the directory
    /// (every group, every event), so that a page of 60,000 cards holds
    /// the records, not the cards.
    static func list<T: Sendable>(_ items: [T], each: @escaping @Sendable (T) -> TemplateValue) -> TemplateValue {
        items.isEmpty ? .null : .object(["items": .items(TemplateItems(items, each)), "count": .int(items.count)])
    }

    static func texts(_ items: [String]) -> TemplateValue {
        list(items.map(TemplateValue.string))
    }

    /// A link: `{label, url}`.
    static func link(_ label: String, _ url: String) -> TemplateValue {
        .object(["label": .string(label), "url": .string(url)])
    }
}
