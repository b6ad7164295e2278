"""The terminal reports: concise (ruff style, golden) and full (rich), with and without colour."""

from __future__ import annotations

import re

import pytest

from factcheck.report import ReportOptions, render

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_terminal_concise_matches_golden(seed_report, odd_report, error_report, golden):
    golden("seed.concise.txt", render([seed_report, odd_report, error_report], "concise"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (0, 'stories/dprk-trade.txt:1:32: FC003 supported "more than tripled": 894.0 / 260.2 = 3.436 > 3'),
        (4, 'stories/dprk-trade.txt:4:75: FC302 contradicted "233 percent": 1,027.7 / 318.0 = 3.231 → +223.1%, not +233%'),
        (1, 'stories/dprk-trade.txt:3:29: FC002 supported (disputed) "247.5 percent": published +247.5%; the levels give 894.0 / 260.2 = 3.436 → +243.6%'),
    ],
    ids=["supported", "contradicted", "disputed"],
)
def test_terminal_concise_line_is_path_line_col_code_message(seed_report, line, expected):
    lines = render([seed_report], "concise").splitlines()
    assert lines[line] == expected
    assert re.match(r"^(.+):(\d+):(\d+): (FC\d{3}) ", lines[line])


def test_terminal_concise_footer_counts_contradictions_and_documents(seed_report, odd_report):
    assert render([seed_report, odd_report], "concise").splitlines()[-1] == \
        "Found 3 contradictions in 2 documents."
    assert render([odd_report], "concise").splitlines()[-1] == \
        "Found 1 contradiction in 1 document."


def test_terminal_concise_lines_are_never_wrapped(seed_report):
    out = render([seed_report], "concise", ReportOptions(width=40))
    assert len(out.splitlines()) == len(seed_report.claims) + 1


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        (ReportOptions(select=("FC3",)), {"FC302", "FC303"}),
        (ReportOptions(ignore=("FC0",)), {"FC302", "FC303", "FC101"}),
        (ReportOptions(select=("FC0",), ignore=("FC001",)), {"FC002", "FC003"}),
        (ReportOptions(quiet=True), {"FC302", "FC303"}),
    ],
    ids=["select", "ignore", "select-and-ignore", "quiet"],
)
def test_terminal_concise_select_ignore_quiet(seed_report, options, kept):
    lines = render([seed_report], "concise", options).splitlines()[:-1]
    assert {line.split()[1] for line in lines} == kept


def test_terminal_concise_ignored_contradictions_are_not_counted(seed_report):
    out = render([seed_report], "concise", ReportOptions(ignore=("FC3",)))
    assert out.splitlines()[-1] == "Found 0 contradictions in 1 document."


def test_terminal_full_shows_header_claims_evidence_diagnosis_summary(seed_report):
    out = render([seed_report], "full", ReportOptions(width=100))
    assert "stories/dprk-trade.txt" in out.splitlines()[0]
    assert "Date: 2023-01-20 (from --date)" in out
    assert "Two-way trade reached US$1.03 billion, up «233 percent» from 2021." in out
    assert "CONTRADICTED  FC302 change-contradicted" in out
    assert "SUPPORTED (DISPUTED)  FC002" in out
    assert "• US$318.0m (2021) — GAC [1]" in out
    assert "• +247.5% published, USD basis (2022 vs 2021) — Reuters (GAC)" in out
    assert "• ×3.436 = +243.6% from levels (2022/2021): 894.0m (GAC) ÷ 260.2m (GAC)" in out
    assert "Sources:\n    [1] http://english.customs.gov.cn/statics/report/monthly.html" in out
    assert "Likely slip: another base period: holds against 2020-Q4, not 2019-Q4" in out
    summary = out[out.index("Summary"):]
    for label, n in [("supported", 4), ("contradicted", 2), ("disputed", 1),
                     ("unverifiable", 0), ("needs review", 1), ("total", 7)]:
        assert re.search(rf"│ {label} +│ +{n} │", summary), label
    assert out.splitlines()[-1] == "Found 2 contradictions in 1 document."


