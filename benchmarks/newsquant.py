"""NewsQuant accuracy: factcheck's extractor and quantulum3 in one harness.

Data: `../shared/peers/data/newsquant/formatted_test_set/NewsQuant.json` (590 sentences, 904
gold quantities; CQE evaluation data, kept outside the project and never copied into it).

Matching rules (after the CQE paper's `evaluate_models.py`, made one-to-one):
- Per sentence. Each gold quantity is matched to at most one unused prediction whose value
  is equal within `numpy.isclose(rtol=1e-5, atol=1e-8)`; a range matches a range when both
  ends match (a range never matches a single value). Among value matches the first one with
  the same normalised unit is preferred. Each prediction is used once.
- value TP: a value match; value+unit TP: and the normalised units are equal; value+change TP:
  and the change labels are equal. P = TP / predictions, R = TP / gold, F1 their harmonic mean.
- Change labels from our `direction` / `approx`: up/down when a direction was read (the gold
  labels "rose about 1.5%" `up`); else about, nearly -> `~`; more_than, at_least -> `>`;
  less_than, at_most -> `<`; else `=`.
- Third row, levels labelled by their trend: a level that is the end point of a change verb
  gets that verb's direction (`Quantity.trend`) as its change label ("rose 8.1 percent to
  99.20 yuan" -> 99.20 `up`; "fell to $2.3bn" -> `down`); `direction` stays null for levels
  (ARCHITECTURE §7). The gold is split on such levels: it labels some `up`/`down` ("plunged
  4.28 percent to Y=28,030" `down`) and most `=` ("jumped 90 per cent to US $7.2 billion",
  "gained 0.7 percent to 6,327.80"), so this mapping scores lower and is reported apart.
- Units: our unit normalised to the dataset's names (USD -> dollar, percent -> percentage,
  tonnes -> metric ton, a plain count -> its noun singularised, no unit -> `-`, ...).
  Fractions ("a third") are reported by us in percent and scored as proportions (0.333),
  as the gold has them; cents are scored as cents. A count of people or things ("22
  countries", unit `countries`/`persons`/`pieces`, no commodity) is scored with its noun.
- We run `extract_quantities(text, include_all=True)` (every quantity, not only claims).
- quantulum3 is scored with the same code; as in the paper its ranges are compared against
  the mean of gold ranges, and it has no change labels.
- CQE's published figures (same data; from the paper's evaluation output): value 0.920,
  value+unit 0.856, value+change 0.881.

- Second row, a scoring choice stated apart: "fell from $2,415 to $2,315" is one range in the
  gold; we read it as two levels (a start and an end, which is what a trade story means). With
  `pairs=True` a gold range with no range prediction matches two unused predictions holding its
  two ends (counted as one prediction; unit and change from the second). The first row is the
  strict CQE-style score and is the one compared with CQE.

Run:  python benchmarks/newsquant.py [--errors N] [--errors-by-kind] [--no-quantulum] [--write]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "peers" / "data" / "newsquant" / "formatted_test_set" / "NewsQuant.json"
RESULTS = Path(__file__).resolve().parent / "results" / "newsquant.md"
CQE_PUBLISHED = {"value": 0.920, "value+unit": 0.856, "value+change": 0.881}
QUANTULUM_PUBLISHED = {"value": 0.730, "value+unit": 0.472}

UNIT_NAMES = {
    "percent": "percentage", "percentage_points": "percentage point", "USD": "dollar",
    "HKD": "hong kong dollar", "AUD": "australian dollar", "CAD": "canadian dollar",
    "NZD": "new zealand dollar", "SGD": "singaporean dollar", "CNY": "chinese yuan",
    "JPY": "japanese yen", "EUR": "euro", "GBP": "pound sterling", "ILS": "shekel",
    "MYR": "malaysian ringgit", "INR": "indian rupee", "KRW": "south korean won",
    "CHF": "swiss franc", "ZAR": "south african rand", "RUB": "russian ruble", "TWD": "new taiwan dollar",
    "tonnes": "metric ton", "tons": "ton", "kg": "kilogram", "g": "gram", "mg": "milligram",
    "lb": "pound-mass", "oz": "ounce", "barrels_per_day": "barrel per day", "barrels": "barrel",
    "litres": "litre", "ml": "millilitre", "gallons": "gallon", "cubic_metres": "cubic metre",
    "cubic_feet": "cubic foot", "km": "kilometre", "miles": "mile", "m": "metre", "cm": "centimetre",
    "mm": "millimetre", "nm": "nanometre", "micrometres": "micrometre", "feet": "foot",
    "inches": "inch", "yards": "yard", "sq_km": "square kilometre", "sq_m": "square metre",
    "sq_miles": "square mile", "sq_feet": "square foot", "hectares": "hectare", "acres": "acre",
    "celsius": "celsius", "fahrenheit": "fahrenheit", "degrees": "degree", "mph": "mile per hour",
    "kmh": "kilometre per hour", "mpg": "mile per gallon", "kw": "kilowatt", "mw": "megawatt",
    "gw": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour",
    "twh": "terawatt hour", "hp": "horsepower", "pound_feet": "pound-foot", "mah": "milliampere-hour",
    "volts": "volt", "watts": "watt", "farads": "farad", "ghz": "gigahertz", "mhz": "megahertz",
    "hz": "hertz", "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte", "mbps": "megabit per second",
    "rpm": "revolutions per minute", "ppm": "part per million", "ppb": "parts-per-billion",
    "decibels": "decibel", "calories": "calorie", "points": "point", "basis_points": "basis point",
    "years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour",
    "minutes": "minute", "seconds": "second", "decades": "decade", "centuries": "century",
    "times": "count", "pairs": "pair", "persons": "people", "teu": "twenty-foot equivalent unit",
}
CHANGE = {"about": "~", "nearly": "~", "more_than": ">", "at_least": ">", "less_than": "<",
          "at_most": "<"}
QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "percentage": "percentage",
    "dollar dollar": "dollar", "united states dollar": "dollar", "tonne": "metric ton",
    "degree angle": "degree", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage", "second of arc": "second", "minute of arc": "minute",
    "yard yard": "yard", "cubic centimetre": "millilitre",
}


def singular(noun: str) -> str:
    """Crude singular of a counted noun, enough to compare with the gold's normalised unit."""
    word = noun.split()[-1] if noun else noun
    for plural, single in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 1:
            word = word[: -len(plural)] + single
            break
    if word == "people":
        return "people"
    return " ".join([*noun.split()[:-1], word]) if noun else noun


