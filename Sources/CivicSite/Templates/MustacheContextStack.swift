/// The values a template sees, innermost last, with a name lookup that does
/// not slow down as the stack grows.
///
/// The spec looks a name up in the nearest frame that has it. Searching
/// frame by frame costs the depth of the stack for every tag, which made
/// deeply nested object sections quadratic. The top frames, where almost
/// every name is found, are still searched one by one (pushing a list item
/// costs nothing more than appending it); frames further down are kept in
/// an index from key to the nearest frame holding it. A frame enters the
/// index only when the stack has grown past it by `window`, and leaves it
/// half a window before it is popped, so a loop at the boundary does not
/// index the same frame over and over.
struct MustacheContextStack {
    private static let window = 16

    private(set) var frames: [TemplateValue]
    /// Frames `0..<indexed` are in `nearest`; the ones above are searched directly.
    private var indexed = 0
    private var nearest: [String: Int] = [:]
    /// What each indexed key pointed to before, to restore in reverse order.
    private var undo: [(key: String, previous: Int?)] = []
    /// Where each indexed frame's entries start in `undo`.
    private var undoStart: [Int] = []

    init(_ root: TemplateValue) {
        frames = [root]
        frames.reserveCapacity(16)
    }

    var top: TemplateValue { frames[frames.count - 1] }

    mutating func push(_ value: TemplateValue) {
        frames.append(value)
        if frames.count - indexed > Self.window {
            while indexed < frames.count - Self.window / 2 { indexNext() }
        }
    }

    mutating func pop() {
        if indexed == frames.count {
            let target = Swift.max(0, frames.count - 1 - Self.window / 2)
            while indexed > target { unindexLast() }
        }
        frames.removeLast()
    }

    /// The value of `key` in the nearest frame that has it.
    func value(of key: String) -> TemplateValue? {
        var index = frames.count - 1
        while index >= indexed {
            if case .object(let object) = frames[index], let value = object[key] { return value }
            index -= 1
        }
        guard indexed > 0, let frame = nearest[key], case .object(let object) = frames[frame] else { return nil }
        return object[key]
    }

    private mutating func indexNext() {
        undoStart.append(undo.count)
        if case .object(let object) = frames[indexed] {
            for key in object.keys {
                undo.append((key, nearest.updateValue(indexed, forKey: key)))
            }
        }
        indexed += 1
    }

    private mutating func unindexLast() {
        let start = undoStart.removeLast()
        while undo.count > start {
            let entry = undo.removeLast()
            nearest[entry.key] = entry.previous
        }
        indexed -= 1
    }
}
