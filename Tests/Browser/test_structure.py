"""Headings, landmarks, skip link and focus, on every page kind."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import browsing
import sitepages

KINDS = list(sitepages.LIST_KINDS) + list(sitepages.DETAIL_KINDS) + sitepages.MEDIA_KINDS

OUTLINE = """
return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))
  .filter(h => h.getClientRects().length > 0 || h.closest('details'))
  .map(h => [Number(h.tagName[1]), h.textContent.trim()]);
"""


@pytest.mark.parametrize("kind", KINDS)
def test_one_h1_ordered_headings_and_landmarks(kind, site, browser, base_url):
    browsing.clear_viewport(browser)
    browsing.open_page(browser, base_url, site.pages[kind])
    outline = browser.execute_script(OUTLINE)
    levels = [level for level, _ in outline]
    assert levels.count(1) == 1, f"h1 count {levels.count(1)}: {outline}"
    main_levels = browser.execute_script(
        "return Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')).map(h => Number(h.tagName[1]))")
    assert main_levels[0] == 1, f"main does not start with its h1: {outline}"
    for before, after in zip(main_levels, main_levels[1:]):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}: {outline}"
    assert browser.execute_script("return document.documentElement.lang") == "ja"
    for selector in ("header", "nav", "main", "footer"):
        assert browser.find_elements(By.CSS_SELECTOR, selector), f"no <{selector}>"
    assert len(browser.find_elements(By.CSS_SELECTOR, "main")) == 1


def test_skip_link_is_first_and_visible_on_focus(site, browser, base_url):
    browsing.clear_viewport(browser)
    browsing.open_page(browser, base_url, site.pages["event"])
    link = browser.find_element(By.CSS_SELECTOR, ".skip-link")
    assert not _on_screen(browser, link), "the skip link shows before it has focus"
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    assert _on_screen(browser, active), "the focused skip link is off screen"
    assert browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", active) != "none"
    active.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_focus_is_visible_on_links_and_buttons(site, browser, base_url):
    # Each element is reached with the Tab key from the top of the page, as
    # a keyboard user reaches it: a focus set by script counts as keyboard
    # focus (:focus-visible) only by a heuristic, which browsers change.
    # The first one shown: the status script hides the cards of events that
    # have ended since the build (the site is built as of a fixed date).
    first_shown = ("return Array.from(document.querySelectorAll(arguments[0]))"
                   ".find(function (e) { return e.getClientRects().length > 0; }) || null")
    for selector in (".site-nav a", "main .card-title a", ".search-box button", ".tiles a"):
        browsing.open_page(browser, base_url, site.pages["home"])
        reached = False
        for _ in range(400):
            target = browser.execute_script(first_shown, selector)
            assert target is not None, f"no {selector} is shown"
            if browser.execute_script("return document.activeElement === arguments[0]", target):
                reached = True
                break
            ActionChains(browser).send_keys(Keys.TAB).perform()
        assert reached, f"{selector} is not reached with the Tab key"
        style = browser.execute_script(
            "var s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.boxShadow]")
        assert style[0] != "none" and style[1] != "0px", f"{selector} has no visible focus: {style}"


def _on_screen(driver, element):
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.right > 0 && r.top < innerHeight", element)


@pytest.mark.parametrize("kind", ["event", "grant"])
def test_print_style_keeps_the_content_and_drops_the_chrome(kind, site, browser, base_url):
    browsing.open_page(browser, base_url, site.pages[kind])
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("""
            return ['.site-header', '.site-nav', '.breadcrumbs', '.prevnext', 'main h1', 'main .facts', '.build-date']
              .map(function (s) { var e = document.querySelector(s); return [s, !!e && e.getClientRects().length > 0]; });""")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    shown = dict(shown)
    assert not any(shown[s] for s in (".site-header", ".site-nav", ".breadcrumbs", ".prevnext")), shown
    assert all(shown[s] for s in ("main h1", "main .facts", ".build-date")), shown
