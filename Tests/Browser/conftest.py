"""Shared fixtures for the browser checks of a built site.

The site is given by CIVICSITE_SITE (a folder) and, for the tests that need a
browser, CIVICSITE_BASE_URL (where .ci/browser-tests serves it). The tests
pick one page of every page kind from the folder itself, so they follow the
content instead of naming sample records.
"""
import os
import pathlib
import shutil
import tempfile

import pytest

import sitepages


@pytest.fixture(scope="session")
def site():
    return sitepages.Site.from_env()


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("CIVICSITE_BASE_URL")
    if not url:
        pytest.skip("CIVICSITE_BASE_URL is not set: run through .ci/browser-tests SITE_DIR")
    return url.rstrip("/") + "/"


@pytest.fixture(scope="session")
def screenshot_dir():
    path = os.environ.get("CIVICSITE_SCREENSHOTS") or tempfile.mkdtemp(prefix="civicsite-screens-")
    path = pathlib.Path(path)
    path.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {path}")
    return path


def _driver(javascript=True, width=1280, height=900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", "--lang=ja", "--hide-scrollbars"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    # Debian's chromium and chromedriver on the PATH; CHROMIUM_BIN / CHROMEDRIVER override.
    binary = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    service = Service(driver_path) if driver_path else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def browser(base_url):
    driver = _driver(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def nojs_browser(base_url):
    driver = _driver(javascript=False)
    yield driver
    driver.quit()
