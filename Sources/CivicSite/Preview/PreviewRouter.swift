import Foundation

/// Answers one request of the preview: a file of the built site (with the
/// reload script in its pages), the reload script and event stream, or the
/// page of problems while the content has errors.
struct PreviewRouter: Sendable {
    var resolver: StaticFileResolver
    var language: Language
    /// The page for problems, given them.
    var errorPage: @Sendable ([Diagnostic]) -> String

    enum Answer {
        case response(HTTPResponse)
        /// Keep the connection open as an event stream.
        case events
    }

    func answer(_ request: HTTPRequest, state: PreviewState) -> Answer {
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = HTTPResponse.text(405, "405 Method Not Allowed\n")
            response.headers.append(("Allow", "GET, HEAD"))
            return .response(response)
        }
        let path = request.path
        if path == LiveReloadHub.eventsPath { return .events }
        if path == LiveReloadHub.scriptPath {
            return .response(HTTPResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"),
                                                                 ("Cache-Control", "no-store")],
                                          body: Data(LiveReloadHub.script.utf8)))
        }
        let resolution = resolver.resolve(path)
        // While there are errors every page shows them; assets still load.
        if let problems = state.problems, problems.contains(where: \.isError), isPage(resolution, path: path) {
            return .response(.html(500, errorPage(problems)))
        }
        switch resolution {
        case .forbidden:
            return .response(.text(403, "403 Forbidden\n"))
        case .redirect(let location):
            let query = request.target.dropFirst(request.path.count)
            return .response(HTTPResponse(status: 301, headers: [("Location", location + query), ("Cache-Control", "no-store")]))
        case .notFound:
            return .response(notFound())
        case .file(let file):
            return .response(serve(file, request: request))
        }
    }

    private func isPage(_ resolution: StaticFileResolver.Resolution, path: String) -> Bool {
        switch resolution {
        case .file(let file): return file.hasSuffix(".html")
        case .redirect: return false
        case .notFound, .forbidden:
            // An address of a page that does not exist yet (a new record) has no file ending.
            let last = path.split(separator: "/").last ?? ""
            return path.hasSuffix("/") || path.hasSuffix(".html") || !last.contains(".")
        }
    }

    /// The theme's 404 page, or a plain text when the site has none.
    private func notFound() -> HTTPResponse {
        if let data = FileManager.default.contents(atPath: resolver.root + "/404.html") {
            var response = HTTPResponse.html(404, LiveReloadHub.inject(into: String(decoding: data, as: UTF8.self)))
            response.headers.append(("X-Content-Type-Options", "nosniff"))
            return response
        }
        return .text(404, "404 Not Found\n")
    }

    private func serve(_ file: String, request: HTTPRequest) -> HTTPResponse {
        guard var data = FileManager.default.contents(atPath: file) else { return notFound() }
        let type = ContentTypes.type(forPath: file)
        if type.hasPrefix("text/html") {
            data = Data(LiveReloadHub.inject(into: String(decoding: data, as: UTF8.self)).utf8)
        }
        let tag = "\"" + String(PreviewETag.hash(data), radix: 16) + "\""
        var headers: [(String, String)] = [("Content-Type", type), ("ETag", tag), ("Cache-Control", "no-cache"),
                                           ("X-Content-Type-Options", "nosniff")]
        if let match = request.headers["if-none-match"], PreviewETag.matches(match, tag) {
            return HTTPResponse(status: 304, headers: headers.filter { $0.0 != "Content-Type" })
        }
        headers.append(("Content-Length", String(data.count)))
        return HTTPResponse(status: 200, headers: headers, body: data)
    }
}

/// Strong validators from the bytes served: an edit that changes nothing
/// keeps the tag, so the browser's copy stays valid.
enum PreviewETag {
    /// FNV-1a, 64 bits.
    static func hash(_ data: Data) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// `If-None-Match` holds `*`, the tag, or a list with it (weak or strong).
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let t = part.trimmingCharacters(in: .whitespaces)
            return t == "*" || t == tag || t == "W/" + tag
        }
    }
}
