"""Plain-words formatting shared by the terminal and HTML reports."""

from __future__ import annotations

import pytest

from factcheck.models import Article, Diagnosis, Evidence, Verdict
from factcheck.report import describe as d


@pytest.mark.parametrize(
    ("value", "text"),
    [(894e6, "894.0 million"), (1.03e9, "1.03 billion"), (1_027_720_000, "1.028 billion"),
     (12000, "12,000"), (3.4365, "3.437"), (247.5, "247.5"), (3.59e12, "3.59 trillion"),
     (None, "?")],
    ids=["million", "billion", "billion-3dp", "thousands", "ratio", "percent", "trillion",
         "none"],
)
def test_describe_number(value, text):
    assert d.number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(247.45, "247.45"), (893.5e6, "893.5 million"), (1.035e9, "1.035 billion"), (3, "3")],
    ids=["percent", "million", "billion", "integer"],
)
def test_describe_precise_keeps_stated_digits(value, text):
    assert d.precise(value) == text


@pytest.mark.parametrize(
    ("evidence", "text"),
    [
        (Evidence(894e6, "2022", "KBS", currency="USD"), "US$894.0m (2022) — KBS"),
        (Evidence(1_027_720_000, "2022", "Yonhap", currency="USD"), "US$1.028bn (2022) — Yonhap"),
        (Evidence(2.27e6, "2022-12", "KBS"), "2.27 million (2022-12) — KBS"),
        (Evidence(12000, "2022-12", "KBS"), "12,000 (2022-12) — KBS"),
        (Evidence(244, "2022", "KBS", kind="published_change", currency="USD"),
         "+244.0% published, USD basis (2022 vs 2021) — KBS"),
        (Evidence(225.6, "2022", "Xinhua", kind="published_change", currency="CNY",
                  note="yuan-basis rate"),
         "+225.6% published, yuan basis (2022 vs 2021) — Xinhua"),
        (Evidence(-7.1, "2021", "GAC", kind="published_change"),
         "−7.1% published (2021 vs 2020) — GAC"),
        (Evidence(3.4365, "2022/2021", "derived", kind="implied_change", currency="USD",
                  derived_from=("2022 export 894.0m (KBS)", "2021 export 260.165m (VOA)"),
                  note="894.0/260.165 = 3.436"),
         "×3.437 = +243.7% from levels (2022/2021): 894.0m (KBS) ÷ 260.165m (VOA)"),
        (Evidence(0.114, "2021/2019", "derived", kind="implied_change"),
         "×0.114 = −88.6% from levels (2021/2019)"),
        (Evidence(287e6, "2019-Q4", "derived", kind="bound",
                  derived_from=("2019-10 total 287m USD (news.sbs.co.kr)",),
                  note="2019-Q4 is at least 287m (months known)"),
         "≥ US$287.0m (2019-Q4, lower bound: months 2019-10 only)"),
        (Evidence(893.6e6, "2022", "derived", currency="USD",
                  derived_from=tuple(f"2022-{m:02d} export 70m USD (X)" for m in range(1, 13))),
         "US$893.6m (2022) — derived from 12 figures, 2022-01 … 2022-12"),
        (Evidence(1.028e9, "2022", "derived", currency="USD",
                  derived_from=("2022 export 894m USD (KBS)", "2022 import 134m USD (KBS)")),
         "US$1.028bn (2022) — derived from 2022 export 894m USD (KBS), 2022 import 134m USD (KBS)"),
        (Evidence(0.87, "2022", "derived", currency="USD", derived_from=("a", "b"),
                  note="894m/1.028bn = 87.0%"),
         "87.0% share (2022) — derived from a, b"),
        (Evidence(3.95e12, "2022", "wire", currency="USD", status="misprint"),
         "US$3.95tn (2022) — wire [misprint: not used as support]"),
    ],
    ids=["level", "level-billion", "count-million", "count", "published", "published-yuan",
         "published-fall", "implied", "implied-fall", "bound", "derived-many", "derived-two",
         "share", "misprint"],
)
def test_describe_evidence_text(evidence, text):
    assert d.evidence_text(evidence) == text


