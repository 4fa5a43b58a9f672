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

    init() {}

    /// The outcomes of `files`, in their order: cached ones where the stamp
    /// matches, the others decoded on all cores. Files no longer listed are
    /// forgotten.
    mutating func outcomes(of files: [ContentFile], today: LocalDate?,
                           decode: @Sendable ([ContentFile]) -> [ContentFileDecoder.Outcome]) -> [ContentFileDecoder.Outcome] {
        if today != self.today { entries = [:]; self.today = today }
        // Stat before reading: a save between the two is seen next time.
        let stamps = files.map { FileStamp(path: $0.path) }
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
