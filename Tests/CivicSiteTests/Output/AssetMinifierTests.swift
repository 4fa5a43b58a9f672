import CivicSite
import XCTest

final class AssetMinifierTests: XCTestCase {
    func testDropsCommentLinesIndentationAndBlankLines() {
        let js = """
        /* A header comment
           over two lines. */
        (function () {
          "use strict";
          // a note
          var url = "https://example.jp/"; // kept: not at the start of the line

          return url;
        })();
        """
        XCTAssertEqual(AssetMinifier.minify(js, fileName: "a.js"),
                       "(function () {\n\"use strict\";\nvar url = \"https://example.jp/\"; // kept: not at the start of the line\nreturn url;\n})();\n")
    }

    func testKeepsTemplateLiteralsExactly() {
        let js = "var t = `first\n    // not a comment\n\n  last`;\n  done();\n"
        XCTAssertEqual(AssetMinifier.minify(js, fileName: "a.js"), "var t = `first\n    // not a comment\n\n  last`;\ndone();\n")
    }

    func testBacktickInStringsAndCommentsDoesNotOpenATemplate() {
        let js = "var a = '`';\n  b();\nvar c = 1; // `\n  d();\n"
        XCTAssertEqual(AssetMinifier.minify(js, fileName: "x.js"), "var a = '`';\nb();\nvar c = 1; // `\nd();\n")
    }

    func testCSSLosesOnlySpacesThatDoNotMatter() {
        let css = """
        .nav a, .x > .y { margin: calc(100% - 1rem) auto; }
        a[href^="http"]::after { content: " (" attr(href) ") ; { x }"; }
        @media (min-width: 48rem) {
          h1 { font: bold 2rem/1.4 "BIZ UDPGothic", sans-serif !important; }
        }
        """
        XCTAssertEqual(AssetMinifier.minify(css, fileName: "s.css"),
                       ".nav a,.x > .y{margin:calc(100% - 1rem) auto}a[href^=\"http\"]::after{content:\" (\" attr(href) \") ; { x }\"}"
                       + "@media (min-width:48rem){h1{font:bold 2rem/1.4 \"BIZ UDPGothic\",sans-serif !important}}\n")
    }

    func testCSSKeepsDoubleSlashesAndStripsBlockComments() {
        let css = "/* theme */\na { color: red; }\n  /* one */ b { background: url(//x.example/y.png); }\n"
        XCTAssertEqual(AssetMinifier.minify(css, fileName: "s.css"), "a{color:red}b{background:url(//x.example/y.png)}\n")
    }

    func testOtherFilesAreLeftAlone() {
        XCTAssertNil(AssetMinifier.minify("x", fileName: "logo.svg"))
    }
}
