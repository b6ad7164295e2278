"""Run an archive audit: read lazily, check chunks in parallel, write in input order.

The parent process reads documents (`factcheck.sources`, streaming), groups them into
chunks and keeps a bounded number of chunks in flight, so memory stays flat however
large the archive. Results are written in input order, one checkpointed chunk at a
time (`batch.outputs`). `--resume` skips the documents the output already holds.
Nothing here prints: progress goes to a callback, the summary is returned.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.batch.outputs import Writer, make_writer, output_format
from factcheck.batch.results import AuditSummary, DocResult, Key, result_from_report
from factcheck.batch.worker import WorkerConfig, init_worker, process_chunk
from factcheck.errors import ConfigError
from factcheck.models import Article, Report

ENGINES = ("local", "dask")
Progress = Callable[[int], None]


@dataclass(frozen=True)
class AuditConfig:
    inputs: tuple[str, ...]
    output: Path
    jobs: int = 0  # 0: all cores
    resume: bool = False
    date: str | None = None
    reference_data: tuple[str, ...] = ()
    chunk_size: int = 64
    timeout: float | None = 60.0
    engine: str = "local"
    scheduler: str | None = None
    prefilter: bool = True
    max_in_flight: int = 0  # chunks submitted ahead of the writer; 0: 2 per job + 1
    hard_slack: float = 10.0  # seconds past the soft timeouts before a worker is killed
    start_method: str = ""  # "": forkserver (preloaded) where available, else spawn

    @property
    def workers(self) -> int:
        return self.jobs or os.cpu_count() or 1

    def worker_config(self) -> WorkerConfig:
        return WorkerConfig(fmt=output_format(self.output), reference_data=self.reference_data,
                            date=self.date, timeout=self.timeout, prefilter=self.prefilter)

    def validate(self) -> None:
        output_format(self.output)
        if self.jobs < 0:
            raise ConfigError(f"--jobs: must be 1 or more (got {self.jobs})")
        if self.chunk_size < 1:
            raise ConfigError(f"--chunk-size: must be 1 or more (got {self.chunk_size})")
        if self.timeout is not None and self.timeout < 0:
            raise ConfigError(f"--timeout: must be positive (got {self.timeout:g})")
        if self.engine not in ENGINES:
            raise ConfigError(f"--engine: unknown engine {self.engine!r} (expected local or dask)")
        if self.scheduler and self.engine != "dask":
            raise ConfigError("--scheduler: only with --engine dask")
        if not self.inputs:
            raise ConfigError("no archive given")
        if self.start_method not in ("", "forkserver", "spawn"):
            raise ConfigError(f"unknown start method {self.start_method!r} (forkserver or spawn)")


def pending_chunks(articles: Iterable[Article], done: set[Key], size: int) -> Iterator[list[Article]]:
    """Chunks of the documents not yet in the output."""
    chunk: list[Article] = []
    for article in articles:
        if (article.id, article.path or "") in done:
            continue
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Stopped(Exception):
    """Ctrl-C was pressed: stop between chunks (never in the middle of writing one)."""


class Hung(Exception):
    """A worker overran the hard deadline (stuck where SIGALRM cannot reach, e.g. in C)."""


class _Sink:
    """Writes result chunks and keeps the summary and progress up to date."""

    def __init__(self, writer: Writer, summary: AuditSummary, progress: Progress | None) -> None:
        self.writer, self.summary, self.progress = writer, summary, progress
        self.stop = threading.Event()

    def check(self) -> None:
        if self.stop.is_set():
            raise Stopped

    def wait(self, future, seconds: float | None = None) -> Any:
        """A future's result, waking every 50 ms so that Ctrl-C is noticed while waiting
        (a pool future is waited on, not polled: the parent stays off the workers' cores)."""
        deadline = time.monotonic() + seconds if seconds else None
        pooled = isinstance(future, Future)
        while not future.done():
            self.check()
            if deadline and time.monotonic() > deadline:
                raise Hung
            if pooled:
                step = 0.05 if deadline is None else min(0.05, max(deadline - time.monotonic(), 0))
                futures_wait((future,), timeout=step)
            else:  # e.g. a Dask future
                time.sleep(0.005)
        return future.result()

    def __call__(self, results: list[DocResult]) -> None:
        self.writer.write_chunk(results)
        for r in results:
            self.summary.add(r)
        if self.progress:
            self.progress(len(results))


def run_audit(
    config: AuditConfig,
    progress: Progress | None = None,
    on_start: Callable[[AuditSummary], None] | None = None,
) -> AuditSummary:
    """Audit `config.inputs` into `config.output`; Ctrl-C leaves a usable partial output."""
    from factcheck.sources import iter_articles

    config.validate()
    started = time.perf_counter()
    prestart(config)  # preloads while this process reads a --resume output
    summary = AuditSummary(output=str(config.output))
    writer = make_writer(config.output, config.resume, partitioned=config.engine == "dask")
    resumed = writer.open()
    for r in resumed:
        summary.add(r, resumed=True)
    done = {r.key for r in resumed}
    del resumed
    if on_start:
        on_start(summary)
    sink = _Sink(writer, summary, progress)
    chunks = _checked(pending_chunks(iter_articles(config.inputs), done, config.chunk_size), sink)
    previous = _catch_sigint(sink.stop)
    try:
        if config.engine == "dask":
            from factcheck.batch.dask_engine import run_dask

            run_dask(config, chunks, sink)
        elif config.workers == 1:
            _run_inline(config, chunks, sink)
        else:
            _run_pool(config, chunks, sink)
    except (Stopped, KeyboardInterrupt):
        summary.interrupted = True
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        writer.close()
        summary.elapsed = time.perf_counter() - started
    return summary


def _checked(chunks: Iterator[list[Article]], sink: _Sink) -> Iterator[list[Article]]:
    for chunk in chunks:
        sink.check()
        yield chunk


def _catch_sigint(stop: threading.Event):
    """First Ctrl-C: finish the chunk being written, then stop. Second: stop at once."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    return signal.signal(signal.SIGINT, handler)


def _run_inline(config: AuditConfig, chunks: Iterable[list[Article]], sink: _Sink) -> None:
    init_worker(config.worker_config(), ignore_sigint=False)
    for chunk in chunks:  # Ctrl-C: this chunk is finished and written, the next is not read
        sink(process_chunk(chunk))


def _crashed(chunk: list[Article], fmt: str, why: str) -> list[DocResult]:
    from dataclasses import replace

    out = []
    for a in chunk:
        msg = f"{a.path or a.id}: failed ({why})"
        out.append(result_from_report(Report(article=replace(a, text="", error=msg)), fmt))
    return out


def _run_pool(config: AuditConfig, chunks: Iterable[list[Article]], sink: _Sink) -> None:
    """A spawn-safe process pool; the worker initialiser builds the pipeline once per worker."""
    wcfg = config.worker_config()
    limit = config.max_in_flight or 2 * config.workers + 1
    context = _mp_context(config.start_method)

    def new_pool(warm: bool = False) -> ProcessPoolExecutor:
        fresh = ProcessPoolExecutor(config.workers, mp_context=context,
                                    initializer=init_worker, initargs=(wcfg,))
        if warm:  # start a worker before any deadline runs: start-up is not the document's
            sink.wait(fresh.submit(process_chunk, []))
        return fresh

    def submit(chunk: list[Article]) -> Future:
        try:
            return pool.submit(process_chunk, chunk)
        except BrokenProcessPool as exc:  # a worker died since the last result
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def dispatch(chunk: list[Article]) -> list[tuple[int, Future]]:
        """A chunk goes out as one piece per worker: the workers share a chunk, so none sits
        idle while another finishes the archive's last chunk alone (it is still written and
        checkpointed as one chunk)."""
        step = max(min(4, len(chunk)), -(-len(chunk) // config.workers))
        return [(len(chunk[i:i + step]), submit(chunk[i:i + step]))
                for i in range(0, len(chunk), step)]

    pool = new_pool()
    inflight: deque[tuple[list[Article], list[tuple[int, Future]]]] = deque()

    def hard_limit(n: int) -> float | None:  # the soft per-document timeout, plus slack
        return wcfg.timeout * n + config.hard_slack if wcfg.timeout else None

    def finish_head() -> None:
        nonlocal pool
        chunk, pieces = inflight.popleft()
        try:
            done: list[DocResult] = []
            for size, future in pieces:
                done.extend(sink.wait(future, hard_limit(size)))
            sink(done)
            return
        except (BrokenProcessPool, Hung):
            pass
        # A worker died (a crash, the OOM killer) or hung: retry this chunk's documents one
        # by one in a fresh pool, so only the document at fault is recorded as failed.
        _terminate(pool)
        pool = new_pool(warm=True)
        results: list[DocResult] = []
        for article in chunk:
            try:
                results.extend(sink.wait(submit([article]), hard_limit(1)))
                continue
            except BrokenProcessPool:
                why = "worker process crashed"
            except Hung:
                why = f"timed out after {wcfg.timeout:g}s; worker stopped"
            results.extend(_crashed([article], wcfg.fmt, why))
            _terminate(pool)
            pool = new_pool(warm=True)
        sink(results)
        for i, (c, _) in enumerate(inflight):  # the rest of the old pool's work
            inflight[i] = (c, dispatch(c))

    try:
        for chunk in chunks:
            inflight.append((chunk, dispatch(chunk)))
            while len(inflight) >= limit:
                finish_head()
        while inflight:
            finish_head()
    except (Stopped, KeyboardInterrupt):
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _mp_context(method: str = ""):
    """Workers forked from a forkserver that preloaded the store and pipeline (`batch.preload`)
    start in milliseconds; spawn (each worker loads everything, ~1 s) where there is none.

    Both start clean processes (no state or threads copied from this one), so the worker
    code is the same under either; the forkserver is shared by every pool of this process.
    """
    import multiprocessing as mp

    if method in ("", "forkserver") and "forkserver" in mp.get_all_start_methods():
        context = mp.get_context("forkserver")
        context.set_forkserver_preload(["factcheck.batch.preload"])
        return context
    return mp.get_context("spawn")


def prestart(config: AuditConfig) -> None:
    """Let a parallel local audit's workers preload while the caller does other work
    (counting the archive for a progress bar, reading back a --resume output); idempotent."""
    if config.engine == "local" and config.workers > 1:
        _prestart(config.start_method)


def _prestart(method: str = "") -> None:
    """Start the forkserver now (it preloads in the background); the pool forks from it later."""
    if _mp_context(method).get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _terminate(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
