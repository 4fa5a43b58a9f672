/// The list a repeating section walks: values held in an array, or items
/// made one at a time (`TemplateItems`).
enum MustacheListItems {
    case values([TemplateValue])
    case made(TemplateItems)

    var count: Int {
        switch self {
        case .values(let items): return items.count
        case .made(let items): return items.count
        }
    }

    func item(at index: Int) -> TemplateValue {
        switch self {
        case .values(let items): return items[index]
        case .made(let items): return items[index]
        }
    }
}
