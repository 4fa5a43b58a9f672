import Foundation

/// A response of the preview server: status, headers and body.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body: Data = Data()

    static let reasons: [Int: String] = [
        200: "OK", 301: "Moved Permanently", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden",
        404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable",
    ]

    /// The bytes on the wire. A HEAD request gets the headers of the same
    /// response, with its Content-Length, and no body.
    func serialized(includeBody: Bool = true) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Status")\r\n"
        var names = Set<String>()
        for (name, value) in headers {
            head += "\(name): \(value)\r\n"
            names.insert(name.lowercased())
        }
        if !names.contains("content-length") { head += "Content-Length: \(body.count)\r\n" }
        if !names.contains("connection") { head += "Connection: close\r\n" }
        head += "\r\n"
        var data = Data(head.utf8)
        if includeBody { data.append(body) }
        return data
    }

    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")],
                     body: Data(text.utf8))
    }

    static func html(_ status: Int, _ html: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                     body: Data(html.utf8))
    }
}
