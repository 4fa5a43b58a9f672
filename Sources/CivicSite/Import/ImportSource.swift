import Foundation

/// A CSV file's bytes read as text, in the encodings spreadsheets save:
/// UTF-8 with or without a BOM (Excel's 「CSV UTF-8」) and CP932 (Japanese
/// Excel's 「CSV (コンマ区切り)」).
enum ImportSource {
    struct Decoded {
        var text: String
        /// Whether some bytes were not characters (they read as U+FFFD).
        var damaged: Bool
    }

    static func decode(_ data: Data, path: String) -> Result<Decoded, DiagnosticList> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || SourceText.looksLikeUTF16(bytes) {
            return .failure(DiagnosticList([.error(.csvSavedAsUTF16, at: .file(path))]))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let bad = SourceTextUTF8Check.firstInvalid(in: bytes, from: start) else {
            return .success(Decoded(text: String(decoding: bytes[start...], as: UTF8.self), damaged: false))
        }
        // Japanese text before the bad byte read as UTF-8: a damaged UTF-8
        // file, not another encoding, whose bad bytes are reported where they are.
        if bytes[start..<bad.offset].contains(where: { $0 >= 0x80 }) {
            return .success(Decoded(text: String(decoding: bytes[start...], as: UTF8.self), damaged: true))
        }
        let decoded = CP932Table.decode(bytes[start...])
        return .success(Decoded(text: decoded.text, damaged: !decoded.bad.isEmpty))
    }
}
