"""`dataclasses.replace` for the checks' hot paths: readings, value slips and suspect claims copy a
frozen claim or quantity dozens of times a story, and `replace` goes through every field and
`__init__` (a frozen class sets each field by `object.__setattr__`). A plain copy of the instance
dict gives the same object for a class whose `__init__` only stores its fields.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def _plain(cls: type) -> frozenset[str] | None:
    """The field names of a dataclass whose instances are their fields and nothing else (no
    `__post_init__`, no init-only or non-init fields, no slots), else None."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        return None
    fs = dataclasses.fields(cls)
    if any(not f.init for f in fs) or len(cls.__dataclass_fields__) != len(fs):  # InitVar or ClassVar pseudo-fields
        return None
    return frozenset(f.name for f in fs)


def evolve(obj: T, **changes: Any) -> T:
    """`dataclasses.replace(obj, **changes)`, without the per-field `__init__` for a plain dataclass."""
    names = _plain(type(obj))
    if names is None or not names.issuperset(changes) or len(obj.__dict__) != len(names):
        return dataclasses.replace(obj, **changes)
    new = object.__new__(type(obj))
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new
