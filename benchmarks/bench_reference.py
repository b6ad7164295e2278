"""Lookups per second on the embedded reference data (cold = first lookup of each key, warm = repeats).

    python benchmarks/bench_reference.py [--rounds 20]

Writes benchmarks/results/reference.md.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck.reference.store import ReferenceStore

RESULTS = Path(__file__).resolve().parent / "results" / "reference.md"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    t0 = time.perf_counter()
    store = ReferenceStore.default()
    load = time.perf_counter() - t0
    keys = sorted({(o.reporter, o.partner, o.flow, o.period, None, o.currency or "USD")
                   for o in store.observations})
    t0 = time.perf_counter()
    cold = ReferenceStore(store.observations)
    for k in keys:
        cold.lookup(*k[:4], commodity=k[4], currency=k[5])
    cold_rate = len(keys) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for k in keys:
            cold.lookup(*k[:4], commodity=k[4], currency=k[5])
    warm_rate = args.rounds * len(keys) / (time.perf_counter() - t0)
    text = (f"# Reference store speed\n\nCommand: `python benchmarks/bench_reference.py "
            f"--rounds {args.rounds}`\n\n| measure | value |\n|---|---|\n"
            f"| observations | {len(store)} |\n| distinct keys | {len(keys)} |\n"
            f"| load embedded tables | {load:.2f} s |\n"
            f"| cold lookups (first time, with derivations) | {cold_rate:,.0f} /s |\n"
            f"| warm lookups (repeated exact keys) | {warm_rate:,.0f} /s |\n")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
