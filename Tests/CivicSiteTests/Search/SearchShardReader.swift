@testable import CivicSite
import Foundation

/// Decodes a head shard or a tail file back into postings, to check what the
/// writer wrote (format in `SearchShardWriter`).
struct SearchShardReader {
    struct Posting: Equatable {
        var document: Int
        var impact: UInt8
        var flags: UInt8
        /// Modulo 256, as stored.
        var positions: [Int]
    }

    enum Failure: Error { case truncated(at: Int) }

    var terms: [String: [Posting]] = [:]
    /// Document frequency of each term; only head shards carry it.
    var documentFrequencies: [String: Int] = [:]
    var order: [String] = []

    init(_ data: Data, tail: Bool = false) throws {
        let bytes = [UInt8](data)
        var offset = 0
        func varint() throws -> Int {
            guard let v = SearchVarint.read(bytes, at: &offset) else { throw Failure.truncated(at: offset) }
            return v
        }
        func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw Failure.truncated(at: offset) }
            defer { offset += 1 }
            return bytes[offset]
        }
        for _ in 0..<(try varint()) {
            let length = try varint()
            guard offset + length <= bytes.count else { throw Failure.truncated(at: offset) }
            let term = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
            offset += length
            if !tail { documentFrequencies[term] = try varint() }
            let header = try varint()
            var postings: [Posting] = []
            var document = 0
            for _ in 0..<(header >> 1) {
                document += try varint()
                var posting = Posting(document: document, impact: try byte(), flags: 0, positions: [])
                if header & 1 != 0 {
                    let flags = try byte()
                    posting.flags = flags & 3
                    for _ in 0..<(Int(flags) >> 2) { posting.positions.append(Int(try byte())) }
                }
                postings.append(posting)
            }
            terms[term] = postings
            order.append(term)
        }
        guard offset == bytes.count else { throw Failure.truncated(at: offset) }
    }
}
