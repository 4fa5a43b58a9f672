@testable import CivicSite
import Foundation

/// Decodes a shard file back into postings, to check what the writer wrote.
struct SearchShardReader {
    struct Posting: Equatable {
        var document: Int
        var impact: UInt8
        var flags: UInt8
        var positions: [Int]
    }

    enum Failure: Error { case truncated(at: Int) }

    var terms: [String: [Posting]] = [:]
    var order: [String] = []

    init(_ data: Data) throws {
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
            var postings: [Posting] = []
            var document = 0
            for _ in 0..<(try varint()) {
                document += try varint()
                var posting = Posting(document: document, impact: try byte(), flags: try byte(), positions: [])
                if posting.flags & SearchPostingFlags.hasPositions != 0 {
                    var position = 0
                    for _ in 0..<(try varint()) {
                        position += try varint()
                        posting.positions.append(position)
                    }
                }
                postings.append(posting)
            }
            terms[term] = postings
            order.append(term)
        }
        guard offset == bytes.count else { throw Failure.truncated(at: offset) }
    }
}
