/// The list a repeating section walks: values held in an array, or items
/// made one at a time (`TemplateItems`).
enum MustacheListItems {
    case values([TemplateValue])
    case made(TemplateItems)

    /// What making an item counts toward the page's step limit: about
    /// what building a card (twenty values) costs beside one step. Without
    /// it a section over a made list inside a section over the same list
    /// would build millions of cards before the limit stopped it.
    static let madeItemSteps = 20

    /// The steps an item costs when the section goes on to it.
    var stepsPerItem: Int {
        switch self {
        case .values: return 0
        case .made: return Self.madeItemSteps
        }
    }

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
