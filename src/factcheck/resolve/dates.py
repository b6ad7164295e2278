"""Inferring an article's date (year) from its text when no metadata or option gives one.

The story's "now" is the latest year it treats as past or present: years in future
phrasing ("by 2030", "plans to make 2025 …") do not count, unless the story also speaks
of "this year" and that year is the one right after the latest past year it reports.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from factcheck.resolve.lexicon import period_words
from factcheck.resolve.periods import PeriodMention
from factcheck.wordtrie import word_start_pattern

# "this year", "last year" (any case, at a word start): found from the word "year", whose
# first letter is rarer than t or l (the engine skips ahead to it), read back to the word before.
_YEAR_WORD_RX = re.compile(r"[yY](?i:ear)\b")
_THIS_RX = re.compile(r"(?<!\w)[tT](?i:his)")
_LAST_RX = re.compile(r"(?<!\w)[lL](?i:ast)")


def _said_years(text: str) -> tuple[bool, bool]:
    """Whether `text` says "this year" and whether it says "last year" (any whitespace between)."""
    this = last = False
    for y in _YEAR_WORD_RX.finditer(text):
        k = y.start()
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == y.start() or k < 4:
            continue
        if not this and _THIS_RX.fullmatch(text, k - 4, k):
            this = True
        elif not last and _LAST_RX.fullmatch(text, k - 4, k):
            last = True
        if this and last:
            break
    return this, last


# Both open on one class of their words' first letters (any case): the engine skips ahead to
# those instead of trying every position of the window.
@cache
def _future_rx() -> re.Pattern[str]:
    words = word_start_pattern(period_words()["future_markers"])  # any case
    return re.compile(rf"{words}\b[^.;]{{0,25}}$")


@cache
def _expect_rx() -> re.Pattern[str]:
    words = word_start_pattern(period_words()["expectation_markers"])
    return re.compile(rf"{words}\b(?:[^.;\n]|(?<=[A-Z])\.|\.(?=\S)){{0,60}}\bto\s+[a-z]+\b[^.;\n]{{0,30}}$")


_PAST_VERB_RX = re.compile(r"\b(?:[a-z]{2,}(?<!e)ed|was|were|had|began|fell|rose|shut|hit)\b")  # (not "exceed")
# "at the start of 2024", "early 2024": a part of the year, as a month is
_PART_OF_RX = re.compile(r"\b(?:(?:start|beginning|end|middle|turn|first\s+(?:half|months?|weeks?|quarter))\s+of|"
                         r"early|late|mid-?)\s*$", re.IGNORECASE)
_OVER_BEFORE_RX = re.compile(r"\bover\s+$", re.IGNORECASE)
_TARGET_BEFORE_RX = re.compile(r"\btargets?\b[^.;]{0,40}$", re.IGNORECASE)
# "could squeeze shipments further in 2025": a modal's verb phrase ending on the year
_MODAL_RX = re.compile(r"\b(?:could|may|might|would|will|should)\s+(?:[a-z]+\s+){1,6}(?:in|by|during)\s+$")
# "puts the chance that monthly trade tops $300 million at some point in 2024 at better than even":
# a year a probability is given for is a prospect
_ODDS_RX = re.compile(r"\b(?:chances?|odds|likelihood|probability)\b[^.;]{0,80}\b(?:in|by|during|before)\s+$")


def _future(text: str, start: int) -> bool:
    """Whether the year mention at `start` ends future phrasing ("by 2030", "expect … to grow in 2025").

    Neither phrase runs over a full stop or semicolon from its marker word ("by", "to") to
    the year, so both look only after the last one before it.
    """
    lo = max(0, start - 100)
    cut = max(text.rfind(".", lo, start), text.rfind(";", lo, start)) + 1
    f = _future_rx().search(text, max(start - 40, cut), start)
    if f is not None and _PAST_VERB_RX.search(text, text.find(" ", f.start(), start) + 1 or start, start):
        f = None  # "Before the border closed in January 2020": a past event's year
    return bool(f
                or (text.find("to", cut, start) >= 0 and _expect_rx().search(text, lo, start))
                or _MODAL_RX.search(text, max(start - 70, cut), start)
                or _ODDS_RX.search(text, max(start - 110, cut), start))


def looks_ahead(text: str, m: PeriodMention, now: int | None) -> bool:
    """Whether the story looks forward to the year of mention `m` ("growth could slow further in
    2025"): a year after `now` (the article's), or future phrasing of `now` itself; a year before
    it is past even after "by" ("By 2024 the momentum had faded")."""
    if now is not None and m.year is not None and m.year != now:
        return m.year > now
    return _future(text, m.start)


def future_year(text: str, start: int) -> bool:
    """`_future`, for the period resolvers: a year named as a prospect is no year figures were reported for."""
    return _future(text, start)


def infer_year(text: str, mentions: list[PeriodMention]) -> int | None:
    """The year the story is written in, or None when it names no year."""
    return infer_year_phase(text, mentions)[0]


def infer_year_phase(text: str, mentions: list[PeriodMention]) -> tuple[int | None, bool]:
    """`infer_year`, and whether the guess means "during that year" (the story reports periods
    of the year it is written in, so its yearless "In May" is that year's) rather than "early
    the year after" (a whole year reported as "last year": its "In December" is the year before)."""
    past: list[int] = []
    every: set[int] = set()
    sub_annual: set[int] = set()
    annual: set[int] = set()
    main_years: set[int] = set()
    base_years: set[int] = set()
    for m in mentions:
        # "unchanged from the same period of 2022": a base year the story looks back on
        y = m.spec[1] if m.spec[0] in ("same", "pre") else m.year
        if y is None:
            continue
        every.add(y)
        part = m.spec[0] == "year" and _PART_OF_RX.search(text, max(0, m.start - 25), m.start) is not None
        if m.spec[0] == "sub" or part:
            sub_annual.add(y)
        if not _future(text, m.start):
            past.append(y)
            if m.spec[0] == "year" and m.role == "main" and not part:
                annual.add(y)
            if m.role != "base":
                main_years.add(y)
            elif m.spec[0] == "year" and not _OVER_BEFORE_RX.search(text, max(0, m.start - 6), m.start):
                base_years.add(y)  # ("fell 20 percent over 2025": the year it fell in, as often as a base)
    past += _compared_years(mentions)
    if not past:  # only targets and forecasts: a target's year is the story's own ("a target … for 2024")
        targets = [m.year for m in mentions if m.year is not None and _TARGET_BEFORE_RX.search(text, max(0, m.start - 50), m.start)]
        # only prospects ("the five-year plan for 2026 to 2030"): the story is written before the first
        return (min(targets) if targets else min(every) - 1 if every else None), False
    framed = _headline_year(text, mentions)
    if framed is not None:
        return framed
    latest = max(past)
    compared = _compared_years(mentions)
    if compared and max(compared) >= latest - 1 and max(compared) not in annual and not (set(compared) & base_years):
        # yearless months compared with the year before ("In November …, flat on the same period of
        # 2022"): months of the story's own year
        return max(compared), True
    if _released_whole_year(text, mentions) == latest:
        return latest + 1, False
    this_year, last_year = _said_years(text)
    if last_year and latest in annual and _said_years(_lead(text)) == (False, True) and any(
            m.year == latest and m.role == "main" and _sentence_has_figure(text, m.start) for m in mentions):
        return latest + 1, False  # the lead's "last year" is the latest whole year named, whatever a later "this year" is
    if this_year:
        return (latest + 1 if latest + 1 in every else latest), True
    if last_year and latest in base_years and latest not in main_years:
        return latest + 2, False  # "worth $894 million last year, … up 247.5 percent on 2021": last year is 2022
    if last_year and (latest in annual or latest not in sub_annual):
        return latest + 1, False  # "in 2022" reported as a whole year and called "last year"
    return latest, latest in sub_annual and latest not in annual


def _compared_years(mentions: list[PeriodMention]) -> list[int]:
    """"In November, exports … up 78% from November 2022": a yearless month compared with the
    same month of a named year is that month of the year after."""
    yearless = {m.spec[1:3] for m in mentions if m.spec[0] == "sub" and m.spec[3] is None
                and m.spec[4] is None and m.role == "main"}
    out = [m.spec[3] + 1 for m in mentions if m.role == "base" and m.spec[0] == "sub"
           and m.spec[3] is not None and m.spec[1:3] in yearless]
    if yearless:  # "Over the first 11 months, … flat on the same period of 2022": the story's year is 2023
        out += [m.spec[1] + 1 for m in mentions if m.spec[0] == "same" and isinstance(m.spec[1], int)]
    return out


# "customs data released on Friday", "figures … showed on Monday": the lead reports a release
_RELEASE_RX = re.compile(r"\b(?:released|published|showed|show|shows)\b[^.;\n]{0,40}?\bon\s+"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                         # "…, the city's Census and Statistics Department said", "full-year figures for 2025"
                         r"|,\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?[A-Z][^.;\n]{0,80}\b(?:said|reported)\b|\b(?:full-year|annual)\s+(?:figures|data|"
                         r"numbers|statistics)\b")


def _released_whole_year(text: str, mentions: list[PeriodMention]) -> int | None:
    """A lead reporting a whole year's figure as just released ("trade fell in 2014 …, figures
    showed on Monday") is written early the year after: a full year's data come out after it ends."""
    head_end = text.find("\n")
    if head_end <= 0:
        return None
    lead_start = len(text) - len(text[head_end:].lstrip())
    lead_end = text.find("\n", lead_start)
    lead_end = lead_end if lead_end != -1 else len(text)
    if not _RELEASE_RX.search(text, lead_start, lead_end):
        return None
    years = {m.spec[1] for m in mentions if m.spec[0] == "year" and m.role == "main"
             and lead_start <= m.start < lead_end}
    return years.pop() if len(years) == 1 else None


_FIGURE_RX = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent|billion|million|trillion|bn|tn)\b|[$€£¥]\s?\d")


def _sentence_has_figure(text: str, at: int) -> bool:
    """Whether the sentence around `at` carries a figure (a year reported, not one hoped for)."""
    a = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    b = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
    return _FIGURE_RX.search(text, a, b) is not None


def _lead(text: str) -> str:
    """The first paragraph after the headline ("" for a text of one line)."""
    head_end = text.find("\n")
    if head_end <= 0:
        return ""
    lead_start = len(text) - len(text[head_end:].lstrip())
    lead_end = text.find("\n", lead_start)
    return text[lead_start:lead_end if lead_end != -1 else len(text)]


def _headline_year(text: str, mentions: list[PeriodMention]) -> tuple[int, bool] | None:
    """A headline naming one year and a lead calling it "last year" ("Trade More Than Doubles
    in 2023" … "more than doubled last year") date the story to the year after, whatever later
    paragraphs name ("marked 2024 as a year of friendship"); "this year" dates it to that year."""
    head_end = text.find("\n")
    if head_end <= 0:
        return None
    years = {m.year for m in mentions if m.year is not None and m.end <= head_end and m.role == "main"}
    if len(years) != 1:
        return None
    lead_start = len(text) - len(text[head_end:].lstrip())
    lead_end = text.find("\n", lead_start)
    lead = text[lead_start:lead_end if lead_end != -1 else len(text)]
    (year,) = years
    this_year, last_year = _said_years(lead)
    if last_year:
        return year + 1, False
    if this_year:
        return year, True
    return None


_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "BEIJING, Nov 7 —", "SEOUL, Dec. 20 (Yonhap) —", "HANOI (Aug. 10) —", "HONG KONG, 12 January 2024 —"
_DATELINE_RX = re.compile(
    rf"^[A-Z][A-Z .'-]+(?:,\s*|\s*\(\s*)(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON}))"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\)?\s*(?:\([^)\n]{{0,30}}\)\s*)?(?:—|–|--|-)", re.MULTILINE)
