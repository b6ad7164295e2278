"""nlp/ranges.py: a change verb before "between A and B" makes the range a change, not a level."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


def _only(sentence: str):
    (q,) = [q for q in extract_quantities(sentence) if q.value_high is not None]
    return q


CASES = [
    pytest.param("Shipments to Chile rose between 5% and 6% in March.", "change", "up", 5, 6, id="rose-between"),
    pytest.param("Imports from Peru fell by between 2 and 3 percent last year.", "change", "down", 2, 3,
                 id="fell-by-between"),
    pytest.param("Economists expect exports to grow between 4% and 5% this year.", "change", "up", 4, 5,
                 id="grow-between-outlook"),
    pytest.param("Two-way trade slipped between 1.5% and 2% in the quarter.", "change", "down", 1.5, 2,
                 id="slipped-between"),
    pytest.param("The tariff will be set at between 10% and 15%.", "level", None, 10, 15,
                 id="no-verb-stays-level"),
]


@pytest.mark.parametrize(("sentence", "kind", "direction", "low", "high"), CASES)
def test_ranges_change_verb_before_between_makes_a_change_range(sentence, kind, direction, low, high):
    q = _only(sentence)
    assert (q.kind, q.direction, q.value, q.value_high) == (kind, direction, low, high)


@pytest.mark.parametrize(("sentence", "values"), [
    pytest.param("Chinese exports of $57 and $59 million respectively.", [57e6, 59e6], id="scale-said-once"),
    pytest.param("Oil prices of $57 and $59 a barrel.", [57, 59], id="no-scale-no-inheritance"),
    pytest.param("It cost $5 and earned $6 million.", [5, 6e6], id="far-apart-figures-keep-their-own"),
])
def test_ranges_coordinated_amounts_share_a_scale_said_once(sentence, values):
    from factcheck.nlp.quantities import extract_quantities

    assert [q.value for q in extract_quantities(sentence, include_all=True)] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("sentence", "texts"), [
    pytest.param("Imports more than doubled from August's $6.2 million to $14.3 million.",
                 ["more than doubled", "$6.2 million", "$14.3 million"], id="from-a-months-level-to-another-is-a-move"),
    pytest.param("Exports rose from $2 billion to $3 billion.", ["$2 billion", "$3 billion"], id="rose-from-to"),
    pytest.param("The surplus widened from 2019's $3.1 billion to $4.4 billion.", ["$3.1 billion", "$4.4 billion"],
                 id="widened-from-a-years-level"),
    pytest.param("Estimates range from $89 million to $109 million.", ["$89 million to $109 million"],
                 id="a-plain-from-to-is-a-range"),
])
def test_ranges_from_one_level_to_another_after_a_move_is_two_levels(sentence, texts):
    assert [q.text for q in extract_quantities(sentence) if q.is_claim] == texts

