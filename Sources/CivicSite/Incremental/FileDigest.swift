import Foundation

/// A file's size and a 64-bit hash of its bytes: enough to tell whether a
/// page came out the same as the one already written. The hash is seeded
/// per process, which suits a ledger that lives as long as the process.
struct FileDigest: Hashable, Sendable {
    var size: Int
    var hash: Int

    init(size: Int, hash: Int) {
        self.size = size
        self.hash = hash
    }

    init(_ data: Data) {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        size = data.count
        hash = hasher.finalize()
    }
}