@pytest.mark.parametrize("width", [80, 60], ids=["80-columns", "60-columns"])
def test_terminal_full_fits_a_narrow_terminal(seed_report, odd_report, width):
    out = render([seed_report, odd_report], "full", ReportOptions(width=width))
    assert max(len(line) for line in out.splitlines()) <= width
    assert not any(line.endswith(" ") for line in out.splitlines())
    assert "«nearly 100 times higher»" in out.replace("\n", " ")


def _many_pairs_report(seed_report):
    from dataclasses import replace

    from factcheck.models import Evidence

    claim = seed_report.claims[4]  # "233 percent", contradicted
    pairs = tuple(Evidence(3.14 + i / 100, "2022/2021", "derived", kind="implied_change",
                           currency="USD", derived_from=(f"2022 total {1000 + i}.0m (KBS)",
                                                         "2021 total 318.04m (VOA)"))
                  for i in range(15))
    verdict = replace(claim.verdict, evidence=pairs)
    return replace(seed_report, claims=(replace(claim, verdict=verdict),))


def test_terminal_full_caps_evidence_and_points_to_json(seed_report):
    out = render([_many_pairs_report(seed_report)], "full", ReportOptions(width=100))
    rows = [line for line in out.splitlines() if line.startswith("    • ")]
    assert len(rows) == 4
    assert rows[0] == "    • ×3.28 = +228.0% from levels (2022/2021): 1014.0m (KBS) ÷ 318.04m (VOA)"
    assert "    … and 11 more (see --format json)" in out


def test_terminal_full_wraps_evidence_and_sources_under_their_text(seed_report):
    out = render([seed_report], "full", ReportOptions(width=60))
    lines = out.splitlines()
    at = lines.index("  Sources:")
    assert lines[at + 1].startswith("    [1] http://english.customs.gov.cn/")
    assert lines[at + 2].startswith("        ")  # the URL's rest, under the URL


def test_terminal_full_without_colour_has_no_escapes_and_keeps_words(seed_report):
    out = render([seed_report], "full", ReportOptions(color=False))
    assert not ANSI.search(out)
    assert "CONTRADICTED" in out and "NEEDS REVIEW" in out and "«233 percent»" in out


def test_terminal_full_with_colour_colours_verdicts(seed_report):
    out = render([seed_report], "full", ReportOptions(color=True, width=100))
    assert ANSI.search(out)
    assert "\x1b[1;31mCONTRADICTED" in out  # bold red
    assert "CONTRADICTED" in ANSI.sub("", out)


def test_terminal_no_color_env_turns_colour_off(seed_report, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = render([seed_report], "full", ReportOptions(width=100))
    assert "\x1b[1;31m" not in out


def test_terminal_full_quiet_shows_only_contradictions(seed_report, odd_report):
    out = render([seed_report, odd_report], "full", ReportOptions(quiet=True, width=100))
    assert "CONTRADICTED" in out
    assert "SUPPORTED" not in out and "NEEDS REVIEW" not in out and "UNVERIFIABLE" not in out
    assert "Summary" in out


def test_terminal_full_inferred_and_unknown_dates(odd_report, seed_report):
    from dataclasses import replace

    assert "Date: 2022 (inferred from the text)" in render([odd_report], "full")
    undated = replace(seed_report, article=seed_report.article.with_date(None, None))
    assert "Date: unknown" in render([undated], "full")


def test_terminal_unreadable_documents_only_counted(seed_report, error_report):
    out = render([seed_report, error_report], "full")
    assert "empty.txt" not in out
    assert out.splitlines()[-1] == \
        "Found 2 contradictions in 2 documents. 1 document could not be read."
    assert render([error_report], "full") == ""
    assert render([error_report], "concise") == ""


def test_terminal_markup_in_text_is_shown_literally(odd_report):
    out = render([odd_report], "full", ReportOptions(width=200))
    assert "<script>alert(1)</script>" in out and "<b>bold</b>" in out
    assert "— GAC <b> [1]" in out and "[1] javascript:alert(2)" in out
