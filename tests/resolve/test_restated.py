"""resolve/restated.py: a headline figure the body says again takes the body's subject and
periods; not when the body gives the value twice with different readings, nor when the
headline's own words say another series (a coincidence of values)."""

from __future__ import annotations

import pytest

from factcheck import extract

BODY = ("\n\nSEOUL — Trade between South Korea and China recovered last year, customs figures showed.\n\n"
        "Two-way trade between the two countries reached $328.08 billion in 2024, up 5.6% from a year earlier.")


def _claim(text: str, span: str, date: str = "2025-01-20"):
    """The headline's figure `span`."""
    return next(c for c in extract(text, date) if c.quantity.text == span and c.quantity.start < text.index("\n"))


def _reading(c) -> tuple:
    return (c.subject.reporter, c.subject.partner, c.subject.flow, c.period, bool(c.weak))


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Trade rebounds 5.6% to $328 billion on chip demand" + BODY, "$328 billion",
                 ("CHN", "KOR", "total", "2024", False), id="rounded-level-takes-the-body-reading"),
    pytest.param("Trade rebounds 5.6% to $328 billion on chip demand" + BODY, "5.6%",
                 ("CHN", "KOR", "total", "2024", False), id="rate-takes-the-body-reading"),
    pytest.param("A decade in two numbers: 14.14 trillion yuan, then 25.45 trillion yuan\n\nBEIJING — In 2015 China "
                 "shipped goods worth 14.14 trillion yuan abroad. In 2024 its exports reached 25.45 trillion yuan.",
                 "14.14 trillion yuan", ("CHN", "WLD", "export", "2015", False), id="a-headline-with-no-context"),
    pytest.param("China's exports to US slump 18.9% in November\n\nSINGAPORE — China's exports to the United States "
                 "fell 18.9% in November. In the first eleven months, its exports to the US were down 18.9%.", "18.9%",
                 ("CHN", "USA", "export", "2025-11", True), id="two-body-readings-keep-the-headlines"),
    pytest.param("US goods deficit with China narrows to $279.4 billion\n\nWASHINGTON — China's customs agency said "
                 "its surplus with the United States was $361 billion last year, while the US Commerce Department put "
                 "the American goods deficit with China at $279.4 billion.", "$279.4 billion",
                 ("USA", "CHN", "balance", "2023", False), id="the-same-parties-seen-from-the-bodys-side"),
])
def test_restated_headline_figures(text, span, want):
    c = _claim(text, span, "2025-12-08" if "November" in text else "2024-02-08" if "Commerce" in text else "2025-02-10")
    assert _reading(c) == want


def test_restated_headline_own_flow_blocks_a_coincidence():
    text = ("China-ASEAN trade grows 10.5% in seven months\n\nBEIJING — China's trade with ASEAN expanded in the "
            "first seven months, customs data showed. Imports from the bloc rose 10.5% to $150 billion.")
    c = _claim(text, "10.5%", "2024-08-10")
    assert c.subject.flow == "total"


SECTIONS = ("China's trade year in numbers\n\nHONG KONG — Here are the numbers that defined 2024.\n\n"
            "3. The United States: $361.03 billion\n\nChina's surplus with the U.S. widened to $361.03 billion in "
            "2024.\n\n4. Southeast Asia: 12%\n\nExports to the ten ASEAN members rose 12% in 2024.\n")


@pytest.mark.parametrize(("span", "kind", "want"), [
    pytest.param("$361.03 billion", "balance", ("CHN", "USA", "balance", "2024", False), id="section-money-heading"),
    pytest.param("12%", "change", ("CHN", "ASEAN", "export", "2024", False), id="section-percent-heading-is-the-rate"),
])
def test_restated_section_headings(span, kind, want):
    c = next(c for c in extract(SECTIONS, "2025-01-14") if c.quantity.text == span)  # the heading's, first
    assert c.quantity.kind == kind
    assert _reading(c) == want


QUOTED = ("Fact check: the senator's numbers\n\nWASHINGTON — A senator's speech mixed up totals and exports.\n\n"
          "CLAIM: \"In 2024 China shipped $245 billion worth of goods to Russia.\"\n\n"
          "VERDICT: Wrong. Two-way trade with Russia came to $244.8 billion in 2024; exports were $115.5 billion.\n")


def test_restated_a_quoted_sentence_is_no_section_heading():
    """'CLAIM: "… $245 billion …."' is a sentence in quotes, not a heading that the verdict's
    $244.8 billion total restates: its own words make it exports (and the slip is caught)."""
    c = next(c for c in extract(QUOTED, "2025-03-10") if c.quantity.text == "$245 billion")
    assert (c.subject.flow, c.period) == ("export", "2024")