# a date line of its own under the headline or byline: "May 9, 2025", "Published: 9 May 2025",
# "Updated Friday, January 13, 2023 10:02 GMT"
_DATE_LINE_RX = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Date)\b:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON}),?)\s+(?P<y>(?:19|20)\d\d)"
    rf"(?:,?\s+\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?)?\s*$", re.MULTILINE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RX = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_RELEASED_ON_RX = re.compile(r"\b(?:released|published|issued)\b[^.;\n]{0,25}\bon\s+$")
_WINDOW = 5  # years from the latest past year the story names: a day falls on one weekday once in 5


def infer_date(text: str, mentions: list[PeriodMention]) -> str | None:
    """The story's date from its dateline, else its year (`infer_year`)."""
    return infer_date_phase(text, mentions)[0]


def infer_date_phase(text: str, mentions: list[PeriodMention]) -> tuple[str | None, bool]:
    """`infer_date`, and for a bare year whether it means "during that year" (`infer_year_phase`).

    A dateline with a year gives the full date ("YYYY-MM-DD": read, not guessed). A yearless
    one ("BEIJING, Nov 7 —") plus the weekday the lead names ("data showed on Monday") pins
    the year: the one year, from the latest past year the story names onwards, whose Nov 7
    is a Monday gives the full date when it is that year or the next; otherwise the year
    stays a guess ("YYYY-MM", the weekday's year if any) — a story that names only "since
    2015" may be written any year after.
    """
    year, during = infer_year_phase(text, mentions)
    m = _DATELINE_RX.search(text, 0, 600) or _DATE_LINE_RX.search(text, 0, 400)
    if m is None:
        return (None if year is None else str(year)), during
    month = _MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(m.group("d1") or m.group("d2"))
    if m.group("y"):
        full = _day(int(m.group("y")), month, day)
        return (full, False) if full else (str(year), during)
    para_end = text.find("\n", m.end())
    lead_end = para_end if para_end != -1 else len(text)
    if year is not None and any(
            p.spec[0] == "sub" and p.spec[3] == year and p.spec[2] > month and p.role == "main"
            and m.end() <= p.start < lead_end and not _future(text, p.start) for p in mentions):
        year += 1  # "SEOUL, Jan. 19 — exports rose in December 2023": a month's data come out after it
    w = _WEEKDAY_RX.search(text, m.end(), para_end if para_end != -1 else len(text))
    if w is not None and _RELEASED_ON_RX.search(text, max(m.end(), w.start() - 40), w.start()):
        w = None  # "data released on Thursday" in a Friday story: the dateline may be days later
    if w is not None and year is not None:
        wd = _WEEKDAYS.index(w.group().lower())
        hits = [y for y in range(year, year + _WINDOW) if (d := _day(y, month, day))
                and datetime.date.fromisoformat(d).weekday() == wd]
        if len(hits) == 1 and hits[0] <= year + 1:  # and close to the years the story names
            return _day(hits[0], month, day), False
        if hits:
            year = hits[0]
    return (None if year is None else f"{year:04d}-{month:02d}"), False


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
