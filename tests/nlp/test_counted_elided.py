"""nlp/counted.py `elided_count_unit`: a bare number compared with the count just before it
("employs 1,200 people, down from 1,500 in 2019") is the same kind of count — a claim — while
years and numbers compared with nothing stay out."""

from __future__ import annotations

import pytest

from factcheck.nlp.quantities import extract_quantities


@pytest.mark.parametrize(("text", "span", "unit"), [
    pytest.param("The firm now employs 1,200 people in China, down from 1,500 in 2019.", "1,500", "persons",
                 id="down-from"),
    pytest.param("The group ran 40 stores last year, up from 25 a year earlier.", "25", "pieces", id="up-from"),
    pytest.param("Dandong had 300 traders in 2019 and lost 120 of them by 2021.", None, None, id="no-comparison-word"),
    pytest.param("It employs 1,200 people, down from 2019.", None, None, id="a-year-is-no-count"),
    pytest.param("Exports rose 5% in 2023 from 2022 levels.", None, None, id="after-a-percent"),
])
def test_counted_elided_unit_after_a_count(text, span, unit):
    got = {q.text: q for q in extract_quantities(text) if q.is_claim}
    if span is None:
        assert all(q.kind != "count" or q.text.split()[-1].isalpha() for q in got.values())
    else:
        assert got[span].kind == "count" and got[span].unit == unit
