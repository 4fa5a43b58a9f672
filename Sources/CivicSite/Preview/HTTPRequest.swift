import Foundation

/// One HTTP/1.1 request as the preview server needs it: the method, the
/// path (percent-encoded, without the query) and the headers.
struct HTTPRequest: Sendable, Equatable {
    var method: String
    var target: String
    /// Header names in lower case.
    var headers: [String: String]

    /// The path part of the target, before `?` or `#`.
    var path: String {
        String(target.prefix { $0 != "?" && $0 != "#" })
    }

    /// Parses the head of a request (everything before the blank line).
    /// Nil for anything that is not a well-formed HTTP/1.x request head.
    static func parse(head: [UInt8]) -> HTTPRequest? {
        guard let text = String(bytes: head, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count == 1 { lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."),
              parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }), !parts[0].isEmpty else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return HTTPRequest(method: String(parts[0]), target: String(parts[1]), headers: headers)
    }

    /// The end of the head in `bytes` (the index after `\r\n\r\n`), if it has arrived.
    static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 3..<bytes.count where bytes[i] == 10 {
            if bytes[i - 1] == 13, bytes[i - 2] == 10, bytes[i - 3] == 13 { return i + 1 }
            if bytes[i - 1] == 10 { return i + 1 }
        }
        return nil
    }
}
