"""resolve/subjects.py + check/levels.py: "by American count" marks the partner's own statistic; a
source named before a colon is not the next clause's; a partner's own record is never contradicted
by a mirror of China's figure (valuations differ)."""

from __future__ import annotations

import pytest

from factcheck import check_text

TEXT = ("US-China trade\n\nWASHINGTON — The United States bought $438.9 billion of Chinese goods in 2024, by "
        "American count, but Chinese customs tell a different story: China's exports to the US came to $525 "
        "billion last year, up 5% from 2023. Since 2018, when the first tariffs were imposed, China's surplus "
        "with the US has fallen from $323.3 billion.")


@pytest.mark.parametrize(("span", "reporter", "not_verdict"), [
    pytest.param("$438.9 billion", "USA", "contradicted", id="by-american-count-is-the-us-record"),
    pytest.param("$525 billion", "CHN", None, id="source-before-colon-not-carried"),
    pytest.param("$323.3 billion", "CHN", None, id="fallen-is-an-observation-after-tariffs"),
])
def test_own_statistics_by_count_and_mirror(span, reporter, not_verdict):
    (c,) = [c for c in check_text(TEXT, date="2025-01-20").claims if c.claim.quantity.text == span]
    assert c.claim.subject is not None and c.claim.subject.reporter == reporter
    if not_verdict:
        assert c.verdict.verdict != not_verdict
