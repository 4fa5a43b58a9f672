import XCTest
@testable import CivicSite

final class MediaNamesTests: XCTestCase {
    func testSafeNamesAreLowercaseASCIIWithTheirEnding() {
        XCTAssertEqual(MediaFileName.safe("Chirashi 2026.PDF"), "chirashi-2026.pdf")
        XCTAssertEqual(MediaFileName.safe("チラシ.pdf"), "chirashi.pdf")
        XCTAssertEqual(MediaFileName.safe("ｐｈｏｔｏ．ＪＰＧ"), "photo.jpg")
        XCTAssertEqual(MediaFileName.safe("夏まつり2026.jpg"), "2026-\(MediaFileName.hex(SearchHash.fnv1a32("夏まつり2026.jpg"))).jpg")
        XCTAssertEqual(MediaFileName.safe("募集要項.pdf"), "file-\(MediaFileName.hex(SearchHash.fnv1a32("募集要項.pdf"))).pdf")
        XCTAssertEqual(MediaFileName.safe("README"), "readme")
    }

    func testTheSameNameAlwaysGivesTheSameURLAndNamesThatMeetAreNumbered() {
        XCTAssertEqual(MediaFileName.safe("募集要項.pdf"), MediaFileName.safe("募集要項.pdf"))
        XCTAssertNotEqual(MediaFileName.safe("募集要項.pdf"), MediaFileName.safe("申請書.pdf"))
        XCTAssertEqual(MediaFileName.assign(["Photo.JPG", "photo.jpg", "photo-2.jpg"]),
                       ["Photo.JPG": "photo.jpg", "photo.jpg": "photo-2.jpg", "photo-2.jpg": "photo-2-2.jpg"])
    }

    func testSizesAreWrittenTheWayJapanesePublicSitesDo() {
        XCTAssertEqual(MediaSize.label(1_258_291), "1.2MB")
        XCTAssertEqual(MediaSize.label(358_605), "350.2KB")
        XCTAssertEqual(MediaSize.label(20), "0.1KB")
        XCTAssertEqual(MediaSize.label(1024 * 1024 - 10), "1.0MB")
        XCTAssertEqual(MediaSize.label(1536 * 1024 * 1024), "1,536.0MB")
        XCTAssertEqual(MediaSizeText.bytes("1.2MB"), 1_258_291)
        XCTAssertEqual(MediaSizeText.bytes("350 kb"), 358_400)
        XCTAssertEqual(MediaSizeText.bytes("１０ＭＢ"), 10 * 1024 * 1024)
        XCTAssertNil(MediaSizeText.bytes("1.2メガ"))
        XCTAssertNil(MediaSizeText.bytes("-1MB"))
    }

    func testAltTextThatSaysNothing() {
        XCTAssertEqual(AltText.problem("IMG_1234", file: "kunren.jpg"), .fileName)
        XCTAssertEqual(AltText.problem("kunren", file: "kunren.jpg"), .fileName)
        XCTAssertEqual(AltText.problem("DSC01234.JPG", file: "a.jpg"), .fileName)
        XCTAssertEqual(AltText.problem("写真 2", file: "a.jpg"), .placeholder)
        XCTAssertEqual(AltText.problem(" Image ", file: "a.jpg"), .placeholder)
        XCTAssertNil(AltText.problem("公園で花を植える会員", file: "a.jpg"))
        XCTAssertNil(AltText.problem("Photo of the river clean-up", file: "a.jpg"))
    }

    func testPathsThatLeaveTheFolder() {
        for path in ["../a.jpg", "a/../../b.jpg", "/etc/passwd", "C:\\photos\\a.jpg", "~/a.jpg", "..\\a.jpg"] {
            XCTAssertTrue(MediaLookup.leavesFolder(path), path)
        }
        for path in ["a.jpg", "./a.jpg", "a..b.jpg", "写真.jpg"] {
            XCTAssertFalse(MediaLookup.leavesFolder(path), path)
        }
    }
}
