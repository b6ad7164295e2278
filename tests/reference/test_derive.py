"""Derivations at lookup time, on tiny hand-built stores: each labelled with its inputs."""

from __future__ import annotations

import pytest

from factcheck.models import Observation
from factcheck.reference.store import ReferenceStore


def ob(flow, period, value, source="GAC", currency="USD", reporter="CHN", partner="PRK", **kw):
    return Observation(source=source, reporter=reporter, partner=partner, flow=flow,
                       period=period, value=value, currency=currency, **kw)


def store(*rows) -> ReferenceStore:
    return ReferenceStore.from_observations(rows)


def derived(lk, source):
    return sorted(o.value for o in lk.derived if o.source == source)


def test_derive_total_from_same_source():
    s = store(ob("export", "2022", 894.0), ob("import", "2022", 134.0),
              ob("import", "2022", 130.0, source="KBS"))
    lk = s.lookup("CHN", "PRK", "total", "2022")
    assert derived(lk, "derived: export + import") == [1028.0]
    assert lk.derived[0].derived_from == ("2022 export 894 USD (GAC)", "2022 import 134 USD (GAC)")


def test_derive_total_across_sources_names_both():
    s = store(ob("export", "2022", 894.0, source="Reuters"), ob("import", "2022", 134.0, source="KBS"))
    lk = s.lookup("CHN", "PRK", "total", "2022")
    assert [o.value for o in lk.derived] == [1028.0]
    assert "(Reuters)" in lk.derived[0].derived_from[0] and "(KBS)" in lk.derived[0].derived_from[1]
    assert lk.derived[0].note == "across sources"


def test_derive_balance_is_export_minus_import():
    s = store(ob("export", "2022", 894.0), ob("import", "2022", 134.0))
    assert derived(s.lookup("CHN", "PRK", "balance", "2022"), "derived: export − import") == [760.0]


@pytest.mark.parametrize(
    ("period", "rows", "expected"),
    [
        pytest.param("2022-Q4", [("2022-10", 10), ("2022-11", 20), ("2022-12", 30)], [60.0],
                     id="quarter"),
        pytest.param("2022-H1", [(f"2022-{m:02d}", 1) for m in range(1, 7)], [6.0], id="half"),
        pytest.param("2022-01/2022-03", [("2022-01", 1), ("2022-02", 2), ("2022-03", 3)], [6.0],
                     id="cumulative"),
        pytest.param("2022", [(f"2022-{m:02d}", 1) for m in range(1, 13)], [12.0], id="year"),
        pytest.param("2022-Q4", [("2022-10", 10), ("2022-11", 20)], [], id="incomplete-no-sum"),
    ],
)
def test_derive_sum_of_months(period, rows, expected):
    s = store(*(ob("export", p, v) for p, v in rows))
    assert derived(s.lookup("CHN", "PRK", "export", period), "derived: sum of months") == expected


def test_derive_month_from_annual_minus_cumulative():
    s = store(ob("total", "2022", 1000.0), ob("total", "2022-01/2022-11", 860.0))
    lk = s.lookup("CHN", "PRK", "total", "2022-12")
    assert derived(lk, "derived: difference of periods") == [140.0]
    assert lk.derived[0].derived_from[0].startswith("2022 total 1,000")


def test_derive_month_from_cumulative_minus_cumulative():
    s = store(ob("export", "2023-01/2023-10", 500.0), ob("export", "2023-01/2023-09", 380.0))
    lk = s.lookup("CHN", "PRK", "export", "2023-10")
    assert derived(lk, "derived: difference of periods") == [120.0]


def test_derive_sum_of_periods():
    s = store(ob("total", "2022-01/2022-10", 761.4), ob("total", "2022-11", 125.7),
              ob("total", "2022-12", 140.6))
    lk = s.lookup("CHN", "PRK", "total", "2022")
    assert derived(lk, "derived: sum of periods") == [pytest.approx(1027.7)]


def test_derive_nested_month_inside_quarter():
    """Q4 = Oct + Nov + (Dec = export + import): the chain is named."""
    s = store(ob("total", "2022-10", 153.9), ob("total", "2022-11", 125.7),
              ob("export", "2022-12", 120.0), ob("import", "2022-12", 20.0),
              ob("total", "2022-Q4", 370.0, source="NK News"))
    lk = s.lookup("CHN", "PRK", "total", "2022-Q4")
    assert [o.value for o in lk.levels(include_derived=False)] == [370.0]
    (q4,) = [o for o in lk.derived if o.source == "derived: sum of months"]
    assert q4.value == pytest.approx(419.6)
    assert q4.derived_from[2] == "2022-12 total 140 USD (derived: export + import)"


def test_derive_lower_bound_for_partly_known_period():
    s = store(ob("export", "2019-10", 287.0))
    lk = s.lookup("CHN", "PRK", "export", "2019-Q4")
    assert lk.levels() == [] and lk.found
    (b,) = lk.bounds
    assert (b.value, b.note) == (287.0, "lower bound: months 2019-10 only")
    assert lk.bounds.low == 287.0 and lk.bounds.high is None


def test_derive_no_lower_bound_for_balance():
    s = store(ob("balance", "2019-10", -5.0))
    assert s.lookup("CHN", "PRK", "balance", "2019-Q4").bounds == ()


@pytest.mark.parametrize(
    ("row", "flow", "expected"),
    [
        pytest.param(("import", 894.0), "export", 894.0, id="prk-import-is-chn-export"),
        pytest.param(("export", 134.0), "import", 134.0, id="prk-export-is-chn-import"),
        pytest.param(("balance", -760.0), "balance", 760.0, id="balance-sign-flips"),
    ],
)
def test_derive_mirror_phrasing_from_partner_report(row, flow, expected):
    s = store(ob(row[0], "2022", row[1], source="user", reporter="PRK", partner="CHN"))
    lk = s.lookup("CHN", "PRK", flow, "2022")
    assert [o.value for o in lk.derived] == [expected]
    assert lk.derived[0].source.startswith("derived: mirror of PRK-reported")


def test_derive_implied_change_next_to_published_rates():
    s = store(ob("export", "2022", 894e6, published_change_pct=247.5, change_basis="USD"),
              ob("export", "2021", 260.165e6))
    ((ratio, now, base),) = s.implied_change("CHN", "PRK", "export", "2022", "2021")
    assert round((ratio - 1) * 100, 1) == 243.6
    assert (now.value, base.value) == (894e6, 260.165e6)
    assert [o.published_change_pct for o in s.lookup("CHN", "PRK", "export", "2022").changes()] \
        == [247.5]


def test_derive_history_by_frequency():
    s = store(ob("total", "2020", 539.06), ob("total", "2021", 318.04),
              ob("export", "2022", 894.0), ob("import", "2022", 134.0), ob("total", "2022-10", 1.0))
    hist = s.history("CHN", "PRK", "total", "annual")
    assert {p: [o.value for o in v] for p, v in hist.items()} == {
        "2020": [539.06], "2021": [318.04], "2022": [1028.0]}
