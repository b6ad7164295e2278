"""Lookups per second on the embedded reference data (cold = first lookup of each key, warm = repeats).

    python benchmarks/bench_reference.py [--rounds 20]
    python benchmarks/bench_reference.py --dump before.pkl     # every lookup's full output
    python benchmarks/bench_reference.py --compare before.pkl  # ... identical after a change?

Writes benchmarks/results/reference.md (not with --dump/--compare). The dump covers every
key of the embedded data plus the keys an article check asks for around it (the other
flows, the months, quarters, halves and year of each period, both currencies), so a
speed-up of derivations can be shown to change no answer.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from factcheck.periods import months
from factcheck.reference.store import ReferenceStore

RESULTS = Path(__file__).resolve().parent / "results" / "reference.md"
FLOWS = ("export", "import", "total", "balance")


def wide_keys(store: ReferenceStore) -> list[tuple]:
    """Every (reporter, partner, flow, period, commodity, currency) an article may look up."""
    keys = set()
    currencies = {o.currency or o.change_basis or "USD" for o in store.observations}
    for o in store.observations:
        com = o.commodity
        year = o.period[:4]
        periods = {o.period, year, *months(o.period), *months(year)}
        periods |= {f"{year}-Q{q}" for q in range(1, 5)} | {f"{year}-H1", f"{year}-H2"}
        periods |= {f"{year}-01/{m}" for m in months(year)[1:]}
        for flow in FLOWS if com is None else (o.flow,):
            for cur in currencies:
                keys |= {(o.reporter, o.partner, flow, p, com, cur) for p in periods}
    return sorted(keys, key=lambda k: tuple("" if x is None else x for x in k))


def lookups(store: ReferenceStore, keys: list[tuple]) -> dict[tuple, object]:
    return {k: store.lookup(*k[:4], commodity=k[4], currency=k[5]) for k in keys}


def snapshot(path: Path, compare: bool) -> int:
    store = ReferenceStore(ReferenceStore.default().observations)
    keys = wide_keys(store)
    got = lookups(store, keys)
    if not compare:
        path.write_bytes(pickle.dumps(got))
        print(f"{len(got)} lookups written to {path}")
        return 0
    before = pickle.loads(path.read_bytes())
    diff = [k for k in before.keys() | got.keys() if before.get(k) != got.get(k)]
    print(f"{len(got)} lookups compared with {path}: {len(diff)} differ")
    for k in sorted(diff, key=str)[:10]:
        print("  ", k)
    return 1 if diff else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--dump", type=Path, help="write every lookup's output to this pickle")
    ap.add_argument("--compare", type=Path, help="compare every lookup with a --dump file")
    args = ap.parse_args()
    if args.dump or args.compare:
        return snapshot(args.dump or args.compare, compare=bool(args.compare))
    t0 = time.perf_counter()
    store = ReferenceStore.default()
    load = time.perf_counter() - t0
    keys = sorted({(o.reporter, o.partner, o.flow, o.period, None, o.currency or "USD")
                   for o in store.observations})
    t0 = time.perf_counter()
    cold = ReferenceStore(store.observations)  # indexes built here, as at load
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    for k in keys:
        cold.lookup(*k[:4], commodity=k[4], currency=k[5])
    cold_rate = len(keys) / (time.perf_counter() - t0)
    wide = wide_keys(store)
    fresh = ReferenceStore(store.observations)
    t0 = time.perf_counter()
    lookups(fresh, wide)
    wide_rate = len(wide) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for k in keys:
            cold.lookup(*k[:4], commodity=k[4], currency=k[5])
    warm_rate = args.rounds * len(keys) / (time.perf_counter() - t0)
    text = (f"# Reference store speed\n\nCommand: `python benchmarks/bench_reference.py "
            f"--rounds {args.rounds}`\n\n| measure | value |\n|---|---|\n"
            f"| observations | {len(store)} |\n| distinct keys | {len(keys)} |\n"
            f"| load embedded tables (read, validate, index) | {load:.2f} s |\n"
            f"| build the store's indexes from loaded rows | {build * 1000:.1f} ms |\n"
            f"| cold lookups (first time, with derivations) | {cold_rate:,.0f} /s |\n"
            f"| cold lookups, article-shaped keys ({len(wide):,}: other flows, months, "
            f"quarters, year, both currencies) | {wide_rate:,.0f} /s |\n"
            f"| warm lookups (repeated exact keys) | {warm_rate:,.0f} /s |\n")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
