"""'but overall exports grew' drops the partner carried from the clause before; a surplus
'with' a party is owed by the other side (the party after 'with' is the counterparty)."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = ("Peru's exports slow as tariffs bite\n\n"
         "LIMA (AP) — Peru's exports to the U.S. plunged 21% in April from a year earlier, but overall exports "
         "grew 8.1%, beating forecasts.\n\n"
         "The country's trade surplus with the U.S. shrank to $20.5 million in April.\n")
SPECS = [("21%", "change", 21, "percent"), ("8.1%", "change", 8.1, "percent"),
         ("$20.5 million", "balance", 20.5e6, "USD")]
CASES = [
    ("partner-named-in-its-clause", "21%", ("PER", "USA", "export"), None),
    ("overall-after-but-is-world", "8.1%", ("PER", "WLD", "export"), None),
    ("surplus-with-a-party-is-the-reporter-s", "$20.5 million", ("PER", "USA", "balance"), "surplus"),
]


@pytest.mark.parametrize(("snippet", "subject", "metric"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_orient_overall_and_balance_owner(snippet, subject, metric):
    c = resolve_all(STORY, SPECS, date="2025-05-09")[snippet]
    assert subject_tuple(c) == subject
    if metric is not None:
        assert c.metric == metric


@pytest.mark.parametrize(("span", "subject"), [
    pytest.param("4.4%", ("CHN", "WLD", "export"), id="first-clause-keeps-the-world"),
    pytest.param("33.1%", ("CHN", "USA", "export"), id="second-clause-its-own-partner"),
])
def test_orient_a_headline_of_two_clauses_keeps_each_clause_its_party(span, subject):
    from factcheck import extract

    text = ("China's August exports rise 4.4%, shipments to U.S. tumble 33.1%\n\nBEIJING — China's exports rose 4.4% "
            "in August from a year earlier, customs data showed on Monday.")
    c = next(c for c in extract(text, "2025-09-08") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("12 per cent", "ASEAN", id="the-clauses-own-partner"),
    pytest.param("5.9 per cent", "WLD", id="growth-of-exports-overall"),
])
def test_orient_growth_of_exports_overall_is_the_worlds(span, partner):
    from factcheck import extract

    text = ("China's exports to Asean jumped 12 per cent to US$586.5 billion in 2024, about twice the 5.9 per cent "
            "growth of China's exports overall.")
    c = next(c for c in extract(text, "2025-01-15") if c.quantity.text == span)
    assert c.subject.partner == partner


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("15.9%", "WLD", id="the-rise-in-chinas-total-imports"),
    pytest.param("7.9%", "WLD", id="chinas-overall-export-growth"),
    pytest.param("$164.4 billion", "JPN", id="total-exports-to-a-partner-stay-its"),
])
def test_orient_a_flow_called_total_or_overall_is_with_the_world(span, partner):
    from factcheck import extract

    text = ("Purchases from Japan grew more quickly than the 15.9% rise in China's total imports last year, while "
            "exports to Japan lagged China's overall export growth of 7.9%. China's total exports to Japan reached "
            "$164.4 billion.")
    c = next(c for c in extract(text, "2018-05-10") if c.quantity.text == span)
    assert c.subject.partner == partner


def test_orient_the_global_surplus_a_share_is_taken_of_is_the_worlds():
    from factcheck import extract

    text = ("It bought about 17% of China's exports last year, and China's surplus with the U.S. made up nearly "
            "three-fifths of its $676.4 billion global trade surplus.")
    c = next(c for c in extract(text, "2022-02-08") if c.quantity.text == "$676.4 billion")
    assert (c.subject.partner, c.subject.flow) == ("WLD", "balance")
