"""`factcheck audit` end to end: exit codes, a real kill -9 then --resume, Ctrl-C."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from typer.testing import CliRunner

from factcheck.batch.outputs import documents_path, iter_documents
from factcheck.cli import app

ARCHIVE = [{"id": "a", "text": "Exports rose 5 percent."}, {"id": "b", "text": "No numbers."}]


@pytest.mark.parametrize("args, extra, code, message", [
    (["-o", "out.jsonl"], [], 0, "Audit complete: 2 documents"),
    (["-o", "out.csv", "--no-progress"], [{"id": "w", "text": "WRONG 5"}], 1, "contradicted 1"),
    (["-o", "out.parquet"], [b"{broken"], 0, "Documents with errors: 1"),
    (["-o", "out.txt"], [], 2, "Error: -o out.txt: unknown output format"),
    (["-o", "out.jsonl", "--jobs", "-1"], [], 2, "Error: --jobs: must be 1 or more"),
    (["-o", "out.jsonl", "--chunk-size", "0"], [], 2, "Error: --chunk-size: must be 1 or more"),
    (["-o", "out.jsonl", "--engine", "spark"], [], 2, "Error: --engine: unknown engine"),
    (["-o", "out.jsonl", "--scheduler", "tcp://x:8786"], [], 2,
     "Error: --scheduler: only with --engine dask"),
    ([], [], 2, "Missing option '--output'"),
], ids=["clean", "contradiction", "bad-document", "bad-format", "bad-jobs", "bad-chunk",
        "bad-engine", "scheduler-without-dask", "no-output"])
def test_audit_exit_codes(fake, write_jsonl, tmp_path, monkeypatch, args, extra, code, message):
    monkeypatch.chdir(tmp_path)
    archive = write_jsonl(ARCHIVE + extra)
    result = CliRunner().invoke(app, ["audit", archive.name, "--jobs", "1", *args])
    assert result.exit_code == code, result.output
    assert message in result.output


# ---------------------------------------------------------------- real processes


def _start(archive, out, *extra):
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", "audit", str(archive), "-o", str(out),
         "--jobs", "2", "--chunk-size", "8", "--no-progress", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _run(archive, out, *extra) -> subprocess.CompletedProcess:
    proc = _start(archive, out, *extra)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode in (0, 1), stderr.decode()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def _wait_for(predicate, proc, timeout=60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, "the run finished before it could be interrupted"
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.01)


def _lines(path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _kill_group(proc) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _group_gone(pgid: int, timeout: float = 15.0) -> bool:
    """Every process the audit started (workers, forkserver) has exited by itself."""
    deadline = time.monotonic() + timeout
    while _group_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.slow
def test_audit_resume_after_kill9_matches_uninterrupted_run(generated_archive, tmp_path):
    full = tmp_path / "full.jsonl"
    _run(generated_archive, full)
    expected = full.read_text().splitlines()
    assert len(expected) == 400

    out = tmp_path / "killed.jsonl"
    proc = _start(generated_archive, out)
    try:
        _wait_for(lambda: _lines(out) >= 24, proc)  # a few chunks are on disk
        os.kill(proc.pid, signal.SIGKILL)  # the audit process itself, mid-run
        proc.wait(timeout=10)
        assert _group_gone(proc.pid), "a worker outlived the killed audit"
    finally:
        _kill_group(proc)
    partial = out.read_text().splitlines()
    assert 24 <= len(partial) < 400

    rerun = _run(generated_archive, out, "--resume")
    assert b"from an earlier run" in rerun.stdout
    got = out.read_text().splitlines()
    ids = [json.loads(line)["document"]["id"] for line in got]
    assert len(ids) == len(set(ids)) == 400
    assert got == expected


@pytest.mark.slow
def test_audit_ctrl_c_leaves_usable_parquet(generated_archive, tmp_path):
    out = tmp_path / "results.parquet"
    proc = _start(generated_archive, out)
    parts = tmp_path / "results.parquet.parts" / "documents"
    try:
        _wait_for(lambda: len(list(parts.glob("part-*.parquet"))) >= 3, proc)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        _kill_group(proc)
    assert proc.returncode == 130, stderr.decode()
    assert b"Audit interrupted" in stdout and b"--resume" in stdout
    done = pd.read_parquet(documents_path(out))
    assert 24 <= len(done) < 400 and done["id"].is_unique
    claims = pd.read_parquet(out)
    assert set(claims["document_id"]) <= set(done["id"])

    _run(generated_archive, out, "--resume")
    full = tmp_path / "full.parquet"
    _run(generated_archive, full)
    assert list(iter_documents(out)) == list(iter_documents(full))
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(full))
