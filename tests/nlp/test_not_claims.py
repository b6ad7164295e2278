"""Numbers that are not statistical claims: never emitted, or kept only with include_all."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities

NEVER = [
    ("Trade resumed in 2022 after a long pause.", "2022"),
    ("In two thousand and eight, exports were two hundred million dollars.", "two thousand"),
    ("Back in twenty nineteen, trade was one hundred and eleven billion dollars.", "twenty"),
    ("Trade in nineteen ninety-nine was small.", "nineteen"),
    ("The 2012-13 season was the worst.", "2012"),
    ("The 2012-13 season was the worst.", "13"),
    ("The ship docked on March 29 at the port.", "29"),
    ("The ship docked on 4 July at the port.", "4"),
    ("Shipments stopped in Dec. 2020 and restarted.", "2020"),
    ("The COVID-19 outbreak closed the border.", "19"),
    ("The Covid-19 outbreak closed the border.", "19"),
    ("Leaders met at the G20 summit.", "20"),
    ("Group of 20 finance ministers met in Rio.", "20"),
    ("The Group of Seven said exports rose.", "Seven"),
    ("The council passed Resolution 2397 against the launches.", "2397"),
    ("The city marked the 60th anniversary of the treaty.", "60"),
    ("Exports fell for a second straight year.", "second"),
    ("The market opened at 9:30 a.m. local time.", "9"),
    ("The market opened at 9:30 a.m. local time.", "30"),
    ("The statement was issued at 10am on Friday.", "10"),
    ("For details call 555-867-5309 any time.", "555"),
    ("The war (1950–1953) ended in a truce.", "1950"),
    ("The war (1950–1953) ended in a truce.", "1953"),
    ("He scored in the 90th minute.", "90"),
    ("The 1990s were a decade of growth.", "1990"),
    ("Flight 370 vanished over the ocean.", "370"),
    ("The F-35 program is costly.", "35"),
    ("Permit No. 12 was approved.", "12"),
    ("The company sells 5G phones.", "5"),
    ("Sales fell in the first quarter.", "quarter"),
    ("It took a quarter century to build.", "quarter"),
    ("It lasted a quarter of a century.", "a quarter"),
    ("Output grew a tenth of a percentage point.", "a tenth"),
    ("Exports rose for a fifth straight month.", "a fifth"),
    ("It marked the twentieth anniversary of the treaty.", "twentieth"),
    ("It is the fifth-largest trading partner.", "fifth-largest"),
    ("The tariff took effect on the ninth of June.", "ninth"),
    ("Rates were cut for a sixth time.", "a sixth"),
    ("Exports rose a fifth straight month.", "a fifth"),
    ("Sales rose a quarter earlier.", "a quarter"),
    ("He scored one in 10 minutes.", "one in 10"),
    ("The team won one in 2019.", "one in 2019"),
    ("The share was higher in the third quarter.", "quarter"),
    ("The share was a quarter earlier at 5%.", "a quarter"),
    ("The firm saw double-digit growth.", "double"),
]


@pytest.mark.parametrize(("sentence", "fragment"), NEVER, ids=[f"{s[:28]}|{f}" for s, f in NEVER])
def test_not_claims_never_emitted(sentence, fragment):
    for q in extract_quantities(sentence, include_all=True):
        assert fragment not in q.text.split() and q.text != fragment, q


NON_CLAIMS = [
    ("Talks will run for three months.", "three months", "months"),
    ("The parliament held a two-day session.", "two-day", "days"),
    ("It was the worst slump in 20 years.", "20 years", "years"),
    ("The 45-year-old minister resigned.", "45-year-old", "years"),
    ("The minister, aged 61, resigned.", "61", "years"),
    ("The two countries signed a pact.", "two", "countries"),
    ("Their two-way trade fell.", "two", "pieces"),
    ("The ten-member group met.", "ten", "pieces"),
    ("The bridge is 12 kilometres long.", "12 kilometres", "km"),
    ("Dozens of people were hurt.", "Dozens", None),
    ("It may cost tens of millions of dollars.", "tens of millions", None),
    ("The benchmark 62% iron fines contract traded near $117 a tonne.", "62%", "percent"),
    ("Imports of 65% Fe ore fell.", "65%", "percent"),
]


@pytest.mark.parametrize(("sentence", "mention", "unit"), NON_CLAIMS, ids=[m for _, m, _ in NON_CLAIMS])
def test_not_claims_kept_only_with_include_all(sentence, mention, unit):
    assert all(mention not in q.text for q in extract_quantities(sentence))
    every = {q.text: q for q in extract_quantities(sentence, include_all=True)}
    found = next((q for t, q in every.items() if t.startswith(mention)), None)
    assert found is not None, list(every)
    assert not found.is_claim
    if unit:
        assert found.unit == unit


def test_not_claims_score_is_not_a_range():
    found = extract_quantities("The home side won 3-1 on the night.", include_all=True)
    assert all(q.value_high is None for q in found)
    assert not any(q.is_claim for q in found)
