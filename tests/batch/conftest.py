"""Fixtures for audit tests: generated archives (the benchmark generator) and small ones."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from factcheck import api
from factcheck.models import Article, CheckedClaim, Claim, Quantity, Report, Subject, Verdict

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location(
        "generate_archive", ROOT / "benchmarks" / "generate_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def generated_archive(tmp_path_factory) -> Path:
    """400 generated ~300-word trade stories (JSONL)."""
    path = tmp_path_factory.mktemp("archive") / "stories.jsonl"
    return _generator().write(path, 400, seed=7, words=300)


@pytest.fixture
def write_jsonl(tmp_path):
    def write(records, name="archive.jsonl") -> Path:
        path = tmp_path / name
        with open(path, "wb") as fh:
            for r in records:
                fh.write((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n")
        return path

    return write


# A stand-in checker for in-process audits (--jobs 1): fails, hangs or contradicts on cue.


def contradicted_report(article: Article) -> Report:
    i = article.text.index("WRONG")
    q = Quantity(text="WRONG", start=i, end=i + 5, kind="level", value=1.0, unit="USD",
                 interval=(0.5, 1.5))
    claim = Claim(id="c1", quantity=q, sentence=article.text, line=1, column=i + 1,
                  subject=Subject("CHN", "PRK", "export"), period="2022")
    verdict = Verdict("contradicted", "FC301", "does not match the reference")
    return Report(article=article, claims=(CheckedClaim(claim, verdict),))


def fake_check(article: Article, store=None) -> Report:
    if "BOOM" in article.text:
        raise ValueError("kaboom\nsecond line")
    if "SLOW" in article.text:
        time.sleep(3)
    if "WRONG" in article.text:
        return contradicted_report(article)
    return Report(article=article)


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(api, "check_article", fake_check)


@pytest.fixture
def fake_checker():
    return fake_check
