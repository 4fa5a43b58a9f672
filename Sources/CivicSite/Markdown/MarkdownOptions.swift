/// How Markdown is turned into HTML: which trust level, which extensions and
/// whether the rules for Japanese text apply.
public struct MarkdownOptions: Sendable, Equatable {
    /// Raw HTML is passed through and any URL scheme is kept (spec mode).
    /// When false, raw HTML is escaped and only safe link schemes survive.
    public var trusted: Bool
    /// GFM tables, strikethrough, bare-URL autolinks and heading ids.
    public var extensions: Bool
    /// No space for a soft break between CJK characters, and emphasis
    /// delimiters may sit next to Japanese punctuation.
    public var japanese: Bool
    /// Ids the page around the body already uses; heading ids avoid them.
    public var reservedIDs: Set<String> = []

    public init(trusted: Bool = false, extensions: Bool = true, japanese: Bool = true, reservedIDs: Set<String> = []) {
        self.trusted = trusted
        self.extensions = extensions
        self.japanese = japanese
        self.reservedIDs = reservedIDs
    }

    /// Strict CommonMark as the spec tests expect: trusted, no extensions, no Japanese rules.
    public static let spec = MarkdownOptions(trusted: true, extensions: false, japanese: false)

    /// What the site uses for record bodies: safe, extensions on, Japanese on
    /// when the site language is ja.
    public static func site(japanese: Bool, reservedIDs: Set<String> = []) -> MarkdownOptions {
        MarkdownOptions(trusted: false, extensions: true, japanese: japanese, reservedIDs: reservedIDs)
    }
}
