#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Named moments of a build where a test can stop the process with
/// `SIGKILL` or make it pause, to prove that a build killed at any moment
/// leaves a complete site and that the next build cleans up.
///
/// Set `CIVICSITE_FAILPOINT=<name>` (kill there), `<name>:<n>` (kill at the
/// n-th time, for `page`) or `<name>=pause:<seconds>`. Unset, reaching a
/// point is one comparison.
public enum FailPoint {
    /// The moments, in the order a build reaches them.
    public enum Name: String, Sendable, CaseIterable {
        /// The output lock is held; leftovers not yet looked at.
        case locked
        /// The staging folder exists, its marker is not written yet.
        case stagingCreated = "staging-created"
        /// The staging folder carries its marker.
        case stagingMarked = "staging-marked"
        case contentLoaded = "content-loaded"
        /// After the n-th page was written (`page:n`).
        case page
        case pagesWritten = "pages-written"
        case dataWritten = "data-written"
        case searchWritten = "search-written"
        case beforeSwap = "before-swap"
        /// Only when the swap takes two renames: the old site moved away,
        /// the new one not yet in place.
        case betweenRenames = "between-renames"
        /// The new site is in place; the old one not yet deleted.
        case swapped
        /// Part of the old site deleted.
        case removingOld = "removing-old"
        /// The old site deleted; the lock still held.
        case oldRemoved = "old-removed"
    }

    private struct Plan: Sendable {
        var name: String
        var count: Int?
        var pause: Double?
    }

    private static let plan: Plan? = {
        guard let text = ProcessInfo.processInfo.environment["CIVICSITE_FAILPOINT"], !text.isEmpty else { return nil }
        var point = Substring(text)
        var pause: Double?
        if let equals = point.firstIndex(of: "="), point[point.index(after: equals)...].hasPrefix("pause:") {
            pause = Double(point[point.index(equals, offsetBy: 7)...])
            point = point[..<equals]
        }
        var count: Int?
        if let colon = point.firstIndex(of: ":") {
            count = Int(point[point.index(after: colon)...])
            point = point[..<colon]
        }
        return Plan(name: String(point), count: count, pause: pause)
    }()

    /// Whether any point is set (so callers can skip counting).
    static var isArmed: Bool { plan != nil }

    /// Kills or pauses the process when `name` (and `count`) is the point set.
    static func reach(_ name: Name, count: Int? = nil) {
        guard let plan, plan.name == name.rawValue, plan.count == nil || plan.count == count else { return }
        if let pause = plan.pause {
            Thread.sleep(forTimeInterval: pause)
        } else {
            kill(getpid(), SIGKILL)
        }
    }
}
