/// How a body's links and images that name a file beside its record are
/// written: the renderer asks `resolve` for each one, and reports each one
/// as a `.fileReference` notice, so the build can check the name and say
/// where it was written.
public struct MarkdownFileLinks: Sendable {
    /// The site URL and size of the file `destination` names (as written,
    /// percent-escapes decoded, without `#…` or `?…`); nil leaves the
    /// destination as it is (the build reports it).
    public var resolve: @Sendable (_ destination: String, _ isImage: Bool) -> MarkdownLocalFile?

    public init(resolve: @escaping @Sendable (_ destination: String, _ isImage: Bool) -> MarkdownLocalFile?) {
        self.resolve = resolve
    }

    /// The file an image or link destination names, or nil when it names no
    /// file beside the record: an address with a scheme (`https:`,
    /// `mailto:`), `#part`, a host (`//…`), a link to a site path (`/groups/…`)
    /// or a link without a file ending (`../sakura/`). An image's destination
    /// always names a file, so `/x.jpg` or `../x.jpg` is returned to be
    /// reported as leaving the folder.
    static func fileName(of url: [UInt8], isImage: Bool) -> String? {
        guard !url.isEmpty, MarkdownURLPolicy.scheme(of: url) == nil else { return nil }
        let first = url[0]
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "?") { return nil }
        if url.starts(with: Array("//".utf8)) || url.starts(with: Array("\\\\".utf8)) { return nil }
        var path = url
        if let cut = path.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            path = Array(path[..<cut])
        }
        let name = String(decoding: MarkdownURLPolicy.percentDecoded(path), as: UTF8.self)
        if isImage { return name.isEmpty ? nil : name }
        if first == UInt8(ascii: "/") { return nil }
        let last = name.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return nil }
        let ending = last[last.index(after: dot)...]
        guard (1...5).contains(ending.count), ending.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return name
    }

    /// The part of a destination after the file name (`#page=2`), kept on the new URL.
    static func fragment(of url: [UInt8]) -> [UInt8] {
        guard let cut = url.firstIndex(of: UInt8(ascii: "#")) else { return [] }
        return Array(url[cut...])
    }
}

/// Where a file named by a body is published, and what its `<img>` or
/// link states.
public struct MarkdownLocalFile: Sendable, Equatable {
    /// The URL to write (`/events/<slug>/files/chirashi.pdf`).
    public var url: String
    /// The picture's size in pixels, written on its `<img>`.
    public var width: Int?
    public var height: Int?
    /// Text written at the end of a link to the file, inside it:
    /// 「（PDF：1.2MB）」, as the national guideline asks.
    public var linkSuffix: String

    public init(url: String, width: Int? = nil, height: Int? = nil, linkSuffix: String = "") {
        self.url = url
        self.width = width
        self.height = height
        self.linkSuffix = linkSuffix
    }
}

/// A link or image that named a file, as the writer met it.
struct MarkdownFileReference {
    /// Source offset of its `[` or `![`, or -1.
    var offset: Int
    var name: String
    var isImage: Bool
    /// The link's text or the image's alt text, without markup.
    var text: String
}
