/// A text compared and hashed by its UTF-8 bytes: a copy repeats the bytes,
/// and hashing a `String` normalizes it first, which for 10,000 Japanese
/// titles cost more than the rest of the check.
struct ExactText: Hashable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
