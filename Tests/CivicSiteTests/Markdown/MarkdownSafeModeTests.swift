import XCTest
@testable import CivicSite

/// Safe mode, the default for content: nothing executable may come out.
final class MarkdownSafeModeTests: XCTestCase {
    let safe = MarkdownRenderer(options: .site(japanese: true))
    let trusted = MarkdownRenderer(options: .spec)

    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<div onclick=\"alert(1)\">\n*hi*\n</div>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<style>body { background: url(javascript:alert(1)) }</style>",
        "text <a href=\"javascript:alert(1)\">x</a> and <b onmouseover=alert(1)>y</b>",
        "<!-- x --><script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](jav&#9;ascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java%73cript:alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![<img src=x onerror=alert(1)>](/a.png)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[x]\n\n[x]: javascript:alert(1)",
        "[x]\n\n[x]: <jav&#x09;ascript:alert(1)> \"t\"",
        "![x]\n\n[x]: data:text/html,alert(1)",
        "[x][r]\n\n[r]: java%0Ascript:alert(1)",
        "[x](<https://ok.example/\" onmouseover=\"alert(1)>)",
        "[x](/u \"a\\\" onmouseover=\\\"alert(1)\")",
        "www.example.com/\"onmouseover=\"alert(1)",
        "| a |\n|---|\n| <script>alert(1)</script> [x](javascript:alert(1)) |",
        "```\n<script>alert(1)</script>\n```",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ]

    func testNoPayloadProducesAnythingExecutable() {
        for payload in Self.payloads {
            let html = safe.render(payload)
            XCTAssertEqual(MarkdownHTMLInspector.problems(in: html), [], "payload \(payload.debugDescription) gave \(html)")
        }
    }

    /// The inspector must be able to fail: trusted mode lets these through.
    func testInspectorFlagsTrustedOutput() {
        XCTAssertFalse(MarkdownHTMLInspector.problems(in: trusted.render("<script>alert(1)</script>")).isEmpty)
        XCTAssertFalse(MarkdownHTMLInspector.problems(in: trusted.render("<img src=x onerror=alert(1)>")).isEmpty)
        XCTAssertFalse(MarkdownHTMLInspector.problems(in: trusted.render("[x](jav&#x09;ascript:alert(1))")).isEmpty)
        XCTAssertFalse(MarkdownHTMLInspector.problems(in: trusted.render("<data:text/html,x>")).isEmpty)
    }

    /// Found by the fuzz target `markdown-site`: a NUL in a destination
    /// becomes U+FFFD, percent-encoded, and the inspector took everything up
    /// to a later colon for a scheme. Such a path is relative in a browser
    /// (no scheme holds `%`), and the renderer rightly kept it.
    func testInspectorTakesOnlyPossibleSchemesForSchemes() {
        XCTAssertEqual(MarkdownHTMLInspector.problems(in: "<p><img src=\"vbscr%EF%BF%BD0000@t:x\" alt=\"v\" /></p>\n"), [])
        for input in ["![v](vbscr\0@t:x)", "![v](vbscr\00000@t:x)", "[v](a\0b:x)"] {
            XCTAssertEqual(MarkdownHTMLInspector.problems(in: safe.render(input)), [], input.debugDescription)
        }
        XCTAssertNil(MarkdownHTMLInspector.scheme(of: "a%EF%BF%BD@b:c"))
        XCTAssertNil(MarkdownHTMLInspector.scheme(of: "1a:b"))
        XCTAssertEqual(MarkdownHTMLInspector.scheme(of: "VB.Script+x-1:y"), "vb.script+x-1")
        XCTAssertEqual(MarkdownHTMLInspector.scheme(of: "jav&#x09;ascript:x".replacingOccurrences(of: "&#x09;", with: "\t")), "javascript")
    }

    func testRawHTMLShowsAsText() {
        XCTAssertEqual(safe.render("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        XCTAssertEqual(safe.render("a <b>bold</b> word"), "<p>a &lt;b&gt;bold&lt;/b&gt; word</p>\n")
        XCTAssertEqual(trusted.render("a <b>bold</b> word"), "<p>a <b>bold</b> word</p>\n")
    }

    func testUnsafeLinksBecomePlainText() {
        XCTAssertEqual(safe.render("[click](javascript:alert(1))"), "<p>click</p>\n")
        XCTAssertEqual(safe.render("![pic](data:image/png;base64,AAAA)"), "<p>pic</p>\n")
        XCTAssertEqual(safe.render("<javascript:alert(1)>"), "<p>javascript:alert(1)</p>\n")
        XCTAssertEqual(safe.render("[r]\n\n[r]: JAVASCRIPT:alert(1)"), "<p>r</p>\n")
    }

    func testSafeDestinationsSurvive() {
        XCTAssertEqual(safe.render("[a](https://example.org/x)"),
                       "<p><a href=\"https://example.org/x\" rel=\"noopener\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](http://example.org)"), "<p><a href=\"http://example.org\" rel=\"noopener\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](mailto:info@example.jp)"), "<p><a href=\"mailto:info@example.jp\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](tel:+81-3-0000-0000)"), "<p><a href=\"tel:+81-3-0000-0000\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](../groups/x.html)"), "<p><a href=\"../groups/x.html\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](#top)"), "<p><a href=\"#top\">a</a></p>\n")
        XCTAssertEqual(safe.render("[a](/a:b)"), "<p><a href=\"/a:b\">a</a></p>\n")
        XCTAssertEqual(safe.render("![p](/img/a.png \"t\")"), "<p><img src=\"/img/a.png\" alt=\"p\" title=\"t\" /></p>\n")
    }

    func testTrustedModeAddsNoRel() {
        XCTAssertEqual(trusted.render("[a](https://example.org)"), "<p><a href=\"https://example.org\">a</a></p>\n")
        XCTAssertEqual(trusted.render("[a](javascript:x)"), "<p><a href=\"javascript:x\">a</a></p>\n")
    }

    func testURLPolicyNormalisesSchemes() {
        for url in ["javascript:x", "JAVASCRIPT:x", "jav&#x09;ascript:x", "java\nscript:x", " javascript:x",
                    "java%09script:x", "&#x6A;avascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd"] {
            XCTAssertFalse(MarkdownURLPolicy.isAllowed(Array(url.utf8)), url)
        }
        for url in ["https://a.example", "HTTP://a.example", "mailto:a@b.c", "tel:110", "a/b:c", "#x", "?q=a:b", ""] {
            XCTAssertTrue(MarkdownURLPolicy.isAllowed(Array(url.utf8)), url)
        }
        XCTAssertTrue(MarkdownURLPolicy.isExternal(Array("//cdn.example/x".utf8)))
        XCTAssertFalse(MarkdownURLPolicy.isExternal(Array("/local".utf8)))
    }
}
