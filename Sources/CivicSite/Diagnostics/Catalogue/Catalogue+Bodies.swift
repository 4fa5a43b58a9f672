/// Record bodies: the CS8xxx messages.
extension Catalogue {
    static let bodies: [Message] = [
    ]
}
