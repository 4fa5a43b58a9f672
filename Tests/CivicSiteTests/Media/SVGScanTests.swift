import Foundation
import XCTest
@testable import CivicSite

final class SVGScanTests: XCTestCase {
    func scan(_ text: String) -> SVGScan { SVGScan.scan(Data(text.utf8)) }

    func testAPlainDrawingIsSafeAndSized() {
        let result = scan("""
        <?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 720 200">
          <defs><linearGradient id="g"/><style>.a { fill: url(#g); }</style></defs>
          <rect class="a" fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/>
          <!-- <script>alert(1)</script> in a comment is nothing -->
          <image href="data:image/png;base64,AAAA" width="1" height="1"/>
        </svg>
        """)
        XCTAssertTrue(result.isSVG)
        XCTAssertEqual(result.findings, [])
        XCTAssertEqual(result.size, ImageInfo(format: .svg, width: 720, height: 200))
    }

    func testWidthAndHeightWinOverTheViewBox() {
        XCTAssertEqual(scan("<svg width=\"300px\" height=\"150\" viewBox=\"0 0 30 15\"/>").size?.width, 300)
        XCTAssertNil(scan("<svg width=\"100%\" height=\"50%\"/>").size)
        XCTAssertFalse(scan("<html><svg viewBox=\"0 0 1 1\"/></html>").isSVG)
    }

    func testEveryKindOfActiveContentIsFoundWithItsPlace() {
        let result = scan("""
        <!DOCTYPE svg [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
        <svg viewBox="0 0 10 10" onload="go()">
        <script>go()</script>
        <foreignObject><p>html</p></foreignObject>
        <a xlink:href="javascript:alert(1)"><text>x</text></a>
        <image href="https://tracker.example/p.png"/>
        <rect style="fill: url('http://example.jp/f.svg#p')"/>
        <style>@import url(http://example.jp/a.css);</style>
        <set attributeName="href" to="javascript:x"/>
        <svg:script/>
        </svg>
        """)
        let found = result.findings.map { "\($0.line):\($0.column) \($0.kind) \($0.detail)" }
        XCTAssertEqual(found, [
            "1:17 entity <!ENTITY",
            "2:26 eventAttribute onload",
            "3:1 script <script>",
            "4:1 foreignObject <foreignObject>",
            "5:4 externalReference javascript:alert(1)",
            "6:8 externalReference https://tracker.example/p.png",
            "7:7 externalReference url(http://example.jp/f.svg#p)",
            "8:8 externalReference @import",
            "8:8 externalReference url(http://example.jp/a.css)",
            "9:6 script <set attributeName=\"href\">",
            "10:1 script <svg:script>",
        ])
    }

    func testEntitiesInValuesAreReadAsABrowserWould() {
        XCTAssertEqual(scan("<svg viewBox=\"0 0 1 1\"><a href=\"&#106;avascript:x\"/></svg>").findings.map(\.detail), ["javascript:x"])
        XCTAssertEqual(scan("<svg viewBox=\"0 0 1 1\"><use href=\"&#35;g\"/></svg>").findings, [])
    }

    func testBrokenMarkupEndsTheScanWithoutAnError() {
        for text in ["<svg", "<svg viewBox=\"0 0", "<svg><!--", "<svg><![CDATA[", "<", "<!DOCTYPE [", "<svg a='"] {
            _ = scan(text)
        }
    }
}
