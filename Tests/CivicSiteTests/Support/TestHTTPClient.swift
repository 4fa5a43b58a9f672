#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A tiny HTTP/1.1 client over a POSIX socket, so the preview's tests can
/// send exactly the bytes they mean (`/../`, odd headers) to a local port.
enum TestHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func get(_ port: Int, _ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        let raw = try send(port, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           + headers.map { "\($0.key): \($0.value)\r\n" }.joined() + "\r\n")
        return parse(raw)
    }

    /// Sends `request` and reads until the server closes the connection.
    static func send(_ port: Int, _ request: String, readTimeout: Int = 10) throws -> String {
        let fd = try connect(port, readTimeout: readTimeout)
        defer { close(fd) }
        _ = request.withCString { Glibc.send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An open connection whose reads wait at most `readTimeout` seconds.
    static func connect(_ port: Int, readTimeout: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(fd); throw NSError(domain: "TestHTTPClient", code: Int(errno)) }
        var timeout = timeval(tv_sec: readTimeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func parse(_ raw: String) -> Response {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let body = parts.dropFirst().joined(separator: "\r\n\r\n")
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: body)
    }
}
