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
    }

    public var kind: Kind
    /// 1-based line of the Markdown source where the URL (or the link's `[`) starts.
    public var line: Int
    /// 1-based column, counting Unicode scalars (one per Japanese character),
    /// like `SourceLocation`.
    public var column: Int
    /// The part of the URL that was linked.
    public var linked: String
    /// The text right after it that was probably part of it.
    public var leftOver: String

    public init(kind: Kind, line: Int, column: Int, linked: String, leftOver: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.linked = linked
        self.leftOver = leftOver
    }
}
