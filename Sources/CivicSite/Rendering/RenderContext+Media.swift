import Foundation

/// The pictures and files of records as pages show them, and the copies of
/// the files in the site.
extension RenderContext {
    /// The record's main picture when it may be published.
    func mainImage(_ record: RecordSource?) -> PublishedImage? {
        guard let record, let image = record.media.image, let folder = content.media.files(of: record),
              case .found(let file) = folder.lookup(image.reference.file), file.isUsable,
              let type = file.type, type.isImage, let info = file.image else { return nil }
        return PublishedImage(path: folder.outputPath(of: file), width: info.width, height: info.height, alt: image.alt,
                              type: type, sourcePath: file.path)
    }

    /// `media` of a record's page: `image` `{url, width, height, alt}` and
    /// `attachments` `{items: [{url, title, label, external}], count}`.
    func mediaValue(_ record: RecordSource?) -> TemplateValue {
        let image: TemplateValue = mainImage(record).map {
            .object(["url": .string(urls.path($0.path)), "width": .int($0.width), "height": .int($0.height),
                     "alt": .string($0.alt)])
        } ?? .null
        return .object(["image": image, "attachments": .list(attachments(record))])
    }

    func attachments(_ record: RecordSource?) -> [TemplateValue] {
        guard let record else { return [] }
        let folder = content.media.files(of: record)
        return record.media.attachments.compactMap { attachment in
            switch attachment.target {
            case .file(let reference):
                guard let folder, case .found(let file) = folder.lookup(reference.file), file.isUsable, file.type != nil else {
                    return nil
                }
                return .object(["url": .string(urls.path(folder.outputPath(of: file))), "title": .string(attachment.title),
                                "label": .string(file.formatAndSize), "external": .bool(false)])
            case .url(let url, let size):
                let path = url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? url
                let parts = [MediaType(fileName: path)?.label, size.map(MediaSize.label)].compactMap { $0 }
                return .object(["url": .string(url), "title": .string(attachment.title),
                                "label": .text(parts.joined(separator: "：")), "external": .bool(true)])
            }
        }
    }

    /// `page.og_image`: the record's picture, else the site's, with an
    /// absolute URL as social sites need; null without either.
    func ogImage(_ record: RecordSource?) -> TemplateValue {
        guard let image = mainImage(record) ?? content.media.siteImage else { return .null }
        return .object(["url": .string(urls.absolute(image.path)), "width": .int(image.width), "height": .int(image.height),
                        "alt": .string(image.alt), "type": .string(image.type.mimeType)])
    }

    /// JSON-LD with the page's picture as `image` (schema.org ImageObject).
    func withImage(_ json: JSONValue, _ record: RecordSource?) -> JSONValue {
        guard case .object(var pairs) = json, let image = mainImage(record) ?? content.media.siteImage else { return json }
        pairs.append(("image", .object([("@type", "ImageObject"), ("url", .string(urls.absolute(image.path))),
                                        ("width", .int(image.width)), ("height", .int(image.height))])))
        return .object(pairs)
    }

    /// Every file a page uses, copied byte for byte under its safe name; a
    /// file named twice (as the picture and in the body) is written once.
    func mediaFiles() -> [OutputFile] {
        var files: [OutputFile] = []
        for key in content.media.folders.keys.sorted() {
            let folder = content.media.folders[key]!
            for name in folder.names where folder.referenced.contains(name) {
                guard let file = folder.files[name], file.isUsable, file.type != nil else { continue }
                files.append(OutputFile(path: folder.outputPath(of: file), copying: URL(fileURLWithPath: file.path)))
            }
        }
        if let image = content.media.siteImage {
            files.append(OutputFile(path: image.path, copying: URL(fileURLWithPath: image.sourcePath)))
        }
        return files
    }
}
