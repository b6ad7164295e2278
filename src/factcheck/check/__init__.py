"""Checking (PLACEHOLDER until the verification work lands: everything unverifiable)."""

from __future__ import annotations

from factcheck.models import CheckedClaim, Verdict


def check_claims(claims, store, article):
    return [CheckedClaim(c, Verdict("unverifiable", "FC201", "no check implemented yet")) for c in claims]
