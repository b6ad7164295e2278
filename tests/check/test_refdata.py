"""Reference access for the checks: how wide a reference value is, and answers shared between stories."""

from __future__ import annotations

import pytest
from claimkit import Q, claims

from factcheck.check.refdata import half_width
from factcheck.check.reference import check_reference
from factcheck.models import Article, Claim, Observation, Subject
from factcheck.reference.store import ReferenceStore


def _obs(value, derived=(), unc=0.0):
    return Observation("GAC", "CHN", "PRK", "total", "2020-Q4", value, derived_from=derived, uncertainty=unc)


@pytest.mark.parametrize(("obs", "x", "is_qty", "expected"), [
    pytest.param(_obs(530e6), 530e6, False, 5e6, id="published-own-rounding"),
    pytest.param(_obs(539.06e6), 539.06e6, False, 5e3, id="published-fine-rounding"),
    pytest.param(_obs(9e6, ("2020 total", "2020-01/2020-09 total"), 5.5e6), 9e6, False, 5.5e6,
                 id="derived-carries-inputs-rounding"),
    pytest.param(_obs(-9e6, ("2020 total", "2020-01/2020-09 total"), 5.5e6), 9e6, False, 5.5e6,
                 id="derived-sign-flipped-same-width"),
    pytest.param(_obs(9e6, ("a", "b"), 5.5e6), 1200.0, True, 0.0, id="derived-quantity-exact"),
])
def test_refdata_half_width(obs, x, is_qty, expected):
    assert half_width(obs, x, is_qty) == pytest.approx(expected)


STORY = "China's exports to North Korea were $900 million in 2022."
OWN_URL = "https://example.com/our-story"
STORE_ROWS = [Observation("KBS", "CHN", "PRK", "export", "2022", 894e6, source_url="http://kbs.example/x"),
              Observation("the story", "CHN", "PRK", "export", "2022", 900e6, source_url=OWN_URL)]


@pytest.mark.parametrize(("urls", "verdict"), [
    pytest.param((None, OWN_URL), "contradicted", id="own-url-excluded-after-a-story-without-one"),
    pytest.param(("https://elsewhere.example/a", OWN_URL), "contradicted", id="own-url-excluded-after-another-url"),
    pytest.param((OWN_URL, None), "supported", id="story-without-url-uses-every-row-after-own-url-story"),
])
def test_refdata_shared_answers_respect_each_storys_url(urls, verdict):
    store = ReferenceStore.from_observations(STORE_ROWS)
    (c,) = claims(STORY, Q("$900 million", "level", 900e6, "USD", subject=Subject("CHN", "PRK", "export"),
                           period="2022"))
    c = Claim(c.id, c.quantity, c.sentence, c.line, c.column, c.subject, c.period, c.base_period, 1.0)
    got = [check_reference(c, store, Article("a", STORY, url=u)).verdict for u in urls]
    assert got[-1] == verdict
