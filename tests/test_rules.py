"""The rule table and --select/--ignore prefix logic."""

import pytest

from factcheck import rules
from factcheck.models import VERDICTS


def test_rules_table_is_complete():
    table = rules.rules()
    assert len(table) >= 25
    for code, rule in table.items():
        assert code.startswith("FC") and len(code) == 5
        assert rule.severity in {"error", "warning", "info"}
        assert rule.verdict in (*VERDICTS, None)
        assert rule.summary and rule.name == rule.name.lower()


@pytest.mark.parametrize(
    ("code", "select", "ignore", "expected"),
    [
        ("FC301", (), (), True),
        ("FC301", (), ("FC3",), False),
        ("FC301", ("FC301",), ("FC3",), True),
        ("FC301", ("FC3",), ("FC301",), False),
        ("FC201", ("FC3",), (), False),
        ("FC301", ("FC",), (), True),
        ("FC301", ("FC3",), ("FC3",), True),
    ],
    ids=["default", "ignored", "longer-select-wins", "longer-ignore-wins", "not-selected",
         "all", "tie-selects"],
)
def test_rules_is_selected_longest_prefix_wins(code, select, ignore, expected):
    assert rules.is_selected(code, select, ignore) is expected


def test_rules_slips_have_descriptions():
    assert "wrong_base_period" in rules.SLIPS
    assert all(rules.SLIPS.values())
