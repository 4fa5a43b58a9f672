/// Percent-encoding of a URL query value: every byte of the UTF-8 text but
/// RFC 3986's unreserved characters (`A–Z a–z 0–9 - . _ ~`) as `%XX`.
///
/// Written over bytes: Foundation's `addingPercentEncoding` with a
/// `CharacterSet` took a few microseconds per value, and every event page
/// and map link asks several times.
enum PercentEncoding {
    static func query(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(0x25)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }
}
