/// Keys and values of one record: the CS2xxx messages.
extension Catalogue {
    static let values: [Message] = [
    ]
}
