"""Walks a built site's HTML and reports internal links that lead nowhere."""
import html.parser
import posixpath
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
                   ("source", "src"), ("form", "action"), ("iframe", "src"), ("area", "href")}


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []      # (tag, attribute, value, line)
        self.ids = set()
        self.script_urls = []  # (tag, attribute, value, line) with a javascript: URL
        self.fetched = []    # what the browser loads by itself, not on a click

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        rel = (dict(attrs).get("rel") or "").lower().split()
        loads = tag in ("script", "img", "source", "iframe", "video", "audio") or (
            tag == "link" and bool(set(rel) & {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest"}))
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if value.strip().lower().startswith("javascript:"):
                self.script_urls.append((tag, name, value, line))
            if (tag, name) in LINK_ATTRIBUTES:
                self.links.append((tag, name, value, line))
                if loads:
                    self.fetched.append((tag, name, value, line))

    handle_startendtag = handle_starttag


def parse(path):
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def walk(site, site_url=None):
    """Every problem found, as readable lines. `site` is a sitepages.Site;
    `site_url` (https://example.jp/shimin/) makes the absolute URLs of <link>
    (canonical, feed) count as internal. Absolute URLs in the body are the
    authors' links out: the city's own site often shares the host."""
    problems = []
    parsed = {}

    def page_of(path):
        if path not in parsed:
            parsed[path] = parse(path)
        return parsed[path]

    for path in site.html_files:
        rel = path.relative_to(site.root).as_posix()
        page_url = site.base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        page = page_of(path)
        for tag, attr, value, line in page.script_urls:
            problems.append(f"{rel}:{line}: <{tag} {attr}> is a javascript: URL")
        for tag, attr, value, line in page.links:
            target = resolve(value, page_url, site.base_path, site_url if tag == "link" else None)
            if target is None:
                continue
            if target == "outside":
                problems.append(f"{rel}:{line}: <{tag} {attr}=\"{value}\"> leaves the site's base path {site.base_path}")
                continue
            target_rel, fragment = target
            file = site.file_for(target_rel)
            if not file.is_file():
                # A folder URL written without its slash still works on most servers, but not everywhere.
                problems.append(f"{rel}:{line}: <{tag} {attr}=\"{value}\"> -> {target_rel or '/'} does not exist")
                continue
            if fragment and file.suffix == ".html" and fragment not in page_of(file).ids:
                problems.append(f"{rel}:{line}: <{tag} {attr}=\"{value}\"> -> no id=\"{fragment}\" in {file.relative_to(site.root).as_posix()}")
    return problems


def resolve(value, page_url, base_path, site_url=None):
    """(path relative to the site root, fragment) for an internal link, None for
    an external one, "outside" for a path on the host but outside the site."""
    value = value.strip()
    if not value:
        return (page_url[len(base_path):], "")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        if site_url and value.startswith(site_url):
            return resolve(base_path + value[len(site_url):], page_url, base_path)
        return None  # mailto:, tel:, other sites
    if parts.path:
        path = parts.path if parts.path.startswith("/") else posixpath.join(posixpath.dirname(page_url), parts.path)
        trailing = path.endswith("/")
        path = posixpath.normpath(path) + ("/" if trailing and not path.endswith("//") else "")
        path = path.replace("//", "/")
    else:
        path = page_url
    path = unquote(path)
    if not path.startswith(base_path):
        return "outside"
    return (path[len(base_path):], unquote(parts.fragment))
