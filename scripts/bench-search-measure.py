#!/usr/bin/env python3
"""Measures search queries in headless Chromium on built sites, ours and
Pagefind's (when a site has pagefind/), and prints one table. Called by
scripts/bench-search.sh with the built site folders.

Bytes are what a static host sends with gzip: the gzip -6 size of every
file the page fetched for the query, read from the browser's resource
timing entries. "cold" is a fresh page with an empty cache: the search
scripts, the index files and the display data until the first ten results
show (for Pagefind: pagefind.js, its WebAssembly, entry, index chunks and
fragments). "later" is the same query typed after another one in the same
page; "later ms" runs from the input event to the results shown (our 50 ms
debounce and the fetches included; for Pagefind, which has no input box
here, from the call to its search), and "warm ms" the same once the
query's data is loaded. Rounds are the sequential waves of requests after the query starts.
Requests are logged by the server, so those a page's workers make count
too.
"""
import functools
import gzip
import http.server
import os
import shutil
import socketserver
import sys
import threading
import time
from urllib.parse import unquote, urlsplit

QUERIES = ["子ども食堂", "防災", "任意団体", "市民活動センター", "日本語教室", "NPO"]

PAGEFIND_PAGE = """<!doctype html><html lang="ja"><meta charset="utf-8"><title>pagefind bench</title>
<script>
window.runQuery = async function (q) {
  if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }
  const s = await window.pf.search(q);
  const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
  return { total: s.results.length, first: data.length ? data[0].url : null };
};
</script></html>
"""


# Every request the server answered: [path, start, end] in seconds. The
# server sees what a page's workers fetch too, which the page's own
# resource timing does not (Pagefind loads its index in a worker).
LOG = []


class LoggingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle_one_request(self):
        start = time.monotonic()
        super().handle_one_request()
        if getattr(self, "path", None):
            LOG.append([self.path, start, time.monotonic()])


def serve(folder):
    handler = functools.partial(LoggingHandler, directory=folder)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    binary = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium")
    if binary:
        options.binary_location = binary
    path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    d = webdriver.Chrome(service=Service(path) if path else Service(), options=options)
    d.set_script_timeout(120)
    return d


@functools.lru_cache(maxsize=None)
def gzip_size(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), compresslevel=6))


def entries(since):
    return [e for e in LOG[since:]]


def rounds(list_):
    waves, earliest_end = 0, None
    for _, start, end in sorted(list_, key=lambda e: e[1]):
        if earliest_end is None or start > earliest_end:
            waves += 1
            earliest_end = end
        else:
            earliest_end = min(earliest_end, end)
    return waves


def cost(site, list_, wanted):
    total, count = 0, 0
    for name, _, _ in list_:
        path = unquote(urlsplit(name).path)
        if not wanted(path):
            continue
        file = os.path.join(site, path.lstrip("/"))
        if os.path.isfile(file):
            total += gzip_size(file)
            count += 1
    return total, count


def ours_type(d, q):
    """Types q into the search page; returns ms from the input event until
    its results show, timed in the page by a mutation observer, so the
    driver's polling does not add to it."""
    start = len(LOG)
    d.execute_script("""
        const q = arguments[0], b = document.getElementById('search-q');
        const ready = () => {
          const s = document.getElementById('search-status').textContent;
          if (!s.startsWith('「' + q + '」')) return false;
          const m = s.match(/([0-9]+)件/), total = m ? +m[1] : 0;
          return document.querySelectorAll('#search-results > li').length >= Math.min(10, total);
        };
        if (window.benchObserver) window.benchObserver.disconnect();
        window.benchDone = null;
        window.benchObserver = new MutationObserver(() => {
          if (window.benchDone === null && ready()) window.benchDone = performance.now();
        });
        window.benchObserver.observe(document.body, {subtree: true, childList: true, characterData: true});
        window.benchStart = performance.now();
        b.value = q;
        b.dispatchEvent(new Event('input', {bubbles: true}));""", q)
    deadline = time.time() + 60
    while time.time() < deadline:
        done = d.execute_script("return window.benchDone === null ? null : window.benchDone - window.benchStart")
        if done is not None:
            return start, done
        time.sleep(0.005)
    raise RuntimeError(f"no results for {q}")


