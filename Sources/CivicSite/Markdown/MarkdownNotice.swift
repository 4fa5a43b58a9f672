/// Something in a body that rendered, but probably not as its writer meant.
///
/// The renderer only reports; turning a notice into a located warning with a
/// message is the build's job (the body's first line gives the offset).
public struct MarkdownNotice: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare URL stopped at Japanese text attached to its path, as in
        /// `https://ja.wikipedia.org/wiki/東京都`: `linked` became the link
        /// and `leftOver` stayed text. Writing the URL as `<https://…>`
        /// links all of it.
        case urlCutAtJapanese
        /// A link to a file beside the record (`[チラシ](chirashi.pdf)`),
        /// reported when `MarkdownFileLinks` are given: `linked` is the file
        /// name (percent-escapes decoded), `leftOver` the link's text.
        case fileLink
        /// An image (`![代替テキスト](katsudo.jpg)`), reported likewise:
        /// `linked` is the file name, `leftOver` the alt text.
        case fileImage
        /// A table reached `MarkdownBlockParser.maxTableCells`: the line
        /// here and the table's lines after it are a paragraph of plain
        /// text. `columns` is the table's width.
        case tableTooLarge
        /// Block quotes and list items were nested `MarkdownOptions.nestingLimit`
        /// deep: the marker here and the rest of its line are plain text.
        case nestingTooDeep
        /// A table row with `cells` cells, more than the table's `columns`:
        /// as GFM says, the cells past the last column are not shown. One
        /// notice per table, at its first such row; `rows` counts them.
        case rowTooWide
    }

    public var kind: Kind
    /// 1-based line of the Markdown source where the URL (or the link's `[`) starts.
    public var line: Int
    /// 1-based column, counting Unicode scalars (one per Japanese character),
    /// like `SourceLocation`.
    public var column: Int
    /// For `.urlCutAtJapanese`, the part of the URL that was linked.
    public var linked: String
    /// For `.urlCutAtJapanese`, the text right after it that was probably part of it.
    public var leftOver: String
    /// For `.tableTooLarge` and `.rowTooWide`, the number of columns of the table.
    public var columns: Int
    /// For `.rowTooWide`, the cells of the row, and how many rows of the
    /// table have cells past its last column.
    public var cells: Int
    public var rows: Int
    /// For `.tableTooLarge` and `.nestingTooDeep`, the limit reached: cells
    /// of one table, or levels of nesting.
    public var limit: Int

    public init(kind: Kind, line: Int, column: Int, linked: String = "", leftOver: String = "", columns: Int = 0,
                limit: Int = 0, cells: Int = 0, rows: Int = 0) {
        self.kind = kind
        self.line = line
        self.column = column
        self.linked = linked
        self.leftOver = leftOver
        self.columns = columns
        self.limit = limit
        self.cells = cells
        self.rows = rows
    }
}
