"""With JavaScript off, lists and detail pages still show their content."""
import pytest
from selenium.webdriver.common.by import By

import browsing


def _visible(driver, selector):
    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def test_javascript_is_really_off(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["search"])
    # The search page's <noscript> block only renders when scripts cannot run.
    assert _visible(nojs_browser, ".search-noscript a")


def test_events_page_lists_upcoming_events(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["events"])
    cards = _visible(nojs_browser, "#events-upcoming ~ .cards .card-title a")
    assert len(cards) >= 1
    labels = [e.text for e in _visible(nojs_browser, "#events-upcoming ~ .cards .status")]
    assert labels and all(label in ("開催予定", "開催中") for label in labels)


def test_group_index_has_kana_rows_and_jump_links(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["groups"])
    index = _visible(nojs_browser, ".kana-index li")
    assert [e.text[0] for e in index][:10] == list("あかさたなはまやらわ")
    # A row without groups is plain text: a link to it would lead nowhere.
    rows = {e.get_attribute("id") for e in nojs_browser.find_elements(By.CSS_SELECTOR, ".kana-row")}
    links = {a.get_attribute("href").split("#")[1] for a in _visible(nojs_browser, ".kana-index a")}
    assert links == rows
    jump = _visible(nojs_browser, ".kana-index a")[0]
    row = nojs_browser.find_element(By.ID, jump.get_attribute("href").split("#")[1])
    assert row.is_displayed() and _visible(nojs_browser, ".kana-row .card-title a")




@pytest.mark.parametrize("kind,selector", [
    ("group", ".facts dd"), ("event", ".facts dd"), ("grant", ".facts dd"), ("case", ".facts dd"),
    ("field", ".cards .card"), ("fields", ".tiles a"), ("grants", ".cards .card"), ("cases", ".list a"),
    ("home", ".cards .card"),
])
def test_page_shows_its_content(kind, selector, site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages[kind])
    assert len(_visible(nojs_browser, "h1")) == 1
    assert _visible(nojs_browser, selector), f"{site.pages[kind]}: nothing visible for {selector}"
    # Only pages that show statuses say as of which day (a case or the field
    # list stays byte-identical from one daily build to the next).
    dated = nojs_browser.find_elements(By.CSS_SELECTOR, ".status[data-kind]")
    footer = nojs_browser.find_elements(By.CSS_SELECTOR, ".build-date time")
    if dated:
        assert footer and footer[0].get_attribute("datetime"), "the footer names the build date"
    else:
        assert not footer, "a page without statuses does not change with the build date"


@pytest.mark.parametrize("kind,selector", [
    ("areas", ".tiles a"), ("area", ".cards .card"), ("recruiting", ".cards .card"), ("group-type", ".cards .card"),
    ("news-list", ".news a"), ("news", ".lead"), ("stats", "svg.chart"), ("stats", "table.stats tbody th"),
])
def test_community_pages_show_their_content(kind, selector, site, nojs_browser, base_url):
    if kind not in site.pages:
        pytest.skip(f"the site has no {kind} page (no areas or no news in its content)")
    browsing.open_page(nojs_browser, base_url, site.pages[kind])
    assert len(_visible(nojs_browser, "h1")) == 1
    assert _visible(nojs_browser, selector), f"{site.pages[kind]}: nothing visible for {selector}"


def test_group_list_leads_to_fields_areas_types_and_recruiting(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["groups"])
    hrefs = [a.get_attribute("href") for a in _visible(nojs_browser, ".browse a")]
    for part in ("/fields/", "/types/", "/recruiting/") + (("/areas/",) if "areas" in site.pages else ()):
        assert any(part in h for h in hrefs), f"the groups list links to no {part} page: {hrefs}"
