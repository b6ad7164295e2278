"""`factcheck audit ARCHIVE… -o results.(jsonl|csv|parquet)`: batch-check whole archives.

Exit codes: 0 no contradiction, 1 at least one contradicted claim, 2 usage or output
errors (documents that cannot be read are recorded in the output, not an exit code),
130 interrupted (the partial output is usable; rerun with --resume).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli._util import DateOpt, ReferenceDataOpt, guarded

ArchivesArg = Annotated[
    list[str],
    typer.Argument(metavar="ARCHIVE", show_default=False,
                   help="JSONL/CSV archives (also .gz), Parquet archives, directories, files, "
                        "or - for stdin."),
]
AuditOutputOpt = Annotated[
    Path,
    typer.Option("--output", "-o", show_default=False,
                 help="results.jsonl (one factcheck/1 document per line), results.csv or "
                      "results.parquet (one row per claim, plus results.documents.*)."),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes [default: all cores].",
                                      show_default=False)]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Skip documents already in the output.")]
ChunkOpt = Annotated[int, typer.Option("--chunk-size", help="Documents per checkpointed chunk.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds allowed per document "
                                           "(0: no limit); a document over it is recorded as failed.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local (a process pool) or dask.")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", help="Dask scheduler address (default: a LocalCluster with --jobs workers).",
    show_default=False)]
NoProgressOpt = Annotated[bool, typer.Option("--no-progress", help="No progress bar.")]


class _Bar:
    """A rich progress bar on stderr: documents, documents/s, ETA."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.task = self.progress.add_task("audit", total=total, rate="–")

    def start(self, summary) -> None:
        if summary.resumed:
            total = self.progress.tasks[0].total
            self.progress.update(self.task, total=None if total is None
                                 else max(total - summary.resumed, 0))
        self.progress.start()

    def advance(self, n: int) -> None:
        self.progress.advance(self.task, n)
        task = self.progress.tasks[0]
        speed = task.speed
        self.progress.update(self.task, rate=f"{speed:,.0f}" if speed else "–")

    def stop(self) -> None:
        self.progress.stop()


def print_summary(summary, out=None) -> None:
    """The closing summary: totals, top rules, most-contradicted series, errors."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    c = summary.counts
    rate = (summary.documents - summary.resumed) / summary.elapsed if summary.elapsed else 0
    head = "Audit interrupted" if summary.interrupted else "Audit complete"
    console.print(f"[bold]{head}[/]: {summary.documents:,} documents"
                  + (f" ({summary.resumed:,} from an earlier run)" if summary.resumed else "")
                  + f", {summary.claims:,} claims in {summary.elapsed:,.1f}s ({rate:,.0f} docs/s)")
    console.print(f"  supported {c.get('supported', 0):,} · contradicted "
                  f"{c.get('contradicted', 0):,} (in {summary.contradicted_documents:,} documents)"
                  f" · unverifiable {c.get('unverifiable', 0):,} · needs review "
                  f"{c.get('needs_review', 0):,}")
    for title, counter, label in (("Top rules (contradicted / needs review)", summary.rules, "rule"),
                                  ("Most-contradicted series", summary.series, "series")):
        if counter:
            table = Table(title=title, title_justify="left", header_style="bold")
            table.add_column(label)
            table.add_column("claims", justify="right")
            for key, n in counter.most_common(5):
                table.add_row(key, f"{n:,}")
            console.print(table)
    if summary.error_count:
        console.print(f"[bold]Documents with errors[/]: {summary.error_count:,}")
        for msg in summary.errors[:10]:
            console.print(f"  {msg}", markup=False)
        if summary.error_count > 10:
            console.print(f"  … and {summary.error_count - 10:,} more (see the output's error field)")
    console.print(f"Output: {summary.output}", markup=False)
    if summary.interrupted:
        console.print("Rerun the same command with --resume to finish.")


def audit(
    archives: ArchivesArg,
    output: AuditOutputOpt,
    jobs: JobsOpt = 0,
    resume: ResumeOpt = False,
    date: DateOpt = None,
    reference_data: ReferenceDataOpt = None,
    chunk_size: ChunkOpt = 64,
    timeout: TimeoutOpt = 60.0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    no_progress: NoProgressOpt = False,
) -> None:
    """Audit whole archives: parallel, resumable, one output table or JSONL file."""

    def body() -> int:
        from factcheck.batch import AuditConfig, prestart, run_audit

        config = AuditConfig(
            inputs=tuple(archives), output=output, jobs=jobs, resume=resume, date=date,
            reference_data=tuple(str(p) for p in reference_data or ()), chunk_size=chunk_size,
            timeout=timeout or None, engine=engine, scheduler=scheduler,
        )
        config.validate()
        bar = None
        if not no_progress and sys.stderr.isatty():
            prestart(config)  # workers preload while the archive is counted
            from factcheck.sources import count_documents

            bar = _Bar(count_documents(archives))
        try:
            summary = run_audit(config, progress=bar.advance if bar else None,
                                on_start=bar.start if bar else None)
        finally:
            if bar:
                bar.stop()
        print_summary(summary)
        if summary.interrupted:
            if config.workers > 1 and config.engine != "dask":
                # The output is closed and safe; a worker pool torn down by Ctrl-C can leave the
                # interpreter's exit waiting on its queue threads, so leave at once.
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(130)
            return 130
        return 1 if summary.contradicted else 0

    raise typer.Exit(guarded(body))


def register(app: typer.Typer) -> None:
    app.command("audit")(audit)
