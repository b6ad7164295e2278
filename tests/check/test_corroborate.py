"""A guessed period confirmed by the level the rate's own clause carries it to."""

from __future__ import annotations

from dataclasses import replace

import pytest
from claimkit import Q, claims

from factcheck.check.corroborate import confirmed
from factcheck.models import Evidence, Subject, Verdict

IMP = Subject("CHN", "WLD", "import")
AP = Evidence(213.4e9, "2022-10", "AP", kind="level", currency="USD")
DERIVED = Evidence(213.4e9, "2022-10", "derived", kind="level", currency="USD", derived_from=("a", "b"))
COARSE = Evidence(213.4e9, "2022-10", "AP", kind="level", currency="USD")
ROUND = Evidence(2e9, "2022-10", "AP", kind="level", currency="USD")
OFF = Evidence(215.0e9, "2022-10", "AP", kind="level", currency="USD")


def _pair(story, level_text="$213.4 billion", rate_weak=("period", "base_period"), level_subject=IMP,
          level_value=213.4e9, no_rate=False):
    rate, level = claims(story, Q("6.8%", "change", 6.8, "percent", direction="up", subject=IMP,
                                  period="2022-10", base_period="2021-10"),
                         Q(level_text, "level", level_value, "USD", subject=level_subject, period="2022-10"))
    return replace(rate, weak=rate_weak), replace(level, weak=("period",))


@pytest.mark.parametrize(("story", "evidence", "kw", "expected"), [
    ("Imports rose 6.8% to $213.4 billion.", AP, {}, True),
    ("Imports rose 6.8% from a year earlier to $213.4 billion.", AP, {}, True),
    ("Imports rose 6.8% to $213.4 billion.", DERIVED, {}, False),
    ("Imports rose 6.8% to $213.4 billion.", OFF, {}, False),
    ("Imports rose 6.8%, while the deficit came to $213.4 billion.", AP, {}, False),
    ("Imports rose 6.8% to $213.4 billion.", AP, {"rate_weak": ("partner",)}, True),
    ("Imports rose 6.8% to $2 billion.", ROUND, {"rate_weak": ("partner",), "level_text": "$2 billion",
                                               "level_value": 2e9}, False),
    ("Imports rose 6.8% to $2 billion.", ROUND, {"level_text": "$2 billion", "level_value": 2e9}, False),
    ("Imports reached $213.44 billion, up 6.8% from a year earlier.", COARSE,
     {"level_text": "$213.44 billion", "level_value": 213.44e9}, True),
    ("Imports reached $213.4 billion, while exports rose 6.8%.", AP, {}, False),
    ("Imports rose 6.8% to $213.4 billion.", AP, {"rate_weak": ("flow",), "no_rate": True}, False),
    ("Imports rose 6.8% to $213.4 billion.", AP, {"no_rate": True}, True),
    ("Imports rose 6.8% to $213.4 billion.", AP, {"level_subject": Subject("CHN", "USA", "import")}, False),
    ("Imports, at $213.4 billion, were up 6.8% from a year earlier.", AP, {}, True),
], ids=["to-level-published", "to-level-after-base", "derived-only", "published-outside-rounding",
        "other-clause", "weak-partner-confirmed-by-four-digits", "weak-partner-not-by-a-round-figure",
        "round-figure-confirms-nothing", "level-it-hangs-on-published-coarser", "level-of-another-clause-before", "weak-flow-without-an-agency-rate", "weak-period-without-an-agency-rate",
        "level-of-another-series", "appositive-level-year-on-year"])
def test_corroborate_tied_level_confirms_guessed_period(story, evidence, kw, expected):
    rate, level = _pair(story, **kw)
    rate_ev = (Evidence(-0.7, "2022-10", "Reuters", kind="published_change", currency="USD"),)
    verdicts = {level.id: Verdict("supported", "FC001", "", (evidence,)),
                rate.id: Verdict("needs_review", "FC103", "", () if kw.get("no_rate") else rate_ev)}
    firm = confirmed(rate, [rate, level], verdicts)
    assert (firm is not None) == expected
    if expected:
        assert firm.weak == ()


RUS = Subject("CHN", "RUS", "total")


@pytest.mark.parametrize(("story", "rate_text", "rate_kind", "tied"), [
    ("The surplus widened 6.9% from 2022 to $361.03 billion.", "6.9%", "change", True),
    ("Trade set a record at $244.81 billion, up 1.9% from 2023 and 2.8 times higher than in 2015.",
     "2.8 times higher", "multiple", True),
    ("Trade set a record at $244.81 billion, up 1.9% from 2023 and 2.8 times higher than in 2015.",
     "1.9%", "change", True),
    ("By 2022 the global figure, $244.81 billion, was 1.5 times higher than in 2018.",
     "1.5 times higher", "multiple", True),
    ("Trade set a record at $244.81 billion, up 1.9% from 2023, while exports grew 2.8 times.",
     "2.8 times", "multiple", False),
    ("Trade reached $244.81 billion, up 1.9%; imports were 2.8 times higher than in 2015.",
     "2.8 times higher", "multiple", False),
    ("Trade reached $244.81 billion, up 1.9% from 2023, and exports were 2.8 times higher than in 2015.",
     "2.8 times higher", "multiple", False),
], ids=["year-inside-from-to", "second-rate-chained-by-and", "first-rate-hung", "appositive-level-then-was",
        "another-actor-after-while", "semicolon-ends-the-clause", "and-a-new-subject"])
def test_corroborate_tied_level_reaches_chained_and_appositive_rates(story, rate_text, rate_kind, tied):
    from factcheck.check.corroborate import tied_level
    specs = [Q("$244.81 billion" if "$244.81 billion" in story else "$361.03 billion", "level", 1.0, "USD",
               subject=RUS, period="2024")]
    for t, k in (("1.9%", "change"), (rate_text, rate_kind), ("6.9%", "change")):
        if t in story and all(s.text != t for s in specs):
            specs.append(Q(t, k, 1.0, "percent" if k == "change" else "times", subject=RUS, period="2024"))
    cs = claims(story, *specs)
    rate = next(c for c in cs if c.quantity.text == rate_text)
    level = tied_level(rate, cs)
    assert (level is not None and level.quantity.text in ("$244.81 billion", "$361.03 billion")) == tied


@pytest.mark.parametrize(("story", "expected"), [
    ("Imports, at $213.4 billion, were up 6.8% from $199.8 billion over the decade.", False),
    ("Imports, at $213.4 billion, were up 6.8% from a year earlier, when they were $199.8 billion.", True),
], ids=["base-named-as-a-level", "base-level-in-another-clause"])
def test_corroborate_guessed_base_not_confirmed_when_the_rate_names_a_base_level(story, expected):
    rate, level, base = claims(story, Q("6.8%", "change", 6.8, "percent", direction="up", subject=IMP,
                                        period="2022-10", base_period="2021-10"),
                               Q("$213.4 billion", "level", 213.4e9, "USD", subject=IMP, period="2022-10"),
                               Q("$199.8 billion", "level", 199.8e9, "USD", subject=IMP, period="2021-10"))
    rate = replace(rate, weak=("period", "base_period"))
    verdicts = {level.id: Verdict("supported", "FC001", "", (AP,)),
                rate.id: Verdict("needs_review", "FC103", "", ())}
    assert (confirmed(rate, [rate, level, base], verdicts) is not None) == expected
