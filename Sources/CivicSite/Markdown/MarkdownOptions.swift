/// How Markdown is turned into HTML: which trust level, which extensions and
/// whether the rules for Japanese text apply.
public struct MarkdownOptions: Sendable, Equatable {
    /// Raw HTML is passed through and any URL scheme is kept (spec mode).
    /// When false, raw HTML is escaped and only safe link schemes survive.
    public var trusted: Bool
    /// GFM tables, strikethrough, bare-URL autolinks and heading ids.
    public var extensions: Bool
    /// No space for a soft break between CJK characters, and emphasis
    /// delimiters may sit next to Japanese punctuation. Together with
    /// `extensions`, also the rules for bodies as Japanese staff write them
    /// (see `japaneseBodyRules`).
    public var japanese: Bool
    /// Ids the page around the body already uses; heading ids avoid them.
    public var reservedIDs: Set<String> = []
    /// The heading the page shows right above the body (e.g. `活動内容`). A
    /// body whose first block is a heading with this text (any level,
    /// compared without markup and surrounding whitespace) loses that
    /// heading, so the page does not show it twice. Nil keeps every heading.
    public var omitLeadingHeading: String? = nil
    /// How deep block quotes and list items may nest, counted together; a
    /// `>` or list marker deeper than that stays text, with a notice. Nil
    /// sets no limit (spec mode, as CommonMark has none).
    public var nestingLimit: Int? = MarkdownOptions.defaultNestingLimit

    /// 32 levels, as for front matter. No body needs more than a few; past
    /// a few hundred, browsers stop nesting the HTML anyway, and each level
    /// costs the parser far more than a character of text, so without a
    /// limit a 1 MB file of `- - - …` took seconds to render.
    public static let defaultNestingLimit = 32

    public init(trusted: Bool = false, extensions: Bool = true, japanese: Bool = true, reservedIDs: Set<String> = [],
                omitLeadingHeading: String? = nil, nestingLimit: Int? = MarkdownOptions.defaultNestingLimit) {
        self.trusted = trusted
        self.extensions = extensions
        self.japanese = japanese
        self.reservedIDs = reservedIDs
        self.omitLeadingHeading = omitLeadingHeading
        self.nestingLimit = nestingLimit
    }

    /// Strict CommonMark as the spec tests expect: trusted, no extensions,
    /// no Japanese rules, no nesting limit.
    public static let spec = MarkdownOptions(trusted: true, extensions: false, japanese: false, nestingLimit: nil)

    /// What the site uses for record bodies: safe, extensions on, Japanese on
    /// when the site language is ja.
    public static func site(japanese: Bool, reservedIDs: Set<String> = [], omitLeadingHeading: String? = nil) -> MarkdownOptions {
        MarkdownOptions(trusted: false, extensions: true, japanese: japanese, reservedIDs: reservedIDs,
                        omitLeadingHeading: omitLeadingHeading)
    }

    /// Site mode with the Japanese rules: line-start markers such as `※`
    /// and `・` keep their own line, runs of `・` lines become lists, bare
    /// `https://` URLs link after a colon or Japanese text, `www.` alone is
    /// not linked, bare e-mail addresses are. See docs/content-format.md.
    var japaneseBodyRules: Bool { extensions && japanese }
}
