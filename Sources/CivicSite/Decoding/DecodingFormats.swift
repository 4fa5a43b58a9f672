/// Syntax checks for e-mail addresses, links and 法人番号.
public enum DecodingFormats {
    /// A plain `local@domain.tld` address: no spaces, no display names, a dot
    /// in the domain. Deliberately narrower than RFC 5322: what staff type
    /// into a directory is an address citizens can copy, and it becomes a
    /// `mailto:` link, so nothing in it may change that link.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        guard parts[0].unicodeScalars.allSatisfy(isLocalPartScalar), !parts[0].hasPrefix("."), !parts[0].hasSuffix("."),
              !parts[0].contains("..") else { return false }
        return isHostName(parts[1], requireDot: true)
    }

    /// The first character of an address that would change its `mailto:`
    /// link (`?` and `&` start a subject or a hidden Bcc, `%` encodes one,
    /// `#`, `,`, `;` and spaces change the recipients), or nil.
    public static func mailtoChangingCharacter(_ text: String) -> String? {
        text.first { c in
            c == "?" || c == "&" || c == "%" || c == "#" || c == "," || c == ";" || c.isWhitespace
        }.map(String.init)
    }

    static func isHostName(_ host: Substring, requireDot: Bool) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !requireDot || labels.count >= 2 else { return false }
        return labels.allSatisfy {
            !$0.isEmpty && $0.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" } && !$0.hasPrefix("-") && !$0.hasSuffix("-")
        }
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }

    static func isLocalPartScalar(_ s: Unicode.Scalar) -> Bool {
        // RFC 5322's atext without `#`, `%`, `&` and `?`, which mean
        // something else in a `mailto:` URL.
        isAlphanumeric(s) || ".!$'*+/=^_`{|}~-".unicodeScalars.contains(s)
    }

    /// Why a text is not an absolute http(s) link; the catalogue gives each
    /// its hint (`URLProblem.hint`).
    public enum URLProblem: Sendable, Equatable {
        /// A line break or another control character.
        case controlCharacter
        /// No scheme; with the address it likely is (`https://www.example.jp`).
        case missingScheme(String?)
        /// `javascript:`, `data:`, `file:` …
        case schemeNotAllowed(String)
        /// `https:/example.jp`.
        case missingSlashes(String)
        case noHostName
        /// Spaces, quotes or angle brackets.
        case unsafeCharacters
    }

    /// Why `text` is not an absolute http(s) link, or nil when it is one.
    /// Other schemes (`javascript:`, `data:`, `file:`) are refused because
    /// the value ends up in an `href` on a public page.
    public static func urlProblem(_ text: String) -> URLProblem? {
        // A line break in an address would start a new line in robots.txt
        // and the calendars; no address has one.
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacter
        }
        let lower = text.lowercased()
        guard let schemeEnd = lower.firstIndex(of: ":") else {
            if text.hasPrefix("//") { return .missingScheme("https:" + text) }
            if !text.hasPrefix("/"), let host = text.split(separator: "/").first, host.contains("."),
               isHostName(host, requireDot: true) {
                return .missingScheme("https://" + text)
            }
            return .missingScheme(nil)
        }
        let scheme = lower[..<schemeEnd]
        guard scheme == "http" || scheme == "https" else {
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
                return .schemeNotAllowed(String(scheme))
            }
            return .missingScheme(nil)
        }
        let rest = text.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") else { return .missingSlashes(String(scheme)) }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last ?? ""
        let host = hostAndPort.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        guard isHostName(host, requireDot: false) || host.hasPrefix("[") else { return .noHostName }
        guard !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            return .unsafeCharacters
        }
        return nil
    }

    /// The check digit a 法人番号 must start with, for its last 12 digits:
    /// 9 − (Σ digit × (1 at odd, 2 at even positions from the right) mod 9).
    /// The check digit of a local government code's first five digits:
    /// 11 minus (6a + 5b + 4c + 3d + 2e) mod 11, its last digit.
    public static func localGovernmentCheckDigit(_ five: [Int]) -> Int {
        let sum = zip(five, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10
    }

    public static func corporateCheckDigit(base: [Int]) -> Int {
        precondition(base.count == 12)
        var sum = 0
        for (offset, digit) in base.reversed().enumerated() {
            sum += digit * (offset % 2 == 0 ? 1 : 2)
        }
        return 9 - sum % 9
    }
}
