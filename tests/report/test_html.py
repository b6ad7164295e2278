"""The HTML report: escaping, marks and details as text, then in a real headless Chromium."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

from factcheck.report import render

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


class _Marks(HTMLParser):
    """Collects <mark> verdicts, <script> bodies, <a href>s and external references."""

    def __init__(self):
        super().__init__()
        self.marks, self.scripts, self.hrefs, self.srcs = [], [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark":
            self.marks.append(a.get("data-verdict"))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "a":
            self.hrefs.append(a.get("href"))
        if "src" in a or (tag == "link" and a.get("rel") == "stylesheet"):
            self.srcs.append(a.get("src") or a.get("href"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Marks:
    p = _Marks()
    p.feed(page)
    return p


def test_html_marks_every_claim_by_verdict(seed_report):
    p = _parse(render([seed_report], "html"))
    assert p.marks == ["supported", "supported", "supported", "supported", "contradicted",
                       "contradicted", "needs_review"]


def test_html_is_self_contained(seed_report, odd_report):
    page = render([seed_report, odd_report], "html")
    p = _parse(page)
    assert p.srcs == [] and len(p.scripts) == 1
    assert "<style>" in page and "Content-Security-Policy" in page
    assert not re.search(r"(src|href)=\"(?!data:|#|https?://english\.customs)", page)


def test_html_escapes_article_text_and_messages(odd_report):
    page = render([odd_report], "html")
    p = _parse(page)
    assert len(p.scripts) == 1 and "alert" not in p.scripts[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "not a trade series &lt;i&gt;x&lt;/i&gt;" in page
    assert "javascript:" not in page  # an unsafe source URL is shown as text, never linked


def test_html_details_have_evidence_links_and_diagnosis(seed_report):
    page = render([seed_report], "html")
    assert 'href="http://english.customs.gov.cn/statics/report/monthly.html"' in page
    assert "holds against 2020-Q4, not 2019-Q4" in page
    assert "Date: 2023-01-20 (from --date)" in page
    assert '<li data-verdict="contradicted"><span class="swatch"></span><b>2</b>' in page


def test_html_folds_evidence_beyond_the_deciding_rows(seed_report):
    from dataclasses import replace

    from factcheck.models import Evidence

    claim = seed_report.claims[4]
    pairs = tuple(Evidence(3.14 + i / 100, "2022/2021", "derived", kind="implied_change")
                  for i in range(10))
    many = replace(claim, verdict=replace(claim.verdict, evidence=pairs))
    page = render([replace(seed_report, claims=(many,))], "html")
    assert '<details class="more"><summary>… and 6 more</summary>' in page
    assert page.count("from levels (2022/2021)</li>") == 10  # all of them are in the page


def test_html_unreadable_document_is_listed(seed_report, error_report):
    page = render([seed_report, error_report], "html")
    assert "Could not be read: stories/empty.txt: empty file" in page
    assert "1 document could not be read" in page


# --- in a real browser -------------------------------------------------------------

def _driver(tmp_path):
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip(f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}); "
                    "install with: apt-get install -y chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--window-size=1100,1400",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture
def browser(tmp_path):
    driver = _driver(tmp_path)
    yield driver
    driver.quit()


def _open(browser, tmp_path, page: str, name: str):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    browser.get(path.as_uri())
    return path


def _errors(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


@pytest.mark.browser
def test_html_in_chromium_marks_claims_and_shows_details_on_click(browser, tmp_path,
                                                                   seed_report):
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, render([seed_report], "html"), "report.html")
    marks = browser.find_elements(By.CSS_SELECTOR, "mark[data-verdict]")
    counts = {v: len(browser.find_elements(By.CSS_SELECTOR, f"mark[data-verdict={v}]"))
              for v in ("supported", "contradicted", "unverifiable", "needs_review")}
    assert len(marks) == 7
    assert counts == {"supported": 4, "contradicted": 2, "unverifiable": 0, "needs_review": 1}
    popover = browser.find_element(By.ID, "popover")
    assert not popover.is_displayed()
    wrong = next(m for m in marks if m.text == "nearly 100 times higher")
    wrong.click()
    assert popover.is_displayed()
    assert "holds against 2020-Q4, not 2019-Q4" in popover.text
    assert "US$632.1m (2019-Q4) — GAC english.customs.gov.cn" in popover.text
    link = popover.find_element(By.LINK_TEXT, "english.customs.gov.cn")
    assert link.get_attribute("href").startswith("http://english.customs.gov.cn/")
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000
    browser.find_element(By.TAG_NAME, "h1").click()  # clicking elsewhere closes it
    assert not popover.is_displayed()
    assert _errors(browser) == []


@pytest.mark.browser
def test_html_in_chromium_shows_details_on_hover(browser, tmp_path, seed_report):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, render([seed_report], "html"), "report.html")
    mark = browser.find_element(By.CSS_SELECTOR, "mark[data-verdict=needs_review]")
    ActionChains(browser).move_to_element(mark).perform()
    popover = browser.find_element(By.ID, "popover")
    assert popover.is_displayed() and "whose freight is meant is unclear" in popover.text
    assert _errors(browser) == []


@pytest.mark.browser
def test_html_in_chromium_article_script_never_runs(browser, tmp_path, odd_report):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, render([odd_report], "html"), "odd.html")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    text = browser.find_element(By.CSS_SELECTOR, ".text").text
    assert "<script>alert(1)</script>" in text and "<b>bold</b>" in text
    assert browser.execute_script("return document.querySelectorAll('.text script, .text b').length") == 0
    browser.find_element(By.CSS_SELECTOR, "mark[data-verdict=contradicted]").click()
    assert "GAC <b>" in browser.find_element(By.ID, "popover").text
    assert _errors(browser) == []

