/// A tag's name split on dots once, at parse time, so rendering never
/// re-parses strings. `.` (the implicit iterator) has no parts.
struct MustacheName: Sendable, Equatable {
    /// The name as written, for messages.
    let text: String
    let parts: [String]

    init(_ text: String) {
        self.text = text
        self.parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// A name already split (`workerCopy`).
    init(copying text: String, parts: [String]) {
        self.text = text
        self.parts = parts
    }

    var isImplicitIterator: Bool { parts.isEmpty }
}
