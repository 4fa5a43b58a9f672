"""Small helpers for driving Chromium through Selenium."""

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def open_page(driver, base_url, rel):
    driver.get(base_url + rel)
    driver.execute_script("return document.readyState")
    return driver


def set_viewport(driver, width, height=800, mobile=False):
    """Emulates a viewport of exactly this size (window sizes are only a hint in headless mode)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def clear_viewport(driver):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def full_page_screenshot(driver, path, width, max_height=6000):
    """A PNG of the whole page at this width, and one of its first screen (`-top`)."""
    import base64
    set_viewport(driver, width, 800, mobile=width < 600)
    top = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    path.with_name(path.stem + "-top.png").write_bytes(base64.b64decode(top["data"]))
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    set_viewport(driver, width, min(height, max_height), mobile=width < 600)
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
    path.write_bytes(base64.b64decode(data["data"]))
    return path


# Makes `new Date()` and `Date.now()` return a fixed moment, so the status
# script can be run as if on any day. Date.parse and explicit dates still work.
FIXED_CLOCK = """
(function () {
  var fixed = %d, Real = Date;
  function FakeDate() {
    if (!(this instanceof FakeDate)) return new Real(fixed).toString();
    if (arguments.length === 0) return new Real(fixed);
    return new (Function.prototype.bind.apply(Real, [null].concat([].slice.call(arguments))))();
  }
  FakeDate.prototype = Real.prototype;
  FakeDate.now = function () { return fixed; };
  FakeDate.parse = Real.parse;
  FakeDate.UTC = Real.UTC;
  window.Date = FakeDate;
})();
"""


def fix_clock(driver, epoch_ms):
    """Installs the fixed clock in every document loaded from now on; returns its id."""
    result = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_CLOCK % epoch_ms})
    return result["identifier"]


def unfix_clock(driver, identifier):
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})
