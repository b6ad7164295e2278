"""Score factcheck on our hand-annotated corpora the way the project is judged.

    python benchmarks/eval_corpora.py [--expected corpora/heldout.yaml] [--out FILE]

Metrics (ARCHITECTURE.md §5; corpora/expected.yaml holds the annotation):

- claim recall / precision: a predicted claim matches a gold claim when their
  character spans overlap and the values agree within 0.5% (value_high ignored);
  each gold and each predicted claim is matched at most once;
- non-claims taken as claims: predicted claims overlapping a `not_claims` span;
- attribute accuracy over matched pairs: kind, unit, approx, direction;
- slips caught: the claim overlapping a slip span gets the expected verdict and
  rule prefix; diagnosis right: its diagnosis names the expected slip code;
- false alarms: contradicted claims in sound stories, and contradicted claims in
  slip stories that overlap no annotated slip span; a slip's text repeated later in
  its story (a fact-check quoting the wrong figure again) is the same slip, so a
  contradicted repeat is no false alarm (it is not counted as another slip either).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `needle` in `text`, in order."""
    out = []
    for m in re.finditer(re.escape(needle), text):
        s, e = m.span()
        inside_number = s >= 2 and text[s - 1] in ".," and text[s - 2].isdigit()
        if (s == 0 or not text[s - 1].isalnum()) and not inside_number and (
            e == len(text) or not text[e].isalnum()
        ):
            out.append((s, e))
    return out or [m.span() for m in re.finditer(re.escape(needle), text)]


