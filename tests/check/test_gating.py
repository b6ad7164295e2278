"""Verdict gating: a weak field the check needs (period, partner, flow, …) never yields a
confident `contradicted`, from the reference or from the story's own numbers, unless the key is
corroborated (check.corroborate: a rate tied to a level the published figure confirms)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from claimkit import Q, claims
from fakestore import FakeStore

from factcheck.check import check_claims
from factcheck.models import Article, Subject

B = 1e9
TOT = Subject("CHN", "PRK", "total")
EXP = Subject("CHN", "PRK", "export")
IMP = Subject("CHN", "PRK", "import")
STORE = FakeStore([
    ("CHN", "PRK", "total", "2022", 1.03 * B), ("CHN", "PRK", "total", "2021", 0.318 * B),
    ("CHN", "PRK", "export", "2022", 0.894 * B, "USD", 244.0), ("CHN", "PRK", "import", "2022", 0.134 * B),
    ("CHN", "PRK", "export", "2021", 0.26 * B),
])


def _verdicts(story: str, specs: list[Q], weak: dict[int, tuple[str, ...]]) -> list[tuple[str, str]]:
    cs = claims(story, *specs)
    cs = [replace(c, weak=weak.get(i, ())) for i, c in enumerate(cs)]
    out = check_claims(cs, STORE, Article("a", story, url=None))
    return [(c.verdict.verdict, c.verdict.rule) for c in out]


LEVEL = "Trade came to $1.5 billion."
RATE = "Trade grew fivefold."
FLOWS = "Exports were $0.9 billion. Imports were $0.1 billion. Trade came to $1.4 billion."
CASES = [
    # id, story, specs, weak fields by claim index, verdicts that must not be 'contradicted'
    ("firm-level-is-called-wrong", LEVEL, [Q("$1.5 billion", "level", 1.5 * B, "USD", subject=TOT, period="2022")],
     {}, True),
    *[(f"weak-{f}-level-is-reviewed", LEVEL, [Q("$1.5 billion", "level", 1.5 * B, "USD", subject=TOT,
                                                period="2022")], {0: (f,)}, False)
      for f in ("period", "partner", "reporter", "flow", "subject")],
    ("firm-multiple-is-called-wrong", RATE, [Q("fivefold", "multiple", 5, "times", subject=TOT, period="2022",
                                              base_period="2021", extra={"pattern": "multiple_n"})], {}, True),
    *[(f"weak-{f}-multiple-is-reviewed", RATE, [Q("fivefold", "multiple", 5, "times", subject=TOT, period="2022",
                                                  base_period="2021")], {0: (f,)}, False)
      for f in ("period", "base_period", "partner", "flow")],
    ("weak-partner-parts-never-conflict-internally", FLOWS,
     [Q("$0.9 billion", "level", 0.9 * B, "USD", subject=Subject("CHN", "USA", "export"), period="2022"),
      Q("$0.1 billion", "level", 0.1 * B, "USD", subject=Subject("CHN", "USA", "import"), period="2022"),
      Q("$1.4 billion", "level", 1.4 * B, "USD", subject=Subject("CHN", "USA", "total"), period="2022")],
     {0: ("partner",), 1: ("partner",), 2: ("partner",)}, False),
    ("weak-period-parts-never-conflict-internally", FLOWS,
     [Q("$0.9 billion", "level", 0.9 * B, "USD", subject=Subject("CHN", "USA", "export"), period="2022"),
      Q("$0.1 billion", "level", 0.1 * B, "USD", subject=Subject("CHN", "USA", "import"), period="2022"),
      Q("$1.4 billion", "level", 1.4 * B, "USD", subject=Subject("CHN", "USA", "total"), period="2023")],
     {2: ("period",)}, False),
]


@pytest.mark.parametrize(("story", "specs", "weak", "contradicted"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_gating_weak_key_is_never_contradicted(story, specs, weak, contradicted):
    got = _verdicts(story, specs, weak)
    assert any(v == "contradicted" for v, _ in got) == contradicted, got
    for i, fields in weak.items():
        assert got[i][0] != "contradicted", (fields, got[i])


def test_gating_a_corroborated_period_may_contradict():
    """'Exports rose 300% to $894 million': the guessed period is confirmed by the tied level's
    published figure (check.corroborate), so the rate is judged on that key."""
    story = "Exports rose 300% to $894 million."
    got = _verdicts(story, [Q("300%", "change", 300, "percent", direction="up", subject=EXP, period="2022",
                              base_period="2021"),
                            Q("$894 million", "level", 0.894 * B, "USD", subject=EXP, period="2022")],
                    {0: ("period", "base_period"), 1: ("period",)})
    assert got == [("contradicted", "FC302"), ("supported", "FC001")]


def test_gating_an_untied_rate_on_a_guessed_period_is_reviewed():
    story = "Exports rose 300%, while imports came to $134 million."
    got = _verdicts(story, [Q("300%", "change", 300, "percent", direction="up", subject=EXP, period="2022",
                              base_period="2021"),
                            Q("$134 million", "level", 0.134 * B, "USD", subject=IMP, period="2022")],
                    {0: ("period", "base_period"), 1: ("period",)})
    assert got[0] == ("needs_review", "FC103")


@pytest.mark.parametrize(("story", "value", "expected"), [
    ("Trade came to $1.5 billion.", 1.5 * B, ("contradicted", "FC301")),        # 1.46× the series: a plain error
    ("Trade came to $9.5 billion.", 9.5 * B, ("needs_review", "FC105")),        # 9× with no slip: another series?
    ("Trade came to $0.2 billion.", 0.2 * B, ("needs_review", "FC105")),        # a fifth, no slip either
    ("Trade came to $1,030 billion.", 1030 * B, ("contradicted", "FC301")),     # 1,000×: a scale slip explains it
], ids=["near-miss-contradicted", "nine-times-reviewed", "a-fifth-reviewed", "scale-slip-still-contradicted"])
def test_gating_an_unexplained_gap_is_reviewed(story, value, expected):
    got = _verdicts(story, [Q(story.split(" to ")[1].rstrip("."), "level", value, "USD", subject=TOT,
                              period="2022")], {})
    assert got == [expected]


def _rate_verdict(*derived_from: tuple[str, ...], source: str = "derived"):
    from factcheck.models import Evidence, Verdict

    ev = tuple(Evidence(1.436, "2023-09/2023-08", source, kind="implied_change", derived_from=d)
               for d in derived_from)
    return Verdict("contradicted", "FC302", "claimed 15.9 percent; levels give +43.6% ✗", ev)


@pytest.mark.parametrize(("evidence", "expected"), [
    ([("2023-09 export 188.7m (KG News)", "2023-08 export 131.37m (derived)")], ("needs_review", "FC103")),
    ([("2023-09 export 188.7m (KG News)", "2023-08 export 162.8m (Reuters)")], ("contradicted", "FC302")),
    ([("2023-09 export 188.7m (KG News)", "2023-08 export 131.37m (derived)"),
      ("2023-09 export 188.7m (KG News)", "2023-08 export 162.8m (Reuters)")], ("contradicted", "FC302")),
], ids=["only-derived-levels-reviewed", "published-levels-contradict", "one-published-pair-suffices"])
def test_gating_a_rate_against_derived_levels_only_is_reviewed(evidence, expected):
    from factcheck.check import _on_derived_levels

    c = claims("Exports rose 15.9 percent.", Q("15.9 percent", "change", 15.9, "percent", direction="up",
                                                subject=EXP, period="2023-09", base_period="2023-08"))[0]
    v = _on_derived_levels(c, _rate_verdict(*evidence))
    assert (v.verdict, v.rule) == expected
