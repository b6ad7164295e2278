"""Resolution on real published sentences: the source quotes of the reference data.

Every reference row in ../shared/reference-sources/ carries the sentence its figure was taken
from (`source_quote`, an English or Korean fragment of a published story) and what the figure is
(reporter, partner, flow, period). This benchmark runs factcheck on each English quote, under a
one-line headline naming the pair ("China–North Korea trade", "China's foreign trade") and with
the quote's publication date, finds the claim that states the row's figure, and scores its
subject and period against the row. A contradiction of a figure the row says was published is a
false alarm (rows flagged as misprints or suspect are left out).

The quotes stay in ../shared: they are read at run time and never copied into the project.

    python benchmarks/quotes_resolution.py [--out benchmarks/results/quotes.md] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT.parent / "shared" / "reference-sources"
NAMES = {"WLD": None, "PRK": "North Korea", "USA": "the United States", "RUS": "Russia", "JPN": "Japan",
         "KOR": "South Korea", "EUU": "the European Union", "ASEAN": "ASEAN"}
_SKIP_NOTES = ("suspect", "misprint", "typo", "wrong", "error")
# a quote that names a time itself (the others lean on sentences the quote does not carry)
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|last\s+year|this\s+year|last\s+month)\b")


def _rows() -> list[dict]:
    out = []
    for name in ("china_dprk_trade.csv", "china_world_partners.csv"):
        for r in csv.DictReader((SOURCES / name).open(encoding="utf-8")):
            quote = (r.get("source_quote") or "").strip()
            if not quote or sum(ch.isascii() for ch in quote) < 0.95 * len(quote):
                continue
            if any(w in (r.get("notes") or "").lower() for w in _SKIP_NOTES):
                continue
            value = r.get("value") or r.get("value_usd")
            out.append({"reporter": r["reporter"], "partner": r["partner"], "flow": r["flow"],
                        "period": r["period"], "value": float(value) if value else None,
                        "currency": r.get("currency") or "USD",
                        "yoy": float(r["yoy_pct"]) if r.get("yoy_pct") else None,
                        "date": (r.get("source_date") or "")[:10], "quote": quote})
    return out


def _canonical(period: str | None) -> str | None:
    """"2021-H1" and "2021-01/2021-06" (or a quarter and its three months) name one period."""
    if period and len(period) == 7 and period[5] in "HQ":
        y, part, k = period[:4], period[5], int(period[6])
        first, last = (6 * k - 5, 6 * k) if part == "H" else (3 * k - 2, 3 * k)
        return f"{y}-{first:02d}/{y}-{last:02d}"
    return period


def _date(d: str) -> str | None:
    if len(d) == 7:
        return d + "-28"
    return d if len(d) == 10 else None


def _headline(partner: str) -> str:
    name = NAMES.get(partner)
    return "China's foreign trade" if name is None else f"China's trade with {name}"


def _find(claims, row: dict):
    """The claim stating the row's level (within 0.5%), else its growth rate."""
    for c in claims:
        q = c.claim.quantity
        if row["value"] and q.kind in ("level", "balance") and q.value and \
                abs(abs(q.value) - abs(row["value"])) <= 0.005 * abs(row["value"]):
            return c, "level"
    for c in claims:
        q = c.claim.quantity
        if row["yoy"] is not None and q.kind == "change" and q.unit == "percent" and q.value is not None and \
                abs(abs(q.value) - abs(row["yoy"])) < 0.051:
            return c, "change"
    return None, None


def evaluate(show: int = 40) -> tuple[Counter, list[str], list[str]]:
    from factcheck import check_text

    n: Counter = Counter()
    wrong: list[str] = []
    alarms: list[str] = []
    for row in _rows():
        date = _date(row["date"])
        if date is None:
            continue
        n["quotes"] += 1
        rep = check_text(f"{_headline(row['partner'])}\n\n{row['quote']}", date=date)
        c, how = _find(rep.claims, row)
        if c is None:
            n["figure not found"] += 1
            continue
        n["found"] += 1
        s = c.claim.subject
        got = (s.reporter, s.partner, s.flow) if s else (None, None, None)
        want = (row["reporter"], row["partner"], row["flow"])
        # a two-way total reads the same either way round
        same = got == want or (want[2] == "total" and got == (want[1], want[0], "total"))
        n["subject right"] += same
        period_ok = _canonical(c.claim.period) == _canonical(row["period"])
        n["period right"] += period_ok
        if _NAMES_TIME.search(row["quote"]):
            n["names a time"] += 1
            n["period right, quote names a time"] += period_ok
        if c.verdict.verdict == "contradicted":
            n["contradicted"] += 1
            alarms.append(f"{row['quote'][:140]!r} → {c.verdict.rule} {c.verdict.message[:160]}")
        if not same or (not period_ok and _NAMES_TIME.search(row["quote"])):
            wrong.append(f"{row['date']} {want} {row['period']} vs {got} {c.claim.period} [{how}]: "
                         f"{row['quote'][:150]!r}")
    return n, wrong[:show], alarms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="write a results page (markdown)")
    ap.add_argument("--show", type=int, default=40, help="misresolved quotes to list")
    args = ap.parse_args(argv)
    n, wrong, alarms = evaluate(args.show)
    found = max(n["found"], 1)
    lines = ["# Resolution on the reference data's source quotes", "",
             "Command: `python benchmarks/quotes_resolution.py`", "",
             "| metric | value |", "|---|---|",
             f"| English quotes with a date | {n['quotes']} |",
             f"| figure found as a claim | {n['found']} ({n['found'] / max(n['quotes'], 1):.3f}) |",
             f"| subject right (reporter, partner, flow) | {n['subject right'] / found:.3f} |",
             f"| period right (all; most quotes carry no time of their own) | {n['period right'] / found:.3f} |",
             f"| period right, quote names a time ({n['names a time']}) | "
             f"{n['period right, quote names a time'] / max(n['names a time'], 1):.3f} |",
             f"| contradicted (false alarms: the rows are published figures) | {n['contradicted']} |",
             "", "## False alarms", *(f"- {a}" for a in alarms), "",
             f"## Misresolved (first {len(wrong)})", *(f"- {w}" for w in wrong), ""]
    page = "\n".join(lines)
    if args.out:
        args.out.write_text(page, encoding="utf-8")
    print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