def _gold_spans(text: str, items: list[dict], key: str = "text") -> list[tuple[dict, tuple[int, int]]]:
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        needle = item[key]
        occ = _spans(text, needle)
        k = seen[needle]
        seen[needle] += 1
        if k < len(occ):
            out.append((item, occ[k]))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _value_ok(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(gold - pred) <= 0.005 * max(abs(gold), 1e-9)


def evaluate(expected_path: Path = CORPORA / "expected.yaml", undated: bool = False) -> dict:
    from factcheck import check_text

    spec = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    totals: Counter[str] = Counter()
    attrs: Counter[str] = Counter()
    misses: list[str] = []
    extras: list[str] = []
    slip_rows: list[str] = []
    alarms: list[str] = []
    misres: list[str] = []
    for art in spec["articles"]:
        path = CORPORA / art["file"]
        text = path.read_text(encoding="utf-8")
        # undated: as `factcheck article.txt` with no --date (the date is inferred from the text)
        report = check_text(text, date=str(art.get("date")) if art.get("date") and not undated else None)
        preds = [(c, (c.claim.quantity.start, c.claim.quantity.end)) for c in report.claims]
        gold = _gold_spans(text, art.get("claims") or [])
        used: set[int] = set()
        if gold:
            for g, gspan in gold:
                totals["gold"] += 1
                hit = None
                for i, (c, pspan) in enumerate(preds):
                    if i not in used and _overlap(gspan, pspan) and _value_ok(
                        g.get("value"), c.claim.quantity.value
                    ):
                        hit = i
                        break
                if hit is None:
                    misses.append(f"{art['file']}: {g['text']!r}")
                    continue
                used.add(hit)
                totals["matched"] += 1
                q = preds[hit][0].claim.quantity
                for field in ("kind", "unit", "approx", "direction"):
                    attrs[f"{field}_n"] += 1
                    attrs[f"{field}_ok"] += int(getattr(q, field) == g.get(field))
                if "subject" in g:
                    _score_resolution(g, preds[hit][0].claim, attrs, misres, art["file"])
            totals["pred"] += len(preds)
            for i, (c, _) in enumerate(preds):
                if i not in used:
                    extras.append(f"{art['file']}: {c.claim.quantity.text!r}")
        for item, nspan in _gold_spans(text, [{"text": t} for t in art.get("not_claims") or []]):
            totals["not_claims"] += 1
            if any(_overlap(nspan, p) for _, p in preds):
                totals["not_claims_taken"] += 1
                extras.append(f"{art['file']}: non-claim {item['text']!r} taken")
        # every whole-word mention of a slip's text is that wrong figure (k-th rule aside)
        slip_spans = [o for t in {s["text"] for s in art.get("slips") or []} for o in _spans(text, t)]
        for slip, sspan in _gold_spans(text, art.get("slips") or []):
            totals["slips"] += 1
            cands = [c for c, p in preds if _overlap(sspan, p)]
            got = next((c for c in cands if c.verdict.verdict == slip["verdict"]
                        and c.verdict.rule.startswith(slip.get("rule_prefix") or "FC")), None)
            status = "missed"
            if got is not None:
                totals["slips_caught"] += 1
                status = "caught"
                want = slip.get("slip")
                if want:
                    totals["slips_with_code"] += 1
                    diag = got.verdict.diagnosis
                    if diag is not None and diag.slip == want:
                        totals["diagnosis_right"] += 1
                        status += ", diagnosis right"
                    else:
                        status += f", diagnosis {diag.slip if diag else None} (want {want})"
            else:
                seen = [(c.verdict.verdict, c.verdict.rule) for c in cands]
                status += f" (got {seen or 'no claim'})"
            slip_rows.append(f"{art['file']}: {slip['text']!r} → {status}")
        for c, p in preds:
            if c.verdict.verdict != "contradicted":
                continue
            if art["kind"] == "sound" or not any(_overlap(p, s) for s in slip_spans):
                totals["false_alarms"] += 1
                alarms.append(f"{art['file']}: {c.claim.quantity.text!r} {c.verdict.rule} "
                              f"{c.verdict.message}")
            if art["kind"] == "sound":
                totals["sound_contradicted"] += 1
        totals["claims_checked"] += len(preds)
    return {"totals": totals, "attrs": attrs, "misses": misses, "extras": extras,
            "slips": slip_rows, "alarms": alarms, "misresolved": misres}


def canonical(period: str) -> str:
    from factcheck.periods import canonical as _canonical
    from factcheck.periods import is_period

    return _canonical(period) if is_period(period) else period


def _score_resolution(gold: dict, claim, attrs: Counter, out: list[str], file: str) -> None:
    """Per-field resolution accuracy; commodity matches when either name contains the other."""
    want = gold.get("subject") or {}
    got = claim.subject.to_dict() if claim.subject else {}
    wrong = []
    if not want or not got:
        ok = not want and not got
        attrs["subject_n"] += 1
        attrs["subject_ok"] += int(ok)
        if not ok:
            wrong.append(f"subject {want or None} vs {got or None}")
    else:
        attrs["subject_n"] += 1
        attrs["subject_ok"] += 1
        for f in ("reporter", "partner", "flow", "commodity"):
            a, b = want.get(f), got.get(f)
            if f == "commodity" and a and b:
                ok = a.lower() in b.lower() or b.lower() in a.lower()
            else:
                ok = a == b
            attrs[f"{f}_n"] += 1
            attrs[f"{f}_ok"] += int(ok)
            if not ok:
                wrong.append(f"{f} {a} vs {b}")
    for f, value in (("period", claim.period), ("base_period", claim.base_period)):
        if f not in gold or not want:  # periods of non-customs claims are not scored
            continue
        expected = canonical(str(gold[f])) if gold[f] else None
        value = canonical(value) if value else None
        attrs[f"{f}_n"] += 1
        attrs[f"{f}_ok"] += int(expected == value)
        if expected != value:
            wrong.append(f"{f} {expected} vs {value}")
    attrs["resolved_n"] += 1
    attrs["resolved_ok"] += int(not wrong)
    if wrong:
        out.append(f"{file}: {gold['text']!r}: " + "; ".join(wrong))


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def render(res: dict) -> str:
    t, a = res["totals"], res["attrs"]
    recall, precision = _pct(t["matched"], t["gold"]), _pct(t["matched"], t["pred"])
    lines = [
        "# Corpora evaluation",
        "",
        "Command: `python benchmarks/eval_corpora.py`",
        "",
        "| metric | value |",
        "|---|---|",
        f"| claim recall | {recall} ({t['matched']}/{t['gold']}) |",
        f"| claim precision (annotated articles) | {precision} ({t['matched']}/{t['pred']}) |",
        f"| non-claims taken as claims | {t['not_claims_taken']}/{t['not_claims']} |",
    ]
    for f in ("kind", "unit", "approx", "direction"):
        lines.append(f"| {f} accuracy (matched) | {_pct(a[f + '_ok'], a[f + '_n'])} |")
    if a["resolved_n"]:
        lines.append(f"| resolution fully right (matched, annotated) | "
                     f"{_pct(a['resolved_ok'], a['resolved_n'])} ({a['resolved_ok']}/{a['resolved_n']}) |")
        for f in ("subject", "reporter", "partner", "flow", "commodity", "period", "base_period"):
            if a[f + "_n"]:
                lines.append(f"| {f} accuracy | {_pct(a[f + '_ok'], a[f + '_n'])} |")
    lines += [
        f"| slips caught | {t['slips_caught']}/{t['slips']} |",
        f"| diagnosis right | {t['diagnosis_right']}/{t['slips_with_code']} |",
        f"| false alarms (contradicted, not an annotated slip) | {t['false_alarms']} of "
        f"{t['claims_checked']} claims |",
        f"| contradictions in sound stories | {t['sound_contradicted']} |",
        "",
        "## Slips",
        *[f"- {s}" for s in res["slips"]],
        "",
        "## False alarms",
        *([f"- {s}" for s in res["alarms"]] or ["- none"]),
        "",
        "## Misresolved claims",
        *([f"- {s}" for s in res["misresolved"]] or ["- none (or no resolution annotation)"]),
        "",
        "## Missed claims",
        *([f"- {s}" for s in res["misses"]] or ["- none"]),
        "",
        "## Extra claims (not annotated)",
        *([f"- {s}" for s in res["extras"]] or ["- none"]),
    ]
    return "\n".join(lines) + "\n"


def _keep_history(out: Path, text: str) -> str:
    """A results page's quoted notes (its "> " lines, e.g. a set's first, untuned measurement)
    survive a re-run: they go back right under the title."""
    if not out.exists():
        return text
    quoted = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith(">")]
    if not quoted:
        return text
    title, _, rest = text.partition("\n")
    return f"{title}\n\n" + "\n".join(quoted) + "\n" + rest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None,
                    help="default: benchmarks/results/corpora.md, or <annotation file's stem>.md")
    ap.add_argument("--expected", type=Path, default=CORPORA / "expected.yaml",
                    help="annotation file (corpora/heldout.yaml for the held-out set)")
    ap.add_argument("--undated", action="store_true",
                    help="give no publication date (factcheck infers one), as a plain `factcheck FILE` run")
    args = ap.parse_args(argv)
    if args.out is None:  # each annotation file keeps its own results page
        stem = "corpora" if args.expected.stem == "expected" else args.expected.stem
        args.out = ROOT / "benchmarks" / "results" / f"{stem}{'-undated' if args.undated else ''}.md"
    text = render(evaluate(args.expected, args.undated)).replace(
        "python benchmarks/eval_corpora.py`",
        f"python benchmarks/eval_corpora.py --expected {args.expected.resolve().relative_to(ROOT)}"
        f"{' --undated' if args.undated else ''}`"
        if args.expected.resolve() != (CORPORA / "expected.yaml").resolve()
        else "python benchmarks/eval_corpora.py`",
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = _keep_history(args.out, text)
    args.out.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
