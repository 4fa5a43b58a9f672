/// Preview server and new records: the CS9xxx messages.
extension Catalogue {
    static let preview: [Message] = [
    ]
}
