"""A figure whose paragraph names no period takes the lead's: surely when the lead frames the story."""

from __future__ import annotations

import pytest

from factcheck.api import extract

HEAD = "China Trade Update\n\nBEIJING — "


@pytest.mark.parametrize(("lead", "body", "claim", "period", "weak"), [
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Imports fell 0.6 percent to $201.2 billion, leaving a surplus of $68.4 billion.",
                 "$201.2 billion", "2023-11", False, id="monthly-flash-carries-surely"),
    pytest.param("China's exports reached a record in 2022 even as shipments slumped in the final months of 2022.",
                 "Exports rose 7 percent to $3.59 trillion.",
                 "$3.59 trillion", "2022", False, id="part-of-the-lead-period-agrees"),
    pytest.param("China's exports fell in November 2023, the first drop this year, customs data showed.",
                 "Imports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", True, id="lead-names-two-periods"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "In 2021, exports had risen 30 percent.\n\nImports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", True, id="body-turned-to-another-year"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Earlier, imports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", True, id="new-topic-opener"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "For the full year, imports are on course to fall 5 percent to $2.5 trillion.",
                 "$2.5 trillion", "2023", False, id="sentence-speaks-of-the-full-year"),  # the lead's year, surely
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Shipments of rare earths have averaged $300 million a year.",
                 "$300 million", "2023-11", True, id="sentence-speaks-of-a-yearly-rate"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Imports from Chile doubled to $60 billion in the past five years.",
                 "$60 billion", "2023-11", True, id="sentence-speaks-of-past-years"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Shipments to Chile rose 2 percent, after falling 6.1 percent in October.\n\n"
                 "Imports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", False, id="an-after-clause-month-keeps-the-story-period"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Shipments to Chile rose 2 percent, after falling 6.1 percent in October. "
                 "Imports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", False, id="an-after-clause-month-is-not-carried"),
    pytest.param("China's exports rose 8.5 percent in November 2023 from a year earlier, customs data showed.",
                 "Imports fell 0.6 percent from a year earlier to $201.2 billion.",
                 "$201.2 billion", "2023-11", False, id="a-year-earlier-is-no-other-time"),
    pytest.param("China's exports fell in November 2023 for the first time since mid-2021, customs data showed.",
                 "Imports fell 0.6 percent to $201.2 billion.",
                 "$201.2 billion", "2023-11", False, id="since-mid-year-is-an-aside"),
    pytest.param("China's exports fell 4.6 percent in 2023, the first drop since 2016, customs data showed.",
                 "Full-year imports dropped 5.5 percent to $2.56 trillion.",
                 "$2.56 trillion", "2023", False, id="full-year-in-an-annual-story-is-the-story-year"),
])
def test_timing_lead_period_frames_the_story(lead, body, claim, period, weak):
    filler = " The General Administration of Customs published the figures on Thursday morning."
    claims = extract(HEAD + lead + filler + "\n\n" + body + "\n", date="2023-12-07")
    c = next(c for c in claims if c.quantity.text == claim)
    assert c.period == period
    assert ("period" in c.weak) is weak


HEADLINE_CASES = [
    ("headline-takes-the-lead-period-weakly",
     "Chile-China trade jumps 12% in five months\n\nSANTIAGO — Trade between Chile and China grew strongly "
     "in the first five months of 2023, customs data showed on Friday, led by copper and lithium.\n",
     "12%", "2023-01/2023-05", True),
    ("headline-naming-only-a-base-borrows-weakly",
     "Chile-China trade jumps 12% but stays below 2019\n\nSANTIAGO — Trade between Chile and China grew "
     "strongly in the first five months of 2023, customs data showed on Friday, led by copper.\n",
     "12%", "2023-01/2023-05", True),
    ("headline-with-its-own-period-keeps-it",
     "Chile-China trade jumps 12% in 2022\n\nSANTIAGO — Trade between Chile and China grew "
     "strongly in the first five months of 2023, customs data showed on Friday, led by copper.\n",
     "12%", "2022", False),
]


@pytest.mark.parametrize(("text", "claim", "period", "weak"), [c[1:] for c in HEADLINE_CASES],
                         ids=[c[0] for c in HEADLINE_CASES])
def test_timing_headline_figure_borrows_the_lead_period(text, claim, period, weak):
    c = next(c for c in extract(text, date="2023-06-20") if c.quantity.text == claim)
    assert (c.period, "period" in c.weak) == (period, weak)
