import Foundation

/// Inputs built to make naive Markdown parsers crash or go super-linear.
/// Each shape builds its input at any size, about `n` bytes, so that the
/// same shapes serve the fixed-size guard (`MarkdownPathologicalTests`) and
/// the size-doubling test (`MarkdownScalingTests`).
enum MarkdownPathologicalInputs {
    struct Shape: Sendable {
        let name: String
        let make: @Sendable (_ n: Int) -> String

        init(_ name: String, _ make: @escaping @Sendable (_ n: Int) -> String) {
            self.name = name
            self.make = make
        }
    }

    static func text(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: max(count, 1))
    }

    /// The shapes of the first audit.
    static let round1: [Shape] = [
        Shape("nested brackets") { n in text("[", n) + "a" + text("]", n) },
        Shape("nested images") { n in text("![", n / 2 + 1) + "a" + text("](b)", n / 2 + 1) },
        Shape("nested block quotes") { n in text(">", n) + " a\n" + text("> ", n) + "b\n" },
        Shape("nested lists on one line") { n in text("- ", n / 2 + 1) + "a\n" },
        // The size grows with the square of the depth: 300 levels at n = 50,000.
        Shape("nested lists by indent") { n in
            (0..<Int((Double(n) * 1.8).squareRoot())).map { text("  ", $0) + "- a\n" }.joined()
        },
        Shape("blank lines in nested lists") { n in text("- ", n / 4) + "a" + text("\n", n) },
        Shape("blank lines in nested quotes") { n in text("> ", n / 4) + "a\n" + text(">\n", n / 4) },
        Shape("equal headings") { n in text("# a\n", n / 4 + 1) },
        Shape("bare URL with closing parentheses") { n in "https://a.example/" + text(")", n) },
        Shape("run of stars") { n in text("*", n) + "a" },
        Shape("run of underscores") { n in "a" + text("_", n) + "a" },
        Shape("alternating openers") { n in text("*a _b ", n / 6 + 1) },
        Shape("unmatched strong openers") { n in text("**a ", n / 4 + 1) + "***" },
        Shape("deep emphasis") { n in text("*", n / 2 + 1) + "a" + text("*", n / 2 + 1) },
        Shape("rule of three") { n in text("a***b ", n / 6 + 1) },
        Shape("unclosed inline links") { n in text("[a](", n / 4 + 1) },
        Shape("unclosed link text") { n in text("[a", n / 2 + 1) + text("]", 10) },
        Shape("unclosed titles") { n in text("[a](b \"c", n / 8 + 1) },
        Shape("links in links") { n in text("[", n / 6 + 1) + text("a](b)", n / 6 + 1) },
        Shape("many reference definitions") { n in
            (0..<(n / 12)).map { "[r\($0)]: /u\($0) \"t\"\n" }.joined() + "\n"
                + (0..<(n / 12)).map { "[r\($0)] [x\($0)]" }.joined(separator: " ")
        },
        // Runs of every length from 1 up: about 320 lengths at n = 50,000.
        Shape("backtick runs") { n in
            (1...Int((Double(n) * 2).squareRoot())).map { text("`", $0) + "a" }.joined()
        },
        Shape("unclosed comments") { n in text("a <!-- b ", n / 9 + 1) },
        Shape("unclosed processing instructions") { n in text("<? ", n / 3 + 1) },
        Shape("unclosed tags") { n in text("<a href=\"x ", n / 11 + 1) },
        Shape("unclosed autolinks") { n in text("<http://a ", n / 10 + 1) },
        Shape("many entities") { n in text("&amp;&#x41;&bogus; ", n / 19 + 1) },
        Shape("wide table") { n in
            text("|a", n / 6 + 1) + "|\n" + text("|-", n / 6 + 1) + "|\n" + text("|b", n / 6 + 1) + "|\n"
        },
        Shape("bare URLs") { n in text("https://example.com/a_(b) www.x.org ", n / 36 + 1) },
        Shape("many lines") { n in text("a\n", n / 2 + 1) },
        Shape("many list items") { n in text("- a\n\n", n / 5 + 1) },
        Shape("unclosed fences") { n in text("```\n", n / 4 + 1) },
        Shape("tabs") { n in text("\t>\t-\t", n / 5 + 1) + "x" },
        Shape("NUL and CR") { n in text("a\u{0}\r\n\r", n / 5 + 1) },
    ]

    /// The shapes of the second audit: lines used up inside deep containers,
    /// padded tables, more runs of openers, and the site's Japanese rules
    /// and bare links.
    static let round2: [Shape] = [
        Shape("blank quote lines in a quoted deep list") { n in "> " + text("- ", n / 4) + "x\n" + text(">\n", n / 4) },
        Shape("indented blank quote lines in a quoted deep list") { n in
            "> " + text("- ", n / 4) + "x\n" + text(">    \n", n / 12)
        },
        Shape("blank lines in a fence in a deep list") { n in text("- ", n / 4) + "```\n" + text("\n", n / 2) },
        Shape("blank lines in indented code in a deep list") { n in text("- ", n / 4) + "    x\n" + text("\n", n / 2) },
        Shape("blank lines in an HTML block in a deep list") { n in text("- ", n / 4) + "<!--\n" + text("\n", n / 2) },
        Shape("lazy lines in deep quotes") { n in text(">", n / 4) + " a\n" + text("b\n", n / 4) },
        Shape("lazy quoted lines in deep quotes") { n in text("> ", n / 8) + "a\n" + text("> b\n", n / 8) },
        Shape("lazy lines in a deep list") { n in text("- ", n / 4) + "a\n" + text("b\n", n / 4) },
        Shape("padded table") { n in text("|a", n / 8) + "|\n" + text("|-", n / 8) + "|\n" + text("|b|\n", n / 8) },
        Shape("many table rows") { n in "|a|b|\n|-|-|\n" + text("|c|d|\n", n / 6) },
        Shape("table rows with escaped pipes") { n in "|a|b|\n|-|-|\n" + text("|\\|c|\\|d|\n", n / 10) },
        Shape("run of brackets") { n in text("[", n) },
        Shape("run of image openers") { n in text("![", n / 2) },
        Shape("brackets then a link") { n in text("[", n / 2) + "](u)" + text("]", n / 2) },
        Shape("run of angle brackets") { n in text("<", n) },
        Shape("unclosed tag names") { n in text("<a ", n / 3) },
        Shape("unclosed declarations") { n in text("<!A ", n / 4) },
        Shape("unclosed CDATA") { n in text("<![CDATA[ ", n / 10) },
        Shape("unclosed closing tags") { n in text("</a ", n / 4) },
        Shape("unclosed e-mail autolinks") { n in text("<a@b.c ", n / 7) },
        Shape("single and double backticks") { n in text("`a``b", n / 5) },
        Shape("growing backtick runs twice") { n in
            let runs = (1...Int(Double(n).squareRoot())).map { text("`", $0) + "a" }
            return (runs + runs.reversed()).joined()
        },
        Shape("list with many blank lines") { n in "- a\n" + text("\n", n) },
        Shape("loose items with paragraphs") { n in text("- a\n\n  b\n\n", n / 10) },
        Shape("items at varying depth with blank lines") { n in
            (0..<(n / 40)).map { text("  ", $0 % 16) + "- a\n\n" }.joined()
        },
        Shape("nested emphasis and strong") { n in text("*a **b ", n / 14) + text("c** d*", n / 14) },
        Shape("strikethrough runs") { n in text("~~a ", n / 4) + text("~", n / 4) },
        Shape("emphasis around Japanese brackets") { n in text("**「重要」**です", n / 28) },
        Shape("reference definitions with unclosed titles") { n in text("[a]: /u \"t\n", n / 11) },
        Shape("one unclosed definition title") { n in "[a]: /u '" + text("b\n", n / 2) },
        Shape("reference links") { n in "[a]: /u\n\n" + text("[a] [a][] [b][a] ", n / 17) },
        Shape("Japanese soft breaks") { n in text("日本語の文\n", n / 16) },
        Shape("middle-dot lines") { n in "持ち物：\n" + text("・筆記用具\n", n / 16) },
        Shape("marker lines") { n in text("※注意\n①項目\n（1）項目\n１．項目\n", n / 50) },
        Shape("middle-dot pairs between paragraph lines") { n in text("説明\n・a\n・b\n", n / 20) },
        Shape("middle-dot lines in a deep list") { n in text("- ", n / 8) + "a\n" + text("・b\n", n / 12) },
        Shape("bare URLs after colons") { n in text("URL:https://example.jp/a ", n / 25) },
        Shape("bare URLs cut at Japanese") { n in text("https://ja.example.org/wiki/東京都", n / 37) },
        Shape("bare URL run without spaces") { n in text(":https://a.jp", n / 13) },
        Shape("bare e-mail addresses") { n in text("info@example.jp まで、", n / 26) },
        Shape("run of at signs") { n in text("@", n) },
        Shape("local parts without domains") { n in text("a.b@", n / 4) },
        Shape("domains without dots") { n in "a@" + text("b-", n / 2) },
        Shape("many at signs in a domain") { n in text("a@b.", n / 4) },
        Shape("numbered heading ids") { n in (0..<(n / 10)).map { "# a\n# a-\($0)\n" }.joined() },
    ]
}
