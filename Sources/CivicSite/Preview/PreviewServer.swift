import Foundation

/// The HTTP side of `civicsite serve`: accepts connections on a thread of
/// its own and answers each on a worker, so a slow tab never holds up
/// another; event streams stay open in the hub.
public final class PreviewServer: @unchecked Sendable {
    private let socket: PreviewSocket
    private let router: PreviewRouter
    let hub = LiveReloadHub()
    private let lock = NSLock()
    private var state = PreviewState(problems: nil, generation: 0)
    private let workers = DispatchQueue(label: "civicsite.preview.connections", attributes: .concurrent)
    private var thread: Thread?

    /// The address to open, e.g. `http://127.0.0.1:8000/`.
    public var address: String {
        let host = socket.host.contains(":") ? "[\(socket.host)]" : socket.host
        return "http://\(host):\(socket.port)/"
    }

    public var port: Int { socket.port }

    /// Opens the socket: a port in use or an address that is not ours is a
    /// located problem of the catalogue (CS9001, CS9002).
    init(host: String, port: Int, router: PreviewRouter) throws(DiagnosticList) {
        do {
            socket = try PreviewSocket(host: host, port: port)
        } catch {
            let place = SourceLocation(file: "", line: 0, column: 0)
            if error.code == EADDRINUSE {
                throw DiagnosticList([.error(.portInUse, at: place, ["port": .number(port), "next": .number(port + 1)])])
            }
            throw DiagnosticList([.error(.cannotListen, at: place, ["host": .text(host), "port": .number(port),
                                                                     "reason": .term(Term.systemReason(error.code))])])
        }
        self.router = router
    }

    func start() {
        let thread = Thread { [self] in
            while let fd = socket.accept() {
                let connection = PreviewConnection(fd: fd)
                workers.async { self.handle(connection) }
            }
        }
        thread.name = "civicsite preview"
        self.thread = thread
        thread.start()
    }

    /// Shows a new build (or its problems) and reloads every open tab.
    func publish(problems: [Diagnostic]?) {
        lock.lock()
        state = PreviewState(problems: problems, generation: state.generation + 1)
        lock.unlock()
        hub.broadcast()
    }

    var current: PreviewState {
        lock.lock(); defer { lock.unlock() }
        return state
    }

    public func stop() {
        socket.close()
        hub.closeAll()
    }

    private func handle(_ connection: PreviewConnection) {
        guard let request = connection.readRequest() else {
            connection.send(HTTPResponse.text(400, "400 Bad Request\n").serialized())
            connection.close()
            return
        }
        switch router.answer(request, state: current) {
        case .events:
            hub.add(connection)
        case .response(let response):
            connection.send(response.serialized(includeBody: request.method != "HEAD"))
            connection.close()
        }
    }
}
