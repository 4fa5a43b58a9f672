/// Reading files (encodings, file names, links): the CS10xx messages.
/// CS1060–CS1099, the content folder's files and folders, are in
/// `Catalogue+ReadingFolders.swift`.
extension Catalogue {
    static let reading: [Message] = readingFolders + [
    ]
}
