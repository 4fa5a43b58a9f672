extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes in one copy: what the writers that
    /// build a file as bytes (pages, JSON) append their texts with.
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
