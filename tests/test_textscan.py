"""Cheap scan steps: each matches exactly the characters of the class it replaces, so the
scans built on them find exactly what the scans on the plain classes found."""

from __future__ import annotations

import importlib
import re
import sys

import pytest

from factcheck.resolve.period_starts import starts
from factcheck.textscan import EQUIVALENT, NON_LETTER, NON_WORD, char_offsets, found

scan_module = importlib.import_module("factcheck.resolve.scan")

# every code point but the surrogates (which a `str` of text never holds alone)
_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("step", list(EQUIVALENT), ids=["non-word", "non-letter"])
def test_textscan_step_matches_its_class_on_every_code_point(step):
    cheap, exact = re.compile(step), re.compile(EQUIVALENT[step])
    differ = [c for c in _ALL if (cheap.fullmatch(c) is None) != (exact.fullmatch(c) is None)]
    assert differ == []


TRICKY = [
    ("plain", "Exports to China rose 5% in March, imports from Japan fell."),
    ("text-start", "China's exports rose last year."),
    ("digits-glued", "In 2022Q1 the DPRK2 shipped 3,000 tonnes; FY2023 and H1 2024 too."),
    ("underscore", "see file_name_China and _Japan_ or trade_data"),
    ("accented", "Côte d'Ivoire and Türkiye traded with Åland; São Tomé, Curaçao."),
    ("odd-folds", "\u0130ndia \u212aorea \u017fingapore İSTANBUL ıstanbul"),
    ("non-latin-letters", "中国 exports 增长 to Россия and Ελλάδα rose—this year’s figure"),
    ("non-latin-digits", "exports rose ٣ percent in ٢٠٢٢ and ४ in २०२३"),
    ("dashes-quotes", "“North Korea”—and ‘South Korea’ – year-on-year, month-on-month…"),
    ("caps", "SEOUL — NORTH KOREA'S TRADE WITH CHINA FELL IN THE FIRST HALF"),
    ("line-breaks", "Headline\n\nBEIJING, May 9\nThe two countries' trade in fiscal 2023\tgrew."),
    ("period-words", "the same month a year earlier, three years ago, so far this year, "
                     "by the end of October, through September, the first quarter, Q3, 1H"),
]


def _old_phrase_rx() -> re.Pattern[str]:
    at_start, _ = scan_module._phrase_rx()
    return re.compile(rf"[\W\d_]{at_start.pattern}")


@pytest.mark.parametrize("text", [t for _, t in TRICKY], ids=[i for i, _ in TRICKY])
def test_textscan_phrase_scan_finds_what_the_plain_class_found(text):
    _, new = scan_module._phrase_rx()
    low = scan_module.inner_lowered(text)
    old = [(m.span("m"), m.group("p")) for m in _old_phrase_rx().finditer(low)]
    assert [(m.span("m"), m.group("p")) for m in new.finditer(low)] == old
    assert NON_LETTER in new.pattern


@pytest.mark.parametrize("text", [t for _, t in TRICKY], ids=[i for i, _ in TRICKY])
def test_textscan_period_starts_finds_what_the_plain_class_found(text):
    at_start, new = importlib.import_module("factcheck.resolve.period_starts")._start_rx()
    old = re.compile(rf"\W{at_start.pattern}")
    expected = ([0] if at_start.match(text) else []) + [m.start() + 1 for m in old.finditer(text)]
    assert list(starts(text)) == expected
    assert NON_WORD in new.pattern


placed = importlib.import_module("factcheck.resolve.own_statistics")

# (pattern, the anchors every match opens on, case-blind?) as `resolve.own_statistics` searches them
SEARCHES = {
    "china-source": (placed._CHINA_SOURCE_RX, placed._CHINA_SOURCE_STARTS, True),
    "unnamed-source": (placed._UNNAMED_SOURCE_RX, placed._UNNAMED_SOURCE_STARTS, False),
    **{f"agency-{i}": (rx, firsts, False)
       for i, (rx, firsts) in enumerate(zip(placed._agency_names_rxs(), placed._agency_first_words(), strict=True))},
}

