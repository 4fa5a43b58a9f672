import Foundation

/// The specs of one section of pages, each handed out once and let go as it
/// is taken: a list page's cards are freed as soon as it is rendered, not
/// when the whole section is.
final class PageQueue: @unchecked Sendable {
    private var specs: [PageSpec?]
    private let lock = NSLock()

    init(_ specs: [PageSpec]) {
        self.specs = specs
    }

    var count: Int { specs.count }

    func take(_ index: Int) -> PageSpec {
        lock.lock(); defer { lock.unlock() }
        let spec = specs[index]!
        specs[index] = nil
        return spec
    }
}
