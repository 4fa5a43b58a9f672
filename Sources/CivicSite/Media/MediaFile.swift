/// One file of a record's folder, as inspected: what it is, how big, and
/// the name it is published under.
public struct MediaFile: Sendable, Hashable {
    /// The name in the folder, as the record writes it.
    public var name: String
    /// Where to read and copy it from.
    public var path: String
    /// As shown in messages: `content/events/<slug>/chirashi.pdf`.
    public var shown: String
    public var byteCount: Int
    /// Nil for a kind of file the site does not publish.
    public var type: MediaType?
    /// Format and pixel size, for a picture that could be read.
    public var image: ImageInfo?
    /// False when the file has an error of its own (too large, damaged,
    /// unsafe): it is never copied.
    public var isUsable: Bool
    /// The URL-safe name it gets in the site (`MediaFileName`).
    public var outputName: String

    /// 「PDF：1.2MB」: the format and size a link to the file states.
    public var formatAndSize: String {
        (type?.label ?? "") + "：" + MediaSize.label(byteCount)
    }
}
