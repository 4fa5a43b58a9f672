"""The theme stays small and self-contained: no fonts, no requests to other hosts."""
import gzip
import pathlib
import re

import linkwalk

THEME_ASSETS = pathlib.Path(__file__).resolve().parents[2] / "themes" / "default" / "assets"
BUDGET = 30 * 1024


def test_theme_css_and_js_under_30_kb(site):
    # What citizens download: the theme's stylesheets and scripts as the build
    # ships them (minified by the build's conservative asset minifier), every
    # one of them counted, search.js included.
    served = site.root / "assets"
    files = [p for p in served.iterdir() if p.suffix in (".css", ".js")]
    assert files, f"no CSS or JS in {served}"
    assert {p.name for p in files} == {p.name for p in THEME_ASSETS.iterdir() if p.suffix in (".css", ".js")}
    total = sum(p.stat().st_size for p in files)
    sizes = ", ".join(f"{p.name} {p.stat().st_size} B" for p in sorted(files))
    print(f"\ntheme CSS+JS as served: {total} B ({sizes})")
    assert total < BUDGET, f"theme CSS+JS is {total} B, over {BUDGET} B: {sizes}"


def test_search_scripts_under_15_kb_gzip(site):
    # The search issue's own budget: 15 KB minified and gzipped, for every
    # script the search page loads (the engine and the page's own).
    scripts = re.findall(r'<script src="[^"]*assets/([^"]+\.js)"', (site.root / "search" / "index.html").read_text(encoding="utf-8"))
    assert "search.js" in scripts and "search-engine.js" in scripts, scripts
    sizes = {name: len(gzip.compress((site.root / "assets" / name).read_bytes(), compresslevel=9)) for name in scripts}
    total = sum(sizes.values())
    print(f"\nsearch page scripts gzip: {total} B {sizes}")
    assert total < 15 * 1024, f"search scripts are {total} B gzipped, over 15 KB: {sizes}"


def test_no_web_fonts_or_external_urls_in_css():
    for css in (p for p in THEME_ASSETS.iterdir() if p.suffix == ".css"):
        text = css.read_text(encoding="utf-8")
        assert "@font-face" not in text, f"{css.name} loads a web font"
        assert "@import" not in text, f"{css.name} imports another stylesheet"
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", text):
            assert not re.match(r"(https?:)?//", url), f"{css.name} loads {url}"


def test_pages_request_nothing_from_other_hosts(site):
    external = []
    for path in site.html_files:
        for tag, attr, value, line in linkwalk.parse(path).fetched:
            if re.match(r"\s*(https?:)?//", value):
                external.append(f"{path.relative_to(site.root)}:{line}: <{tag} {attr}=\"{value}\">")
    assert not external, "\n".join(external[:20])


def test_the_external_request_check_sees_stylesheets_and_scripts(site):
    fetched = [f for f in linkwalk.parse(site.root / "index.html").fetched]
    assert {"link", "script"} <= {tag for tag, *_ in fetched}
