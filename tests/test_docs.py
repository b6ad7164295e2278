"""Every command, option and rule code is documented in README.md or docs/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import typer.main

from factcheck import rules
from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _docs_text() -> str:
    files = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in files if p.exists())


def _commands() -> dict:
    """The app's commands by name, groups walked ("ref show"); typer vendors click."""
    out = {}
    for name, cmd in typer.main.get_command(app).commands.items():
        out[name] = cmd
        for sub, subcmd in getattr(cmd, "commands", {}).items():
            out[f"{name} {sub}"] = subcmd
    return out


def _options() -> list[tuple[str, str]]:
    out = []
    for name, cmd in _commands().items():
        for param in cmd.params:
            if param.param_type_name == "option" and param.name != "help":
                out += [(name, opt) for opt in (*param.opts, *param.secondary_opts)
                        if opt.startswith("--")]
    return out


@pytest.mark.parametrize("name", sorted(_commands()))
def test_docs_every_command_is_documented(name):
    text = _docs_text()
    assert f"factcheck {name}" in text, f"`factcheck {name}` is not documented in README/docs"
    assert _commands()[name].help, f"`factcheck {name}` has no help text"


@pytest.mark.parametrize(("command", "option"), _options(), ids=lambda x: x)
def test_docs_every_option_is_documented(command, option):
    assert f"`{option}" in _docs_text(), f"`factcheck {command} {option}` is not documented"


@pytest.mark.parametrize("code", list(rules.rules()))
def test_docs_every_rule_code_is_documented(code):
    assert f"### {code}" in _docs_text()


def test_docs_rules_md_is_up_to_date():
    spec = importlib.util.spec_from_file_location("gen_rules", DOCS / "gen_rules.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/rules.md is stale: run `python docs/gen_rules.py`"