def ours_page(d, url):
    d.execute_cdp_cmd("Network.clearBrowserCache", {})
    begin = len(LOG)
    d.get(url + "search/")
    while not any(e[0].startswith("/search/manifest.json") for e in LOG[begin:]):
        time.sleep(0.01)
    return begin


def measure_ours(d, site, url, q, previous):
    wanted = lambda p: p.startswith("/search/") or p in ("/assets/search.js", "/assets/search-engine.js")
    begin = ours_page(d, url)
    start, _ = ours_type(d, q)
    cold_bytes, cold_requests = cost(site, entries(begin), wanted)
    # Our script runs in the page, so its resource timing shows when each
    # fetch was called, before any queueing for a connection.
    cold_rounds = rounds(d.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.startTime >= window.benchStart)"
        ".map(e => [e.name, e.startTime, e.responseEnd])"))
    ours_page(d, url)
    ours_type(d, previous)
    start, ms = ours_type(d, q)
    later_bytes, later_requests = cost(site, entries(start), wanted)
    # Once the data is loaded: the same two queries again, nothing fetched.
    ours_type(d, previous)
    _, warm = ours_type(d, q)
    return cold_bytes, cold_requests, cold_rounds, later_bytes, later_requests, ms, warm


def pagefind_run(d, q):
    start = len(LOG)
    ms = d.execute_async_script("const done = arguments[arguments.length - 1], t0 = performance.now();"
                                "runQuery(arguments[0]).then(() => done(performance.now() - t0))", q)
    return start, ms


def measure_pagefind(d, site, url, q, previous):
    wanted = lambda p: p.startswith("/pagefind/")
    d.execute_cdp_cmd("Network.clearBrowserCache", {})
    begin = len(LOG)
    d.get(url + "pagefind-bench/")
    start, _ = pagefind_run(d, q)
    cold_bytes, cold_requests = cost(site, entries(begin), wanted)
    # Pagefind fetches from a worker, out of the page's resource timing:
    # waves as the server saw them (connection queueing can add some).
    cold_rounds = rounds([e for e in entries(start) if wanted(urlsplit(e[0]).path)])
    d.execute_cdp_cmd("Network.clearBrowserCache", {})
    d.get(url + "pagefind-bench/")
    pagefind_run(d, previous)
    start, ms = pagefind_run(d, q)
    later_bytes, later_requests = cost(site, entries(start), wanted)
    pagefind_run(d, previous)
    _, warm = pagefind_run(d, q)
    return cold_bytes, cold_requests, cold_rounds, later_bytes, later_requests, ms, warm


def read(path):
    try:
        with open(path) as f:
            return f.read().strip() or "n/a"
    except OSError:
        return "n/a"


def main(sites):
    d = driver()
    header = ("records", "query", "engine", "index s", "cold KB", "cold req", "rounds", "later KB", "later req", "later ms", "warm ms")
    rows = []
    try:
        for site in sites:
            records = 0
            with open(os.path.join(site, "search", "manifest.json")) as f:
                import json
                records = json.load(f)["documents"]
            server, url = serve(site)
            engines = [("civicsite", measure_ours, read(os.path.join(site, ".civicsite-index-seconds")))]
            if os.path.isdir(os.path.join(site, "pagefind")):
                os.makedirs(os.path.join(site, "pagefind-bench"), exist_ok=True)
                with open(os.path.join(site, "pagefind-bench", "index.html"), "w") as f:
                    f.write(PAGEFIND_PAGE)
                engines.append(("pagefind", measure_pagefind, read(os.path.join(site, ".pagefind-seconds"))))
            for i, q in enumerate(QUERIES):
                previous = QUERIES[i - 1]
                for name, measure, seconds in engines:
                    cb, cr, rd, lb, lr, ms, warm = measure(d, site, url, q, previous)
                    rows.append((records, q, name, seconds, f"{cb / 1024:.1f}", cr, rd, f"{lb / 1024:.1f}", lr,
                                 f"{ms:.0f}", f"{warm:.0f}"))
            server.shutdown()
    finally:
        d.quit()
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths))
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


if __name__ == "__main__":
    main(sys.argv[1:])
