"""`evolve` copies a frozen claim or quantity exactly as `dataclasses.replace` would."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import pytest

from factcheck.check.evolve import evolve
from factcheck.models import Claim, Quantity, Subject

Q = Quantity("$894 million", 10, 22, "level", 894e6, "USD", interval=(893.5e6, 894.5e6), precision=0.5e6)
C = Claim("c1", Q, "Exports were $894 million.", 1, 11, Subject("CHN", "PRK", "export"), "2022", None, 0.9,
          ("period",), (("flow", "Exports"),))


@dataclass(frozen=True)
class _Checked:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative")


@dataclass(frozen=True)
class _Cached:
    x: int
    tags: list = field(default_factory=list)

    @cached_property
    def double(self) -> int:
        return 2 * self.x


@pytest.mark.parametrize(("obj", "changes"), [
    (Q, {"value": 8.94e9, "interval": None}),
    (Q, {"unit": "percent", "direction": "down"}),
    (C, {"weak": ("period", "base_period")}),
    (C, {"subject": None}),
    (C, {}),
], ids=["quantity-value", "quantity-unit", "claim-weak", "claim-subject", "no-change"])
def test_evolve_equals_replace(obj, changes):
    new = evolve(obj, **changes)
    assert new == replace(obj, **changes)
    assert type(new) is type(obj) and new is not obj
    assert hash(new) == hash(replace(obj, **changes))


def test_evolve_runs_post_init_checks_like_replace():
    with pytest.raises(ValueError):
        evolve(_Checked(1), x=-1)


def test_evolve_drops_values_cached_on_the_old_instance():
    a = _Cached(2)
    assert a.double == 4
    assert evolve(a, x=5).double == 10


def test_evolve_rejects_unknown_fields_like_replace():
    with pytest.raises(TypeError):
        evolve(Q, colour="red")
