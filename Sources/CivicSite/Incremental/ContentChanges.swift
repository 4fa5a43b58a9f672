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
    /// old one, so comparing it is quick.
    init(from old: RenderContext, to new: RenderContext) {
        if old.content.config != new.content.config || old.urls.baseURL != new.urls.baseURL
            || old.siteValue() != new.siteValue() {
            everything = true
            return
        }
        records.formUnion(Self.changed(old.content.fields, new.content.fields, kind: .fields))
        if !records.isEmpty {
            // A field's name is on every card of every record in it.
            everything = true
            return
        }
        records.formUnion(Self.changed(old.content.groups, new.content.groups, kind: .groups))
        records.formUnion(Self.changed(old.content.events, new.content.events, kind: .events))
        records.formUnion(Self.changed(old.content.grants, new.content.grants, kind: .grants))
        records.formUnion(Self.changed(old.content.cases, new.content.cases, kind: .cases))
        records.formUnion(Self.changed(old.content.pages, new.content.pages, kind: .pages))
        if old.now != new.now {
            // Grants count in days: a new date changed `site.build_date`
            // above already. Events count to the minute.
            let before = Dictionary(old.content.events.map { ($0.slug, old.eventStatus($0)) }, uniquingKeysWith: { a, _ in a })
            for e in new.content.events where before[e.slug].map({ $0 != new.eventStatus(e) }) ?? false {
                records.insert(RecordKey(.events, e.slug))
            }
        }
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
extension Page: Slugged {}
