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
        if old.content.config != new.content.config || old.urls.baseURL != new.urls.baseURL
            || old.siteValue() != new.siteValue() {
            everything = true
            return
        }
        records = known ?? Self.records(from: old.content, to: new.content)
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
        records.formUnion(changed(old.pages, new.pages, kind: .pages))
        return records
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
