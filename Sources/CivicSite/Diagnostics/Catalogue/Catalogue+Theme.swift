/// Themes and templates: the CS4xxx messages.
extension Catalogue {
    static let theme: [Message] = [
    ]
}
