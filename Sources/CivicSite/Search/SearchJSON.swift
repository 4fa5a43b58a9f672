/// A JSON value written with sorted keys and no insignificant space, so the
/// index files are byte-for-byte the same on every build.
indirect enum SearchJSON: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([SearchJSON])
    case object([String: SearchJSON])

    var serialized: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes, as the open-data writer does.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(utf8: "null")
        case .bool(let b): out.append(utf8: b ? "true" : "false")
        case .int(let n): out.append(utf8: String(n))
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.write(to: &out)
            }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            // Keys compare by UTF-8 bytes: the order does not depend on locale.
            for (i, key) in members.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }).enumerated() {
                if i > 0 { out.append(0x2C) }
                Self.writeString(key, to: &out)
                out.append(0x3A)
                members[key]!.write(to: &out)
            }
            out.append(0x7D)
        }
    }

    /// The open-data JSON writer's string rule, so both write the same bytes.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        JSONValue.writeString(s, into: &out, scriptSafe: false)
    }

    /// Ids as gaps from the previous id, the compact form of a sorted list.
    static func deltas(_ sorted: [Int]) -> SearchJSON {
        var previous = 0
        return .array(sorted.map { id in
            defer { previous = id }
            return .int(id - previous)
        })
    }
}
