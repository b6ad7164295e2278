"""No module binds the same top-level name twice: a second `_RATE_FROM_RX = …` silently replaces
the first for every function above it (ruff does not flag plain re-assignment)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "factcheck"
MODULES = sorted(SRC.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(SRC)) for p in MODULES])
def test_module_constants_are_bound_once(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [n for n, k in Counter(_top_level_names(tree)).items() if k > 1]
    assert not twice, f"{path.name} binds {twice} more than once"
