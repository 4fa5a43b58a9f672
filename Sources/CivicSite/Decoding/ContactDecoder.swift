/// Reads a group's `contact:` mapping.
enum ContactDecoder {
    static let keys = ["email", "phone", "fax", "url", "sns"]

    static func decode(_ keyed: inout KeyedNode) -> Contact? {
        guard var nested = keyed.mapping("contact") else { return nil }
        var sns: [String] = []
        for item in nested.list("sns") ?? [] {
            if let url = nested.checkedURL(item.text, key: "sns", at: item.location) { sns.append(url) }
        }
        let contact = Contact(email: nested.email("email"), phone: nested.text("phone"), fax: nested.text("fax"),
                              url: nested.url("url"), sns: sns)
        nested.warnAboutUnknownKeys(known: keys)
        keyed.absorb(nested)
        return contact
    }
}
