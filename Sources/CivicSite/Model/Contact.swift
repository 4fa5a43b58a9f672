/// How to reach a group. Every part is optional.
public struct Contact: Sendable, Hashable {
    public var email: String?
    public var phone: String?
    public var fax: String?
    public var url: String?
    public var sns: [String]

    public init(email: String? = nil, phone: String? = nil, fax: String? = nil, url: String? = nil, sns: [String] = []) {
        self.email = email
        self.phone = phone
        self.fax = fax
        self.url = url
        self.sns = sns
    }

    public var isEmpty: Bool {
        email == nil && phone == nil && fax == nil && url == nil && sns.isEmpty
    }
}
