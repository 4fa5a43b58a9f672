/// What differs between the content of two builds: the records added,
/// removed or changed (by value, body included), and the events whose
/// status moved with the build time (upcoming → ongoing → past), which
/// changes their pages as much as an edit would.
struct ContentChanges: Sendable {
    var records: Set<RecordKey> = []
    /// Something every page shows changed (`site.yml`, the build date, the
    /// list of free-standing pages, a field): only a full render is exact.
    var everything = false

    init(everything: Bool) {
        self.everything = everything
    }

    /// The changes from `old` to `new`. Linear in the number of records: an
    /// unchanged record decoded from the cache shares its strings with the
    /// old one, so comparing it is quick. `records` are the records that
    /// differ, when already known (`ContentChanges.records(from:to:)`).
    init(from old: RenderContext, to new: RenderContext, records known: Set<RecordKey>? = nil) {
        // The site's picture is every page's og:image when the page has none.
        if old.content.config != new.content.config || old.urls.baseURL != new.urls.baseURL
            || old.siteValue() != new.siteValue() || old.content.media.siteImage != new.content.media.siteImage {
            everything = true
            return
        }
        records = known ?? Self.records(from: old.content, to: new.content)
        records.formUnion(Self.mediaChanges(from: old.content, to: new.content))
        if records.contains(where: { $0.kind == .fields }) {
            // A field's name is on every card of every record in it.
            everything = true
            return
        }
        if old.now != new.now {
            // Grants count in days: a new date changed `site.build_date`
            // above already. Events count to the minute.
            let before = Dictionary(old.content.events.map { ($0.slug, old.eventStatus($0)) }, uniquingKeysWith: { a, _ in a })
            for e in new.content.events where before[e.slug].map({ $0 != new.eventStatus(e) }) ?? false {
                records.insert(RecordKey(.events, e.slug))
            }
        }
    }

    /// The records added, removed or changed by value.
    static func records(from old: SiteContent, to new: SiteContent) -> Set<RecordKey> {
        var records = changed(old.fields, new.fields, kind: .fields)
        records.formUnion(changed(old.groups, new.groups, kind: .groups))
        records.formUnion(changed(old.events, new.events, kind: .events))
        records.formUnion(changed(old.grants, new.grants, kind: .grants))
        records.formUnion(changed(old.cases, new.cases, kind: .cases))
        records.formUnion(changed(old.news, new.news, kind: .news))
        records.formUnion(changed(old.pages, new.pages, kind: .pages))
        return records
    }

    /// The records whose folder's files changed (added, removed, renamed,
    /// or edited so that their size or picture size differs): their pages
    /// show the files' links, sizes and pictures. Which files are used is
    /// left out, as it follows from the records and bodies.
    static func mediaChanges(from old: SiteContent, to new: SiteContent) -> Set<RecordKey> {
        var paths: Set<String> = []
        for (path, files) in new.media.folders {
            guard let before = old.media.folders[path] else { paths.insert(path); continue }
            if before.files != files.files || before.names != files.names || before.outputFolder != files.outputFolder {
                paths.insert(path)
            }
        }
        for path in old.media.folders.keys where new.media.folders[path] == nil { paths.insert(path) }
        guard !paths.isEmpty else { return [] }
        var result: Set<RecordKey> = []
        for content in [old, new] {
            func add(_ kind: RecordKind, _ records: [(String, RecordSource)]) {
                for (slug, source) in records where paths.contains(source.path) { result.insert(RecordKey(kind, slug)) }
            }
            add(.fields, content.fields.map { ($0.slug, $0.source) })
            add(.groups, content.groups.map { ($0.slug, $0.source) })
            add(.events, content.events.map { ($0.slug, $0.source) })
            add(.grants, content.grants.map { ($0.slug, $0.source) })
            add(.cases, content.cases.map { ($0.slug, $0.source) })
            add(.news, content.news.map { ($0.slug, $0.source) })
            add(.pages, content.pages.map { ($0.slug, $0.source) })
        }
        return result
    }

    static func changed<R: Hashable>(_ old: [R], _ new: [R], kind: RecordKind) -> Set<RecordKey> where R: Slugged {
        var before: [String: R] = [:]
        before.reserveCapacity(old.count)
        for r in old where before[r.slug] == nil { before[r.slug] = r }
        var result: Set<RecordKey> = []
        var seen: Set<String> = []
        seen.reserveCapacity(new.count)
        for r in new {
            guard seen.insert(r.slug).inserted else { continue }
            if before[r.slug] != r { result.insert(RecordKey(kind, r.slug)) }
        }
        for slug in before.keys where !seen.contains(slug) { result.insert(RecordKey(kind, slug)) }
        return result
    }
}

/// A record with a slug (every kind has one).
protocol Slugged {
    var slug: String { get }
}

extension Field: Slugged {}
extension Group: Slugged {}
extension Event: Slugged {}
extension Grant: Slugged {}
extension CollaborationCase: Slugged {}
extension NewsItem: Slugged {}
extension Page: Slugged {}
