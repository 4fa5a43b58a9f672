/// Reads a group's `contact:` mapping.
enum ContactDecoder {
    static let keys = ["email", "phone", "fax", "url", "sns"]

    static func decode(_ keyed: inout KeyedNode) -> Contact? {
        guard var nested = keyed.mapping("contact") else { return nil }
        var sns: [String] = []
        for item in nested.list("sns") ?? [] {
            if let separator = severalURLs(item.text) {
                nested.report(.severalLinksInOneText, at: item.location, key: "sns", ["separator": Term.character(separator)])
            } else if let url = nested.checkedURL(item.text, key: "sns", at: item.location) {
                sns.append(url)
            }
        }
        let contact = Contact(email: nested.email("email"), phone: nested.text("phone"), fax: nested.text("fax"),
                              url: nested.url("url"), sns: sns)
        nested.checkUnknownKeys(known: keys)
        keyed.absorb(nested)
        return contact
    }

    /// What separates several links written as one text (`https://a, https://b`
    /// or `https://a https://b`), or nil: the url check's own hint about
    /// spaces would send the writer the wrong way.
    static func severalURLs(_ text: String) -> String? {
        if let list = DecodingText.listWrittenAsText(text), list.items.count >= 2 { return list.separator }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "　" })
        let links = words.filter { $0.lowercased().hasPrefix("http") }
        return words.count >= 2 && links.count >= 2 ? " " : nil
    }
}
