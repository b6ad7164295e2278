"""The embedded store answers the issue's headline lookups (levels, variants, revisions)."""

from __future__ import annotations

import pytest

from factcheck.reference.store import ReferenceStore


@pytest.fixture(scope="module")
def store() -> ReferenceStore:
    return ReferenceStore.default()


@pytest.mark.parametrize(
    ("partner", "flow", "period", "expected"),
    [
        pytest.param("PRK", "export", "2022", {894e6}, id="2022-exports-894m"),
        pytest.param("PRK", "export", "2021", {260.165e6}, id="2021-exports-260.165m"),
        pytest.param("PRK", "total", "2022-Q4", {370e6}, id="2022-Q4-total-370m"),
        pytest.param("WLD", "balance", "2022", {877.6e9, 838e9}, id="2022-surplus-first-and-revised"),
    ],
)
def test_store_published_levels(store, partner, flow, period, expected):
    lk = store.lookup("CHN", partner, flow, period)
    assert {o.value for o in lk.levels(include_derived=False)} == expected
    assert all(o.source_url for o in lk.levels(include_derived=False))


@pytest.mark.parametrize(
    ("args", "kwargs", "published", "other"),
    [
        pytest.param(("WLD", "export", "2022"), {}, {3.59e12}, ("CNY",), id="usd-no-cny"),
        pytest.param(("WLD", "export", "2022"), {"currency": "CNY"}, {23.97e12}, ("USD",),
                     id="cny-asked"),
        pytest.param(("PRK", "import", "2019"), {"currency": "USD"}, {216e6}, ("CNY",),
                     id="dprk-cny-only-rows-apart"),
    ],
)
def test_store_never_mixes_currencies(store, args, kwargs, published, other):
    lk = store.lookup("CHN", *args, **kwargs)
    assert {o.value for o in lk.levels(include_derived=False)} == published
    assert lk.other_currencies == other
    cur = kwargs.get("currency", "USD")
    assert {o.currency for o in [*lk.levels(), *lk.changes()]} == {cur}
    assert all((o.change_basis or o.currency) == cur for o in lk.changes())


def test_store_misprint_kept_but_never_support(store):
    lk = store.lookup("CHN", "WLD", "export", "2022")
    assert {o.value for o in lk.misprints()} == {3.95e12}
    assert 3.95e12 not in {o.value for o in lk.levels()}


def test_store_rates_variants_and_basis(store):
    lk = store.lookup("CHN", "PRK", "export", "2022")
    assert sorted(o.published_change_pct for o in lk.changes()) == [244.0, 247.5]
    assert {o.source for o in lk.estimates()} == {"KOTRA (mirror estimate)"}
    cny = store.lookup("CHN", "PRK", "export", "2018")  # WSJ -33.3% is a yuan-terms rate
    assert -33.3 not in [o.published_change_pct for o in cny.changes()]
    assert -31.7 in [o.published_change_pct for o in cny.changes()]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        pytest.param(("PRK", "export", "2005"), "no figures for CHN→PRK export in 2005", id="gap"),
        pytest.param(("WLD", "balance", "2022-12"), None, id="has-usd"),
        pytest.param(("PRK", "export", "2018-03"), "only CNY figures for CHN→PRK export in 2018-03",
                     id="cny-only"),
        pytest.param(("PRK", "export", "2022-13"), "cannot look up '2022-13'", id="bad-period"),
    ],
)
def test_store_missing_values_say_why(store, args, reason):
    lk = store.lookup("CHN", *args)
    if reason is None:
        assert lk.found
    else:
        assert not lk.found and lk.reason.startswith(reason)


def test_store_lower_bound_2019_q4(store):
    lk = store.lookup("CHN", "PRK", "total", "2019-Q4")
    assert [o.note for o in lk.bounds] == ["lower bound: months 2019-10 only"]


def test_store_commodity_quantities(store):
    lk = store.lookup("CHN", "PRK", "export", "2022-12", commodity="masks")
    assert [(o.quantity, o.quantity_unit) for o in lk.quantities()] == [(2.27e6, "pieces")]


