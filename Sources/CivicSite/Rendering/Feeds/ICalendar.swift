import Foundation

/// iCalendar (RFC 5545) for events: one file per event and `events.ics`
/// with every upcoming event, so citizens can add them to their calendars.
extension RenderContext {
    func calendarFiles() -> [OutputFile] {
        let sorted = indexes.eventsInOrder
        var files = sorted.map { e in
            OutputFile(path: SiteURLs.relative(.events, e.slug) + "event.ics", text: calendar([e]))
        }
        files.append(OutputFile(path: "events.ics", text: calendar(sorted.filter { eventStatus($0) != .past })))
        return files
    }

    func calendar(_ events: [Event]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//civicsite//\(ICalendarText.escape(content.config.title))//JA",
                     "CALSCALE:GREGORIAN", "X-WR-CALNAME:\(ICalendarText.escape(content.config.title))"]
        let host = urls.baseURL.split(separator: "/").dropFirst().first.map(String.init) ?? "civicsite"
        for e in events {
            lines += ["BEGIN:VEVENT", "UID:\(e.slug)@\(host)", "DTSTAMP:\(ICalendarText.utc(stamp ?? now))"]
            switch e.start {
            case .date(let d):
                lines.append("DTSTART;VALUE=DATE:\(ICalendarText.compact(d))")
                let last = e.end?.date ?? d
                lines.append("DTEND;VALUE=DATE:\(ICalendarText.compact(last.adding(days: 1)))")
            case .dateTime(let t):
                lines.append("DTSTART:\(ICalendarText.utc(t))")
                if let end = e.end { lines.append("DTEND:\(ICalendarText.utc(end))") }
            }
            // The status in the title too: many calendar apps show no STATUS.
            lines.append("SUMMARY:\(ICalendarText.escape(e.notice.map { "【\($0.label)】" } ?? ""))\(ICalendarText.escape(e.title))")
            if e.isCalledOff { lines.append("STATUS:CANCELLED") }
            let previously = e.previousStart.map { "当初の日程：" + JapaneseDateFormat.span(start: $0, end: nil) + "\n" } ?? ""
            lines.append("DESCRIPTION:\(ICalendarText.escape(previously + e.summary))")
            if let place = [e.venue, e.address].compactMap({ $0 }).joined(separator: " ").nilIfEmpty {
                lines.append("LOCATION:\(ICalendarText.escape(place))")
            }
            lines.append("URL:\(urls.absolute(.events, e.slug))")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }
}

enum ICalendarText {
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        // Scalars, not Characters: "\r\n" is one Character and would slip
        // past a "\n" case, ending the property line early.
        for u in text.unicodeScalars {
            defer { afterCR = u == "\r" }
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !afterCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.append(u)
            }
        }
        return String(out)
    }

    /// Lines longer than 75 octets are folded, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 { out += "\r\n "; count = 1 }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }

    static func compact(_ d: LocalDate) -> String {
        d.description.replacingOccurrences(of: "-", with: "")
    }

    /// `20261205T010000Z`
    static func utc(_ t: DateTime) -> String {
        let seconds = t.epochSeconds
        let day = LocalDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.daysSinceEpoch * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return compact(day) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
