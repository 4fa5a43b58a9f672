/// `mailto:` links for the e-mail addresses of the content.
///
/// The decoders refuse addresses with `?`, `&`, `%`, `#`, `,`, `;` or
/// spaces, which would add a subject, a body or hidden recipients to the
/// link. This is the second line: whatever is left is percent-encoded as
/// RFC 6068 asks, so that even an address from elsewhere can only ever be
/// the one recipient it shows.
enum MailtoLink {
    /// Letters, digits and the few signs an address may carry unencoded.
    private static let kept: Set<Unicode.Scalar> = Set("-._~!$'*+@".unicodeScalars)

    static func href(_ address: String) -> String {
        var link = "mailto:"
        for scalar in address.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || kept.contains(scalar) {
                link.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    link += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
                }
            }
        }
        return link
    }
}
