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

    var isImplicitIterator: Bool { parts.isEmpty }
}
