/// Front-matter syntax: the CS11xx–CS19xx messages.
extension Catalogue {
    static let frontMatter: [Message] = [
    ]
}
