"""`html`: one self-contained page (inline CSS and JS, no network) per run.

Each document's text is shown with every claim marked by verdict colour; hovering,
focusing or clicking a claim shows its details (check, evidence with source links,
diagnosis), which are also listed under the text so the page reads without script.
Every piece of article text goes through `html.escape`, and a Content-Security-Policy
allows only this page's own script (by hash), so an article's `<script>` never runs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from typing import TextIO

from factcheck import __version__
from factcheck.models import CheckedClaim, Report
from factcheck.report import describe as d
from factcheck.report.base import Reporter, display_path, error_line, plural, span
from factcheck.report.html_assets import CSS, JS

_ORDER = ("contradicted", "needs_review", "unverifiable", "supported")


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _link(url: str | None, label: str) -> str:
    safe = _safe_url(url)
    if not safe:
        return escape(label)
    return f'<a href="{escape(safe)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'


def _domain(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?([^/?#]+).*$", r"\1", url, flags=re.I)


def _evidence_item(e, claim: CheckedClaim) -> str:
    c = claim.claim
    safe = _safe_url(e.source_url)
    src = f' <span class="src">{_link(safe, _domain(safe))}</span>' if safe else ""
    return f"<li>{escape(d.evidence_text(e, c.base_period, c.quantity.kind))}{src}</li>"


def _evidence(claim: CheckedClaim) -> str:
    """The deciding rows; the rest folded under `… and N more` (all still in the page)."""
    shown, hidden = d.evidence_shown(claim)
    out = f"<ul>{''.join(_evidence_item(e, claim) for e in shown)}</ul>"
    if hidden:
        ids = {id(e) for e in shown}
        rest = "".join(_evidence_item(e, claim) for e in d.evidence_order(claim) if id(e) not in ids)
        out += f'<details class="more"><summary>… and {hidden} more</summary><ul>{rest}</ul></details>'
    return out


def _badge(claim: CheckedClaim) -> str:
    v = claim.verdict
    out = f'<span class="badge" data-verdict="{escape(v.verdict)}">{escape(d.VERDICT_WORDS.get(v.verdict, v.verdict))}</span>'
    if v.disputed:
        out += ' <span class="badge disputed">disputed</span>'
    return out


def claim_detail(report: Report, claim: CheckedClaim, uid: str) -> str:
    """The details block of one claim (also cloned into the popover by the script)."""
    v, c, q = claim.verdict, claim.claim, claim.claim.quantity
    line, col, _, _ = span(report, claim)
    rows = []
    about = d.subject_text(c)
    if about:
        rows.append(("About", escape(about)))
    if q.interval:
        rows.append(("Claimed", escape(f"{d.precise(q.interval[0])} to {d.precise(q.interval[1])}"
                                       + (f" {q.unit}" if q.unit else ""))))
    if v.message:
        rows.append(("Check", escape(v.message)))
    if v.tolerance:
        rows.append(("Tolerance", escape(v.tolerance)))
    if v.evidence:
        rows.append(("Evidence", _evidence(claim)))
    if v.diagnosis:
        rows.append(("Likely slip", escape(d.diagnosis_text(v.diagnosis))))
    if v.rule:
        rows.append(("Rule", escape(d.rule_title(v.rule))))
    dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in rows)
    return (
        f'<div class="claim" id="claim-{uid}" data-verdict="{escape(v.verdict)}">'
        f'{_badge(claim)} <span class="quote">“{escape(q.text)}”</span> '
        f'<span class="muted">line {line}, column {col}</span>'
        f"<dl>{dl}</dl></div>"
    )


def marked_text(text: str, claims: list[tuple[CheckedClaim, str]]) -> str:
    """The escaped text with a `<mark>` around each claim (overlapping claims keep the first)."""
    out, pos = [], 0
    for claim, uid in sorted(claims, key=lambda x: (x[0].claim.quantity.start,
                                                    -x[0].claim.quantity.end)):
        q = claim.claim.quantity
        if q.start < pos or not (0 <= q.start < q.end <= len(text)):
            continue
        v = claim.verdict
        label = f"{d.verdict_word(v)}: {v.message}" if v.message else d.verdict_word(v)
        out.append(escape(text[pos:q.start]))
        out.append(
            f'<mark data-verdict="{escape(v.verdict)}" data-claim="{uid}" tabindex="0"'
            f'{" data-disputed" if v.disputed else ""} '
            f'aria-label="{escape(q.text + " — " + label)}">{escape(text[q.start:q.end])}</mark>'
        )
        pos = q.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _summary(counts: dict[str, int], disputed: int) -> str:
    items = [f'<li data-verdict="{k}"><span class="swatch"></span><b>{counts.get(k, 0)}</b>'
             f"{escape(d.VERDICT_WORDS[k])}</li>" for k in _ORDER]
    items.append(f'<li class="disputed"><span class="swatch"></span><b>{disputed}</b>disputed</li>')
    return f'<ul class="summary">{"".join(items)}</ul>'


class HtmlReporter(Reporter):
    def __init__(self, out: TextIO, options=None) -> None:
        super().__init__(out, options)
        self.sections: list[tuple[str, str, str]] = []  # before, summary, after

    def document(self, report: Report) -> None:
        n = len(self.sections) + 1
        a = report.article
        head = f"<h2>{escape(display_path(report))}</h2>"
        if a.title:
            head += f'<p class="title">{escape(a.title)}</p>'
        if a.url and _safe_url(a.url):
            head += f'<p class="muted">{_link(a.url, a.url)}</p>'
        if a.error:
            self.sections.append((f'<section class="document">{head}', "",
                                  f'<p class="error">Could not be read: {escape(error_line(report))}</p>'
                                  "</section>"))
            return
        claims = [(c, f"d{n}-{i + 1}") for i, c in enumerate(report.claims)]
        s = report.summary()
        head += (f'<p class="muted">Date: {escape(d.date_note(a))} · '
                 f"{plural(len(claims), 'claim')}</p>")
        details = "".join(claim_detail(report, c, uid) for c, uid in claims)
        self.sections.append((
            f'<section class="document" id="doc-{n}">{head}',
            _summary(s, s.get("disputed", 0)),
            f'<div class="text">{marked_text(a.text, claims)}</div>'
            f'<div class="claims"><h3>Claims</h3>{details or "<p>No numeric claims found.</p>"}</div>'
            "</section>"
        ))

    def finish(self) -> None:
        t = self.tally
        script_hash = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
        csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
               f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
        # one document: its summary is the run's, shown once at the top
        sections = "".join(before + (summary if t.documents > 1 else "") + after
                           for before, summary, after in self.sections)
        failed = f" · {plural(t.failed, 'document')} could not be read" if t.failed else ""
        self.out.write(f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="factcheck {__version__}">
<link rel="icon" href="data:,">
<title>factcheck report</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header class="run">
<h1>factcheck report</h1>
<p class="muted">{plural(t.documents, 'document')} · {plural(t.claims, 'claim')} · {escape(plural(t.contradictions, 'contradiction'))}{failed}</p>
{_summary(t.verdicts, t.disputed)}
<p class="muted hint">Hover over or click a marked figure for its evidence; a dashed underline marks a disputed figure (the sources disagree).</p>
</header>
{sections}
</main>
<div id="popover" role="dialog" aria-live="polite" hidden></div>
<script>{JS}</script>
</body>
</html>
""")
