import Foundation

/// Reading a source file's bytes into text the parsers can trust: UTF-8
/// without a byte order mark, with `\n` line breaks only.
public enum SourceText {
    /// Decodes `data`, the contents of the file at `path`.
    ///
    /// Strips a UTF-8 BOM and turns CRLF and lone CR into LF. Bytes that are
    /// not UTF-8 fail with an error at the line and column of the first bad
    /// byte; when the file looks like Shift_JIS (as saved by many Japanese
    /// Windows editors) the error says so and explains how to re-save it.
    public static func decode(_ data: Data, path: String) -> Result<String, DiagnosticList> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(DiagnosticList([.error(
                at: .file(path), "file is saved as UTF-16, not UTF-8",
                hint: "save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)")]))
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
            return .failure(DiagnosticList([.error(
                at: .file(path), "cannot read the file",
                hint: "check that it exists and is readable")]))
        }
    }

    static func invalidUTF8(_ bad: SourceTextUTF8Check.Failure, bytes: [UInt8], start: Int, path: String) -> Diagnostic {
        let location = SourceLocation(file: path, line: bad.line, column: bad.column)
        let byte = String(bytes[bad.offset], radix: 16, uppercase: true)
        let place = "byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(bad.offset)"
        // Shift_JIS text breaks UTF-8 at its first non-ASCII byte; a file
        // with valid UTF-8 before the bad byte is damaged UTF-8 instead.
        let asciiBefore = bytes[start..<bad.offset].allSatisfy { $0 < 0x80 }
        if asciiBefore && SourceTextShiftJIS.looksLikeShiftJIS(bytes[start...]) {
            return .error(at: location, "file is not UTF-8; it looks like Shift_JIS (\(place))",
                          hint: "save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8; in VS Code: Save with Encoding → UTF-8)")
        }
        return .error(at: location, "file is not valid UTF-8 (\(place))",
                      hint: "save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)")
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