@pytest.mark.parametrize(
    ("date", "source", "text"),
    [("2023-01-20", "option", "2023-01-20 (from --date)"),
     ("2023-01-20", "inferred", "2023-01-20 (inferred from the text)"),
     ("2023-01-20", "metadata", "2023-01-20 (from the document's metadata)"),
     (None, None, 'unknown (relative periods such as "last year" cannot be resolved)')],
    ids=["option", "inferred", "metadata", "none"],
)
def test_describe_date_note(date, source, text):
    assert d.date_note(Article("a", "x").with_date(date, source)) == text


def test_describe_verdict_and_diagnosis_words():
    assert d.verdict_word(Verdict("needs_review", "FC101", "")) == "needs review"
    assert d.verdict_word(Verdict("supported", "FC002", "", disputed=True)) == \
        "supported (disputed)"
    assert d.diagnosis_text(Diagnosis("scale_slip", "billion, not million")) == \
        "million / billion / trillion slip: billion, not million"
    assert d.rule_title("FC303") == "FC303 multiple-contradicted"


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [(0.3685, "ratio", "×0.3685 = 36.9% of the base, from levels (2022/2019)"),
     (0.3685, "change", "×0.3685 = −63.1% from levels (2022/2019)")],
    ids=["ratio-claim", "change-claim"],
)
def test_describe_implied_ratio_reads_like_the_claim(value, kind, text):
    e = Evidence(value, "2022/2019", "derived", kind="implied_change")
    assert d.evidence_text(e, "2019", kind) == text


def _checked(verdict_kind, value, interval, evidence, unit="percent"):
    from factcheck.models import CheckedClaim, Claim, Quantity

    q = Quantity(text="x", start=0, end=1, value=value, unit=unit, kind=verdict_kind,
                 direction="up", interval=interval)
    c = Claim(id="c", quantity=q, sentence="x", line=1, column=1, period="2022",
              base_period="2021")
    return CheckedClaim(c, Verdict("supported", "FC002", "", evidence=tuple(evidence)))


def _implied(r):
    return Evidence(r, "2022/2021", "derived", kind="implied_change")


def test_describe_evidence_shown_puts_the_deciding_rows_first_and_caps_them():
    pub_ok = Evidence(226, "2022", "KBS", kind="published_change")
    pub_bad = Evidence(233, "2022", "KBS", kind="published_change")
    far = [_implied(3.14 + i / 1000) for i in range(10)]
    claim = _checked("change", 226, (225.5, 226.5), [*far, pub_bad, pub_ok])
    shown, hidden = d.evidence_shown(claim)
    assert shown[0] is pub_ok and pub_bad in shown
    assert len(shown) == d.EVIDENCE_SHOWN and hidden == 12 - d.EVIDENCE_SHOWN


def test_describe_evidence_shown_closest_first_for_a_contradiction():
    rows = [_implied(2.0), _implied(3.2), _implied(1.5)]
    claim = _checked("change", 247.5, (247.45, 247.55), rows)
    shown, hidden = d.evidence_shown(claim)
    assert [e.value for e in shown] == [3.2, 2.0, 1.5] and hidden == 0


def test_describe_evidence_shown_skips_rows_that_read_alike():
    rows = [_implied(3.2391), _implied(3.2392), _implied(3.2393), _implied(3.1), _implied(3.0),
            _implied(2.9)]
    shown, hidden = d.evidence_shown(_checked("change", 226, (225.5, 226.5), rows))
    assert [d.evidence_value(e) for e in shown] == [
        "×3.239 = +223.9% from levels", "×3.1 = +210.0% from levels",
        "×3.0 = +200.0% from levels", "×2.9 = +190.0% from levels"]
    assert hidden == 2
