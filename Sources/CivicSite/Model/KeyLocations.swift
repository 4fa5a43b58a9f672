/// Where each front-matter key of a record was written, held compactly:
/// every record keeps them for the whole build, for messages that later
/// stages may give, and a `[String: SourceLocation]` of twenty keys (list
/// items count, `fields[1]`) took about 1.5 KB a record; this takes a
/// third of that.
///
/// Keys are kept sorted, so two sources that name the same places are
/// equal whatever order the keys were found in.
public struct KeyLocations: Sendable, Hashable {
    /// The file every location shares, held once.
    private var file: String
    private var keys: [String] = []
    /// `line << 32 | column` of `keys[i]`.
    private var places: [UInt64] = []
    /// Locations in another file than `file` (none in practice), as given.
    private var elsewhere: [String: SourceLocation] = [:]

    public init(_ locations: [String: SourceLocation] = [:], file: String) {
        self.file = file
        let shared = locations.filter { $0.value.file == file && Self.fits($0.value) }
        keys.reserveCapacity(shared.count)
        places.reserveCapacity(shared.count)
        for (key, location) in shared.sorted(by: { $0.key < $1.key }) {
            keys.append(key)
            places.append(UInt64(location.line) << 32 | UInt64(location.column))
        }
        if shared.count < locations.count {
            elsewhere = locations.filter { $0.value.file != file || !Self.fits($0.value) }
        }
    }

    public subscript(key: String) -> SourceLocation? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        if low < keys.count, keys[low] == key {
            let place = places[low]
            return SourceLocation(file: file, line: Int(place >> 32), column: Int(place & 0xFFFF_FFFF))
        }
        return elsewhere[key]
    }

    public var count: Int { keys.count + elsewhere.count }

    private static func fits(_ location: SourceLocation) -> Bool {
        (0...Int(UInt32.max)).contains(location.line) && (0...Int(UInt32.max)).contains(location.column)
    }
}
