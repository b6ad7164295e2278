"""resolve/periods.py + timing.py: period phrasings from published trade stories — "the
January-to-August period", "February of last year", "through September", "from the last year",
"rose 3.6% over 2019" (the year after the base, a guess), "(USD 486 billion) in 2016"."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China's trade with Chile\n\n"


@pytest.mark.parametrize(("text", "date", "span", "period", "base"), [
    pytest.param("China's trade with Chile in the January-to-August period tumbled 57.8 percent from a year earlier.",
                 "2018-09-23", "57.8 percent", "2018-01/2018-08", "2017-01/2017-08", id="month-to-month-period"),
    pytest.param("Trade with Chile hit a trough in February of last year at $9.42 million.", "2018-09-23",
                 "$9.42 million", "2017-02", None, id="month-of-last-year"),
    pytest.param("Chile exported just $9.4 million to China in February of 2016.", "2018-09-23", "$9.4 million",
                 "2016-02", None, id="month-of-a-year"),
    pytest.param("China's trade with Chile shrank 73 per cent through September.", "2018-10-23", "73 per cent",
                 "2018-01/2018-09", "2017-01/2017-09", id="through-a-month-is-the-year-to-date"),
    pytest.param("In 2017, China's exports to Chile rose 0.5 percent from the last year.", "2018-09-23",
                 "0.5 percent", "2017", "2016", id="from-the-last-year-is-the-year-before"),
    pytest.param("China's exports to Chile rose 3.6% over 2019.", "2021-01-14", "3.6%", "2020", "2019",
                 id="over-a-year-with-no-period-is-the-year-after"),
    pytest.param("China's surplus with Chile narrowed to 3.35 billion yuan (USD 486 million) in 2016.", "2017-01-13",
                 "3.35 billion yuan", "2016", None, id="bracketed-usd-conversion-is-no-other-figure"),
    pytest.param("China's exports to Chile fell 9.9% in December, the worst drop since the outbreak began in "
                 "February 2020.", "2023-01-13", "9.9%", "2022-12", "2021-12", id="since-clause-month-is-an-aside"),
    pytest.param("China's surplus with Chile was $9 million in October, below the USD 9.72 million recorded in "
                 "October of the previous year.", "2025-11-07", "USD 9.72 million", "2024-10", None,
                 id="month-of-the-previous-year"),
    pytest.param("China's imports from Chile bounced back in June for the first time this year, growing by 1.1%.",
                 "2025-07-14", "1.1%", "2025-06", "2024-06", id="first-time-this-year-is-an-aside"),
    pytest.param("China's exports to Chile soared 87.3% over last year to $80.5 million in January and February.",
                 "2021-03-07", "87.3%", "2021-01/2021-02", "2020-01/2020-02", id="over-last-year-is-a-base"),
    pytest.param("China's trade with Chile in the January-April period remained at last year's level, totaling "
                 "$247.26 million.", "2025-05-09", "$247.26 million", "2025-01/2025-04", None,
                 id="at-last-years-level-is-a-base"),
    pytest.param("In 2019, China's trade with Chile was $110.75 million; last year's figure represents a 2.2-fold "
                 "increase.", "2025-01-20", "2.2-fold", "2024", "2019", id="last-years-figure-is-the-subject"),
    pytest.param("China's exports to Chile rose in December, hitting almost US$49 million and taking the total for "
                 "the year to US$525 million.", "2025-01-13", "US$525 million", "2024", None,
                 id="total-for-the-year-to-an-amount-is-the-year"),
    pytest.param("China's exports to Chile rose 3.6% over 2019 to $2.6 million, an improvement over 2019's 0.5% gain.",
                 "2021-01-14", "$2.6 million", "2020", None, id="level-after-to-is-the-changes-outcome"),
    pytest.param("Shipments to Chile were 21.4 percent lower than in July 2022.", "2023-08-08", "21.4 percent",
                 "2023-07", "2022-07", id="lower-than-in-a-month-with-no-period-is-a-year-on"),
    pytest.param("Trade with Chile was $146.9 million in 2021, climbed to $190.27 million in 2022 and jumped 26.3% to "
                 "$240.11 million in 2023.", "2025-01-20", "26.3%", "2023", "2022", id="change-to-an-outcome-in-a-year"),
    pytest.param("Chile's share of China's trade rose from 14.7% in 2020, when China's trade with the world came to "
                 "32.16 trillion yuan, to roughly 16% in 2024.", "2025-02-10", "32.16 trillion yuan", "2020", None,
                 id="when-clause-figure-before-another-kind-of-figure"),
    pytest.param("China's trade rose 28.2 percent in the first five months of 2021. The growth came after the first "
                 "four months, when imports and exports rose 28.5 percent to 11.62 trillion yuan.", "2021-06-07",
                 "11.62 trillion yuan", "2021-01/2021-04", None, id="after-a-span-when-its-figures"),
    pytest.param("China's trade rose 28.2 percent in the first five months of 2021. The growth came after the first "
                 "four months, when imports and exports rose 28.5 percent to 11.62 trillion yuan.", "2021-06-07",
                 "28.5 percent", "2021-01/2021-04", "2020-01/2020-04", id="after-a-span-when-its-rate"),
    pytest.param("In 2024 China's exports to Chile reached 25.45 million yuan, up 7.1%, or 1.8 times the 2015 level.",
                 "2025-02-10", "up 7.1%", "2024", "2023", id="a-multiples-base-is-not-the-change-before-it"),
])
def test_periods_real_phrasings(text, date, span, period, base):
    c = next(c for c in extract(HEAD + text, date) if c.quantity.text == span)
    assert (c.period, c.base_period) == (period, base)
