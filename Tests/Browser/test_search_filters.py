"""The search page's filters from the URL, its counts before typing, its
phone layout, today's status on results, the empty-result help and a sample
of the spelling variants, in headless Chromium on the sample site built as
of 2026-12-01 (the page's clock fixed to that day where statuses matter)."""
import datetime
import json
from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browsing

TIMEOUT = 10
BUILD_DAY = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))


@pytest.fixture
def page(browser):
    """The browser with its clock on the build day, opening search URLs."""
    clock = browsing.fix_clock(browser, int(BUILD_DAY.timestamp() * 1000))

    def open_(base_url, query=""):
        browser.get(base_url + "search/" + query)
        WebDriverWait(browser, TIMEOUT).until(
            lambda d: "search-js" in d.find_element(By.ID, "search-form").get_attribute("class"))
        return browser

    yield open_
    browsing.unfix_clock(browser, clock)
    browsing.clear_viewport(browser)


def _status(driver):
    return driver.find_element(By.ID, "search-status").text


def _wait(driver, predicate):
    WebDriverWait(driver, TIMEOUT).until(lambda d: predicate(_status(d)))
    return _status(driver)


def _count(status):
    return int(status.rsplit(" ", 1)[-1].rstrip("件").lstrip("約"))


def _ids(driver):
    return [a.get_attribute("href").split("/")[-2] for a in driver.find_elements(By.CSS_SELECTOR, "#search-results > li > a")]


def _facet_count(site, facet, value):
    return len(json.loads((site.root / "search" / "facets.json").read_text(encoding="utf-8"))["values"][facet][value])


def _box(driver, name, value):
    return driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']")


FILTERS = [("type", "events"), ("field", "children"), ("group_type", "npo"), ("area", "chuo"),
           ("recruiting", "volunteers"), ("upcoming", "1"), ("open", "1")]


@pytest.mark.parametrize("name,value", FILTERS)
def test_a_filter_only_url_lists_every_match_and_back_restores_it(page, site, base_url, name, value):
    driver = page(base_url, f"?{name}={value}")
    status = _wait(driver, lambda s: s.startswith("絞り込み結果"))
    total = _count(status)
    assert total > 0
    if name not in ("upcoming", "open"):
        assert total == _facet_count(site, name, value)
    # The filter data builds the area and recruiting options: the URL's value is checked.
    WebDriverWait(driver, TIMEOUT).until(lambda d: _box(d, name, value).is_selected())
    assert driver.find_element(By.ID, "search-filters").get_attribute("open") is not None
    # Another filter, then Back: the same state, count and URL.
    other = _box(driver, "type", "groups" if name != "type" else "grants")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
    other.click()
    WebDriverWait(driver, TIMEOUT).until(lambda d: len(parse_qsl(urlsplit(d.current_url).query)) == 2)
    driver.back()
    assert _wait(driver, lambda s: s == status) == status
    assert parse_qs(urlsplit(driver.current_url).query) == {name: [value]}
    assert _box(driver, name, value).is_selected() and not other.is_selected()


def test_a_shared_link_keeps_the_query_and_the_area(page, site, base_url):
    driver = page(base_url, "?q=子ども&area=midorigaoka")
    status = _wait(driver, lambda s: s.startswith("「子ども」の検索結果"))
    assert _box(driver, "area", "midorigaoka").is_selected()
    in_area = set(_ids(driver))
    everywhere = page(base_url, "?q=子ども")
    assert 0 < _count(status) < _count(_wait(everywhere, lambda s: s.startswith("「子ども」")))
    assert in_area < set(_ids(everywhere)) or len(in_area) == _count(status)


