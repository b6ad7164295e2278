"""The domain model: plain frozen dataclasses that travel between stages.

spaCy objects never leave `factcheck.nlp`; everything after extraction takes and
returns these classes, so most tests need no pipeline.

Vocabularies (ARCHITECTURE.md §7) are spelled out as tuples below so that every
stage and the tests share one definition.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

KINDS = ("level", "change", "multiple", "ratio", "share", "count", "balance")
APPROX = ("about", "nearly", "more_than", "less_than", "at_least", "at_most")
DIRECTIONS = ("up", "down")
FLOWS = ("export", "import", "total", "balance")
VERDICTS = ("supported", "contradicted", "unverifiable", "needs_review")
DATE_SOURCES = ("metadata", "option", "inferred", "fitted", "none")


@dataclass(frozen=True)
class Article:
    """One document to check, as read by `factcheck.sources`.

    `date` is the publication date as ISO text (`2023-01-20`, or `2023` when only the
    year is known) and `date_source` says where it came from (metadata | option |
    inferred | fitted | none; fitted: the year the story's figures fit in the reference data). `error` is set, and `text` empty, for a document that could not
    be read: batch runs record it and go on.
    """

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    error: str | None = None

    def with_date(self, date: str | None, source: str | None) -> Article:
        return replace(self, date=date, date_source=source)


@dataclass(frozen=True)
class Quantity:
    """A numeric mention found by extraction, before anything is known of its subject.

    `value` is in plain units (894000000 for "US$894 million", 247.5 for "247.5
    percent", 3 for "tripled"); `value_high` is set for ranges only. `interval` is the
    claim's constraint on its target quantity in the same units as `value` (a percent
    change stays in percent here; `check.semantics` turns it into a ratio).
    `precision` is half a unit of the last stated digit, in plain units.
    `is_claim` is False for numbers that are not statistical claims (counted nouns
    like "two-day meeting" are still True when they are quantities a story asserts;
    dates, ordinals, ages, model names and the like are never emitted at all).
    `trend` is the direction of a change verb that governs a level ("rose 8% to $99m":
    the $99m level has trend "up"); `direction` stays None for levels.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    value_high: float | None = None
    approx: str | None = None
    direction: str | None = None
    interval: tuple[float, float] | None = None
    precision: float = 0.0
    scale: float = 1.0
    commodity: str | None = None
    currency_ambiguous: bool = False
    is_claim: bool = True
    sentence_start: int = 0
    sentence_end: int = 0
    pattern: str | None = None
    trend: str | None = None


@dataclass(frozen=True)
class Cue:
    """A word or phrase that helps resolution (a country, a flow verb, a period)."""

    kind: str
    text: str
    start: int
    end: int
    value: str | None = None


@dataclass(frozen=True)
class Subject:
    """What a claim is about, in customs terms (ISO3 codes; flow from the reporter's side)."""

    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    commodity: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "reporter": self.reporter,
            "partner": self.partner,
            "flow": self.flow,
            "commodity": self.commodity,
        }


@dataclass(frozen=True)
class Claim:
    """A quantity together with what it is about.

    `confidence` is in [0, 1]; `weak` lists the fields whose resolution was guessed or
    missing (e.g. ("partner", "period")): checking never gives a confident
    contradiction for a claim whose needed fields are weak. `cues` records the words
    each field was resolved from, as (field, text) pairs.
    """

    id: str
    quantity: Quantity
    sentence: str
    line: int
    column: int
    subject: Subject | None = None
    period: str | None = None
    base_period: str | None = None
    confidence: float = 0.0
    weak: tuple[str, ...] = ()
    cues: tuple[tuple[str, str], ...] = ()
    metric: str | None = None


@dataclass(frozen=True)
class Observation:
    """One reference figure with its provenance (the tidy reference table's row).

    `derived_from` is empty for a published figure and names its inputs for a value
    the store computed (e.g. ("2022-10 total", "2022-11 total", "2022-12 total")).
    `uncertainty` is the half-width a derived value inherits from its inputs' rounding
    (540m − 530m is 10m ± 5.5m); published figures carry their own rounding instead.
    """

    source: str
    reporter: str
    partner: str
    flow: str
    period: str
    value: float | None
    currency: str | None = "USD"
    commodity: str | None = None
    frequency: str | None = None
    unit: str | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    published_change_pct: float | None = None
    change_basis: str | None = None
    status: str | None = None
    source_date: str | None = None
    source_url: str | None = None
    note: str | None = None
    derived_from: tuple[str, ...] = ()
    uncertainty: float = 0.0

    @property
    def usable(self) -> bool:
        """A known misprint is kept to recognise it, never used as support."""
        return not self.status or self.status == "ok"


@dataclass(frozen=True)
class Evidence:
    """A figure shown to the editor next to a verdict."""

    value: float | None
    period: str | None
    source: str | None
    source_url: str | None = None
    kind: str = "level"
    currency: str | None = None
    derived_from: tuple[str, ...] = ()
    status: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "period": self.period,
            "source": self.source,
            "source_url": self.source_url,
            "kind": self.kind,
            "currency": self.currency,
            "derived_from": list(self.derived_from) or None,
            "status": self.status,
            "note": self.note,
        }


@dataclass(frozen=True)
class Diagnosis:
    """The most likely slip behind a wrong figure, and the value under that reading."""

    slip: str
    message: str
    value: float | None = None
    reading: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"slip": self.slip, "message": self.message, "value": self.value,
                "reading": self.reading}


@dataclass(frozen=True)
class Verdict:
    """A judgement on one claim: verdict word, rule code, the arithmetic, the evidence."""

    verdict: str
    rule: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    disputed: bool = False
    tolerance: str | None = None
    diagnosis: Diagnosis | None = None
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckedClaim:
    """A claim and the verdict it got."""

    claim: Claim
    verdict: Verdict


@dataclass(frozen=True)
class Report:
    """Everything factcheck found in one document."""

    article: Article
    claims: tuple[CheckedClaim, ...] = ()
    findings: tuple[Verdict, ...] = field(default=())

    def summary(self) -> dict[str, int]:
        counts = {v: 0 for v in VERDICTS}
        for c in self.claims:
            counts[c.verdict.verdict] = counts.get(c.verdict.verdict, 0) + 1
        return {"claims": len(self.claims), **counts,
                "disputed": sum(1 for c in self.claims if c.verdict.disputed)}

    @property
    def contradicted(self) -> int:
        return sum(1 for c in self.claims if c.verdict.verdict == "contradicted")

    def to_dict(self) -> dict[str, Any]:
        from factcheck.report.contract import report_to_dict

        return report_to_dict(self)

    def to_frame(self):  # -> pandas.DataFrame
        from factcheck.report.contract import reports_to_frame

        return reports_to_frame([self])
