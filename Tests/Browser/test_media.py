"""Pictures and attached files in the built site: every copied file is reached
by the link walk, every <img> keeps the layout still and says what it shows."""
import re

import linkwalk


def _files(site):
    return sorted(p for p in site.root.rglob("*") if p.is_file() and "files" in p.relative_to(site.root).parts[:-1])


def test_every_copied_file_is_linked_or_shown_by_a_page(site):
    # The link walk follows these links (img src, a href); the site's own
    # picture is reached through og:image, which shared links load.
    files = _files(site)
    assert files, "the sample site copies no pictures or files"
    site_url = re.search(r"<loc>([^<]+)</loc>", (site.root / "sitemap.xml").read_text(encoding="utf-8")).group(1)
    reached = set()
    for path in site.html_files:
        rel = path.relative_to(site.root).as_posix()
        page_url = site.base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        for tag, attr, value, line in linkwalk.parse(path).links:
            target = linkwalk.resolve(value, page_url, site.base_path)
            if isinstance(target, tuple):
                reached.add(target[0])
        for url in re.findall(r'<meta property="og:image" content="([^"]+)"', path.read_text(encoding="utf-8")):
            if url.startswith(site_url):
                reached.add(url[len(site_url):])
    unreached = [f.relative_to(site.root).as_posix() for f in files if f.relative_to(site.root).as_posix() not in reached]
    assert not unreached, f"copied but never linked: {unreached}"


def test_every_img_has_its_size_alt_text_and_loads_lazily(site):
    problems = []
    count = 0
    for path in site.html_files:
        for tag in re.findall(r"<img\b[^>]*>", path.read_text(encoding="utf-8")):
            count += 1
            for attr in ("width=", "height=", "alt=", 'loading="lazy"', 'decoding="async"'):
                if attr not in tag:
                    problems.append(f"{path.relative_to(site.root)}: {tag} lacks {attr}")
            if re.search(r'alt=""', tag):
                problems.append(f"{path.relative_to(site.root)}: {tag} has an empty alt")
    assert count >= 6, f"only {count} pictures in the site"
    assert not problems, "\n".join(problems[:20])


def test_links_to_files_state_their_format_and_size(site):
    found = 0
    for path in site.html_files:
        for href, text in re.findall(r'<a href="([^"]*/files/[^"]+)"[^>]*>([^<]*)</a>', path.read_text(encoding="utf-8")):
            found += 1
            assert re.search(r"（[A-Za-zテキスト]+：[\d,]+\.\dK?M?B）$", text), f"{path.relative_to(site.root)}: {href} says '{text}'"
    assert found >= 3


def test_pages_with_a_picture_share_it(site):
    for kind, rel in site.pages.items():
        if kind.endswith("-picture"):
            html = site.file_for(rel).read_text(encoding="utf-8")
            assert re.search(r'<meta property="og:image" content="https?://[^"]+/files/', html), rel
            assert '<meta property="og:image:width"' in html, rel
            if "application/ld+json" in html:
                assert '"ImageObject"' in html, rel
