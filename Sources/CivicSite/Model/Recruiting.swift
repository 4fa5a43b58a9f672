/// Whether a group is looking for members or volunteers (募集).
public struct Recruiting: Sendable, Hashable {
    public var members: Bool
    public var volunteers: Bool
    public var note: String?

    public init(members: Bool = false, volunteers: Bool = false, note: String? = nil) {
        self.members = members
        self.volunteers = volunteers
        self.note = note
    }

    public var isRecruiting: Bool { members || volunteers }
}
