"""Write the factcheck/1 report of every corpus story, the seed and a generated archive, one
JSON line per document, so that a speed change can be shown to change no report (diff two dumps).

    python benchmarks/identity_dump.py -o /tmp/before.jsonl
    ... change the code ...
    python benchmarks/identity_dump.py -o /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "china-dprk-exports-2022.txt"


def _dates() -> dict[str, str]:
    """Annotated publication dates of the corpus stories (by path under corpora/)."""
    out: dict[str, str] = {}
    for y in sorted((ROOT / "corpora").glob("*.yaml")):
        base = ROOT / "corpora"
        for a in (yaml.safe_load(y.read_text(encoding="utf-8")) or {}).get("articles", ()):
            if a.get("date"):
                out[str((base / a["file"]).resolve())] = str(a["date"])
    return out


def documents(generated: int):
    """(id, text, date) for every story: corpus files (annotated date, and no date), the seed, generated ones."""
    dates = _dates()
    for p in sorted((ROOT / "corpora").rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        rel = str(p.relative_to(ROOT))
        yield rel, text, dates.get(str(p.resolve()))
        yield rel + "#undated", text, None
    if SEED.exists():
        yield "seed", SEED.read_text(encoding="utf-8"), "2023-01-20"
    if generated:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from generate_archive import main as generate

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "gen.jsonl"
            generate(["-n", str(generated), "-o", str(out)])
            for line in out.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                yield d["id"], d["text"], d.get("date")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("-n", type=int, default=300, help="generated articles (default 300)")
    a = ap.parse_args(argv)
    from factcheck.api import _store, check_article
    from factcheck.models import Article
    from factcheck.report.contract import report_to_dict

    store = _store()
    n = 0
    with open(a.output, "w", encoding="utf-8") as f:
        for doc_id, text, date in documents(a.n):
            art = Article(id=doc_id, text=text).with_date(date, "option" if date else None)
            f.write(json.dumps(report_to_dict(check_article(art, store)), sort_keys=True, ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {n} reports to {a.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
