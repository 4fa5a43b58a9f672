/// Reads a group's `recruiting:` mapping (募集).
enum RecruitingDecoder {
    static let keys = ["members", "volunteers", "note"]

    static func decode(_ keyed: inout KeyedNode) -> Recruiting? {
        guard var nested = keyed.mapping("recruiting") else { return nil }
        let recruiting = Recruiting(members: nested.bool("members") ?? false,
                                    volunteers: nested.bool("volunteers") ?? false, note: nested.text("note"))
        nested.checkUnknownKeys(known: keys)
        // The note is shown only beside a recruiting badge; without one it
        // would be silently lost. A flag written wrongly (`volunteers: はい`,
        // `volunteeres:`) is reported already.
        if recruiting.note != nil, !recruiting.members, !recruiting.volunteers, !nested.hasErrors,
           let location = nested.keyLocations[nested.qualified("note")] {
            nested.report(.recruitingNoteNotShown, at: location, key: "note")
        }
        keyed.absorb(nested)
        return recruiting
    }
}
