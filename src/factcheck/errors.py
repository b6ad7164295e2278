"""Errors for caller, input, configuration and data-file mistakes.

"Could not resolve" and "no data" are results, not exceptions. Every message here
names the file (and line, row or column) at fault, in one line, so the CLI can print
`Error: <message>` and exit 2.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: a known, user-facing problem (exit code 2)."""


class InputError(FactcheckError):
    """An input document or archive cannot be read."""


class ConfigError(FactcheckError):
    """A setting, option or configuration file is invalid."""


class ReferenceDataError(FactcheckError):
    """A reference table is missing, malformed or fails validation."""


class PatternFileError(FactcheckError):
    """A lexicon or pattern data file is malformed."""
