/// A `# …` comment of front matter: on a line of its own or after a value.
///
/// Comments are never published, but a record made from a template keeps
/// notes there that must not be forgotten (`start: 2026-12-01 10:00  # 〔日時を確かめる〕`),
/// so the parser hands them on instead of dropping them.
public struct FrontMatterComment: Sendable, Equatable {
    /// Where the `#` is.
    public var location: SourceLocation
    /// What follows the `#`, up to the end of the line.
    public var text: String

    public init(location: SourceLocation, text: String) {
        self.location = location
        self.text = text
    }
}

/// Everything one parse gives: the tree, its problems and its comments.
public struct FrontMatterParse: Sendable {
    /// The top-level mapping; partial when `diagnostics` holds an error
    /// (see `FrontMatterParser.parse`).
    public var node: FrontMatterNode
    public var diagnostics: [Diagnostic]
    /// The comments that were read, in the order of the text. After a
    /// syntax error the lines skipped by recovery are missing.
    public var comments: [FrontMatterComment]
}

extension FrontMatterReader {
    /// Keeps the comment whose `#` is at `index`. Keyed by position, so a
    /// line read twice (a look-ahead, recovery) is kept once.
    mutating func noteComment(at index: Int) {
        guard comments[index] == nil else { return }
        comments[index] = text((index + 1)..<lineEnd(from: index))
    }

    /// The comments kept so far, in the order of the text.
    var collectedComments: [FrontMatterComment] {
        comments.keys.sorted().map { FrontMatterComment(location: location($0), text: comments[$0]!) }
    }
}