def ours(text: str, trend: bool = False) -> list[dict]:
    from factcheck.nlp import extract_quantities

    out = []
    for q in extract_quantities(text, include_all=True):
        value: float | tuple[float, float] = q.value
        unit = UNIT_NAMES.get(q.unit or "", q.unit or "-")
        if q.pattern == "fraction":
            value = q.value / 100.0
            unit = "% -"
        if q.unit == "pieces" and q.commodity:
            unit = singular(q.commodity)
        elif q.pattern == "count_noun":  # "22 countries": the noun ends the span, no commodity
            unit = singular(q.text.split()[-1].split("-")[-1].lower())
        if q.pattern == "age":
            unit = "year of age"
        if math.isclose(q.scale, 0.01):
            value = q.value * 100.0
            unit = "cent"
        if q.value_high is not None:
            high = q.value_high * 100.0 if math.isclose(q.scale, 0.01) else q.value_high
            value = (float(value), float(high))
        change = q.direction or (q.trend if trend else None) or CHANGE.get(q.approx or "") or "="
        out.append({"value": value, "normalized_unit": unit, "change": change, "text": q.text})
    return out


def quantulum(text: str) -> list[dict]:
    from quantulum3 import parser

    out = []
    for res in parser.parse(text):
        unit = res.unit.name.strip()
        unit = QUANTULUM_UNITS.get(unit.lower(), unit)
        out.append({"value": float(res.value), "normalized_unit": unit, "change": None,
                    "text": res.surface})
    return out


def gold_value(raw: str, average_ranges: bool) -> float | tuple[float, float]:
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = (float(x) for x in raw.split("-", 1))
        return (low + high) / 2 if average_ranges else (low, high)
    return float(raw)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gold: float | tuple, pred: float | tuple) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    return _close(pred, gold)


def _pair_for_range(gv: tuple, preds: list[dict], used: list[bool]) -> tuple[int, int] | None:
    """Two unused single-value predictions holding a gold range's two ends, first end first."""
    lows = [i for i, p in enumerate(preds) if not used[i] and values_match(gv[0], p["value"])]
    highs = [i for i, p in enumerate(preds) if not used[i] and values_match(gv[1], p["value"])]
    for i in lows:
        for j in highs:
            if i != j:
                return i, j
    return None


