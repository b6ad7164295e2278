"""The rule registry: one table (`data/rules.yaml`) of codes, names, severities and docs.

`--select/--ignore` match codes by prefix; the longest matching prefix wins (as in
flake8's decision engine), and selection wins a tie.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from factcheck.errors import PatternFileError

SLIPS = {
    "wrong_base_period": "another base period",
    "flows_swapped": "exports and imports swapped",
    "total_vs_flow": "total trade read as one flow (or the reverse)",
    "scale_slip": "million / billion / trillion slip",
    "missing_scale": "a scale word left out",
    "percent_of_as_increase": '"N percent of" written as "increase by N percent"',
    "percent_vs_points": "percent vs percentage points",
    "times_higher_off_by_one": '"N times higher" read as N+1 times',
    "transposed_digits": "transposed digits",
    "wrong_sign": "rise and fall swapped",
    "cumulative_as_month": "a cumulative figure attached to a single month",
    "wrong_currency": "yuan and dollar figures mixed up",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    verdict: str | None
    summary: str
    doc: str


@cache
def rules() -> dict[str, Rule]:
    """All rules by code, in code order."""
    text = resources.files("factcheck").joinpath("data/rules.yaml").read_text(encoding="utf-8")
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PatternFileError(f"data/rules.yaml: not valid YAML: {exc}") from exc
    out = {}
    for code, row in sorted(raw.items()):
        try:
            out[code] = Rule(code, row["name"], row["severity"], row.get("verdict"),
                             row["summary"], row.get("doc", ""))
        except KeyError as exc:
            raise PatternFileError(f"data/rules.yaml: rule {code} lacks {exc}") from exc
    return out


def get(code: str) -> Rule:
    return rules()[code]


def is_selected(code: str, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> bool:
    """Whether a finding with `code` is reported under `--select` / `--ignore` prefixes."""
    best_sel = max((len(p) for p in select if code.startswith(p)), default=-1 if select else 0)
    best_ign = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return best_sel >= 0 and best_sel >= best_ign