def test_store_load_user_files_on_top(tmp_path):
    p = tmp_path / "extra.csv"
    p.write_text("source,reporter,partner,flow,period,value,currency\n"
                 "mine,CHN,PRK,export,2005,1000,USD\n", encoding="utf-8")
    s = ReferenceStore.load([tmp_path])
    assert [o.value for o in s.lookup("CHN", "PRK", "export", "2005").levels()] == [1000.0]
    assert s.lookup("CHN", "PRK", "export", "2022").found
    assert ReferenceStore.load() is ReferenceStore.default()
    assert len(ReferenceStore.load([p], include_default=False)) == 1


def test_store_sources_and_coverage_frames(store):
    assert {"source", "rows", "status"} <= set(store.sources().columns)
    cov = store.coverage()
    assert ((cov.partner == "PRK") & (cov.flow == "balance")).any()


def _keys(store: ReferenceStore) -> list[tuple]:
    """Published keys plus the other flows and months an article check asks for."""
    keys = set()
    for o in store.observations:
        if o.commodity is None:
            for flow in ("export", "import", "total", "balance"):
                keys.add((o.reporter, o.partner, flow, o.period, o.currency or "USD"))
                keys.add((o.reporter, o.partner, flow, o.period[:4], o.currency or "USD"))
    return sorted(keys)


def test_store_answers_do_not_depend_on_lookup_order(store):
    """Derivations are memoised and indexed per series: a key's answer is the same whether it
    is asked first (cold) or after its neighbours filled the memos."""
    keys = _keys(store)
    forward = ReferenceStore(store.observations)
    backward = ReferenceStore(store.observations)
    got_forward = {k: forward.lookup(*k[:4], currency=k[4]) for k in keys}
    got_backward = {k: backward.lookup(*k[:4], currency=k[4]) for k in reversed(keys)}
    differ = [k for k in keys if got_forward[k] != got_backward[k]]
    assert differ == []
    assert sum(bool(lk.derived) for lk in got_forward.values()) > 500


def _user_file(tmp_path, value="894000000"):
    f = tmp_path / "mine.csv"
    f.write_text("source,reporter,partner,flow,period,value,currency\n"
                 f"Me,CHN,PRK,export,2030,{value},USD\n", encoding="utf-8")
    return f


def test_store_default_load_is_one_store_per_process():
    assert ReferenceStore.load() is ReferenceStore.default()
    assert ReferenceStore.load([]) is ReferenceStore.load()


def test_store_load_same_files_gives_the_same_store_across_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    f = _user_file(tmp_path)
    with ThreadPoolExecutor(8) as pool:
        stores = list(pool.map(lambda _: ReferenceStore.load([f]), range(16)))
    assert len({id(s) for s in stores}) == 1
    assert [o.value for o in stores[0].lookup("CHN", "PRK", "export", "2030").levels()] == [894e6]


def test_store_load_sees_an_edited_file(tmp_path):
    import os

    f = _user_file(tmp_path)
    first = ReferenceStore.load([f])
    _user_file(tmp_path, value="900000000")
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    second = ReferenceStore.load([f])
    assert second is not first
    assert [o.value for o in second.lookup("CHN", "PRK", "export", "2030").levels()] == [900e6]


@pytest.mark.parametrize(("commodity", "period", "value"), [
    pytest.param("rice", "2022-10", 7.3e6, id="rice-finds-milled-long-rice-when-its-own-rows-lack-the-month"),
    pytest.param("milled long rice", "2022-10", 7.3e6, id="the-exact-name"),
])
def test_store_commodity_names_widen_when_the_exact_name_has_no_figure(store, commodity, period, value):
    lk = store.lookup("CHN", "PRK", "export", period, commodity=commodity)
    assert value in [o.value for o in lk.levels()]


@pytest.mark.parametrize(("periods", "years"), [
    pytest.param(["2019", "2021-03", "2015-01/2015-06"], range(2015, 2023), id="first-year-to-the-year-after-the-last"),
    pytest.param([], range(0), id="an-empty-store-covers-none"),
])
def test_store_years_a_story_may_be_published_in(periods, years):
    from factcheck.models import Observation

    obs = [Observation(source="t", reporter="CHN", partner="PRK", flow="export", commodity=None, period=p,
                       frequency="annual", value=1.0) for p in periods]
    assert ReferenceStore.from_observations(obs).years == years
