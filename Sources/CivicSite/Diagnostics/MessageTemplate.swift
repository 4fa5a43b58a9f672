/// Fills `{name}` placeholders. A brace that does not start a placeholder
/// is kept as it is, and so is a doubled one: `{{title}}` in a message about
/// templates is a Mustache tag, while `{{/{name}}}` still fills `{name}`.
enum MessageTemplate {
    enum Piece {
        case literal(Substring)
        case placeholder(String)
    }

    static func fill(_ template: String, _ arguments: MessageArguments, _ language: Language) -> String {
        var out = ""
        scan(template) { piece in
            switch piece {
            case .literal(let s): out += s
            case .placeholder(let name):
                // An argument left out shows as the placeholder, which the
                // catalogue tests catch.
                out += arguments[name].map { $0.rendered(in: language) } ?? "{\(name)}"
            }
        }
        return out
    }

    static func scan(_ template: String, _ visit: (Piece) -> Void) {
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if afterOpen < rest.endIndex, rest[afterOpen] == "{" {
                let afterPair = rest.index(after: afterOpen)
                visit(.literal(rest[..<afterPair]))
                rest = rest[afterPair...]
                continue
            }
            let name = rest[afterOpen...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let close = name.endIndex
            if let first = name.first, first.isLetter, close < rest.endIndex, rest[close] == "}" {
                visit(.literal(rest[..<open]))
                visit(.placeholder(String(name)))
                rest = rest[rest.index(after: close)...]
            } else {
                visit(.literal(rest[...open]))
                rest = rest[afterOpen...]
            }
        }
        if !rest.isEmpty { visit(.literal(rest)) }
    }
}
