#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Puts a staging folder in place of the output folder, both named in one
/// parent folder.
///
/// On Linux it is one `renameat2(RENAME_EXCHANGE)`: the two names trade
/// places atomically, so there is never a moment without a site, and the
/// old site ends up under the staging folder's name. Where the file system
/// (or the system) cannot exchange, it is two renames, output → retired
/// name, staging → output; a build killed between them leaves no output
/// folder, and the next build puts the retired site back
/// (`StagingLeftovers`).
enum SiteSwap {
    /// Where the previous site went.
    enum Outcome: Equatable {
        /// There was none.
        case firstSite
        /// It is now under this name in the parent folder, to be deleted.
        case retired(String)
    }

    /// What went wrong, and where the previous site is after it.
    struct Failure: Error {
        var error: FileIO.Failure
        /// Set when the previous site could not be put back: its name in the parent.
        var strandedAt: String?
    }

    static func swap(staging: String, output: String, retiredName: String, in parent: Int32,
                     parentPath: String, allowExchange: Bool = exchangeAllowed) throws(Failure) -> Outcome {
        func failure(_ name: String, _ code: Int32, stranded: String? = nil) -> Failure {
            Failure(error: FileIO.Failure(path: parentPath + "/" + name, code: code), strandedAt: stranded)
        }
        guard DirectoryEntry.kind(of: output, in: parent) != nil else {
            guard renameat(parent, staging, parent, output) == 0 else { throw failure(output, errno) }
            return .firstSite
        }
        if allowExchange, let exchange = renameAt2 {
            if exchange(parent, staging, parent, output, renameExchange) == 0 {
                StagingMarker.markIfMissing(staging, in: parent)
                return .retired(staging)
            }
            let code = errno
            // Not supported here (an old kernel, some network file systems): rename twice.
            guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP || code == ENOTSUP else { throw failure(output, code) }
        }
        guard renameat(parent, output, parent, retiredName) == 0 else { throw failure(output, errno) }
        // Marked, the next build can put it back if this one dies now.
        let marked = StagingMarker.markIfMissing(retiredName, in: parent)
        FailPoint.reach(.betweenRenames)
        guard renameat(parent, staging, parent, output) == 0 else {
            let code = errno
            guard renameat(parent, retiredName, parent, output) == 0 else { throw failure(output, code, stranded: retiredName) }
            if marked { StagingMarker.unmark(output, in: parent) }
            throw failure(output, code)
        }
        return .retired(retiredName)
    }

    /// `CIVICSITE_NO_EXCHANGE=1` makes every swap take two renames, so
    /// tests can reach the moment between them on Linux too.
    static var exchangeAllowed: Bool {
        ProcessInfo.processInfo.environment["CIVICSITE_NO_EXCHANGE"] != "1"
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: UInt32 = 1 << 1

    /// glibc has had `renameat2` since 2.28, but Swift's Glibc module does
    /// not declare it (and `syscall` is variadic, which Swift cannot call),
    /// so it is looked up by name; nil where the C library lacks it.
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}