TEXTS = [
    ("none", "Exports to China rose 5% in March."),
    ("chinese-customs", "Chinese customs data showed exports rose."),
    ("china-s-customs-curly", "China’s  customs agency said"),
    ("gac-caps", "according to the GAC, trade fell"),
    ("gac-in-word", "the GACs and BAGAC said"),
    ("general-administration", "the General Administration of\nCustoms said"),
    ("chinese-figures-upper", "CHINESE FIGURES SHOWED A RISE"),
    ("beijing-s-customs", "Beijing's customs office said"),
    ("chinese-not-source", "Chinese buyers and China's exporters said"),
    ("kelvin-sign", "CHINESE \u212aUSTOMS"),
    ("long-s", "Chinese cuſtoms data"),
    ("dotted-i", "Ch\u0130nese customs data"),
    ("dotless-i", "ch\u0131na's customs"),
    ("dotted-i-elsewhere", "Chinese customs; \u0130stanbul"),
    ("non-ascii-no-folds", "“Chinese Customs” — the trade ministry’s data, Côte d’Ivoire"),
    ("non-ascii-lower-grows", "\u0130 \u0130 GAC"),
    ("the-trade-ministry", "SEOUL — The figures, the trade ministry said, rose."),
    ("the-ministry-of", "the Ministry of Trade said"),
    ("demonym-before", "the Korean the trade ministry and Japanese the trade ministry"),
    ("possessive-before", "Korea's the trade ministry said"),
    ("government-data", "government data showed; bgovernment data"),
    ("statistics-office", "the statistics office and the customs service"),
    ("case-sensitive", "The Trade Ministry said; GOVERNMENT DATA"),
    ("commerce-department", "the Commerce Department said"),
    ("department-of-commerce", "the Department of Commerce said"),
    ("census-bureau-tab", "Census\tBureau data"),
    ("bureau", "the Bureau of Economic Analysis"),
    ("eurostat", "Eurostat said"),
    ("korea-agencies", "the Korea Customs Service, Korea International Trade Association's own"),
    ("vietnam-s-office", "Vietnam's General Statistics Office said"),
    ("office-of-vietnam", "the General Statistics Office of Vietnam said"),
    ("vietnam-customs", "Vietnam Customs said"),
    ("japan-s-ministry", "Japan's Ministry of Finance said"),
    ("japanese-ministry", "the Japanese Finance Ministry said"),
    ("near-misses", "Commerce Departments; Vietnamese Customs; Japan Finance Ministry; Korea  Customs Service"),
    ("empty", ""),
]


@pytest.mark.parametrize("search", list(SEARCHES))
@pytest.mark.parametrize("text", [t for _, t in TEXTS], ids=[i for i, _ in TEXTS])
def test_textscan_found_answers_like_a_search(search, text):
    rx, anchors, folded = SEARCHES[search]
    assert found(rx, text, anchors, folded) is (rx.search(text) is not None)


def test_textscan_found_table_has_hits_for_every_search():
    for name, (rx, _, _) in SEARCHES.items():
        assert any(rx.search(t) for _, t in TEXTS), name


CHARS = [
    ("none", "exports rose 5%", "-/:"),
    ("mixed", "2022-23: 1/2 — 3×4 ⁄ +5 – x", "-–—/:×⁄+"),
    ("repeats", "a--b//c::", "-/:"),
    ("duplicate-chars", "a-b-c", "--"),
    ("empty", "", "-"),
]


@pytest.mark.parametrize(("text", "chars"), [(t, c) for _, t, c in CHARS], ids=[i for i, _, _ in CHARS])
def test_textscan_char_offsets_list_what_the_class_finds(text, chars):
    cls = re.compile("[" + re.escape(chars) + "]")
    assert char_offsets(text, chars) == [m.start() for m in cls.finditer(text)]
