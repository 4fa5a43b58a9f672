/// YAML features outside the front-matter subset. Each is reported by name
/// at the place it starts, rather than read in some approximate way.
extension FrontMatterReader {
    /// Throws when the node or key starting at `index` uses an unsupported
    /// construct or a character that cannot start a value.
    func rejectUnsupported(at index: Int) throws {
        guard let c = at(index) else { return }
        switch c {
        case "&":
            throw error(at: index, "anchors ('\(word(at: index))') are not supported",
                        hint: "write the value out in full")
        case "*":
            throw error(at: index, "aliases ('\(word(at: index))') are not supported",
                        hint: "write the value out in full instead of referring to an anchor")
        case "!":
            throw error(at: index, "tags ('\(word(at: index))') are not supported",
                        hint: "remove the tag; put the value in quotes to keep it as text")
        case "?" where Self.isWhiteOrEnd(at(index + 1)):
            throw error(at: index, "explicit keys ('? ') are not supported",
                        hint: "write the key and its value as 'key: value' on one line")
        case "%", "@", "`":
            throw error(at: index, "a value cannot start with '\(c)'",
                        hint: "put the value in quotes")
        default:
            return
        }
    }
}
