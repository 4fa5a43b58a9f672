import Foundation

/// The browser tabs waiting for a change, as Server-Sent Events streams:
/// after every rebuild each gets one `reload` event. EventSource reconnects
/// by itself when the server restarts.
final class LiveReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [PreviewConnection] = []

    /// The script served pages load: it reloads the page on an event.
    static let script = """
    (function () {
      if (!window.EventSource) return;
      var source = new EventSource("/__civicsite/events");
      source.addEventListener("reload", function () { location.reload(); });
    })();

    """

    static let scriptPath = "/__civicsite/live-reload.js"
    static let eventsPath = "/__civicsite/events"

    /// Keeps `connection` open as an event stream.
    func add(_ connection: PreviewConnection) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n"
        guard connection.send(Data((head + ": connected\n\n").utf8)) else { connection.close(); return }
        lock.lock(); clients.append(connection); lock.unlock()
    }

    /// Tells every open tab to reload; drops the ones that have gone.
    func broadcast() {
        lock.lock()
        let current = clients
        lock.unlock()
        var alive: [PreviewConnection] = []
        for client in current {
            if client.send(Data("event: reload\ndata: reload\n\n".utf8)) { alive.append(client) } else { client.close() }
        }
        lock.lock()
        clients = alive + clients.filter { c in !current.contains { $0 === c } }
        lock.unlock()
    }

    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return clients.count
    }

    func closeAll() {
        lock.lock()
        let current = clients
        clients = []
        lock.unlock()
        for client in current { client.close() }
    }

    /// `html` with the reload script before its closing body tag.
    static func inject(into html: String) -> String {
        let tag = "<script src=\"\(scriptPath)\"></script>"
        guard let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + tag }
        return html.replacingCharacters(in: range, with: tag + "</body>")
    }
}