def test_counts_are_right_before_anything_is_typed(page, site, base_url):
    driver = page(base_url)
    driver.find_element(By.CSS_SELECTOR, "#search-filters > summary").click()
    count = driver.find_element(By.CSS_SELECTOR, "label[for='search-type-groups'] .search-count")
    WebDriverWait(driver, TIMEOUT).until(lambda d: count.text.startswith("("))
    assert count.text == f"({_facet_count(site, 'type', 'groups')})"
    assert _status(driver) == "" and _ids(driver) == []
    # Area options in the order of site.yml, none without a record.
    areas = [e.get_attribute("value") for e in driver.find_elements(By.CSS_SELECTOR, "#search-filter-area input")]
    assert areas[:3] == ["honmachi", "chuo", "sakuradai"]
    # With a query, the areas without a match are hidden.
    driver = page(base_url, "?q=子ども食堂&type=groups")
    WebDriverWait(driver, TIMEOUT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-filter-area label .search-count"))
    labels = driver.find_elements(By.CSS_SELECTOR, "#search-filter-area label")
    shown = [l for l in labels if l.is_displayed()]
    assert 0 < len(shown) < len(labels)
    assert all(l.find_element(By.CLASS_NAME, "search-count").text != "(0)" for l in shown)


def test_on_a_phone_filter_groups_open_one_at_a_time_and_fit(page, base_url):
    driver = page(base_url)
    browsing.set_viewport(driver, 360, 740, mobile=True)
    driver = page(base_url)
    driver.find_element(By.CSS_SELECTOR, "#search-filters > summary").click()
    groups = [g for g in driver.find_elements(By.CSS_SELECTOR, ".search-facet") if g.is_displayed()]
    assert len(groups) >= 4 and all(g.get_attribute("open") is None for g in groups)
    summary = lambda g: g.find_element(By.TAG_NAME, "summary")
    opened = lambda: [g.get_attribute("open") is not None for g in groups][:3]
    summary(groups[0]).click()
    WebDriverWait(driver, TIMEOUT).until(lambda d: opened() == [True, False, False])
    summary(groups[2]).click()
    WebDriverWait(driver, TIMEOUT).until(lambda d: opened() == [False, False, True])
    # The fields by their short names; the open panel within the screen's width and height.
    assert groups[2].find_elements(By.ID, "search-filter-field")
    assert driver.find_element(By.CSS_SELECTOR, "label[for='search-field-health-welfare']").text.startswith("保健・医療・福祉")
    assert "を図る活動" not in driver.find_element(By.ID, "search-filter-field").text
    panel = driver.execute_script("var r = document.getElementById('search-filters').getBoundingClientRect(); return [r.width, r.height, innerWidth, innerHeight]")
    assert panel[0] <= panel[2] and panel[1] <= panel[3] * 1.5, panel


def test_results_show_their_kind_and_todays_status(page, base_url):
    driver = page(base_url, "?q=おはなし会")
    _wait(driver, lambda s: s.startswith("「おはなし会」"))
    first = driver.find_element(By.CSS_SELECTOR, "#search-results > li")
    assert first.find_element(By.CLASS_NAME, "search-type").text == "イベント"
    assert first.find_element(By.CSS_SELECTOR, ".status").text == "開催予定"
    driver = page(base_url, "?q=あおいとり市民活動助成")
    _wait(driver, lambda s: s.startswith("「あおいとり"))
    assert driver.find_element(By.CSS_SELECTOR, "#search-results > li .status").text == "締切"
    # A cancelled event says 中止, not 開催予定.
    driver = page(base_url, "?q=冬休み親子工作教室")
    _wait(driver, lambda s: s.startswith("「冬休み"))
    item = driver.find_element(By.CSS_SELECTOR, "#search-results > li")
    assert "中止" in item.text and "開催予定" not in item.text


def test_no_results_explain_and_offer_a_near_spelling_and_the_lists(page, base_url):
    driver = page(base_url, "?q=ほらんてぃあ")
    assert _wait(driver, lambda s: "見つかりませんでした" in s) == "「ほらんてぃあ」に一致するものは見つかりませんでした。"
    near = driver.find_element(By.ID, "search-near")
    WebDriverWait(driver, TIMEOUT).until(lambda d: near.is_displayed())
    link = near.find_element(By.TAG_NAME, "a")
    assert link.text == "ぼらんてぃあ" and parse_qs(urlsplit(link.get_attribute("href")).query) == {"q": ["ぼらんてぃあ"]}
    empty = driver.find_element(By.ID, "search-empty")
    assert {a.get_attribute("href").rstrip("/").rsplit("/", 1)[-1] for a in empty.find_elements(By.CSS_SELECTOR, "li a")} >= {"groups", "events", "grants"}
    assert not driver.find_element(By.ID, "search-latin").is_displayed()
    driver = page(base_url, "?q=volunteer")
    _wait(driver, lambda s: "見つかりませんでした" in s)
    assert driver.find_element(By.ID, "search-latin").is_displayed()
    # A query with results hides all of it.
    driver = page(base_url, "?q=防災")
    _wait(driver, lambda s: s.startswith("「防災」の検索結果"))
    assert not driver.find_element(By.ID, "search-empty").is_displayed()


def test_a_query_markup_is_shown_as_text(page, base_url):
    driver = page(base_url, "?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert "<img" in _wait(driver, lambda s: "見つかりませんでした" in s)
    assert driver.find_elements(By.CSS_SELECTOR, "#search-empty img, #search-status img") == []


@pytest.mark.parametrize("typed,written", [("子供食堂", "子ども食堂"), ("障害", "障がい"), ("申込", "申し込み"),
                                           ("エヌピーオー", "NPO"), ("お年寄り", "シニア"), ("ｽﾏﾎ", "スマートフォン")])
def test_a_variant_finds_what_the_other_spelling_finds(page, base_url, typed, written):
    driver = page(base_url, "?q=" + written)
    expected = _count(_wait(driver, lambda s: s.startswith(f"「{written}」の検索結果")))
    driver = page(base_url, "?q=" + typed)
    assert _count(_wait(driver, lambda s: s.startswith(f"「{typed}」の検索結果"))) == expected
    # The other spellings are highlighted.
    WebDriverWait(driver, TIMEOUT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results mark"))
