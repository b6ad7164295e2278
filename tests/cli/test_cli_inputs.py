"""Bad inputs through the real `factcheck.sources`: one `Error:` line each, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("factcheck.sources", reason="the sources stage is not built yet")


@pytest.fixture
def empty(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return "empty.txt"


@pytest.mark.parametrize(
    ("args", "err"),
    [
        (["missing.txt"], "Error: missing.txt: no such file or directory\n"),
        (["empty.txt"], "Error: empty.txt: empty file\n"),
        (["missing.txt", "empty.txt", "-f", "concise"],
         "Error: missing.txt: no such file or directory\nError: empty.txt: empty file\n"),
        (["extract", "missing.txt"], "Error: missing.txt: no such file or directory\n"),
    ],
    ids=["missing", "empty", "both", "extract-missing"],
)
def test_inputs_bad_files_exit_2_with_error_lines(run, empty, args, err):
    r = run(*args)
    assert (r.code, r.err, r.out) == (2, err, "")


def test_inputs_bad_files_are_in_json_output(run, empty):
    r = run("missing.txt", "empty.txt", "--format", "json")
    assert r.code == 2
    assert [d["document"]["error"] for d in json.loads(r.out)] == [
        "missing.txt: no such file or directory", "empty.txt: empty file"]


@pytest.mark.slow
def test_inputs_console_entry_point_in_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "factcheck", "missing.txt", "--no-color"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stderr, proc.stdout) == (
        2, "Error: missing.txt: no such file or directory\n", "")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "rule", "FC303"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("FC303 multiple-contradicted\n")
