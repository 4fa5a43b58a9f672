"""Every internal link and asset of the built site resolves (no browser needed)."""
import pathlib

import linkwalk
import sitepages


def _site_url(site):
    import re
    text = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    return re.search(r"<loc>([^<]+)</loc>", text).group(1)


def test_every_internal_link_resolves(site):
    problems = linkwalk.walk(site, _site_url(site))
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:50])


def test_the_walk_checks_many_links(site):
    # Guards the walk itself: a parser that found nothing would pass the test above.
    links = sum(len(linkwalk.parse(p).links) for p in site.html_files)
    assert len(site.html_files) >= 14
    assert links >= 20 * len(site.html_files)


def test_walker_reports_broken_targets_fragments_and_script_urls(tmp_path):
    root = tmp_path / "site"
    (root / "groups" / "a").mkdir(parents=True)
    (root / "sitemap.xml").write_text("<urlset><url><loc>https://example.jp/shimin/</loc></url></urlset>")
    (root / "index.html").write_text(
        '<a href="/shimin/groups/a/">ok</a> <a href="groups/a/#here">ok</a>'
        '<a href="/shimin/groups/b/">missing</a> <a href="groups/a/#nowhere">bad fragment</a>'
        '<a href="javascript:void(0)">script</a> <a href="/elsewhere/">outside</a>'
        '<link rel="canonical" href="https://example.jp/shimin/groups/zzz/"><a href="https://example.jp/shimin/x/">link out</a> <a href="mailto:x@example.jp">mail</a>'
        '<link rel="stylesheet" href="assets/none.css">')
    (root / "groups" / "a" / "index.html").write_text('<h2 id="here">x</h2><a href="../../">home</a><a href="#here">top</a>')
    problems = linkwalk.walk(sitepages.Site(root), "https://example.jp/shimin/")
    text = "\n".join(problems)
    assert "groups/b/ does not exist" in text
    assert 'no id="nowhere"' in text
    assert "javascript: URL" in text
    assert "leaves the site's base path" in text
    assert "groups/zzz/ does not exist" in text
    assert "assets/none.css does not exist" in text
    assert len(problems) == 6, text
