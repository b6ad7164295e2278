"""The audit engine in-process (--jobs 1): formats, failing documents, pre-filter, resume."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from factcheck import api
from factcheck.batch import AuditConfig, run_audit
from factcheck.batch.outputs import documents_path, iter_documents
from factcheck.batch.worker import has_numbers
from factcheck.errors import ConfigError

RECORDS = [
    {"id": "a", "text": "Exports rose 5 percent to $894 million in 2022.", "date": "2023-01-20"},
    b'{"id": "broken" "x"}',
    {"id": "b", "text": "No figures at all in this one, just words."},
    {"id": "c", "text": "BOOM 12 percent"},
    {"id": "d", "text": "Imports fell 3% to US$1.2 billion. WRONG 7."},
    {"id": "e", "text": "Trade more than tripled."},
]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _audit(archive, out, **kw) -> object:
    kw.setdefault("jobs", 1)
    kw.setdefault("chunk_size", 2)
    return run_audit(AuditConfig(inputs=(archive.name,), output=out, **kw))


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_engine_records_bad_documents_and_goes_on(fake, write_jsonl, tmp_path, suffix):
    archive = write_jsonl(RECORDS)
    summary = _audit(archive, tmp_path / f"results.{suffix}")
    docs = list(iter_documents(tmp_path / f"results.{suffix}"))
    assert [d["id"] for d in docs] == ["a", "archive.jsonl:2", "b", "c", "d", "e"]
    errors = {d["id"]: d["error"] for d in docs if d["error"]}
    assert errors == {
        "archive.jsonl:2": "archive.jsonl:2: malformed JSON (Expecting ',' delimiter)",
        "c": "archive.jsonl:4: failed (ValueError: kaboom)",
    }
    assert (summary.documents, summary.error_count, summary.contradicted) == (6, 2, 1)
    assert summary.rules["FC301"] == 1 and summary.series["CHN → PRK export"] == 1


@pytest.mark.parametrize("suffix, claim_reader", [
    ("csv", pd.read_csv), ("parquet", pd.read_parquet),
], ids=["csv", "parquet"])
def test_engine_tables_have_claims_and_documents(fake, write_jsonl, tmp_path, suffix, claim_reader):
    out = tmp_path / f"results.{suffix}"
    _audit(write_jsonl(RECORDS), out)
    claims = claim_reader(out)
    assert claims[["document_id", "text", "verdict", "rule", "reporter", "partner", "flow"]
                  ].values.tolist() == [["d", "WRONG", "contradicted", "FC301", "CHN", "PRK", "export"]]
    docs = claim_reader(documents_path(out))
    assert list(docs.columns[:8]) == ["id", "path", "claims", "supported", "contradicted",
                                      "unverifiable", "needs_review", "error"]
    assert docs.set_index("id").loc["d", ["claims", "contradicted"]].tolist() == [1, 1]


def test_engine_jsonl_is_factcheck1(fake, write_jsonl, tmp_path):
    out = tmp_path / "results.jsonl"
    _audit(write_jsonl(RECORDS), out)
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert {d["schema"] for d in docs} == {"factcheck/1"}
    assert docs[0]["document"]["date"] == "2023-01-20"
    assert docs[4]["summary"]["contradicted"] == 1
    assert docs[4]["claims"][0]["verdict"] == "contradicted"


def test_engine_timeout_is_recorded(fake, write_jsonl, tmp_path):
    out = tmp_path / "results.jsonl"
    summary = _audit(write_jsonl([{"id": "s", "text": "SLOW 5%"}, {"id": "t", "text": "5%"}]),
                     out, timeout=0.3)
    docs = list(iter_documents(out))
    assert docs[0]["error"].endswith(":1: timed out after 0.3s")
    assert docs[1]["error"] is None and summary.documents == 2


def test_engine_date_option_fills_missing_dates(fake, write_jsonl, tmp_path):
    out = tmp_path / "results.jsonl"
    _audit(write_jsonl([{"id": "x", "text": "5%", "date": "2021-02-03"}, {"id": "y", "text": "6%"}]),
           out, date="2023-01-20")
    assert [(d["date"], d["date_source"]) for d in iter_documents(out)] == [
        ("2021-02-03", "metadata"), ("2023-01-20", "option")]


@pytest.mark.parametrize("text, expected", [
    ("Exports rose 5 percent.", True),
    ("Trade more than tripled.", True),
    ("Exports rose by a third.", True),
    ("One official declined to comment.", True),
    ("Officials declined to comment on the matter.", False),
    ("", False),
])
def test_engine_prefilter(text, expected):
    assert has_numbers(text) is expected


def test_engine_prefiltered_document_is_still_emitted(write_jsonl, tmp_path, monkeypatch,
                                                      fake_checker):
    calls = []
    monkeypatch.setattr(api, "check_article",
                        lambda a, s=None: calls.append(a.id) or fake_checker(a))
    out = tmp_path / "results.jsonl"
    _audit(write_jsonl([{"id": "w", "text": "Officials declined to comment."},
                        {"id": "n", "text": "Up 5%."}]), out)
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(d["document"]["id"], d["summary"]["claims"]) for d in docs] == [("w", 0), ("n", 0)]
    assert calls == ["warmup", "n"]


# ---------------------------------------------------------------- resume from damaged outputs


def _records(n):
    return [{"id": f"r{i}", "text": f"Exports rose {i} percent. WRONG" if i % 5 == 0 else f"{i}%"}
            for i in range(n)]


def _damage_jsonl(out):
    data = out.read_bytes()
    lines = data.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:7]) + lines[7][:25])  # a partial trailing line


def _damage_csv(out):
    # The crash hit after the claims of a chunk were written but before its documents rows.
    ckpt = out.with_name(out.name + ".checkpoint")
    sizes = ckpt.read_text().splitlines()
    ckpt.write_text("\n".join(sizes[:3]) + "\n" + sizes[3][:3])  # a torn checkpoint line
    with open(out, "a") as fh:
        fh.write("r999,garbage,partial")


def _damage_parquet(out):
    parts = out.with_name(out.name + ".parts")
    docs = sorted((parts / "documents").glob("part-*.parquet"))
    for p in docs[3:]:
        p.unlink()  # committed parts 0-2; claims parts beyond are orphans
    (parts / "documents" / "part-000009.parquet.tmp").write_bytes(b"half")


@pytest.mark.parametrize("suffix, damage", [
    ("jsonl", _damage_jsonl), ("csv", _damage_csv), ("parquet", _damage_parquet),
], ids=["jsonl-partial-line", "csv-torn-checkpoint", "parquet-orphan-parts"])
def test_engine_resume_after_crash_gives_each_document_once(
        fake, write_jsonl, tmp_path, suffix, damage):
    archive = write_jsonl(_records(20))
    full = tmp_path / f"full.{suffix}"
    _audit(archive, full)
    out = tmp_path / f"results.{suffix}"

    # Simulate a crash: write chunks, then stop before `close()` and damage the tail.
    from factcheck.batch import engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine.make_writer(out, False).__class__, "close", lambda self: None)
        _audit(archive, out)
    damage(out)

    summary = _audit(archive, out, resume=True)
    assert summary.resumed > 0 and summary.documents == 20
    assert list(iter_documents(out)) == list(iter_documents(full))
    if suffix != "jsonl":
        reader = pd.read_csv if suffix == "csv" else pd.read_parquet
        pd.testing.assert_frame_equal(reader(out), reader(full))


def test_engine_resume_of_a_finished_run_does_nothing(fake, write_jsonl, tmp_path):
    archive = write_jsonl(_records(6))
    out = tmp_path / "results.parquet"
    _audit(archive, out)
    before = pd.read_parquet(documents_path(out))
    summary = _audit(archive, out, resume=True)
    assert (summary.resumed, summary.documents) == (6, 6)
    pd.testing.assert_frame_equal(pd.read_parquet(documents_path(out)), before)


@pytest.mark.slow
@pytest.mark.parametrize("cue, timeout, error", [
    ("CRASH", 60.0, "archive.jsonl:5: failed (worker process crashed)"),
    ("HANG", 0.5, "archive.jsonl:5: failed (timed out after 0.5s; worker stopped)"),
], ids=["worker-crash", "worker-hang"])
def test_engine_pool_survives_a_dead_or_stuck_worker(write_jsonl, tmp_path, monkeypatch,
                                                     cue, timeout, error):
    from factcheck.batch import engine

    from . import crashy

    monkeypatch.setattr(engine, "process_chunk", crashy.process_chunk)
    records = [{"id": f"r{i}", "text": f"{cue} 5%" if i == 4 else f"Up {i}%."} for i in range(10)]
    out = tmp_path / "results.jsonl"
    summary = _audit(write_jsonl(records), out, jobs=2, chunk_size=3, timeout=timeout,
                     hard_slack=1.0)
    docs = list(iter_documents(out))
    assert [d["id"] for d in docs] == [f"r{i}" for i in range(10)]
    assert [d["error"] for d in docs if d["error"]] == [error]
    assert summary.documents == 10 and not summary.interrupted


@pytest.mark.slow
@pytest.mark.parametrize("start_method", ["forkserver", "spawn"])
def test_engine_pool_output_is_the_same_under_each_start_method(generated_archive, tmp_path,
                                                               monkeypatch, start_method):
    """Workers forked from the preloaded forkserver, or spawned cold, write what --jobs 1 does."""
    monkeypatch.chdir(generated_archive.parent)
    archive = generated_archive.parent / "first60.jsonl"
    archive.write_bytes(b"".join(generated_archive.read_bytes().splitlines(keepends=True)[:60]))
    inline, pooled = tmp_path / "inline.jsonl", tmp_path / "pooled.jsonl"
    _audit(archive, inline, chunk_size=8)
    summary = _audit(archive, pooled, jobs=2, chunk_size=8, start_method=start_method)
    assert summary.documents == 60 and not summary.interrupted
    assert pooled.read_bytes() == inline.read_bytes()


def test_engine_rejects_an_unknown_start_method(write_jsonl, tmp_path):
    with pytest.raises(ConfigError, match="unknown start method 'fork'"):
        _audit(write_jsonl(RECORDS), tmp_path / "out.jsonl", start_method="fork")
