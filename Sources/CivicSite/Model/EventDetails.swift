/// 参加費: free, an amount in yen, or text such as 「資料代 500円」.
public enum Fee: Sendable, Hashable {
    case yen(Int)
    case text(String)

    public var isFree: Bool {
        if case .yen(0) = self { return true }
        return false
    }
}

/// 定員: a number of people, or text such as 「先着順」.
public enum Capacity: Sendable, Hashable {
    case people(Int)
    case text(String)
}

/// Whether an event is held online, and where.
public enum Online: Sendable, Hashable {
    case no
    case yes
    case url(String)

    public var isOnline: Bool {
        if case .no = self { return false }
        return true
    }
}
