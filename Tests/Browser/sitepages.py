"""What a built site holds: its HTML files, its base path and one page per kind."""
import os
import pathlib
import re
from urllib.parse import urlsplit

# Page kinds and where their pages live. A detail kind takes the largest page
# of its folder, which is the one that shows the most parts of the layout.
LIST_KINDS = {
    "home": "",
    "groups": "groups/",
    "fields": "fields/",
    "events": "events/",
    "events-month": "events/2026/12/",
    "grants": "grants/",
    "cases": "cases/",
    "about": "about/",
    "search": "search/",
    "data": "data/",
    "404": "404.html",
    "areas": "areas/",
    "recruiting": "recruiting/",
    "news-list": "news/",
    "stats": "stats/",
}
DETAIL_KINDS = {"group": "groups", "field": "fields", "event": "events", "grant": "grants", "case": "cases",
                "area": "areas", "news": "news", "group-type": "types"}
# Detail pages that show a record's picture, and one with attached files:
# the sample has each (docs/content-format.md, section 13).
MEDIA_KINDS = ["group-picture", "event-picture", "case-picture", "attachments"]


class Site:
    def __init__(self, root):
        self.root = pathlib.Path(root).resolve()
        if not (self.root / "index.html").is_file():
            raise RuntimeError(f"{self.root} holds no index.html: build the site first")
        self.base_path = self._base_path()
        self.html_files = sorted(self.root.rglob("*.html"))
        self.pages = self._pages()

    @classmethod
    def from_env(cls):
        root = os.environ.get("CIVICSITE_SITE")
        if not root:
            import pytest
            pytest.skip("CIVICSITE_SITE is not set: run through .ci/browser-tests SITE_DIR")
        return cls(root)

    def _base_path(self):
        """The path the site is published under (`/` or `/shimin/`), from the sitemap."""
        sitemap = self.root / "sitemap.xml"
        if sitemap.is_file():
            match = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8"))
            if match:
                path = urlsplit(match.group(1)).path or "/"
                return path if path.endswith("/") else path + "/"
        return "/"

    def _pages(self):
        pages = {kind: rel for kind, rel in LIST_KINDS.items() if self.file_for(rel).is_file()}
        for kind, folder in DETAIL_KINDS.items():
            candidates = [p for p in (self.root / folder).glob("*/index.html")]
            if candidates:
                best = max(candidates, key=lambda p: (p.stat().st_size, str(p)))
                pages[kind] = best.parent.relative_to(self.root).as_posix() + "/"
        # A page of each kind that shows a record's picture, and one with a
        # list of attached files, so every check sees them too.
        for kind, folder in DETAIL_KINDS.items():
            shown = [p for p in sorted((self.root / folder).glob("*/index.html"))
                     if 'class="record-image"' in p.read_text(encoding="utf-8")]
            if shown:
                pages[kind + "-picture"] = shown[0].parent.relative_to(self.root).as_posix() + "/"
        for path in self.html_files:
            if 'aria-labelledby="attachments"' in path.read_text(encoding="utf-8"):
                pages["attachments"] = path.parent.relative_to(self.root).as_posix() + "/"
                break
        return pages

    def file_for(self, rel):
        """The file served for a path relative to the site root."""
        if rel == "" or rel.endswith("/"):
            return self.root / rel / "index.html"
        return self.root / rel

    def details(self, folder):
        """Every detail page of a folder, as paths relative to the root."""
        return sorted(p.parent.relative_to(self.root).as_posix() + "/" for p in (self.root / folder).glob("*/index.html"))