def score(data: list[dict], predict, *, average_ranges: bool = False, errors: list | None = None,
          pairs: bool = False):
    tp = {"value": 0, "value+unit": 0, "value+change": 0}
    n_gold = n_pred = 0
    for item in data:
        preds = predict(item["text"])
        golds = item["quantities"]
        n_gold += len(golds)
        n_pred += len(preds)
        used = [False] * len(preds)
        missed = []
        for g in golds:
            gv = gold_value(g["value"], average_ranges)
            gu = g["normalized_unit"].lower()
            candidates = [i for i, p in enumerate(preds) if not used[i] and values_match(gv, p["value"])]
            if not candidates and pairs and isinstance(gv, tuple):
                pair = _pair_for_range(gv, preds, used)
                if pair is not None:  # "fell from $2,415 to $2,315": our two levels, the gold's range
                    i, j = pair
                    used[i] = used[j] = True
                    n_pred -= 1
                    tp["value"] += 1
                    tp["value+unit"] += int(str(preds[j]["normalized_unit"]).lower() == gu)
                    tp["value+change"] += int(preds[j]["change"] == g["change"])
                    continue
            if not candidates:
                missed.append(g)
                continue
            same_unit = [i for i in candidates if str(preds[i]["normalized_unit"]).lower() == gu]
            i = (same_unit or candidates)[0]
            used[i] = True
            tp["value"] += 1
            if same_unit:
                tp["value+unit"] += 1
            if preds[i]["change"] == g["change"]:
                tp["value+change"] += 1
            elif errors is not None and preds[i]["change"] is not None:
                errors.append(("change", item["text"], g, preds[i]))
        if errors is not None:
            for g in missed:
                errors.append(("missed", item["text"], g, None))
            for i, p in enumerate(preds):
                if not used[i]:
                    errors.append(("spurious", item["text"], None, p))
    out = {}
    for name, t in tp.items():
        p = t / n_pred if n_pred else 0.0
        r = t / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = (p, r, f)
    return out, n_gold, n_pred


def _table(rows: list[tuple[str, dict]]) -> str:
    lines = ["| system | value P / R / F1 | value+unit P / R / F1 | value+change P / R / F1 |",
             "|---|---|---|---|"]
    for name, res in rows:
        cells = []
        for metric in ("value", "value+unit", "value+change"):
            if metric not in res:
                cells.append("—")
            elif isinstance(res[metric], tuple):
                p, r, f = res[metric]
                cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**")
            else:
                cells.append(f"F1 {res[metric]:.3f} (published)")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print N of our errors")
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--write", action="store_true", help=f"write {RESULTS.name}")
    ap.add_argument("--errors-by-kind", action="store_true",
                    help="print counts of missed / spurious / change errors")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"NewsQuant not found at {DATA}", file=sys.stderr)
        return 2
    data = json.loads(DATA.read_text("utf-8"))
    errors: list = []
    t0 = time.perf_counter()
    mine, n_gold, n_pred = score(data, ours, errors=errors)
    t_ours = time.perf_counter() - t0
    paired, _, _ = score(data, ours, pairs=True)
    trended, _, _ = score(data, lambda text: ours(text, trend=True))
    rows = [("factcheck (this run)", mine), ("factcheck, from-to pairs as ranges (see below)", paired),
            ("factcheck, levels labelled with their trend (see below)", trended)]
    if not args.no_quantulum:
        t0 = time.perf_counter()
        qres, _, _ = score(data, quantulum, average_ranges=True)
        t_q = time.perf_counter() - t0
        qres.pop("value+change")
        rows.append(("quantulum3 (this run)", qres))
    rows.append(("CQE (published)", CQE_PUBLISHED))
    rows.append(("quantulum3 (published)", QUANTULUM_PUBLISHED))
    table = _table(rows)
    print(f"NewsQuant: {len(data)} sentences, {n_gold} gold quantities; we predicted {n_pred}")
    print(table)
    print(f"time: factcheck {t_ours:.2f}s" + ("" if args.no_quantulum else f", quantulum3 {t_q:.2f}s"))
    if args.errors_by_kind:
        from collections import Counter

        print(dict(Counter(kind for kind, *_ in errors)))
    for kind, text, g, p in errors[: args.errors]:
        print(f"[{kind}] {text[:160]}\n    gold={g and (g['value'], g['change'], g['normalized_unit'])}"
              f" pred={p and (p['value'], p['change'], p['normalized_unit'], p['text'])}")
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# NewsQuant accuracy\n\n"
            f"{len(data)} sentences, {n_gold} gold quantities (CQE's NewsQuant test set). "
            "Matching rules: see the docstring of `benchmarks/newsquant.py` (one-to-one, per "
            "sentence, value within rtol 1e-5, CQE's change labels `= ~ > < up down`).\n\n"
            f"{table}\n\n"
            f"factcheck runs `extract_quantities(text, include_all=True)`; {n_pred} predictions.\n\n"
            "Reproduce:\n\n```\n. .venv/bin/activate\npython benchmarks/newsquant.py --write\n```\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
