"""Generate a JSONL(.gz) archive of realistic ~1,000-word trade stories for audit benchmarks.

Figures come from the reference tables (the project's `reference_data/` when present,
else `../shared/reference-sources/`): China's customs trade with North Korea and with
its main partners. Each story states levels, year-on-year changes, multiples, ratios
and shares for a few partner/flow/year series, with varied hedges and phrasing, some
deliberate slips (million/billion, swapped flows, wrong base year, a rounded-wrong
percentage), and background prose without numbers; a few stories hold no number at all.

    python benchmarks/generate_archive.py -n 10000 -o /tmp/archive.jsonl.gz --seed 1
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "reference-sources"

NAMES = {"PRK": ("North Korea", "Pyongyang", "the North"), "USA": ("the United States", "Washington", "the US"),
         "RUS": ("Russia", "Moscow", "Russia"), "JPN": ("Japan", "Tokyo", "Japan"),
         "KOR": ("South Korea", "Seoul", "South Korea"), "EU": ("the European Union", "Brussels", "the EU"),
         "EUU": ("the European Union", "Brussels", "the EU"), "ASEAN": ("ASEAN", "the bloc", "ASEAN"),
         "WLD": ("the world", "global markets", "the world")}
FLOW_WORDS = {"export": ("exports to", "shipments to", "sales to"),
              "import": ("imports from", "purchases from", "inbound shipments from"),
              "total": ("trade with", "bilateral trade with", "two-way trade with")}
UP = ("rose", "jumped", "climbed", "grew", "surged", "increased")
DOWN = ("fell", "dropped", "declined", "slumped", "shrank", "plunged")
HEDGES = ("", "", "", "about ", "around ", "nearly ", "more than ", "roughly ", "almost ", "over ")
ATTRIB = ("according to customs data", "the General Administration of Customs said",
          "official figures showed", "data released on Friday showed", "customs statistics showed",
          "according to figures published in Beijing")
FILLER = (
    "Analysts said the figures reflected a gradual reopening of border crossings after years of disruption.",
    "Officials in {city} did not respond to a request for comment on the data.",
    "The customs agency publishes monthly breakdowns by partner and by commodity, though some series are revised later.",
    "Traders in the border city of Dandong described a slow but steady return of freight traffic.",
    "Economists cautioned that the published figures capture only officially recorded trade.",
    "Smuggling and ship-to-ship transfers, which do not appear in customs records, remain difficult to measure.",
    "The trade relationship has long been shaped by sanctions, politics and the state of the border.",
    "Diplomats at the United Nations have repeatedly raised concerns about enforcement of existing measures.",
    "A spokesperson for the foreign ministry said cooperation would continue on the basis of mutual benefit.",
    "Manufacturers pointed to weaker demand for consumer goods and a stronger currency as headwinds.",
    "Shipping companies reported that freight rates had eased from their peaks, lowering costs for exporters.",
    "The central bank has kept policy steady while watching the external balance closely.",
    "Industry groups called for clearer rules on licensing and inspections at the ports.",
    "Researchers who track the data note that monthly figures are volatile and often revised.",
    "Some of the increase came from goods that had been held up at the border for months.",
    "Observers expect the pattern to persist as long as the underlying restrictions stay in place.",
    "Local officials in {city} highlighted new logistics parks and bonded warehouses near the frontier.",
    "Farm products, textiles and machinery parts made up much of the recorded flows.",
    "Business associations said that uncertainty over policy continued to weigh on investment decisions.",
    "Market participants will watch the next release closely for signs of a sustained recovery.",
    "Critics argue that headline totals obscure sharp differences between product categories.",
    "Port operators said they had added staff and extended hours to clear the backlog.",
    "Several provinces announced support measures for small exporters facing tighter credit.",
    "The ministry of commerce said it would publish further details at a briefing next week.",
)
OPINION = (
    "Trade statistics tell only part of the story of how neighbouring economies depend on each other.",
    "Behind every customs table are farmers, drivers, clerks and traders whose work rarely makes headlines.",
    "Policy makers would do well to look beyond the headline totals when they weigh new measures.",
    "The border towns have seen booms and busts before, and residents have learned to wait them out.",
    "What matters most is whether the rules are predictable, enforced and understood by those they affect.",
)


def _reference_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in ("china_dprk_trade.csv", "china_world_partners.csv"):
        for base in (ROOT / "reference_data", SHARED):
            path = base / name
            if path.exists():
                with open(path, encoding="utf-8", newline="") as fh:
                    rows.extend(csv.DictReader(fh))
                break
    return rows


def load_series() -> dict[tuple[str, str], dict[int, float]]:
    """(partner, flow) → {year: USD value} from the annual USD reference rows."""
    series: dict[tuple[str, str], dict[int, float]] = {}
    for r in _reference_rows():
        if r.get("frequency") != "annual" or r.get("reporter") != "CHN":
            continue
        value = r.get("value_usd") or (r.get("value") if r.get("currency") == "USD" else None)
        if not value or not r["period"].isdigit() or r["flow"] not in FLOW_WORDS:
            continue
        years = series.setdefault((r["partner"], r["flow"]), {})
        # Several sources per figure; a dropped digit is the usual misprint, so keep the largest.
        years[int(r["period"])] = max(years.get(int(r["period"]), 0.0), float(value))
    if not series:
        sys.exit("no reference figures found (reference_data/ or ../shared/reference-sources/)")
    return {k: v for k, v in series.items() if len(v) >= 2}


def money(value: float, rng: random.Random, slip: bool = False) -> str:
    if slip:
        value = value * 1000 if value < 1e9 else value / 1000
    if value >= 1e12:
        num, scale = value / 1e12, "trillion"
    elif value >= 1e9:
        num, scale = value / 1e9, "billion"
    else:
        num, scale = value / 1e6, "million"
    digits = 0 if num >= 100 else (1 if num >= 10 else 2)
    prefix = rng.choice(("US$", "$", "US$", "$"))
    text = f"{num:,.{digits}f}"
    if rng.random() < 0.15 and scale != "trillion":
        return f"{prefix}{text}{'bn' if scale == 'billion' else 'm'}"
    return f"{prefix}{text} {scale}"


def claim_paragraph(rng: random.Random, series, partner: str, flow: str, year: int) -> str:
    values = series[(partner, flow)]
    name = rng.choice(NAMES.get(partner, (partner,) * 3)[:1] + NAMES.get(partner, (partner,) * 3)[2:])
    flow_words = rng.choice(FLOW_WORDS[flow])
    value = values[year]
    slip = rng.random() < 0.08
    hedge = rng.choice(HEDGES)
    sentences = [f"China's {flow_words} {name} reached {hedge}{money(value, rng, slip)} in {year}, "
                 f"{rng.choice(ATTRIB)}."]
    prev = values.get(year - 1)
    if prev:
        change = (value / prev - 1) * 100
        if rng.random() < 0.07:
            change += rng.choice((-1, 1)) * rng.uniform(3, 15)  # a wrong percentage
        verb = UP if change >= 0 else DOWN
        sentences.append(rng.choice((
            f"That was {abs(change):.1f} percent {'higher' if change >= 0 else 'lower'} than a year earlier.",
            f"The figure {rng.choice(verb)} {abs(change):.1f} per cent year-on-year.",
            f"Shipments {rng.choice(verb)} {abs(change):.1f}% from {year - 1}.",
        )))
        ratio = value / prev
        if ratio >= 1.9:
            word = {2: "doubled", 3: "tripled", 4: "quadrupled"}.get(int(ratio))
            if word:
                sentences.append(f"In other words, the value more than {word} in a single year.")
            else:
                sentences.append(f"That is roughly {ratio:.0f} times the level of {year - 1}.")
    older = [y for y in values if y <= year - 3]
    if older and rng.random() < 0.6:
        base = rng.choice(older)
        if rng.random() < 0.1:
            base -= 1  # a wrong base year
        if base in values:
            pct = values[year] / values[base] * 100
            sentences.append(rng.choice((
                f"The total was {rng.choice(('around ', 'about ', ''))}{pct:.0f} percent of the {base} level.",
                f"It stood at {pct:.0f} percent of what it was in {base}.",
            )))
    other = "import" if flow == "export" else "export"
    if flow != "total" and rng.random() < 0.5 and year in series.get((partner, other), {}):
        total = value + series[(partner, other)][year]
        share = value / total * 100 if total else 0
        swapped = rng.random() < 0.06
        shown = rng.choice(FLOW_WORDS[flow if not swapped else other])
        sentences.append(f"{shown.split()[0].capitalize()} accounted for {share:.1f} per cent of "
                         f"two-way trade that year.")
    return " ".join(sentences)


def article(rng: random.Random, series, i: int, words: int = 1000) -> dict[str, object]:
    keys = sorted(series)
    year_max = 2024
    opinion = rng.random() < 0.03
    paragraphs: list[str] = []
    partner, flow = rng.choice(keys)
    years = sorted(y for y in series[(partner, flow)] if y <= year_max)
    year = rng.choice(years[1:] or years)
    city = rng.choice(("Beijing", "Pyongyang", "Seoul", "Tokyo", "Dandong", "Shanghai"))
    n_words = 0
    while n_words < words:
        if not opinion and (not paragraphs or rng.random() < 0.45):
            p, f = (partner, flow) if rng.random() < 0.6 else rng.choice(keys)
            ys = [y for y in series[(p, f)] if y <= year_max]
            y = year if year in ys else rng.choice(ys)
            para = claim_paragraph(rng, series, p, f, y)
        else:
            pool = OPINION if opinion else FILLER
            para = " ".join(rng.choice(pool).format(city=city) for _ in range(rng.randint(3, 5)))
        paragraphs.append(para)
        n_words += len(para.split())
    name = NAMES.get(partner, (partner,))[0]
    title = "Opinion: what trade figures miss" if opinion else \
        f"China's {FLOW_WORDS[flow][0].split()[0]} {name} in {year}"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {"id": f"gen-{i:07d}", "title": title, "date": f"{year + 1}-{month:02d}-{day:02d}"
            if not opinion else None, "url": f"https://news.example/{i}",
            "text": "\n\n".join(paragraphs)}


def generate(n: int, seed: int = 1, words: int = 1000) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    series = load_series()
    for i in range(n):
        yield article(rng, series, i, words)


def write(path: Path, n: int, seed: int = 1, words: int = 1000) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for doc in generate(n, seed, words):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles")
    ap.add_argument("-o", "--output", type=Path, required=True, help="archive.jsonl[.gz]")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=1000, help="approximate words per article")
    args = ap.parse_args(argv)
    write(args.output, args.n, args.seed, args.words)
    print(f"wrote {args.n} articles to {args.output}")


if __name__ == "__main__":
    main()
