extension FrontMatterDocument {
    /// A closing `---` left out between the `key: value` lines and the body:
    /// the keys, then text that has no key line after it. Reported once, at
    /// the opening line, naming the line after which the `---` belongs;
    /// otherwise every body line would be reported as a key without ':'.
    struct ForgottenCloser {
        /// The last line of the front matter: the `---` belongs after it.
        var last: Int
        /// The first line of the body.
        var body: Int

        func diagnostic(_ path: String) -> Diagnostic {
            .error(.forgottenCloser, at: .file(path), ["body": .number(body), "line": .number(last)])
        }

        /// Looks at `region`, the lines after the opening `---` (up to the
        /// `---` taken as the closing line when `closed`), whose first line
        /// is line `firstLine` of the file.
        ///
        /// With a closing line found, a single line of text between the keys
        /// and it is more likely a key line with a typing mistake, which the
        /// parser reports where it is; two lines or more, or a blank line
        /// around the text, are taken for a body.
        static func find(in region: Substring, firstLine: Int, closed: Bool) -> ForgottenCloser? {
            var last: Int?
            var body: Int?
            var sawText = false
            var linesAfterLast = 0
            var blankAfterLast = false
            var number = firstLine - 1
            // The break ending the last line starts no line of its own.
            let utf8 = region.utf8
            let lines = utf8.last == 0x0A ? utf8.dropLast() : utf8
            // Split by bytes: a line break is one byte, and splitting by
            // Characters would look at every grapheme of the file.
            for bytes in lines.split(separator: 0x0A, omittingEmptySubsequences: false) {
                number += 1
                // Most lines are plain `key: value` lines: known by their bytes,
                // they skip the checks below, which look at Characters (and
                // the making of a `Substring`, which finds Character bounds).
                if isPlainKeyLine(bytes) {
                    if sawText { return nil }
                    last = number
                    body = nil
                    linesAfterLast = 0
                    blankAfterLast = false
                    continue
                }
                let line = Substring(bytes)
                if isBlank(line) {
                    blankAfterLast = blankAfterLast || last != nil
                    continue
                }
                // A closing line written wrongly is reported as such.
                if isLookAlikeCloser(line) || FrontMatterDocument.isOpeningDelimiter(line.utf8) && line != "---" { return nil }
                let isKey = looksLikeKeyLine(line) || isQuotedKeyLine(line) || isKeyMissingItsColon(line)
                if sawText {
                    // A key after the text: the text is a broken key line.
                    if isKey { return nil }
                    linesAfterLast += 1
                    continue
                }
                if isKey || (last != nil && isContinuation(line)) {
                    last = number
                    body = nil
                    linesAfterLast = 0
                    blankAfterLast = false
                    continue
                }
                linesAfterLast += 1
                if body == nil { body = number }
                // Comments (or Markdown headings), markers and lines that
                // start like YAML (a quote, a bracket) decide nothing.
                if let first = line.first, "#\"'[{&*!|>%@?-.".contains(first) { continue }
                guard last != nil else { return nil }
                sawText = true
            }
            guard sawText, let last, let body, !closed || linesAfterLast >= 2 || blankAfterLast else { return nil }
            return ForgottenCloser(last: last, body: body)
        }

        /// The last line holding anything, when some line holds a key.
        static func lastContentLine(in region: Substring, firstLine: Int) -> Int? {
            var last: Int?
            var sawKey = false
            for (offset, line) in region.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !isBlank(line) {
                last = firstLine + offset
                sawKey = sawKey || looksLikeKeyLine(line) || isQuotedKeyLine(line)
            }
            return sawKey ? last : nil
        }

        /// `key: value` of a lowercase ASCII key, indented or not (a nested
        /// `  email: …`), told by its bytes: what `looksLikeKeyLine` also
        /// accepts, and no look-alike closer or delimiter.
        static func isPlainKeyLine(_ line: Substring.UTF8View) -> Bool {
            let bytes = line.drop { $0 == 0x20 }
            guard let first = bytes.first, first >= 0x61 && first <= 0x7A else { return false }
            var index = bytes.index(after: bytes.startIndex)
            while index < bytes.endIndex {
                let b = bytes[index]
                if b == 0x3A {
                    let next = bytes.index(after: index)
                    return next == bytes.endIndex || bytes[next] == 0x20 || bytes[next] == 0x09
                }
                guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E else { return false }
                index = bytes.index(after: index)
            }
            return false
        }

        static func isBlank(_ line: Substring) -> Bool {
            line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        }

        /// `kana さくら`: a lowercase key, a space and a value, the colon
        /// forgotten. Body text does not start with such a word.
        static func isKeyMissingItsColon(_ line: Substring) -> Bool {
            let word = line.prefix { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            guard word.count >= 2, word.first.map({ ("a"..."z").contains($0) }) == true else { return false }
            let rest = line.dropFirst(word.count)
            return rest.first == " " && rest.dropFirst().first.map { $0 != " " } == true
        }

        /// `"key": value` or `'key': value`.
        static func isQuotedKeyLine(_ line: Substring) -> Bool {
            guard let quote = line.first, quote == "\"" || quote == "'" else { return false }
            let rest = line.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return false }
            let after = rest[rest.index(after: close)...].drop { $0 == " " }
            return after.first == ":"
        }

        /// A line continuing the value above: indented with half-width
        /// blanks, a `- item`, or a key or item indented with full-width
        /// spaces (reported by the parser). A paragraph starting with a
        /// full-width space, as Japanese text does, is body text.
        static func isContinuation(_ line: Substring) -> Bool {
            if line.first == " " || line.first == "\t" || FrontMatterDocument.isListItem(line) { return true }
            guard line.first == "\u{3000}" else { return false }
            let rest = line.drop { $0 == "\u{3000}" || $0 == " " }
            return looksLikeKeyLine(rest) || FrontMatterDocument.isListItem(rest)
        }

        static func isLookAlikeCloser(_ line: Substring) -> Bool {
            // Most lines are keys or text, which their first mark already
            // rules out; the whole line is filtered only for hyphen-like ones.
            guard let first = line.first(where: { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }),
                  FrontMatterDocument.hyphenLookAlikes.contains(first) else { return false }
            let marks = line.filter { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }
            return marks.count >= 3 && marks.allSatisfy(FrontMatterDocument.hyphenLookAlikes.contains) && marks != "---"
        }

        static func looksLikeKeyLine(_ line: Substring) -> Bool { FrontMatterDocument.looksLikeKeyLine(line) }
    }
}
