"""Phones: nothing scrolls sideways at 360 px. Desktops: the lists use the width."""
import pytest

import browsing
import sitepages

KINDS = list(sitepages.LIST_KINDS) + list(sitepages.DETAIL_KINDS) + sitepages.MEDIA_KINDS

OVERFLOW = """
var w = window.innerWidth, wide = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > w + 1 && !e.closest('.visually-hidden, [hidden]')) wide.push(e.tagName.toLowerCase() + '.' + e.className + ' right=' + Math.round(r.right));
});
return [document.documentElement.scrollWidth, w, wide.slice(0, 8)];
"""


@pytest.mark.parametrize("kind", KINDS)
def test_no_sideways_scrolling_at_360px(kind, site, browser, base_url):
    browsing.set_viewport(browser, 360, 800, mobile=True)
    try:
        browsing.open_page(browser, base_url, site.pages[kind])
        scroll_width, inner_width, wide = browser.execute_script(OVERFLOW)
        assert inner_width == 360
        assert scroll_width <= inner_width, f"{site.pages[kind]} is {scroll_width}px wide at {inner_width}px: {wide}"
    finally:
        browsing.clear_viewport(browser)


@pytest.mark.parametrize("kind", ["home", "groups", "events", "grants", "field", "fields"])
def test_cards_use_several_columns_at_1280px(kind, site, browser, base_url):
    browsing.set_viewport(browser, 1280, 900)
    try:
        browsing.open_page(browser, base_url, site.pages[kind])
        count, columns = browser.execute_script("""
            var lists = Array.from(document.querySelectorAll('main .cards, main .tiles'));
            var list = lists.sort(function (a, b) { return b.children.length - a.children.length; })[0];
            var lefts = Array.from(list.children).map(function (c) { return Math.round(c.getBoundingClientRect().left); });
            return [list.children.length, new Set(lefts).size];""")
        if count < 2:
            pytest.skip(f"{site.pages[kind]} lists a single card")
        main_width = browser.execute_script("return document.querySelector('main').getBoundingClientRect().width")
        assert columns >= 2, f"{site.pages[kind]}: cards in {columns} column at 1280px"
        assert main_width >= 1000
    finally:
        browsing.clear_viewport(browser)


@pytest.mark.parametrize("kind", ["home", "group", "event"])
@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots(kind, width, site, browser, base_url, screenshot_dir):
    try:
        browsing.set_viewport(browser, width, 800, mobile=width < 600)
        browsing.open_page(browser, base_url, site.pages[kind])
        path = browsing.full_page_screenshot(browser, screenshot_dir / f"{kind}-{width}.png", width)
        assert path.stat().st_size > 10_000
    finally:
        browsing.clear_viewport(browser)
