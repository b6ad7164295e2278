"""resolve/subjects.py + nlp + check/shares.py: a sentence opening on goods and a part-of verb
("Rice made up $5 million of …", "Exports of electromechanical products, which include …, made up
nearly 60 percent of …") is about those goods; "made up $X" is a level, not "up $X"; a goods share
is never judged on the country totals."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Laos-China trade\n\nChina's exports to Laos rose 5% in April 2023.\n\n"


def _claim(text: str, span: str):
    (c,) = [c for c in check_text(LEAD + text, date="2023-06-20").claims if c.claim.quantity.text == span]
    s = c.claim.subject
    return c.claim.quantity.kind, s.commodity if s else None, c.verdict.verdict


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Processed hair and wool for wig-making made up $11.6 million of China's April shipments to Laos.",
                 "$11.6 million", ("level", "processed hair and wool"), id="goods-opener-made-up"),
    pytest.param("Rice accounted for $5 million of China's exports to Laos in April.", "$5 million",
                 ("level", "rice"), id="known-goods-accounted-for"),
    pytest.param("Exports of electromechanical products, which include machinery and vehicles, made up nearly 60 "
                 "percent of China's exports to Laos in April.", "nearly 60 percent",
                 ("share", "electromechanical products"), id="exports-of-which-include"),
    pytest.param("Trade with Thailand made up 6% of China's trade in April.", "6%", ("share", None),
                 id="trade-with-names-no-goods"),
    pytest.param("The rise was led by wigs and false eyelashes, which accounted for 57.1 percent of China's exports "
                 "to Laos in April.", "57.1 percent", ("share", "wigs and false eyelashes"), id="goods-which-accounted-for"),
    pytest.param("Exports rose on demand for electric cars, which made up 7 percent of China's exports to Laos in "
                 "April.", "7 percent", ("share", "electric cars"), id="demand-for-is-no-goods-name"),
    pytest.param("Rice accounted for more than half of all China's shipments to Laos in April, which totalled "
                 "$291.89 million.", "$291.89 million", ("level", None), id="which-totalled-describes-the-whole"),
    pytest.param("The rise was driven by Vientiane, which accounted for 40 percent of China's exports to Laos.",
                 "40 percent", ("share", None), id="which-after-a-place-names-no-goods"),
])
def test_goods_part_opener_names_the_goods(text, span, want):
    kind, commodity, verdict = _claim(text, span)
    assert (kind, commodity) == want
    if commodity:
        assert verdict != "supported" or kind == "level"  # a goods share is not judged on country totals


def test_goods_part_opener_goods_share_is_not_judged_on_country_totals():
    text = ("China trade in 2024\n\nChina's exports rose 5.9% in 2024. Exports of electromechanical products, "
            "which include machinery, electronics and vehicles, made up nearly 60 percent of the country's total "
            "exports.")
    (c,) = [c for c in check_text(text, date="2025-01-13").claims if c.claim.quantity.text == "nearly 60 percent"]
    assert c.verdict.verdict == "unverifiable"
