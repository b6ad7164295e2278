"""Audit throughput and memory: documents/s and peak RSS for generated archives.

Runs `factcheck audit` as a real process (as a user would) on 1k and 10k generated
~1,000-word articles (and 100k with --full), with --jobs 1 and --jobs 2, sampling the
resident memory of the audit process and its workers; then times each stage
(reading, NLP/extraction, resolution, checking, writing) in one process on a sample.
Writes a Markdown table to benchmarks/results/audit.md.

    python benchmarks/bench_audit.py            # 1k and 10k
    python benchmarks/bench_audit.py --full     # also 100k
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_archive  # noqa: E402


def run_audit(archive: Path, out: Path, jobs: int, chunk: int) -> dict[str, float]:
    """One audit process: wall time and peak RSS (audit process; process tree)."""
    cmd = [sys.executable, "-m", "factcheck", "audit", str(archive), "-o", str(out),
           "--jobs", str(jobs), "--chunk-size", str(chunk), "--no-progress"]
    load = os.getloadavg()[0]  # other work on the machine skews the figures: show it
    started = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_main = peak_tree = peak_worker = peak_pss = 0
    samples: list[float] = []  # RSS of all processes, every 50 ms
    while proc.poll() is None:
        try:
            children = proc.children(recursive=True)
            main = proc.memory_info().rss
            kids = [c.memory_info().rss for c in children]
        except psutil.Error:
            children, kids, main = [], [], peak_main
        peak_main = max(peak_main, main)
        peak_worker = max([peak_worker, *kids])
        peak_tree = max(peak_tree, main + sum(kids))
        if len(samples) % 10 == 0:  # every 0.5 s: PSS counts pages workers share once
            peak_pss = max(peak_pss, sum(_pss(q.pid) for q in [proc, *children]))
        samples.append((main + sum(kids)) / 2**20)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    stdout, stderr = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.exit(f"audit failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    q = max(len(samples) // 4, 1)
    return {"wall": wall, "main_mb": peak_main / 2**20, "worker_mb": peak_worker / 2**20,
            "tree_mb": peak_tree / 2**20, "pss_mb": peak_pss / 2**20, "summary": stdout.decode().splitlines()[0],
            # flat memory: the largest RSS in the run's second quarter vs in its last quarter
            "q2_mb": max(samples[q: 2 * q] or [0]), "q4_mb": max(samples[-q:] or [0]),
            "load": load, "errors": _errors(stdout.decode())}


def _pss(pid: int) -> int:
    """Proportional set size in bytes (shared pages split between the processes sharing
    them): workers forked from a preloaded forkserver share much of their memory, which a
    sum of RSS counts once per process. 0 where /proc/PID/smaps_rollup is unavailable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _errors(summary: str) -> int:
    """Documents recorded with an error (a stage that raised counts as fast, not as done)."""
    for line in summary.splitlines():
        if line.startswith("Documents with errors:"):
            return int(line.split(":")[1].replace(",", ""))
    return 0


