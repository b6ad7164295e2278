"""api.check_article: an undated story's date is the reading of its inferred year that fits the
reference best (more claims supported, none more contradicted); a given date is never second-guessed."""

from __future__ import annotations

import pytest

from factcheck import check_text

LIVE = ("China's 2025 trade\n\nBEIJING — China's full-year customs figures came out this morning.\n\n"
        "FULL YEAR 2025\n- Exports: $3.77 trn (+5.5% y/y)\n\nDECEMBER\n- Exports: +6.6% y/y\n- Imports: +5.7% y/y\n\n"
        "Economists' median forecast for 2026 export growth is +3%.")
SLIP = LIVE.replace("+6.6% y/y", "+9.6% y/y")


def _periods(report) -> dict[str, tuple[str | None, str]]:
    return {c.claim.quantity.text: (c.claim.period, c.verdict.verdict) for c in report.claims}


@pytest.mark.parametrize(("text", "date", "span", "period", "verdict"), [
    # December is 2025's: the year's figures "came out this morning" (the guess had read it as 2024's)
    pytest.param(LIVE, None, "+6.6%", "2025-12", "supported", id="the-reading-that-fits-the-reference"),
    pytest.param(LIVE, None, "+5.7%", "2025-12", "supported", id="every-claim-takes-that-reading"),
    # a slip does not move the date: the other December still holds the story's other figures
    pytest.param(SLIP, None, "+9.6%", "2025-12", "contradicted", id="a-slip-under-the-chosen-reading-stays"),
    # a given date is kept, even where another would fit better
    pytest.param(LIVE, "2025-01-14", "+6.6%", "2024-12", "needs_review", id="a-given-date-is-kept"),
])
def test_api_an_undated_storys_year_is_the_reading_that_fits(text, date, span, period, verdict):
    assert _periods(check_text(text, date=date))[span] == (period, verdict)
