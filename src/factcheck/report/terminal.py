"""The terminal reports (rich): `full` (the default) and `concise` (ruff style).

Both read without colour: the verdict is always a word, the claim in its sentence
is also marked with «guillemets», and nothing relies on width (narrow terminals wrap).
"""

from __future__ import annotations

import re
from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcheck.models import CheckedClaim, Report
from factcheck.report import describe as d
from factcheck.report.base import (
    Reporter,
    ReportOptions,
    display_path,
    footer,
    plural,
    severity,
    span,
)

_SEVERITY_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
_CONTEXT = 160  # characters of sentence kept on each side of a claim


class _TrimmedLines:
    """A text stream that drops the trailing spaces rich pads wrapped lines with."""

    _TRAIL = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.pending = ""

    def write(self, text: str) -> int:
        head, sep, self.pending = (self.pending + text).rpartition("\n")
        if sep:
            self.out.write(self._TRAIL.sub(r"\1", head) + "\n")
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self.out.write(self._TRAIL.sub(r"\1", self.pending))
            self.pending = ""
        self.out.flush()

    def isatty(self) -> bool:
        return bool(getattr(self.out, "isatty", lambda: False)())

    def fileno(self) -> int:
        return self.out.fileno()


def make_console(out: TextIO, options: ReportOptions) -> Console:
    """A console on `out`: colour forced on/off by --color/--no-color, else rich decides."""
    return Console(
        file=_TrimmedLines(out),  # type: ignore[arg-type]
        width=options.width,
        force_terminal=True if options.color else None,
        no_color=True if options.color is False else None,
        color_system="auto" if options.color is not False else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def _shown(claim: CheckedClaim, options: ReportOptions) -> bool:
    return not options.quiet or claim.verdict.verdict == "contradicted"


class ConciseReporter(Reporter):
    """`path:line:col: CODE verdict "claim": message`, one line per claim, then a footer."""

    def __init__(self, out: TextIO, options: ReportOptions | None = None) -> None:
        super().__init__(out, options)
        self.console = make_console(out, self.options)

    def document(self, report: Report) -> None:
        # an unreadable document is reported on stderr by the CLI; the footer counts it
        for claim in report.claims:
            if _shown(claim, self.options):
                self.console.print(concise_line(report, claim), soft_wrap=True)

    def finish(self) -> None:
        if self.tally.documents > self.tally.failed:
            self.console.print(footer(self.tally), soft_wrap=True)


def concise_line(report: Report, claim: CheckedClaim) -> Text:
    v = claim.verdict
    line, col, _, _ = span(report, claim)
    text = Text()
    text.append(f"{display_path(report)}:{line}:{col}:", style="bold")
    text.append(" ")
    text.append(v.rule or "FC000", style=_SEVERITY_STYLES.get(severity(v.rule), ""))
    text.append(" ")
    text.append(d.verdict_word(v), style=d.VERDICT_STYLES.get(v.verdict, ""))
    text.append(f" \"{claim.claim.quantity.text}\"")
    if v.message:
        text.append(f": {v.message}")
    return text


class FullReporter(Reporter):
    """Per document: a header, every claim in its sentence with its verdict and evidence;
    at the end a summary table and the footer."""

    def __init__(self, out: TextIO, options: ReportOptions | None = None) -> None:
        super().__init__(out, options)
        self.console = make_console(out, self.options)

    def document(self, report: Report) -> None:
        c, a = self.console, report.article
        if a.error:  # reported on stderr by the CLI; the footer counts it
            return
        shown = [x for x in report.claims if _shown(x, self.options)]
        if self.options.quiet and not shown:
            return
        c.rule(Text(display_path(report), style="bold"), align="left")
        if a.title:
            c.print(Text(a.title, style="bold"))
        c.print(Text.assemble(("Date: ", "bold"), d.date_note(a)))
        note = plural(len(report.claims), "claim")
        if len(shown) != len(report.claims):
            note += f", {len(shown)} shown (--quiet: contradictions only)"
        c.print(Text.assemble(("Claims: ", "bold"), note))
        c.print()
        for claim in shown:
            self._claim(report, claim)

    def _claim(self, report: Report, claim: CheckedClaim) -> None:
        v, c = claim.verdict, self.console
        line, col, _, _ = span(report, claim)
        head = Text()
        head.append(f"{line}:{col} ", style="dim")
        head.append(d.verdict_word(v).upper(), style=d.VERDICT_STYLES.get(v.verdict, "bold"))
        if v.rule:
            head.append(f"  {d.rule_title(v.rule)}", style="dim")
        c.print(head)
        body = [sentence_with_claim(claim)]
        about = d.subject_text(claim.claim)
        if about:
            body.append(Text.assemble(("About: ", "bold"), about))
        if v.message:
            body.append(Text.assemble(("Check: ", "bold"), v.message))
        if v.tolerance:
            body.append(Text.assemble(("Tolerance: ", "bold"), v.tolerance))
        if v.evidence:
            body.extend(self._evidence(claim))
        if v.diagnosis:
            body.append(Text.assemble(("Likely slip: ", "bold red"),
                                      d.diagnosis_text(v.diagnosis)))
        for item in body:
            c.print(Padding(item, (0, 0, 0, 2), expand=False))
        c.print()

    def _evidence(self, claim: CheckedClaim) -> list:
        """The deciding evidence rows, each with its source number, then the numbered sources."""
        q = claim.claim
        shown, hidden = d.evidence_shown(claim)
        urls: list[str] = []
        rows: list = [Text("Evidence:", style="bold")]
        for e in shown:
            row = Text(d.evidence_text(e, q.base_period, q.quantity.kind))
            if e.source_url:
                if e.source_url not in urls:
                    urls.append(e.source_url)
                row.append(f" [{urls.index(e.source_url) + 1}]", style="dim")
            rows.append(_hanging("  • ", row))
        if hidden:
            rows.append(Padding(Text(f"… and {hidden} more (see --format json)", style="dim"),
                                (0, 0, 0, 2), expand=False))
        if urls:
            rows.append(Text("Sources:", style="bold"))
            for n, url in enumerate(urls, 1):
                style = f"dim link {url}" if url.startswith(("http://", "https://")) else "dim"
                rows.append(_hanging(f"  [{n}] ", Text(url, style=style, overflow="fold")))
        return rows

    def finish(self) -> None:
        c, t = self.console, self.tally
        if t.documents == t.failed:  # nothing was checked: the errors say it all
            return
        table = Table(title="Summary", title_justify="left", show_header=True,
                      header_style="bold", min_width=24)
        table.add_column("verdict")
        table.add_column("claims", justify="right")
        for key, label in (("supported", "supported"), ("contradicted", "contradicted"),
                           ("disputed", "disputed"), ("unverifiable", "unverifiable"),
                           ("needs_review", "needs review")):
            n = t.disputed if key == "disputed" else t.verdicts.get(key, 0)
            table.add_row(Text(label, style=d.VERDICT_STYLES[key] if n else ""), str(n))
        table.add_row(Text("total", style="bold"), str(t.claims), end_section=True)
        c.print(table)
        c.print(footer(t))


def _hanging(prefix: str, text: Text) -> Table:
    """`prefix` then `text`, its wrapped lines indented under the text, not the prefix."""
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(prefix, text)
    return grid


def sentence_with_claim(claim: CheckedClaim) -> Text:
    """The claim's sentence with the claim marked «like this» and styled by verdict."""
    q, sentence = claim.claim.quantity, claim.claim.sentence
    style = d.VERDICT_STYLES.get(claim.verdict.verdict, "bold") + " underline"
    at = sentence.find(q.text) if sentence else -1
    if q.sentence_end and sentence and q.start - q.sentence_start >= 0:
        offset = q.start - q.sentence_start
        if sentence[offset:offset + len(q.text)] == q.text:
            at = offset
    if at < 0:
        return Text.assemble("«", (q.text, style), "»")
    before, after = sentence[:at], sentence[at + len(q.text):]
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:].lstrip()
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rstrip() + "…"
    return Text.assemble(_flat(before), "«", (q.text, style), "»", _flat(after))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)
