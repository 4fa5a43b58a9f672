/// Checks between keys of one record: dates in order, amounts in order.
public enum RecordRulesValidator {
    public static func validate(_ event: Event) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let source = event.source
        if let end = event.end, end < event.start.moment {
            diagnostics.append(.error(.endBeforeStart, at: source.location(of: "end"),
                                      ["end": Term.dateTime(end), "start": Term.dateTime(event.start.moment)]))
        }
        if let applyBy = event.applyBy, applyBy > event.start.day {
            diagnostics.append(.warning(.applyByAfterStart, at: source.location(of: "apply_by"),
                                        ["applyBy": Term.date(applyBy), "start": Term.date(event.start.day)]))
        }
        return diagnostics
    }

    public static func validate(_ grant: Grant) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let source = grant.source
        if let opens = grant.opens, let deadline = grant.deadline, opens > deadline {
            diagnostics.append(.error(.opensAfterDeadline, at: source.location(of: "opens"),
                                      ["opens": Term.date(opens), "deadline": Term.date(deadline)]))
        }
        if let low = grant.amountMin, let high = grant.amountMax, low > high {
            diagnostics.append(.error(.amountsReversed, at: source.location(of: "amount_min"),
                                      ["low": .number(low), "high": .number(high)]))
        }
        return diagnostics
    }

    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        content.events.flatMap(validate) + content.grants.flatMap(validate)
    }
}
