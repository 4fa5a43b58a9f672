"""axe-core finds no WCAG 2.1 A/AA violation on any page kind."""
import json

import pytest
from axe_selenium_python import Axe

import browsing
import sitepages

KINDS = list(sitepages.LIST_KINDS) + list(sitepages.DETAIL_KINDS)


@pytest.mark.parametrize("kind", KINDS + ["search-results"])
def test_no_axe_violations(kind, site, browser, base_url):
    if kind == "search-results":
        # The results search.js writes into the page, for a word most sites have.
        browsing.open_page(browser, base_url, "search/?q=%E5%9B%A3%E4%BD%93")
        _wait_for_results(browser)
        kind_path = "search/?q=団体"
    else:
        assert kind in site.pages, f"the site has no page of kind {kind}"
        browsing.clear_viewport(browser)
        browsing.open_page(browser, base_url, site.pages[kind])
        kind_path = site.pages[kind]
    axe = Axe(browser)
    axe.inject()
    # The axe bundled with axe-selenium-python (3.1) predates the wcag21 tags;
    # a newer one runs them too. WCAG 2.0 AA is what JIS X 8341-3:2016 asks.
    known = set(browser.execute_script(
        "return [].concat.apply([], axe.getRules().map(function (r) { return r.tags; }))"))
    tags = [t for t in browsing.AXE_TAGS if t in known]
    assert {"wcag2a", "wcag2aa"} <= set(tags)
    # Called directly: the wrapper's run() passes options alone, which the bundled axe never answers.
    results = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, %s).then(done, function (e) { done({error: String(e)}); });"
        % json.dumps({"runOnly": {"type": "tag", "values": tags}}))
    assert "error" not in results, results.get("error")
    assert len(results["passes"]) > 5, "axe ran no rule"
    violations = results["violations"]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']}\n" + "\n".join(
            f"    {', '.join(map(str, n['target']))}: {n['failureSummary'].splitlines()[-1].strip()}" for n in v["nodes"][:5])
        for v in violations
    ]
    assert not violations, f"{kind_path}: {len(violations)} axe violations\n" + "\n".join(report)


def _wait_for_results(browser):
    import time
    deadline = time.time() + 10
    while time.time() < deadline:
        if browser.execute_script("return document.querySelectorAll('#search-results li').length") > 0:
            return
        time.sleep(0.2)
    raise AssertionError("search.js showed no result for 団体")
