"""The per-process side of an audit: build the heavy objects once, then check chunks.

`init_worker` runs once in each worker process (a `ProcessPoolExecutor` initialiser,
or lazily on a Dask worker): it loads the reference store and warms the spaCy
pipeline (both already built when the worker was forked from a preloaded forkserver,
see `preload`). `process_chunk` then checks a list of articles and returns `DocResult`s.
Everything here is importable under the `spawn` start method (no closures, no
state captured from the parent).
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from factcheck.batch.results import DocResult, result_from_report
from factcheck.models import Article, Report
from factcheck.wordtrie import trie_pattern


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to build its pipeline and shape its results (picklable)."""

    fmt: str = "jsonl"
    reference_data: tuple[str, ...] = ()
    date: str | None = None
    timeout: float | None = 60.0
    prefilter: bool = True


class DocumentTimeout(Exception):
    pass


def _warm(store) -> None:
    """Build the pipeline (lexicons, patterns) now, not inside the first timed document."""
    try:
        from factcheck import api

        api.check_article(Article(id="warmup", text="Exports rose 5 percent to $1 million."),
                          store)
    except Exception:  # a broken stage shows up as a per-document error later
        pass


class _State:
    def __init__(self, config: WorkerConfig) -> None:
        from factcheck.reference.store import ReferenceStore

        self.config = config
        self.store = ReferenceStore.load(list(config.reference_data))
        _warm(self.store)  # after `preload`, this finds everything built: a few ms


def preload() -> None:
    """Build what every worker needs (embedded reference store, pipeline, pre-filter) once,
    in the process workers are forked from (`batch.preload`, under the forkserver start
    method): each worker then starts in milliseconds instead of loading it all again."""
    try:
        from factcheck.reference.store import ReferenceStore

        _warm(ReferenceStore.default())
        _number_word_pattern()
    except Exception:  # the worker's own initialiser will report or retry
        pass


_STATE: _State | None = None


def init_worker(config: WorkerConfig, ignore_sigint: bool = True) -> None:
    """Process-pool initialiser: Ctrl-C is the parent's to handle; build state once."""
    global _STATE
    if ignore_sigint and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _watch_parent()
    _STATE = _State(config)


def _watch_parent() -> None:
    """Exit when the audit process dies (kill -9): a pool worker must not outlive its audit.

    The audit process is the one that asked for this worker, not always its OS parent
    (under forkserver that is the server, which lives on while any worker does): its
    sentinel (`multiprocessing.parent_process()`) says when it is gone.
    """
    import multiprocessing

    audit = multiprocessing.parent_process()
    ppid = os.getppid()

    def alive() -> bool:
        return audit.is_alive() if audit is not None else os.getppid() == ppid

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if not alive():
                os._exit(1)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


def _state(config: WorkerConfig) -> _State:
    global _STATE
    if _STATE is None or _STATE.config != config:
        _STATE = _State(config)
    return _STATE


@cache
def _number_words() -> frozenset[str]:
    """Every number or multiplier word from the extraction lexicons."""
    words = {"half", "halved", "third", "quarter", "twice", "thrice", "double", "doubled",
             "triple", "tripled", "quadrupled", "fold", "dozen", "hundred", "thousand",
             "million", "billion", "trillion", "percent", "zero"}
    import yaml

    for name in ("numbers", "multipliers"):
        try:
            path = resources.files("factcheck").joinpath(f"data/extract/{name}.yaml")
            data = yaml.safe_load(path.read_text("utf-8")) or {}
        except (OSError, ValueError, yaml.YAMLError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if not isinstance(item, dict):
                continue
            for key, value in item.items():  # a word maps to a number or {value: …}
                if isinstance(value, int | float) or (isinstance(value, dict) and "value" in value):
                    if isinstance(key, str) and key.replace("-", "").isalpha():
                        words.add(key)
                else:
                    stack.append(value)
    return frozenset(words)


@cache
def _number_word_pattern() -> re.Pattern[str]:
    """Any number word at a word start, in any case (a trie: the engine skips ahead on its
    first letters instead of trying every word at every character)."""
    return re.compile(rf"\b(?:{trie_pattern(sorted(_number_words()), fold_case=True)})")


_DIGIT = re.compile(r"\d")


def has_numbers(text: str) -> bool:
    """The quick pre-filter: a text with no digit and no number word has no claim.

    A digit (found by a fast skip) is looked for first: nearly every text has one.
    """
    return _DIGIT.search(text) is not None or _number_word_pattern().search(text) is not None


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout after `seconds` (SIGALRM; only in a process's main thread)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _raise(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _failed(article: Article, message: str) -> Article:
    where = article.path or article.id
    return replace(article, text="", error=f"{where}: {message}")


def check_one(article: Article, state: _State) -> Report:
    """One document → Report; failures become a document error, never an exception."""
    from factcheck import api

    cfg = state.config
    if article.error:
        return Report(article=article)
    if cfg.date and not article.date:
        article = article.with_date(cfg.date, "option")
    if cfg.prefilter and not has_numbers(article.text):
        return Report(article=article)
    try:
        with _deadline(cfg.timeout):
            return api.check_article(article, state.store)
    except DocumentTimeout:
        return Report(article=_failed(article, f"timed out after {cfg.timeout:g}s"))
    except RecursionError:
        return Report(article=_failed(article, "failed (pathological text: recursion too deep)"))
    except MemoryError:
        return Report(article=_failed(article, "failed (out of memory)"))
    except Exception as exc:  # a bug in a stage must not stop an archive audit
        detail = str(exc).splitlines()[0] if str(exc) else ""
        return Report(article=_failed(article, f"failed ({type(exc).__name__}: {detail})"
                                      if detail else f"failed ({type(exc).__name__})"))


def process_chunk(articles: Sequence[Article], config: WorkerConfig | None = None) -> list[DocResult]:
    """Check a chunk in the worker; `config` is given when no initialiser ran (Dask, inline)."""
    state = _state(config) if config is not None else _STATE
    if state is None:
        raise RuntimeError("worker not initialised")
    return [result_from_report(check_one(a, state), state.config.fmt) for a in articles]
