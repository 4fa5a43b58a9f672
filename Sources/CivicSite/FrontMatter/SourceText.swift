import Foundation

/// Reading a source file's bytes into text the parsers can trust: UTF-8
/// without a byte order mark, with `\n` line breaks only.
public enum SourceText {
    /// Decodes `data`, the contents of the file at `path`.
    ///
    /// Strips a UTF-8 BOM and turns CRLF and lone CR into LF. Bytes that are
    /// not UTF-8 fail with an error at the line and column of the first bad
    /// byte; when the file looks like Shift_JIS (as saved by many Japanese
    /// Windows editors), EUC-JP or UTF-16 the error says so and explains how
    /// to save it as UTF-8.
    public static func decode(_ data: Data, path: String) -> Result<String, DiagnosticList> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return .failure(DiagnosticList([.error(.savedAsUTF16, at: .file(path))]))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let bad = SourceTextUTF8Check.firstInvalid(in: bytes, from: start) {
            return .failure(DiagnosticList([invalidUTF8(bad, bytes: bytes, start: start, path: path)]))
        }
        return .success(String(decoding: normalizingLineBreaks(bytes, from: start), as: UTF8.self))
    }

    /// Reads and decodes the file at `url`; `path` is how messages name it.
    public static func read(_ url: URL, path: String) -> Result<String, DiagnosticList> {
        do {
            return decode(try Data(contentsOf: url), path: path)
        } catch {
            return .failure(DiagnosticList([.error(.sourceUnreadable, at: .file(path))]))
        }
    }

    static func invalidUTF8(_ bad: SourceTextUTF8Check.Failure, bytes: [UInt8], start: Int, path: String) -> Diagnostic {
        let location = SourceLocation(file: path, line: bad.line, column: bad.column)
        let place: MessageArguments = ["line": .number(bad.line), "column": .number(bad.column)]
        // Another encoding breaks UTF-8 at its first non-ASCII byte; a file
        // with valid UTF-8 before the bad byte is damaged UTF-8 instead.
        let asciiBefore = bytes[start..<bad.offset].allSatisfy { $0 < 0x80 }
        if asciiBefore && SourceTextJapaneseEncodings.looksLikeEUCJP(bytes[start...]) {
            return .error(.looksLikeEUCJP, at: location, place)
        }
        if asciiBefore && SourceTextJapaneseEncodings.looksLikeShiftJIS(bytes[start...]) {
            return .error(.looksLikeShiftJIS, at: location, place)
        }
        return .error(.invalidUTF8, at: location, place)
    }

    /// UTF-16 without a byte order mark: ASCII text then has a zero byte
    /// beside every character, which UTF-8 text never has.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(512)
        guard sample.count >= 4 else { return false }
        let zeros = sample.indices.filter { sample[$0] == 0 }
        guard zeros.count * 4 >= sample.count else { return false }
        let even = zeros.filter { $0 % 2 == 0 }.count
        return even == 0 || even == zeros.count
    }

    /// The bytes from `start` with every CRLF and lone CR turned into LF.
    static func normalizingLineBreaks(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        guard bytes[start...].contains(0x0D) else { return Array(bytes[start...]) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }
}
