/// What reading each content file gave last time, by path, with the file's
/// stamp then: a file whose stamp is unchanged is not read or decoded again.
///
/// Outcomes depend on the file alone and on the build date (hints about
/// dates without a year), so a new date empties the cache.
struct ContentCache: Sendable {
    struct Entry: Sendable {
        var stamp: FileStamp
        var outcome: ContentFileDecoder.Outcome
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var today: LocalDate?
    /// How many files the last load read (for the report and tests).
    private(set) var lastRead = 0
    /// What changed since the last load, when the watcher says so; used by
    /// the next load only.
    var changes: FileChanges?
    /// The folder listing of the last load.
    private var lastScan: ContentScanner.Result?

    /// The changes, when they are only known record files saved in place:
    /// then no folder is listed and no other file stamped again. Paths
    /// the cache does not know (`site.yml`, a picture, a theme file, a path
    /// spelt otherwise) mean looking at everything, as without a watcher.
    private var savedInPlace: Set<String>? {
        guard let changes, changes.listingsUnchanged, changes.paths.allSatisfy({ entries[$0] != nil }) else { return nil }
        return changes.paths
    }

    /// The folders listed now, or as last time when only known files were saved in place.
    mutating func scan(_ list: () -> ContentScanner.Result) -> ContentScanner.Result {
        if savedInPlace != nil, let lastScan { return lastScan }
        let scan = list()
        lastScan = scan
        return scan
    }

    init() {}

    /// The outcomes of `files`, in their order: cached ones where the stamp
    /// matches, the others decoded on all cores. Files no longer listed are
    /// forgotten.
    mutating func outcomes(of files: [ContentFile], today: LocalDate?,
                           decode: @Sendable ([ContentFile]) -> [ContentFileDecoder.Outcome]) -> [ContentFileDecoder.Outcome] {
        if today != self.today { entries = [:]; self.today = today }
        // Stat before reading: a save between the two is seen next time.
        // On both cores: 10,000 records are 10,000 system calls.
        let stamps: [FileStamp?]
        if let saved = savedInPlace {
            stamps = files.map { saved.contains($0.path) ? FileStamp(path: $0.path) : entries[$0.path]?.stamp ?? FileStamp(path: $0.path) }
        } else {
            stamps = files.parallelMap { FileStamp(path: $0.path) }
        }
        changes = nil
        var results = [ContentFileDecoder.Outcome?](repeating: nil, count: files.count)
        var missing: [Int] = []
        for (index, file) in files.enumerated() {
            if let stamp = stamps[index], let entry = entries[file.path], entry.stamp == stamp {
                results[index] = entry.outcome
            } else {
                missing.append(index)
            }
        }
        let decoded = decode(missing.map { files[$0] })
        for (index, outcome) in zip(missing, decoded) {
            results[index] = outcome
            // A file that could not be stamped is read again next time.
            entries[files[index].path] = stamps[index].map { Entry(stamp: $0, outcome: outcome) }
        }
        // Forget the files that are gone. The table is updated in place:
        // rebuilding it on every save cost more than the stats.
        if entries.count != files.count || !missing.isEmpty {
            let listed = Set(files.map(\.path))
            for path in entries.keys.filter({ !listed.contains($0) }) { entries[path] = nil }
        }
        lastRead = missing.count
        return results.map { $0! }
    }
}