def hardware_ceiling(archive: Path, workdir: Path, chunk: int) -> dict[str, float]:
    """The best speed-up two processes can get here: two independent --jobs 1 audits at once.

    On shared or virtual machines two cores rarely give 2x (shared caches, memory
    bandwidth, turbo); this is the bar `--jobs 2` should be compared with.
    """
    lines = archive.read_bytes().splitlines(keepends=True)
    halves = [workdir / "half-a.jsonl", workdir / "half-b.jsonl"]
    halves[0].write_bytes(b"".join(lines[: len(lines) // 2]))
    halves[1].write_bytes(b"".join(lines[len(lines) // 2:]))
    alone = run_audit(halves[0], workdir / "half-a.out.jsonl", 1, chunk)["wall"]

    def cmd(src: Path) -> list[str]:
        return [sys.executable, "-m", "factcheck", "audit", str(src), "-o", f"{src}.out.jsonl",
                "--jobs", "1", "--chunk-size", str(chunk), "--no-progress"]

    started = time.perf_counter()
    procs = [subprocess.Popen(cmd(h), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for h in halves]
    for p in procs:
        p.wait()
    together = time.perf_counter() - started
    return {"alone": alone, "together": together, "ceiling": 2 * alone / together}


def stage_times(archive: Path, sample: int) -> dict[str, float]:
    """Seconds per document for each stage, in this process, on the first `sample` docs."""
    from factcheck.batch.results import result_from_report
    from factcheck.check import check_claims
    from factcheck.models import Report
    from factcheck.nlp import extract_quantities
    from factcheck.reference.store import ReferenceStore
    from factcheck.resolve import resolve_article
    from factcheck.sources import iter_articles

    store = ReferenceStore.load([])
    t = {"reading": 0.0, "nlp": 0.0, "resolution": 0.0, "checking": 0.0, "writing": 0.0}
    words = 0
    sink = io.BytesIO()
    articles = iter_articles([archive])
    extract_quantities("warm up: exports rose 5 percent to $1 million.")
    done = failed = 0
    while done < sample:
        t0 = time.perf_counter()
        article = next(articles, None)
        if article is None:
            break
        t1 = time.perf_counter()
        try:  # a stage bug on one article: the audit records it; here we skip it
            quantities = extract_quantities(article.text)
            t2 = time.perf_counter()
            article, claims = resolve_article(article, quantities)
            t3 = time.perf_counter()
            checked = check_claims(claims, store, article)
            t4 = time.perf_counter()
        except Exception:
            failed += 1
            continue
        done += 1
        sink.write(result_from_report(Report(article=article, claims=tuple(checked)), "jsonl").line)
        t5 = time.perf_counter()
        for key, a, b in (("reading", t0, t1), ("nlp", t1, t2), ("resolution", t2, t3),
                          ("checking", t3, t4), ("writing", t4, t5)):
            t[key] += b - a
        words += len(article.text.split())
    return {**{k: v / done for k, v in t.items()}, "words": words / done, "failed": failed,
            "sample": done}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="also 100k articles")
    ap.add_argument("--sizes", default=None, help="comma-separated sizes (default 1000,10000)")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--full-jobs", default=None,
                    help="jobs for the 100k archive (default: --jobs); e.g. 2 to save time")
    ap.add_argument("--chunk-size", type=int, default=64)
    ap.add_argument("--sample", type=int, default=300, help="documents for stage timing")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench")
    ap.add_argument("--results", type=Path, default=HERE / "results" / "audit.md")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or "1000,10000").split(",")]
    if args.full and 100_000 not in sizes:
        sizes.append(100_000)
    jobs = [int(j) for j in args.jobs.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)

    rows = []
    for n in sizes:
        archive = args.workdir / f"articles-{n}.jsonl"
        if not archive.exists():
            generate_archive.write(archive, n, seed=1)
        for j in (jobs if n < 100_000 or not args.full_jobs
                  else [int(x) for x in args.full_jobs.split(",")]):
            out = args.workdir / f"out-{n}-{j}.jsonl"
            r = run_audit(archive, out, j, args.chunk_size)
            r.update(n=n, jobs=j, rate=n / r["wall"])
            rows.append(r)
            print(json.dumps({k: v for k, v in r.items() if k != "summary"}), flush=True)
            out.unlink(missing_ok=True)

    ceiling = hardware_ceiling(args.workdir / f"articles-{sizes[0]}.jsonl", args.workdir,
                               args.chunk_size)
    print(json.dumps(ceiling))
    stages = stage_times(args.workdir / f"articles-{sizes[0]}.jsonl", args.sample)
    print(json.dumps(stages))
    write_results(args, rows, stages, sizes, jobs, ceiling)


def write_results(args, rows, stages, sizes, jobs, ceiling) -> None:
    by = {(r["n"], r["jobs"]): r for r in rows}
    lines = [
        "# Audit benchmark",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}. Articles: generated trade stories "
        f"(`benchmarks/generate_archive.py`), ~{stages['words']:.0f} words each, JSONL. "
        f"Chunk size {args.chunk_size}. Wall time of the whole `factcheck audit` process "
        "(start-up, reading, checking, writing `.jsonl`).",
        "",
        "Reproduce: `python benchmarks/bench_audit.py" + (" --full" if args.full else "")
        + (f" --full-jobs {args.full_jobs}" if args.full and args.full_jobs else "") + "`",
        "",
        "| articles | jobs | wall (s) | articles/s | speed-up | peak RSS audit process (MB) "
        "| peak RSS per worker (MB) | peak RSS all processes (MB) | peak PSS all processes (MB) "
        "| all processes, 2nd quarter → last quarter of the run (MB) | load avg at start "
        "| documents with errors |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        for j in jobs:
            if (n, j) not in by:
                continue
            r = by[(n, j)]
            base = by.get((n, 1))
            speedup = f"{base['wall'] / r['wall']:.2f}×" if base else "–"
            lines.append(f"| {n:,} | {j} | {r['wall']:.1f} | {r['rate']:.0f} | {speedup} | "
                         f"{r['main_mb']:.0f} | {r['worker_mb']:.0f} | {r['tree_mb']:.0f} | "
                         f"{r['pss_mb']:.0f} | "
                         f"{r['q2_mb']:.0f} → {r['q4_mb']:.0f} | {r['load']:.1f} | "
                         f"{r['errors']:,} |")
    total = sum(stages[k] for k in ("reading", "nlp", "resolution", "checking", "writing"))
    lines += [
        "",
        f"Two-core ceiling on this machine: two independent `--jobs 1` audits of "
        f"{sizes[0] // 2:,} articles each take {ceiling['alone']:.1f}s alone and "
        f"{ceiling['together']:.1f}s side by side, so two processes can reach at most "
        f"{ceiling['ceiling']:.2f}× here.",
        "",
        f"Per-stage time in one process (first {stages['sample']} articles that went through "
        f"every stage, ms per article; {1 / total:.0f} articles/s for the stages alone; "
        f"{stages['failed']} articles skipped because a stage raised):",
        "",
        "| stage | ms/article | share |",
        "|---|---:|---:|",
    ]
    for k in ("reading", "nlp", "resolution", "checking", "writing"):
        lines.append(f"| {k} | {stages[k] * 1000:.2f} | {stages[k] / total:.0%} |")
    lines.append("")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
