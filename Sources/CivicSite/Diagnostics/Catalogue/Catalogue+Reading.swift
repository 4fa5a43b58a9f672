/// Reading files (encodings, file names, links): the CS10xx messages.
extension Catalogue {
    static let reading: [Message] = [
    ]
}
