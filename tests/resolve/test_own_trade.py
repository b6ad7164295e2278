"""A story about one country's own trade: that country reports, and a partner named only
after a figure is not that figure's partner."""

from __future__ import annotations

import pytest

from factcheck import check_text
from tests.resolve.kit import resolve_one, subject_tuple

KOR = ("S. Korea's October exports up 4.6 pct on chips, ships\n\n"
       "SEOUL, Nov. 1 (Yonhap) -- Korea's exports grew 4.6 percent on-year in October to US$57.5 billion, "
       "government data showed Friday.\n\n"
       "Exports to the United States increased 3.1 percent.\n")
KOR_FLASH = ("SEOUL, Nov. 1 -- South Korea's exports rose 8.3% in October to $57.5 billion, the trade ministry "
             "said.\n")
JPN = ("TOKYO (AP) — Japanese exports rose 3.1% in October from a year earlier to 9.43 trillion yen, the Finance "
       "Ministry said Wednesday. Shipments of cars to the U.S. fell 2.8%.\n")
VNM = ("HANOI, Oct. 31 — Vietnam's exports in the first ten months rose 14.9 percent from a year earlier to "
       "$335.6 billion, the General Statistics Office said, while exports to China climbed 20 percent.\n")
CHN = ("BEIJING (AP) — China's exports rose 12.7% in October from a year earlier to $309.06 billion, customs "
       "data showed Thursday. Imports slipped 2.3% to $213.3 billion, while exports to the United States fell "
       "2.8%.\n")
KOR_CHN = ("S. Korea's exports to China fall for fifth month\n\n"
           "SEOUL, June 1 (Yonhap) -- South Korea's exports to China dropped 20.8 percent on-year in May to "
           "$10.5 billion, the trade ministry said Thursday.\n\n"
           "Imports from China fell 8.9 percent to $11.4 billion. Overall exports declined 15.2 percent to "
           "$52.2 billion.\n")
KOR_CHN_GAC = KOR_CHN.replace("the trade ministry said", "Chinese customs data showed")
CASES = [
    ("home-ministry-figure-is-the-dateline-country-s", KOR_CHN, "$10.5 billion", ("KOR", "CHN", "export")),
    ("home-ministry-story-carries-to-later-figures", KOR_CHN, "$11.4 billion", ("KOR", "CHN", "import")),
    ("home-ministry-story-overall-is-its-world-trade", KOR_CHN, "$52.2 billion", ("KOR", "WLD", "export")),
    ("china-customs-source-keeps-the-mirror", KOR_CHN_GAC, "$10.5 billion", ("CHN", "KOR", "import")),
    ("korea-flash-with-s-korea-headline", KOR, "US$57.5 billion", ("KOR", "WLD", "export")),
    ("korea-flash-later-partner-is-its-own", KOR, "3.1 percent", ("KOR", "USA", "export")),
    ("korea-one-sentence-flash", KOR_FLASH, "$57.5 billion", ("KOR", "WLD", "export")),
    ("japan-partner-named-later-is-not-the-lead-s", JPN, "9.43 trillion yen", ("JPN", "WLD", "export")),
    ("vietnam-partner-after-the-figure", VNM, "$335.6 billion", ("VNM", "WLD", "export")),
    ("china-partner-named-later-is-world", CHN, "$309.06 billion", ("CHN", "WLD", "export")),
    ("china-own-clause-partner", CHN, "2.8%", ("CHN", "USA", "export")),
]


@pytest.mark.parametrize(("text", "snippet", "subject"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subjects_own_trade_story(text, snippet, subject):
    c = resolve_one(text, snippet, "change" if "%" in snippet or "percent" in snippet else "level",
                    date="2024-11-07")
    assert subject_tuple(c) == subject


@pytest.mark.parametrize("text", [KOR, KOR_FLASH, JPN, VNM, KOR_CHN],
                         ids=["korea", "korea-flash", "japan", "vietnam", "korea-china-ministry"])
def test_subjects_other_country_s_own_trade_is_never_contradicted(text):
    report = check_text(text, date="2024-11-07")
    assert [c.verdict.verdict for c in report.claims if c.verdict.verdict == "contradicted"] == []
    assert report.claims
