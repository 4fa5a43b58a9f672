"""Month calendars, the 今週末 and 今週 lists, and the feed as a page."""
import datetime
import re

import pytest
from selenium.webdriver.common.by import By

import browsing
from test_status import JST, _build_day, clocked  # noqa: F401  (a fixture)


def _visible(driver, selector):
    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def test_months_are_browsed_without_javascript(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["events-month"])
    seen = [nojs_browser.find_element(By.TAG_NAME, "h1").text]
    for _ in range(2):
        nojs_browser.find_element(By.CSS_SELECTOR, 'a[rel="next"]').click()
        seen.append(nojs_browser.find_element(By.TAG_NAME, "h1").text)
    nojs_browser.find_element(By.CSS_SELECTOR, 'a[rel="prev"]').click()
    seen.append(nojs_browser.find_element(By.TAG_NAME, "h1").text)
    assert len(set(seen[:3])) == 3 and seen[3] == seen[1], seen
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月のイベント", title) for title in seen), seen


def test_phones_get_the_list_of_days_and_wide_screens_the_table(site, browser, base_url):
    browsing.set_viewport(browser, 360, 800, mobile=True)
    try:
        browsing.open_page(browser, base_url, site.pages["events-month"])
        assert not _visible(browser, "table.cal")
        days = _visible(browser, ".cal-l h2")
        assert days and all(re.match(r"\d{4}年\d{1,2}月\d{1,2}日（", d.text) for d in days)
    finally:
        browsing.clear_viewport(browser)
    browsing.set_viewport(browser, 1280, 900)
    try:
        browsing.open_page(browser, base_url, site.pages["events-month"])
        table = _visible(browser, "table.cal")
        assert table and not _visible(browser, ".cal-l h2")
        headers = [th.text for th in table[0].find_elements(By.CSS_SELECTOR, 'thead th[scope="col"]')]
        assert headers == list("日月火水木金土")
        assert table[0].find_element(By.TAG_NAME, "caption").text
        cells = table[0].find_elements(By.CSS_SELECTOR, "tbody td")
        assert len(cells) % 7 == 0 and len(cells) >= 28
    finally:
        browsing.clear_viewport(browser)


def test_the_script_marks_today_on_the_month_calendar(site, base_url, clocked):
    text = site.file_for(site.pages["events-month"]).read_text(encoding="utf-8")
    day = sorted(set(re.findall(r'<td data-day="(\d{4}-\d\d-\d\d)"', text)))[2]
    moment = datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(23, 30), JST)
    driver = clocked(moment)
    browsing.open_page(driver, base_url, site.pages["events-month"])
    marked = driver.find_elements(By.CSS_SELECTOR, '[aria-current="date"]')
    assert marked and {e.get_attribute("data-day") for e in marked} == {day}, "late in the evening it is still that day in Japan"


def _window(today, weekend):
    sunday = today + datetime.timedelta(days=(6 - today.weekday()) % 7)
    first = today if not weekend or today.weekday() == 6 else today + datetime.timedelta(days=5 - today.weekday())
    return first, sunday


@pytest.mark.parametrize("days", [0, 3, 5, 9])
def test_this_weekend_and_this_week_follow_the_visitors_day(days, site, base_url, clocked):
    moment = _build_day(site) + datetime.timedelta(days=days, hours=8)
    driver = clocked(moment)
    browsing.open_page(driver, base_url, site.pages["events"])
    for which, weekend in (("end", True), ("all", False)):
        first, last = _window(moment.date(), weekend)
        lists = driver.find_elements(By.CSS_SELECTOR, f'[data-week="{which}"]')
        cards = [c for l in lists for c in l.find_elements(By.CSS_SELECTOR, ":scope > li") if c.is_displayed()]
        for card in cards:
            status = card.find_element(By.CSS_SELECTOR, ".status")
            start = datetime.datetime.fromisoformat(status.get_attribute("data-start")).astimezone(JST).date()
            end = datetime.datetime.fromisoformat(status.get_attribute("data-end")).astimezone(JST)
            assert start <= last and end.date() >= first, f"{which} on day +{days}: {card.text}"
            assert end > moment, "an event that is over has left the list"
        empty = driver.find_element(By.CSS_SELECTOR, f'#events-{"weekend" if weekend else "week"} ~ [data-empty]')
        assert empty.is_displayed() == (not cards)


def test_the_week_lists_show_the_build_days_events_without_javascript(site, nojs_browser, base_url):
    browsing.open_page(nojs_browser, base_url, site.pages["events"])
    assert _visible(nojs_browser, '[data-week="all"] .card'), "the sample has events in the build week"
    assert _visible(nojs_browser, '[data-week="end"] .card'), "and on its weekend"


def test_the_feed_opens_as_a_readable_page(site, browser, base_url):
    browser.get(base_url + "feed.xml")
    heading = browser.find_elements(By.TAG_NAME, "h1")
    assert heading and "更新情報" in heading[0].text, "the XSLT stylesheet turned the feed into a page"
    entries = browser.find_elements(By.CSS_SELECTOR, ".card-title a")
    assert entries and all(a.get_attribute("href").startswith("http") for a in entries)
