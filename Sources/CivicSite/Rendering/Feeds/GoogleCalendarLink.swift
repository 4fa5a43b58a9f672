import Foundation

/// A link that opens Google Calendar's "new event" form filled in with an
/// event, for citizens whose calendar does not take .ics files.
extension RenderContext {
    func googleCalendarURL(_ e: Event) -> String {
        let dates: String
        switch e.start {
        case .date(let d):
            dates = ICalendarText.compact(d) + "/" + ICalendarText.compact((e.end?.date ?? d).adding(days: 1))
        case .dateTime(let t):
            // Without an end the form opens at the start alone, as the
            // calendar file leaves out DTEND.
            dates = ICalendarText.utc(t) + "/" + ICalendarText.utc(e.end ?? t)
        }
        let place = [e.venue, e.address].compactMap { $0 }.joined(separator: " ")
        var query = [("action", "TEMPLATE"), ("text", e.title), ("dates", dates),
                     ("details", e.summary + "\n" + urls.absolute(.events, e.slug))]
        if !place.isEmpty { query.append(("location", place)) }
        return "https://calendar.google.com/calendar/render?"
            + query.map { "\($0.0)=\(Self.queryEscape($0.1))" }.joined(separator: "&")
    }

    /// Everything but the unreserved characters of RFC 3986, percent-encoded.
    static func queryEscape(_ text: String) -> String {
        PercentEncoding.query(text)
    }
}
