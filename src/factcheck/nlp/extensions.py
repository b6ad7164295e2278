"""The custom attributes factcheck sets on spaCy objects, declared in one table.

`register()` is idempotent: it can run on every pipeline build.
"""

from __future__ import annotations

from typing import Any

# (object, attribute, default)
EXTENSIONS: tuple[tuple[str, str, Any], ...] = (
    ("Doc", "fc_quantities", None),
)
SPANS_KEY = "fc_quantities"


def register() -> None:
    from spacy.tokens import Doc, Span, Token

    owners = {"Doc": Doc, "Span": Span, "Token": Token}
    for owner, name, default in EXTENSIONS:
        cls = owners[owner]
        if not cls.has_extension(name):
            cls.set_extension(name, default=default)
