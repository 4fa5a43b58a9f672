import Foundation

/// One file of the built site, held in memory until the whole site has been
/// produced, so a failure half-way never leaves a half-written `site/`.
public struct OutputFile: Sendable {
    /// Path relative to the output folder, with `/` separators.
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as is (theme assets), read only when written.
        case copy(URL)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.contents = .data(data)
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    /// A file of UTF-8 bytes made from valid texts (a rendered page).
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, data: Data(bytes))
    }

    public init(path: String, copying source: URL) {
        self.path = path
        self.contents = .copy(source)
    }

    /// Whether this is an HTML page (for the summary's page count).
    public var isPage: Bool { path.hasSuffix(".html") }
}
