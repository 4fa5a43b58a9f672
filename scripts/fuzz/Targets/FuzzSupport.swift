@testable import CivicSite
import Glibc

/// What every fuzz target shares: turning libFuzzer's bytes into text the
/// way the program would see it, and failing loudly enough for libFuzzer.
enum Fuzz {
    /// The input as Swift text; invalid UTF-8 becomes U+FFFD, as it would
    /// after a lenient read (the strict reader is fuzzed on raw bytes).
    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// A broken property of the output: printed, then `abort()`, which
    /// libFuzzer records as a crash with the input that caused it.
    static func fail(_ what: String, _ input: String) -> Never {
        var report = "FUZZ PROPERTY BROKEN: \(what)\ninput: \(input.debugDescription)\n"
        report.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stderr) }
        fflush(stderr)
        abort()
    }

    /// The number of lines a location may name in `text`: one more than the
    /// line breaks (a location may sit at the very end).
    static func lineLimit(_ text: String) -> Int {
        var lines = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { lines += 1 }
            if byte == UInt8(ascii: "\r") { lines += 1 }
            previous = byte
        }
        return lines + 1
    }
}

/// Whether a diagnostic's arguments fill every placeholder of its texts.
/// Judged on the catalogue's templates, not on the filled text, so a `{x}`
/// that staff typed into a value is no false alarm.
enum MessageCheck {
    /// The first placeholder of the message or hint that has no argument.
    static func unfilledPlaceholder(in diagnostic: Diagnostic) -> String? {
        for language in [Language.en, .ja] {
            if let hole = missing(diagnostic.entry.text[language], diagnostic.arguments, language) { return hole }
            if let hint = diagnostic.hintEntry, let hole = missing(hint.text[language], diagnostic.arguments, language) {
                return hole
            }
        }
        return nil
    }

    private static func missing(_ template: String, _ arguments: MessageArguments, _ language: Language) -> String? {
        for name in LocalizedText.placeholders(in: template) {
            guard let argument = arguments[name] else { return name }
            if let hole = missing(in: argument, language) { return "\(name).\(hole)" }
        }
        return nil
    }

    private static func missing(in argument: MessageArgument, _ language: Language) -> String? {
        switch argument {
        case .text, .number: return nil
        case .phrase(let text, let arguments): return missing(text[language], arguments, language)
        case .list(let items): return items.lazy.compactMap { missing(in: $0, language) }.first
        }
    }
}
