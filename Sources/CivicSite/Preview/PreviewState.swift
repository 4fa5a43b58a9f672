import Foundation

/// What the preview shows now: the site, or the problems that stop it.
struct PreviewState: Sendable {
    /// Problems of the last build, nil when it succeeded.
    var problems: [Diagnostic]?
    /// Counts rebuilds, so tests and tabs can tell a new site from the old one.
    var generation: Int
}
