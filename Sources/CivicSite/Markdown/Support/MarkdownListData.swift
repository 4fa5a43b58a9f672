/// What a list marker says about its list and item.
struct MarkdownListData: Equatable {
    var ordered = false
    var bulletChar: UInt8 = 0
    var delimiter: UInt8 = 0
    var start = 1
    var padding = 0
    var markerOffset = 0
    var tight = true

    /// Whether an item with this marker continues `other`'s list.
    func continues(_ other: MarkdownListData) -> Bool {
        ordered == other.ordered && delimiter == other.delimiter && bulletChar == other.bulletChar
    }
}
