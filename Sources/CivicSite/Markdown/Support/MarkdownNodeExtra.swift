/// The fields of a `MarkdownNode` that only lists, code and HTML blocks,
/// tables, links, images and (for notices) leaf blocks use.
final class MarkdownNodeExtra {
    var list = MarkdownListData()
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []
    var htmlBlockType = 0
    var url: [UInt8] = []
    var title: [UInt8] = []
    var alignments: [MarkdownTableAlignment] = []
    var tableRows = 0
    var sourceMap = MarkdownSourceMap()
}
