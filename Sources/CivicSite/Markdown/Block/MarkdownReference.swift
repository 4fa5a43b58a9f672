/// A link reference definition: `[label]: destination "title"`.
struct MarkdownReference {
    var url: [UInt8]
    var title: [UInt8]
}
