import CivicSite

/// `civicsite explain CS2101`: the long form of a message, like
/// `rustc --explain`. Without an id, the list of every id.
enum ExplainCommand {
    static func run(_ arguments: inout Arguments, _ reporter: Reporter) throws -> Int32 {
        guard let id = arguments.next() else {
            for message in Catalogue.all {
                print("\(message.id)  \(message.text[reporter.language])")
            }
            return 0
        }
        if let extra = arguments.next() {
            throw UsageError(.unexpectedArgument, ["command": "explain", "value": .text(extra)])
        }
        guard let message = Catalogue.message(id: id) else {
            throw UsageError(.unknownExplainID, ["value": .text(id)])
        }
        print(ExplainText.render(message, in: reporter.language))
        return 0
    }
}
