/// Checks across records: the CS3xxx messages.
extension Catalogue {
    static let records: [Message] = [
    ]
}
