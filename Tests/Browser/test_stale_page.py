"""A page read days after it was built: ended events and closed grants leave
the lists of current ones, spare cards fill their places, counts follow."""
import datetime

import pytest
from selenium.webdriver.common.by import By

import browsing
from test_status import _build_day, clocked  # noqa: F401  (a fixture)

CURRENT = {"開催予定", "開催中", "募集中", "締切間近", "随時"}


def _visible_cards(driver, index=0):
    lists = driver.find_elements(By.CSS_SELECTOR, "[data-current]")
    if len(lists) <= index:
        return None
    return [c for c in lists[index].find_elements(By.CSS_SELECTOR, ":scope > li") if c.is_displayed()]


def _status(card):
    return card.find_element(By.CSS_SELECTOR, ".status").get_attribute("textContent")


@pytest.mark.parametrize("days", [0, 12, 45])
def test_lists_of_current_items_show_only_current_ones(days, site, base_url, clocked):
    moment = _build_day(site) + datetime.timedelta(days=days, hours=12)
    for kind in ("home", "events", "grants"):
        driver = clocked(moment)
        browsing.open_page(driver, base_url, site.pages[kind])
        for index in range(len(driver.find_elements(By.CSS_SELECTOR, "[data-current]"))):
            cards = _visible_cards(driver, index)
            statuses = [_status(c) for c in cards]
            assert set(statuses) <= CURRENT, f"{kind} list {index}, {days} days later: {statuses}"
            if kind == "home":
                assert len(cards) <= 5, "the home page shows at most five"


def test_on_the_build_day_the_home_page_shows_what_it_shows_without_javascript(site, base_url, clocked):
    driver = clocked(_build_day(site) + datetime.timedelta(hours=1))
    browsing.open_page(driver, base_url, site.pages["home"])
    shown = [c.find_element(By.CSS_SELECTOR, "a").text for c in _visible_cards(driver)]
    text = site.file_for(site.pages["home"]).read_text(encoding="utf-8")
    first_list = text[text.index("data-current"):]
    first_list = first_list[:first_list.index("</ul>")]
    static = [chunk for chunk in first_list.split('<li class="card">')[1:]]
    assert len(shown) == len(static), "the cards shown without JavaScript are the ones shown with it"


def test_counts_follow_the_lists_when_the_page_is_old(site, base_url, clocked):
    later = _build_day(site) + datetime.timedelta(days=12, hours=12)
    driver = clocked(later)
    browsing.open_page(driver, base_url, site.pages["events"])
    heading = driver.find_element(By.CSS_SELECTOR, "#events-upcoming [data-count]").text
    cards = _visible_cards(driver) or []
    assert int(heading) == len(cards), "the events page's count is the number of upcoming events it lists"
    static = driver.find_element(By.CSS_SELECTOR, "#events-upcoming [data-count]").get_attribute("data-count")
    assert int(heading) <= int(static)
    driver = clocked(later)
    browsing.open_page(driver, base_url, site.pages["home"])
    home = driver.find_elements(By.CSS_SELECTOR, ".hero [data-count]")[0].text
    assert home == heading, "the home page counts the same upcoming events"
