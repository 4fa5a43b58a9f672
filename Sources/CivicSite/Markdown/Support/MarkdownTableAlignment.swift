/// Column alignment from a GFM table's delimiter row.
enum MarkdownTableAlignment: Equatable {
    case none, left, center, right
}
