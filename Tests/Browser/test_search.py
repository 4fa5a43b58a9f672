"""The search page end to end in headless Chromium, on the sample site built
as of 2026-12-01: results as you type, highlights, the announced count,
filters and the URL, the back button, the keyboard, and the page without
JavaScript."""
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT = 10


def _open(driver, base_url, query=""):
    driver.get(base_url + "search/" + query)
    WebDriverWait(driver, TIMEOUT).until(
        lambda d: "search-js" in d.find_element(By.ID, "search-form").get_attribute("class"))


def _results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results > li")


def _status(driver):
    return driver.find_element(By.ID, "search-status").text


def _wait_status(driver, predicate):
    WebDriverWait(driver, TIMEOUT).until(lambda d: predicate(_status(d)))
    return _status(driver)


def _count(status):
    if status.endswith("見つかりませんでした。"):
        return 0
    return int(status.rsplit(" ", 1)[-1].rstrip("件").replace(",", ""))


def _params(driver):
    return parse_qs(urlsplit(driver.current_url).query)


def _open_filters(driver):
    panel = driver.find_element(By.ID, "search-filters")
    if panel.get_attribute("open") is None:
        driver.find_element(By.CSS_SELECTOR, "#search-filters > summary").click()
    # Counts appear once the filter data is loaded.
    WebDriverWait(driver, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#search-filter-type .search-count").text.startswith("("))


def _check(driver, element_id):
    before = _status(driver)
    box = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    return before


def _types(driver):
    return {li.get_attribute("class").split("search-type-")[-1] for li in _results(driver)}


def test_typing_shows_highlighted_results_and_announces_the_count(browser, base_url):
    _open(browser, base_url)
    status = browser.find_element(By.ID, "search-status")
    assert status.get_attribute("aria-live") == "polite"
    assert _status(browser) == ""
    box = browser.find_element(By.ID, "search-q")
    box.send_keys("防災")
    text = _wait_status(browser, lambda s: s.startswith("「防災」"))
    assert _count(text) >= 5
    WebDriverWait(browser, TIMEOUT).until(lambda d: len(_results(d)) == min(10, _count(text)))
    first = _results(browser)[0]
    assert first.find_element(By.CSS_SELECTOR, "a mark").text == "防災"
    assert "bosai" in first.find_element(By.TAG_NAME, "a").get_attribute("href")
    # Typing replaces the history entry: a shared URL holds the query.
    assert _params(browser) == {"q": ["防災"]}


def test_debounce_runs_only_the_last_query(browser, base_url):
    _open(browser, base_url)
    box = browser.find_element(By.ID, "search-q")
    for ch in "ぼうさい":
        box.send_keys(ch)
    text = _wait_status(browser, lambda s: s.startswith("「ぼうさい」"))
    assert _count(text) == 1
    WebDriverWait(browser, TIMEOUT).until(lambda d: len(_results(d)) == 1)
    assert "sakurano-bosai-net" in _results(browser)[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    # Folded forms: half-width katakana finds the group by its reading.
    box.clear()
    box.send_keys("ｺﾄﾞﾓｼｮｸﾄﾞｳ")
    _wait_status(browser, lambda s: s.startswith("「ｺﾄﾞﾓｼｮｸﾄﾞｳ」"))
    WebDriverWait(browser, TIMEOUT).until(lambda d: len(_results(d)) == 1)
    assert "kodomo-shokudo-hidamari" in _results(browser)[0].find_element(By.TAG_NAME, "a").get_attribute("href")


def test_a_query_with_no_match_says_so(browser, base_url):
    _open(browser, base_url)
    browser.find_element(By.ID, "search-q").send_keys("ペンギン")
    assert _count(_wait_status(browser, lambda s: s.startswith("「ペンギン」"))) == 0
    assert _results(browser) == []


def test_filters_change_results_and_url_and_back_restores(browser, base_url):
    _open(browser, base_url, "?q=防災")
    total = _count(_wait_status(browser, lambda s: s.startswith("「防災」")))
    _open_filters(browser)
    before = _check(browser, "search-type-events")
    events = _count(_wait_status(browser, lambda s: s != before))
    assert 0 < events < total
    assert _types(browser) == {"events"}
    assert _params(browser) == {"q": ["防災"], "type": ["events"]}
    # Upcoming only: the 2025 drill is over by 2026-12-01 (the build date);
    # the page compares with the real clock, so it can only hide more.
    before = _check(browser, "search-upcoming")
    upcoming = _count(_wait_status(browser, lambda s: s != before))
    assert upcoming < events
    assert _params(browser)["upcoming"] == ["1"]
    assert not any("2025-12" in a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a"))
    # Back: one step per filter change, each restoring boxes and results.
    browser.back()
    assert _count(_wait_status(browser, lambda s: _count(s) == events)) == events
    assert not browser.find_element(By.ID, "search-upcoming").is_selected()
    assert browser.find_element(By.ID, "search-type-events").is_selected()
    browser.back()
    assert _count(_wait_status(browser, lambda s: _count(s) == total)) == total
    assert not browser.find_element(By.ID, "search-type-events").is_selected()
    assert _params(browser) == {"q": ["防災"]}
    assert len(_types(browser)) > 1


def test_field_group_type_and_recruiting_filters(browser, base_url):
    _open(browser, base_url, "?q=さくら野")
    total = _count(_wait_status(browser, lambda s: s.startswith("「さくら野」")))
    _open_filters(browser)
    before = _check(browser, "search-field-children")
    children = _count(_wait_status(browser, lambda s: s != before))
    assert 0 < children < total
    assert _params(browser)["field"] == ["children"]
    before = _check(browser, "search-type-groups")
    groups = _count(_wait_status(browser, lambda s: s != before))
    assert 0 < groups <= children
    assert _types(browser) == {"groups"}
    # The count beside a value is what choosing it would give.
    npo = browser.find_element(By.ID, "search-group_type-npo")
    shown = int(npo.find_element(By.XPATH, "..").find_element(By.CLASS_NAME, "search-count").text.strip("()"))
    before = _check(browser, "search-group_type-npo")
    assert _count(_wait_status(browser, lambda s: s != before)) == shown
    assert _params(browser) == {"q": ["さくら野"], "field": ["children"], "type": ["groups"], "group_type": ["npo"]}
    # Recruiting values are built from the index data.
    volunteers = browser.find_element(By.CSS_SELECTOR, "#search-filter-recruiting input[value='volunteers']")
    assert volunteers.is_displayed()


def test_open_only_keeps_grants_open_on_the_day(browser, base_url):
    _open(browser, base_url, "?type=grants")
    total = _count(_wait_status(browser, lambda s: s.startswith("絞り込み結果")))
    assert total >= 5
    before = _check(browser, "search-open")
    still_open = _count(_wait_status(browser, lambda s: s != before))
    assert 0 < still_open < total
    assert _params(browser) == {"type": ["grants"], "open": ["1"]}


def test_a_shared_url_restores_the_search(browser, base_url):
    _open(browser, base_url, "?q=防災&type=events&field=disaster-relief")
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "防災"
    assert browser.find_element(By.ID, "search-type-events").is_selected()
    assert browser.find_element(By.ID, "search-field-disaster-relief").is_selected()
    assert browser.find_element(By.ID, "search-filters").get_attribute("open") is not None
    _wait_status(browser, lambda s: s.startswith("「防災」"))
    WebDriverWait(browser, TIMEOUT).until(lambda d: _results(d))
    assert _types(browser) == {"events"}


def test_keyboard_only(browser, base_url):
    _open(browser, base_url)
    box = browser.find_element(By.ID, "search-q")
    # Tab reaches the box from the top of the page, past the header.
    browser.execute_script("document.activeElement && document.activeElement.blur()")
    seen = []
    for _ in range(60):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        active = browser.switch_to.active_element
        seen.append(active.get_attribute("id") or active.tag_name)
        if active == box:
            break
    assert browser.switch_to.active_element == box, seen
    box.send_keys("市", Keys.ENTER)
    total = _count(_wait_status(browser, lambda s: s.startswith("「市」")))
    assert total > 10
    WebDriverWait(browser, TIMEOUT).until(lambda d: len(_results(d)) == 10)
    # Submitting adds a history entry, typing does not.
    assert _params(browser) == {"q": ["市"]}
    more = browser.find_element(By.ID, "search-more")
    assert more.is_displayed()
    browser.execute_script("arguments[0].focus()", more)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser, TIMEOUT).until(lambda d: len(_results(d)) == min(20, total))
    # Focus moves to the first new result, so the reader continues there.
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.switch_to.active_element == _results(d)[10].find_element(By.TAG_NAME, "a"))
    # Filters open and toggle with the keyboard.
    summary = browser.find_element(By.CSS_SELECTOR, "#search-filters > summary")
    browser.execute_script("arguments[0].focus()", summary)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.ID, "search-filters").get_attribute("open") is not None)
    groups = browser.find_element(By.ID, "search-type-groups")
    browser.execute_script("arguments[0].focus()", groups)
    before = _status(browser)
    browser.switch_to.active_element.send_keys(Keys.SPACE)
    _wait_status(browser, lambda s: s != before)
    assert groups.is_selected()
    assert _types(browser) == {"groups"}


def test_without_javascript_the_page_explains_and_links(nojs_browser, base_url):
    nojs_browser.get(base_url + "search/?q=防災")
    message = nojs_browser.find_element(By.CSS_SELECTOR, ".search-noscript")
    assert message.is_displayed()
    assert "JavaScript" in message.text
    links = {a.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
             for a in message.find_elements(By.TAG_NAME, "a")}
    assert {"fields", "groups", "events", "grants", "cases"} <= links
    # The form is a plain GET form to the same page.
    form = nojs_browser.find_element(By.ID, "search-form")
    assert form.get_attribute("method") == "get"
    assert urlsplit(form.get_attribute("action")).path.endswith("/search/")
    assert nojs_browser.find_element(By.ID, "search-results").find_elements(By.TAG_NAME, "li") == []
