/// Reads a group's `recruiting:` mapping (募集).
enum RecruitingDecoder {
    static let keys = ["members", "volunteers", "note"]

    static func decode(_ keyed: inout KeyedNode) -> Recruiting? {
        guard var nested = keyed.mapping("recruiting") else { return nil }
        let recruiting = Recruiting(members: nested.bool("members") ?? false,
                                    volunteers: nested.bool("volunteers") ?? false, note: nested.text("note"))
        nested.warnAboutUnknownKeys(known: keys)
        keyed.absorb(nested)
        return recruiting
    }
}
