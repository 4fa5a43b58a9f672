"""The status script re-labels events and grants against the visitor's today."""
import datetime
import re

import pytest
from selenium.webdriver.common.by import By

import browsing
import linkwalk

JST = datetime.timezone(datetime.timedelta(hours=9))
PAGES = ["home", "events", "grants", "event", "grant", "group"]


def _build_day(site):
    text = (site.root / "index.html").read_text(encoding="utf-8")
    iso = re.search(r'class="build-date">[^<]*<time datetime="(\d{4}-\d\d-\d\d)"', text).group(1)
    return datetime.datetime.fromisoformat(iso).replace(tzinfo=JST)


def _labels(driver):
    return [e.get_attribute("textContent") for e in driver.find_elements(By.CSS_SELECTOR, ".status[data-kind]")]


def _static_labels(site, rel):
    """The labels the build wrote, as a browser without JavaScript shows them."""
    text = site.file_for(rel).read_text(encoding="utf-8")
    return re.findall(r'<span class="status [^"]*" data-kind="[^"]+"[^>]*>([^<]*)</span>', text)


@pytest.fixture
def clocked(browser):
    ids = []

    def at(moment):
        ids.append(browsing.fix_clock(browser, int(moment.timestamp() * 1000)))
        return browser

    yield at
    for identifier in ids:
        browsing.unfix_clock(browser, identifier)


@pytest.mark.parametrize("kind", PAGES)
def test_on_the_build_day_script_and_build_agree(kind, site, base_url, clocked):
    driver = clocked(_build_day(site))
    browsing.open_page(driver, base_url, site.pages[kind])
    assert driver.execute_script("return new Date().getTime()") == int(_build_day(site).timestamp() * 1000)
    expected = _static_labels(site, site.pages[kind])
    assert expected, f"{site.pages[kind]} shows no status"
    assert _labels(driver) == expected


def test_a_year_later_every_event_is_over_and_dated_grants_closed(site, base_url, clocked):
    later = _build_day(site) + datetime.timedelta(days=800)
    for kind in ("events", "grants"):
        driver = clocked(later)
        browsing.open_page(driver, base_url, site.pages[kind])
        labels = _labels(driver)
        static = _static_labels(site, site.pages[kind])
        assert labels != static, "the script changed no label"
        assert set(labels) <= {"終了", "締切", "随時"}, labels
        assert driver.find_elements(By.CSS_SELECTOR, ".status-past, .status-closed")


def test_closing_soon_appears_within_14_days_of_a_deadline(site, base_url, clocked):
    text = site.file_for(site.pages["grants"]).read_text(encoding="utf-8")
    deadlines = sorted(set(re.findall(r'data-deadline="(\d{4}-\d\d-\d\d)"', text)))
    build = _build_day(site).date()
    future = [d for d in deadlines if datetime.date.fromisoformat(d) > build + datetime.timedelta(days=20)]
    if not future:
        pytest.skip("no grant has a deadline more than 20 days after the build date")
    deadline = datetime.date.fromisoformat(future[0])
    moment = datetime.datetime.combine(deadline - datetime.timedelta(days=10), datetime.time(12), JST)
    driver = clocked(moment)
    browsing.open_page(driver, base_url, site.pages["grants"])
    soon = driver.find_elements(By.CSS_SELECTOR, f'.status[data-deadline="{future[0]}"]')
    assert soon and all(e.text.endswith("締切間近") for e in soon)
    assert all(e.get_attribute("class") == "status status-closing-soon" for e in soon)


def test_with_the_real_clock_every_event_label_matches_its_dates(site, browser, base_url):
    # No fake clock: a site built on an older day (as CI's sample is, or any
    # site some days after its build) must show today's status, not the build's.
    browsing.open_page(browser, base_url, site.pages["events"])
    now = datetime.datetime.now(JST)
    checked = 0
    for element in browser.find_elements(By.CSS_SELECTOR, '.status[data-kind="event"]'):
        start = datetime.datetime.fromisoformat(element.get_attribute("data-start"))
        end = datetime.datetime.fromisoformat(element.get_attribute("data-end"))
        if abs((start - now).total_seconds()) < 120 or abs((end - now).total_seconds()) < 120:
            continue  # too close to call
        expected = "開催予定" if now < start else "開催中" if now <= end else "終了"
        assert element.get_attribute("textContent") == expected, (element.get_attribute("data-start"), expected)
        checked += 1
    assert checked > 0
