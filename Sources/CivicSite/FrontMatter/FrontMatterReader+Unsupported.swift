/// YAML features outside the front-matter subset. Each is reported by name
/// at the place it starts, rather than read in some approximate way.
extension FrontMatterReader {
    /// Throws when the node or key starting at `index` uses an unsupported
    /// construct or a character that cannot start a value.
    func rejectUnsupported(at index: Int) throws {
        guard let c = at(index) else { return }
        switch c {
        case "&":
            throw error(.anchor, at: index, ["word": .text(word(at: index))])
        case "*":
            throw error(.alias, at: index, ["word": .text(word(at: index))])
        case "!":
            throw error(.tag, at: index, ["word": .text(word(at: index))])
        case "?" where Self.isWhiteOrEnd(at(index + 1)):
            throw error(.explicitKey, at: index)
        case "%", "@", "`":
            throw error(.valueBadStart, at: index, ["char": .text(String(c))])
        default:
            return
        }
    }
}
