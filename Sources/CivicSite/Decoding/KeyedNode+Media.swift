/// `image:` and `attachments:`, which every kind of record has. Only how
/// they are written is checked here; whether the files are there and fit is
/// `MediaCheck`'s part, once the record's folder is known.
extension KeyedNode {
    static let imageKeys = ["file", "alt"]
    static let fileAttachmentKeys = ["file", "title"]
    static let linkAttachmentKeys = ["url", "title", "size"]

    /// Reads both keys; reports what is written wrongly.
    mutating func recordMedia() -> RecordMedia {
        RecordMedia(image: imageReference("image"), attachments: attachmentReferences("attachments"))
    }

    /// `image: {file, alt}`. A bare `image: photo.jpg` is read as the file,
    /// and its missing text alternative reported with the two-line form.
    mutating func imageReference(_ key: String) -> MediaImageReference? {
        guard let node = node(key) else { return nil }
        if case .string(let file) = node.value {
            report(.imageWithoutAlt, at: node.location, key: key, ["file": .text(file)], hint: ChosenHint(.imageAltLines))
            return nil
        }
        guard var nested = mapping(key) else { return nil }
        defer { absorb(nested) }
        guard let fileNode = nested.required("file", example: "file: katsudo.jpg"),
              let file = nested.scalarText(fileNode, key: "file") else {
            nested.checkUnknownKeys(known: Self.imageKeys)
            return nil
        }
        let reference = MediaReference(file: file, location: fileNode.location)
        let alt = nested.node("alt").flatMap { nested.scalarText($0, key: "alt") }
        nested.checkUnknownKeys(known: Self.imageKeys)
        guard let alt, !DecodingText.isBlank(alt) else {
            let at = nested.keyLocations[nested.qualified("alt")] ?? fileNode.location
            nested.report(.imageWithoutAlt, at: at, key: "alt", ["file": .text(file)], hint: ChosenHint(.imageAltLines))
            return nil
        }
        if let problem = AltText.problem(alt, file: file) {
            let at = nested.entries.first { $0.key == "alt" }?.value.location ?? fileNode.location
            nested.report(problem == .fileName ? .altIsFileName : .altIsPlaceholder, at: at, key: "alt",
                          ["alt": .text(alt), "file": .text(file)])
            return nil
        }
        return MediaImageReference(reference: reference, alt: alt)
    }

    /// `attachments:`, a list of `{file, title}` or `{url, title, size}`.
    mutating func attachmentReferences(_ key: String) -> [MediaAttachmentReference] {
        guard let node = node(key) else { return [] }
        guard let items = node.items else {
            report(.notList, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))])
            return []
        }
        var result: [MediaAttachmentReference] = []
        for (index, item) in items.enumerated() {
            let name = "\(qualified(key))[\(index)]"
            guard let entries = item.entries else {
                if case .null = item.value {
                    report(.emptyListItem, at: item.location, key: key)
                } else {
                    report(.notKeyValueLines, at: item.location, key: "\(key)[\(index)]", ["found": .term(Term.valueKind(of: item))])
                }
                continue
            }
            var nested = KeyedNode(entries: entries, path: path, name: name, missingLocation: item.location, today: today)
            if let attachment = nested.attachment() { result.append(attachment) }
            absorb(nested)
        }
        return result
    }

    /// One item of `attachments:`.
    mutating func attachment() -> MediaAttachmentReference? {
        if contains("url") {
            if contains("file"), let at = keyLocations[qualified("url")] {
                report(.make(.attachmentFileAndURL, at: at, ["key": .text(name ?? "")], hint: nil))
                _ = node("file")
            }
            let url = self.url("url")
            let size = fileSize("size")
            let title = requiredText("title", example: "title: 募集要項")
            checkUnknownKeys(known: Self.linkAttachmentKeys)
            guard let url, let title else { return nil }
            return MediaAttachmentReference(target: .url(url, size: size), title: title)
        }
        let fileNode = required("file", example: "file: chirashi.pdf")
        let file = fileNode.flatMap { scalarText($0, key: "file") }
        let title = requiredText("title", example: "title: チラシ")
        checkUnknownKeys(known: Self.fileAttachmentKeys)
        guard let fileNode, let file, let title else { return nil }
        return MediaAttachmentReference(target: .file(MediaReference(file: file, location: fileNode.location)), title: title)
    }

    /// A size such as `1.2MB` or `350KB`, in bytes.
    mutating func fileSize(_ key: String) -> Int? {
        guard let node = node(key), let text = scalarText(node, key: key) else { return nil }
        guard let bytes = MediaSizeText.bytes(text) else {
            report(.fileSizeNotReadable, at: node.location, key: key, ["value": .text(text)])
            return nil
        }
        return bytes
    }
}
