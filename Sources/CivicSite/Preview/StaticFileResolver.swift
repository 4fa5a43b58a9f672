import Foundation

/// Maps a request path onto a file of the built site, and refuses every
/// path that could reach outside it: `..` and `.` segments (also
/// percent-encoded, `%2e%2e`), encoded slashes and backslashes, NUL and other
/// control characters, and any file whose real path is not under the root.
struct StaticFileResolver: Sendable {
    enum Resolution: Equatable {
        case file(String)
        /// A folder asked for without its trailing slash: redirect to this path.
        case redirect(String)
        case notFound
        case forbidden
    }

    /// The real path of the site folder.
    let root: String

    init(root: String) {
        self.root = Self.realPath(root) ?? root
    }

    func resolve(_ requestPath: String) -> Resolution {
        guard requestPath.hasPrefix("/") else { return .forbidden }
        var segments: [String] = []
        for raw in requestPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = Self.decode(raw) else { return .forbidden }
            if segment == "." || segment == ".." || segment.contains("/") || segment.contains("\\") { return .forbidden }
            if segment.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .forbidden }
            segments.append(segment)
        }
        // `a//b` or a trailing slash leave empty segments; only the last may be one.
        if segments.dropLast().contains("") { return .notFound }
        let relative = segments.filter { !$0.isEmpty }.joined(separator: "/")
        let candidate = relative.isEmpty ? root : root + "/" + relative
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        var file = candidate
        if isFolder.boolValue {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            file = candidate + "/index.html"
        }
        guard let real = Self.realPath(file) else { return .notFound }
        guard real.hasPrefix(root + "/") else { return .forbidden }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDir), !isDir.boolValue else { return .notFound }
        return .file(real)
    }

    /// Percent-decoding as UTF-8; nil for a malformed escape or bytes that are not UTF-8.
    static func decode(_ s: Substring) -> String? {
        guard s.contains("%") else { return String(s) }
        var bytes: [UInt8] = []
        var i = s.utf8.startIndex
        let utf8 = s.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "%") {
                let h1 = utf8.index(after: i)
                guard h1 < utf8.endIndex else { return nil }
                let h2 = utf8.index(after: h1)
                guard h2 < utf8.endIndex, let hi = hex(utf8[h1]), let lo = hex(utf8[h2]) else { return nil }
                bytes.append(hi << 4 | lo)
                i = utf8.index(after: h2)
            } else {
                bytes.append(b)
                i = utf8.index(after: i)
            }
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 65...70: return b - 55
        case 97...102: return b - 87
        default: return nil
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
