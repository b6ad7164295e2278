"""Resolution on our hand-annotated corpus articles: subject, period and base period of
claims found by their text, as a reader of each article would state them.

Expectations are written from reading the articles (corpora/README.md lists the reference
rows each one uses). A period carried over from an earlier sentence may be weak; these
rows only pin what the values must be.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from factcheck.models import Article, Claim
from factcheck.resolve import resolve_article

CORPORA = Path(__file__).resolve().parents[2] / "corpora"

# (id, article prefix, claim text (contained in the claim's span or containing it),
#  (reporter, partner, flow), period, base period)
ROWS = [
    # p02: North Korea's trade with China, 2019-2021
    ("p02-framed-2019-level", "p02", "two-point-79 billion dollars", ("CHN", "PRK", "total"), "2019", None),
    ("p02-framed-2019-change", "p02", "14.71 percent", ("CHN", "PRK", "total"), "2019", "2018"),
    ("p02-2020-total-change", "p02", "80.7 percent", ("CHN", "PRK", "total"), "2020", "2019"),
    ("p02-2020-total", "p02", "$539.06 million", ("CHN", "PRK", "total"), "2020", None),
    ("p02-its-neighbour-export", "p02", "80.9 percent", ("CHN", "PRK", "export"), "2020", "2019"),
    ("p02-export-level", "p02", "$491.1 million", ("CHN", "PRK", "export"), "2020", None),
    ("p02-while-imports", "p02", "$48 million", ("CHN", "PRK", "import"), "2020", None),
    ("p02-october-total", "p02", "$1.66 million", ("CHN", "PRK", "total"), "2020-10", None),
    ("p02-same-month-of-2019", "p02", "less than 1 percent", ("CHN", "PRK", "total"), "2020-10", "2019-10"),
    ("p02-first-two-months", "p02", "$33,000", ("CHN", "PRK", "export"), "2021-01/2021-02", None),
    ("p02-and-in-february", "p02", "$3,000", ("CHN", "PRK", "export"), "2021-02", None),
    ("p02-2021-total", "p02", "$318.04 million", ("CHN", "PRK", "total"), "2021", None),
    ("p02-down-41-on-2020", "p02", "41%", ("CHN", "PRK", "total"), "2021", "2020"),
    ("p02-2021-exports-change", "p02", "47 percent", ("CHN", "PRK", "export"), "2021", "2020"),
    ("p02-imports-from-the-north", "p02", "20.7 percent", ("CHN", "PRK", "import"), "2021", "2020"),
    ("p02-august-level", "p02", "$22.5 million", ("CHN", "PRK", "export"), "2021-08", None),
    # p04: China-US, 2018-2023
    ("p04-exports-last-year", "p04", "13.1 percent", ("CHN", "USA", "export"), "2023", "2022"),
    ("p04-export-level", "p04", "$500.03 billion", ("CHN", "USA", "export"), "2023", None),
    ("p04-imports-of-american-goods", "p04", "6.8 percent", ("CHN", "USA", "import"), "2023", "2022"),
    ("p04-two-way", "p04", "$664 billion", ("CHN", "USA", "total"), "2023", None),
    ("p04-surplus-2023", "p04", "$336 billion", ("CHN", "USA", "balance"), "2023", None),
    ("p04-surplus-change-from-x-in-2022", "p04", "17 percent", ("CHN", "USA", "balance"), "2023", "2022"),
    ("p04-from-level-in-2022", "p04", "$404.1 billion", ("CHN", "USA", "balance"), "2022", None),
    ("p04-that-year-2018", "p04", "11.3 percent", ("CHN", "USA", "export"), "2018", "2017"),
    ("p04-that-year-level", "p04", "$478.4 billion", ("CHN", "USA", "export"), "2018", None),
    ("p04-surplus-widened-2018", "p04", "17.2%", ("CHN", "USA", "balance"), "2018", "2017"),
    ("p04-2019-exports", "p04", "12.5%", ("CHN", "USA", "export"), "2019", "2018"),
    ("p04-2019-and-imports", "p04", "20.9%", ("CHN", "USA", "import"), "2019", "2018"),
    ("p04-by-2022", "p04", "$581.8 billion", ("CHN", "USA", "export"), "2022", None),
    # p05: China-Russia, 2015-2024
    ("p05-two-way-2024", "p05", "1.9%", ("CHN", "RUS", "total"), "2024", "2023"),
    ("p05-exports-2024", "p05", "4.1%", ("CHN", "RUS", "export"), "2024", "2023"),
    ("p05-imports-2024", "p05", "$129.32 billion", ("CHN", "RUS", "import"), "2024", None),
    ("p05-russia-surplus", "p05", "$13.83 billion", ("CHN", "RUS", "balance"), "2024", None),
    ("p05-in-2022-trade", "p05", "29.3 percent", ("CHN", "RUS", "total"), "2022", "2021"),
    ("p05-purchases-of-energy", "p05", "43.4 percent", ("CHN", "RUS", "import"), "2022", "2021"),
    ("p05-with-chinese-exports", "p05", "46.9 percent", ("CHN", "RUS", "export"), "2023", "2022"),
    ("p05-2015-turnover", "p05", "27.8 percent", ("CHN", "RUS", "total"), "2015", "2014"),
    ("p05-with-imports-jumping", "p05", "42.7 percent", ("CHN", "RUS", "import"), "2018", "2017"),
    ("p05-and-its-exports", "p05", "12%", ("CHN", "RUS", "export"), "2018", "2017"),
    # p07: EU and ASEAN
    ("p07-by-2023-it-asean", "p07", "$911.7 billion", ("CHN", "ASEAN", "total"), "2023", None),
    # p08: North Korea 2023, wigs
    ("p08-since-is-no-base", "p08", "140%", ("CHN", "PRK", "export"), "2023", "2022"),
    ("p08-export-level", "p08", "$2,003.5 million", ("CHN", "PRK", "export"), "2023", None),
    ("p08-april-wigs-worth", "p08", "$22.6 million", ("CHN", "PRK", "import"), "2023-04", None),
    ("p08-its-total-sales-to-china", "p08", "$27.79 million", ("CHN", "PRK", "import"), "2023-09", None),
    ("p08-september-from-august", "p08", "15.9 percent", ("CHN", "PRK", "export"), "2023-09", "2023-08"),
    ("p08-masks-jan-feb", "p08", "214.8%", ("CHN", "PRK", "export"), "2023-01/2023-02", "2022-01/2022-02"),
    # sound stories
    ("s02-and-trade-with-the-eu", "s02", "5.35 trillion yuan", ("CHN", "EUU", "total"), "2021", None),
    ("s03-total-2023", "s03", "$240.1 billion", ("CHN", "RUS", "total"), "2023", None),
    # world-trade stories: unqualified flows are the world's, whatever the lead names in passing
    ("s02-unqualified-exports", "s02", "29.9 percent", ("CHN", "WLD", "export"), "2021", "2020"),
    ("s02-yuan-imports", "s02", "17.37 trillion yuan", ("CHN", "WLD", "import"), "2021", None),
    ("p03-imports-after-american-tariffs", "p03", "1.0 percent", ("CHN", "WLD", "import"), "2024-12", "2023-12"),
    ("p03-month-surplus", "p03", "$104.84 billion", ("CHN", "WLD", "balance"), "2024-12", None),
    ("x03-exports-not-the-us", "x03", "$3.59 billion", ("CHN", "WLD", "export"), "2022", None),
    ("x03-surplus-not-the-us", "x03", "$877.6", ("CHN", "WLD", "balance"), "2022", None),
    ("x03-december-exports", "x03", "9.9 percent", ("CHN", "WLD", "export"), "2022-12", "2021-12"),
    # slips stories (figures around the slips)
    ("x02-894m-last-year", "x02", "$894 million", ("CHN", "PRK", "export"), "2022", None),
    ("x02-2021-when-clause", "x02", "$260.2 million", ("CHN", "PRK", "export"), "2021", None),
    ("x02-imports-from-the-north", "x02", "$143 million", ("CHN", "PRK", "import"), "2022", None),
    ("x02-september", "x02", "$90.07 million", ("CHN", "PRK", "export"), "2022-09", None),
    ("x02-and-october", "x02", "$132.4 million", ("CHN", "PRK", "export"), "2022-10", None),
    ("x07-2021-when-clause", "x07", "9.4 percent", ("CHN", "JPN", "total"), "2021", "2020"),
    ("x08-that-year-deficit", "x08", "$21.8 billion", ("CHN", "KOR", "balance"), "2023", None),
    ("x08-the-year-before", "x08", "7.1 percent", ("CHN", "EUU", "total"), "2023", "2022"),
    ("x08-eu-exports-2024", "x08", "fell 3 percent", ("CHN", "EUU", "export"), "2024", "2023"),
    ("x10-while-imports-after-attribution", "x10", "$26.1 million", ("CHN", "PRK", "import"), "2023-11", None),
    ("x10-total-for-the-month", "x10", "$224.3 million", ("CHN", "PRK", "total"), "2023-11", None),
    ("x10-from-november-2022", "x10", "78.4 percent", ("CHN", "PRK", "total"), "2023-11", "2022-11"),
]

# (id, article prefix, claim text, expected metric): the balance sign from China's side
SIGNS = [
    ("p05-russia-surplus-is-china-deficit", "p05", "$13.83 billion", "deficit"),
    ("p04-china-surplus", "p04", "$336 billion", "surplus"),
    ("x08-left-it-with-a-deficit", "x08", "$21.8 billion", "deficit"),
]

# Figures in a sentence about goods named elsewhere ("1,680 tonnes of them …, worth around
# $167 million"): never the country total with a confident subject.
GOODS = [
    ("p08-worth-167m-of-them", "p08", "$167 million"),
    ("p08-13.4-times-of-them", "p08", "13.4 times"),
    ("p08-182-tonnes-valued-at", "p08", "$17.96 million"),
    ("s04-such-goods-worth", "s04", "$167 million"),
]


@cache
def _articles() -> dict[str, dict]:
    spec = yaml.safe_load((CORPORA / "expected.yaml").read_text(encoding="utf-8"))
    return {Path(a["file"]).name[:3]: a for a in spec["articles"]}


@cache
def _claims(prefix: str) -> tuple[str, tuple[Claim, ...]]:
    from factcheck.nlp import extract_quantities

    art = _articles()[prefix]
    text = (CORPORA / art["file"]).read_text(encoding="utf-8")
    article = Article(prefix, text, date=str(art["date"]), date_source="option")
    return text, tuple(resolve_article(article, extract_quantities(text))[1])


def _claim(prefix: str, needle: str) -> Claim:
    text, claims = _claims(prefix)
    start = text.index(needle)
    end = start + len(needle)
    hits = [c for c in claims if c.quantity.start < end and start < c.quantity.end]
    assert hits, f"no claim at {needle!r} in {prefix}"
    return hits[0]


@pytest.mark.parametrize(("prefix", "needle", "subject", "period", "base"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_corpora_claims_resolve_as_read(prefix, needle, subject, period, base):
    claim = _claim(prefix, needle)
    s = claim.subject
    assert s is not None and (s.reporter, s.partner, s.flow) == subject
    assert claim.period == period
    if claim.quantity.kind in ("change", "multiple", "ratio"):
        assert claim.base_period == base


@pytest.mark.parametrize(("prefix", "needle", "metric"), [r[1:] for r in SIGNS], ids=[r[0] for r in SIGNS])
def test_corpora_balances_carry_their_sign(prefix, needle, metric):
    assert _claim(prefix, needle).metric == metric


@pytest.mark.parametrize(("prefix", "needle"), [r[1:] for r in GOODS], ids=[r[0] for r in GOODS])
def test_corpora_figures_about_unnamed_goods_are_weak(prefix, needle):
    claim = _claim(prefix, needle)
    assert (claim.subject and claim.subject.commodity) or "commodity" in claim.weak
    assert claim.confidence < 0.5 or (claim.subject and claim.subject.commodity)
