/// The files a record names in its front matter (`image:`, `attachments:`),
/// as written, with where; checked against the record's folder by `MediaCheck`.
public struct RecordMedia: Sendable, Hashable {
    /// The record's main picture.
    public var image: MediaImageReference?
    /// Flyers, forms and other files offered for download, in written order.
    public var attachments: [MediaAttachmentReference]

    public init(image: MediaImageReference? = nil, attachments: [MediaAttachmentReference] = []) {
        self.image = image
        self.attachments = attachments
    }

    public var isEmpty: Bool { image == nil && attachments.isEmpty }
}

/// A file name as a record wrote it (`flyer.pdf`), relative to the record.
public struct MediaReference: Sendable, Hashable {
    public var file: String
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }
}

/// `image:` with its text alternative.
public struct MediaImageReference: Sendable, Hashable {
    public var reference: MediaReference
    public var alt: String

    public init(reference: MediaReference, alt: String) {
        self.reference = reference
        self.alt = alt
    }
}

/// One item of `attachments:`: a file beside the record or an address
/// elsewhere, with the title its link shows.
public struct MediaAttachmentReference: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case file(MediaReference)
        /// A file on another site, and its size when the record gives it.
        case url(String, size: Int?)
    }

    public var target: Target
    public var title: String

    public init(target: Target, title: String) {
        self.target = target
        self.title = title
    }
}
