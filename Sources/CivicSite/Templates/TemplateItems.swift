/// The items of a list a section repeats over, each made when the section
/// reaches it and dropped after: the list of every group holds the groups,
/// not tens of thousands of cards built before the page is rendered.
public struct TemplateItems: Sendable {
    /// How many items the list has.
    public let count: Int
    private let make: @Sendable (Int) -> TemplateValue

    /// A list of `base`'s elements, each shown as `transform` makes it.
    public init<T: Sendable>(_ base: [T], _ transform: @escaping @Sendable (T) -> TemplateValue) {
        count = base.count
        make = { transform(base[$0]) }
    }

    /// The item at `index`, made anew at each call.
    public subscript(index: Int) -> TemplateValue { make(index) }

    /// Every item, made now (for equality and for a value shown as text).
    public var all: [TemplateValue] { (0..<count).map(make) }
}

extension TemplateItems: Equatable {
    /// Lists are equal when their items are: what a template would show.
    public static func == (a: TemplateItems, b: TemplateItems) -> Bool {
        a.count == b.count && a.all == b.all
    }
}
