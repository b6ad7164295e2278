"""Extraction speed: sentences per second in one process, factcheck vs quantulum3, and memory.

Both run on the same NewsQuant sentences (590, read from `../shared`, never copied), after one
warm-up pass (lexicons compiled, quantulum3's unit tables loaded). Also times a ~1,000-word
article built from our own example sentences (number-dense: ~130 mentions) and the seed story (the per-article budget is well under 2 ms).
Peak memory is tracemalloc's peak over the timed run (Python allocations), and the process's
max RSS from `resource`.

Run:  python benchmarks/speed_extract.py [--repeat 5] [--write]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "peers" / "data" / "newsquant" / "formatted_test_set" / "NewsQuant.json"
RESULTS = Path(__file__).resolve().parent / "results" / "speed_extract.md"

# Our own sentences (no news text): about 100 words; repeated to make a ~1,000-word article.
ARTICLE_PARAGRAPH = (
    "Exports of machinery from the port rose 12.4 percent year-on-year to US$3.2 billion in the "
    "first ten months, customs data showed on Tuesday. Imports more than doubled to $870 million, "
    "while the trade surplus narrowed to about $2.3 billion. Shipments of steel reached 1,680 "
    "tonnes, and the plant sold 40,000 pairs of work gloves in March 2022. Some 45 per cent of "
    "total trade went by rail, nearly 100 times higher than in 2019. Officials said the two-day "
    "meeting in Dec. 2022 set a target of between 5 and 6 percent growth for the next three years.\n"
)


def _time(fn, sentences: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for s in sentences:
            fn(s)
        best = min(best, time.perf_counter() - t0)
    return best


def _peak(fn, sentences: list[str]) -> int:
    tracemalloc.start()
    for s in sentences:
        fn(s)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--write", action="store_true", help=f"write {RESULTS.name}")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"NewsQuant not found at {DATA}", file=sys.stderr)
        return 2
    sentences = [item["text"] for item in json.loads(DATA.read_text("utf-8"))]

    from factcheck.nlp import extract_quantities

    def ours(text: str):
        return extract_quantities(text, include_all=True)

    ours(sentences[0])  # warm-up: lexicons and regexes compiled once
    t_ours = _time(ours, sentences, args.repeat)
    peak_ours = _peak(ours, sentences)
    article = ARTICLE_PARAGRAPH * 10
    words = len(article.split())
    t_article = _time(lambda t: extract_quantities(t), [article], max(args.repeat, 20))
    seed_path = SHARED / "seeds" / "china-dprk-exports-2022.txt"
    seed = seed_path.read_text("utf-8") if seed_path.exists() else ""
    t_seed = _time(lambda t: extract_quantities(t), [seed], max(args.repeat, 20)) if seed else None
    rows = [("factcheck `extract_quantities`", len(sentences) / t_ours, peak_ours)]
    ratio = None
    if not args.no_quantulum:
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser

        parser.parse(sentences[0])
        t_q = _time(parser.parse, sentences, max(1, args.repeat // 2))
        peak_q = _peak(parser.parse, sentences)
        rows.append(("quantulum3 `parser.parse`", len(sentences) / t_q, peak_q))
        ratio = t_q / t_ours
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = ["| extractor | sentences/s | peak traced memory |", "|---|---:|---:|"]
    for name, rate, peak in rows:
        lines.append(f"| {name} | {rate:,.0f} | {peak / 1e3:,.0f} kB |")
    table = "\n".join(lines)
    summary = [
        f"NewsQuant sentences: {len(sentences)}, best of {args.repeat} runs, one process.",
        table,
        "" if ratio is None else f"factcheck is **{ratio:.1f}x** quantulum3's speed in the same run.",
        f"A {words}-word article: **{t_article * 1000:.2f} ms** per extraction "
        f"({1 / t_article:,.0f} articles/s for extraction alone).",
        "" if t_seed is None else
        f"The seed story ({len(seed.split())} words, a real news article): **{t_seed * 1000:.2f} ms**"
        " per extraction.",
        f"Process max RSS: {rss_mb:.0f} MB (both extractors loaded).",
    ]
    text = "\n\n".join(s for s in summary if s)
    print(text)
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# Extraction speed\n\n" + text + "\n\nReproduce:\n\n```\n. .venv/bin/activate\n"
            "python benchmarks/speed_extract.py --write\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
