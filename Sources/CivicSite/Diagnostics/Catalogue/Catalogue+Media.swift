/// Photos and attached files: the CS7xxx messages.
extension Catalogue {
    static let media: [Message] = [
    ]
}
