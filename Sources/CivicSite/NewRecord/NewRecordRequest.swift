import Foundation

/// What `civicsite new` is asked to make.
public struct NewRecordRequest: Sendable {
    public var kind: RecordKind
    /// `--title`, as typed.
    public var title: String?
    /// `--kana`, a group's reading, as typed.
    public var kana: String?
    /// The slug given on the command line; nil to make one.
    public var slug: String?
    /// The content folder, and how it is shown in messages.
    public var contentDirectory: URL
    public var contentDisplayPath: String
    /// The folder holding one folder per theme.
    public var themesDirectory: URL
    /// `--theme DIR`: this theme instead of the one `site.yml` names.
    public var themeDirectory: URL?
    /// The moment the record is made, for `{{today}}` and `{{now}}`.
    public var now: DateTime

    public init(kind: RecordKind, title: String? = nil, kana: String? = nil, slug: String? = nil, contentDirectory: URL,
                contentDisplayPath: String = "content", themesDirectory: URL, themeDirectory: URL? = nil, now: DateTime) {
        self.kind = kind
        self.title = title
        self.kana = kana
        self.slug = slug
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.themesDirectory = themesDirectory
        self.themeDirectory = themeDirectory
        self.now = now
    }

    /// The site's own templates: `archetypes/` beside the content folder,
    /// as Hugo keeps `archetypes/` beside `content/`.
    var siteArchetypes: (directory: URL, displayPath: String) {
        let parent = FileIO.parentPath(of: contentDisplayPath)
        return (contentDirectory.deletingLastPathComponent().appendingPathComponent("archetypes"),
                parent.isEmpty || parent == "." ? "archetypes" : "\(parent)/archetypes")
    }
}

/// What `civicsite new` wrote.
public struct NewRecordResult: Sendable {
    /// Where, as shown in messages (`content/events/new-event-2026-12-01.md`).
    public var path: String
    public var slug: String
    public var slugOrigin: SlugOrigin
    /// The template it was made from, as shown in messages.
    public var template: String
    /// Warnings about the record as written (it passed `check` otherwise).
    public var warnings: [Diagnostic]

    /// Where the slug came from, for what `new` tells the user.
    public enum SlugOrigin: Sendable, Equatable {
        case given
        case title
        /// No slug could be read from the title; a dated one was used.
        case date
    }
}
