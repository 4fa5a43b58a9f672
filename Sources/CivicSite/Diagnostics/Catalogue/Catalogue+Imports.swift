/// Importing spreadsheets: the CS6xxx messages.
extension Catalogue {
    static let imports: [Message] = [
    ]
}
