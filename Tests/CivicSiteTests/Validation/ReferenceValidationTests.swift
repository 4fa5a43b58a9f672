import XCTest
@testable import CivicSite

final class ReferenceValidationTests: XCTestCase {
    typealias R = ValidationTestRecords

    func testUnknownOrganizerSuggestsTheNearestSlugOrTheSlugOfATitle() {
        let validator = ReferenceValidator(groups: [R.group("sakura"), R.group("momiji")], draftsExcluded: true)
        let content = SiteContent(config: ContentLoader.placeholderConfig,
                                  events: [R.event("e", organizers: ["sakur", "momijiの会"]), R.event("f", organizers: ["sakura"])])
        assertDiagnostics(validator.validate(content), """
            content/events/e.md:6:14: error: unknown group 'sakur'
                hint: did you mean 'sakura'?
            content/events/e.md:6:22: error: unknown group 'momijiの会'
                hint: write the group's slug: 'momiji'
            """)
    }

    func testAGroupListedTwiceIsAWarningAtTheRepeat() {
        let validator = ReferenceValidator(groups: [R.group("sakura"), R.group("momiji")], draftsExcluded: true)
        let content = SiteContent(config: ContentLoader.placeholderConfig,
                                  events: [R.event("e", organizers: ["sakura", "sakura"])])
        assertDiagnostics(validator.validate(content), """
            content/events/e.md:6:22: warning: group 'sakura' is listed twice in 'organizers'
                hint: remove one of them
            """)
    }

    func testReferenceToADraftIsAnErrorOnlyWhenDraftsAreLeftOut() {
        let groups = [R.group("sakura", draft: true)]
        let content = SiteContent(config: ContentLoader.placeholderConfig,
                                  events: [R.event("e", organizers: ["sakura"]), R.event("g", organizers: ["sakura"], draft: true)])
        assertDiagnostics(ReferenceValidator(groups: groups, draftsExcluded: true).validate(content), """
            content/events/e.md:6:14: error: 'sakura' is a draft
                hint: publish it (remove 'draft: true' from content/groups/sakura.md) or remove the reference
            """)
        assertDiagnostics(ReferenceValidator(groups: groups, draftsExcluded: false).validate(content), "")
    }

    func testDuplicateSlugIsReportedAtTheSecondFile() {
        let first = R.group("sakura")
        var second = R.group("sakura")
        second.source = R.source("content/groups/sakura-2.md", ["slug": (7, 7)])
        assertDiagnostics(DuplicateSlugValidator.validate([first, second].map { ($0.slug, $0.source) }, kind: .groups), """
            content/groups/sakura-2.md:7:7: error: duplicate slug 'sakura' among groups
                hint: 'content/groups/sakura.md' already uses it; give one of them another 'slug:'
            """)
    }
}
