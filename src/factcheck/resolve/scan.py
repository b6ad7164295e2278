"""One pass over an article's words: countries (gazetteer), flow cues and non-trade cues.

Phrases are matched on letter tokens (longest phrase first), which is much cheaper than a
regex alternation of a few thousand names and lets names and cue words share one scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import pycountry
from rapidfuzz import fuzz, process

from factcheck.resolve.lexicon import aliases, settings, word_set
from factcheck.textscan import NON_LETTER
from factcheck.wordtrie import inner_lowered, trie_pattern

TOKEN_RX = re.compile(r"[^\W\d_]+")
_GAP_OK = re.compile(r"^[ \t.\-–'’]{0,3}$")

# Phrases that contain a country word but name no state ("Korean Peninsula", "South China Sea").
_BLOCKED = (
    "Korean Peninsula", "Korean War", "South China Sea", "East China Sea", "the South China Sea",
    "South China Morning Post", "China Daily", "Bank of China", "People's Bank of China",
    "Air China", "Japan Times", "Washington Post", "Korea Herald", "Korea Times",
    "Chinese New Year", "Russia Today", "Korean Central News Agency", "Daily NK",
    # a bare "Korea"/"Korean" is South Korea, but not in the names of its institutions
    "Korea Trade-Investment Promotion Agency", "Korea International Trade Association", "Bank of Korea",
    "Korea Customs Service", "Korea Development Institute", "Korea Institute for International Economic Policy",
    "Korea Exchange", "Export-Import Bank of Korea", "Korean won", "Korean peninsula",
    # outlets, banks and chambers named after a country, which trade with no one
    "Voice of America", "Radio Free Asia", "Radio Free Europe", "Bank of America", "Bank of Japan",
    "Bank of Russia", "Central Bank of Russia", "Japan External Trade Organization",
    "American Chamber of Commerce", "European Union Chamber of Commerce", "EU Chamber of Commerce",
    "US-China Business Council", "U.S.-China Business Council", "China International Capital Corp",
    "Industrial and Commercial Bank of China", "China Construction Bank", "Agricultural Bank of China",
    "Bank of Communications", "China Merchants Bank",
)


class Match(NamedTuple):
    """A phrase found in the text: a country mention (`cat="place"`) or a cue. (A named tuple,
    not a frozen dataclass: a story has ~70, and one is built in a third of the time.)"""

    start: int
    end: int
    text: str
    cat: str  # place | export | import | total | balance | nontrade
    kind: str = ""  # for places: name | demonym | metonym | epithet | anaphor | pair | bloc | fuzzy
    iso3: str | None = None
    hints: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class _Entry:
    tokens: tuple[str, ...]
    case: tuple[int, ...]  # 0 any case, 1 initial capital, 2 all capitals
    cat: str
    kind: str
    iso3: str | None
    hints: tuple[str, ...]


def _tok(phrase: str) -> list[str]:
    return TOKEN_RX.findall(phrase)


def _case_rule(tok: str) -> int:
    if len(tok) > 1 and tok.isupper():
        return 2
    return 1 if tok[:1].isupper() else 0


_KIND_CONF = {"name": 1.0, "bloc": 1.0, "demonym": 0.95, "metonym": 0.9, "epithet": 0.85,
              "anaphor": 0.7, "pair": 0.8, "fuzzy": 0.8, "counterpart": 0.7}


@cache
def _index() -> dict[str, tuple[_Entry, ...]]:
    """First lower-cased token -> entries, longest first. Built once per process."""
    entries: dict[tuple[str, ...], _Entry] = {}

    def add(phrase: str, cat: str, kind: str = "", iso3: str | None = None,
            hints: tuple[str, ...] = (), cased: bool = True) -> None:
        toks = _tok(phrase)
        if not toks:
            return
        key = tuple(t.lower() for t in toks)
        case = tuple(_case_rule(t) if cased or t.isupper() else 0 for t in toks)
        old = entries.get(key)
        if old is not None and (old.cat, old.iso3) == (cat, iso3) and old.case != case:
            # "ASEAN" and "Asean" (a house style): the looser spelling rule admits both
            entries[key] = _Entry(key, tuple(map(min, old.case, case)), old.cat, old.kind, old.iso3, old.hints)
        entries.setdefault(key, _Entry(key, case, cat, kind, iso3, hints))

    for a in aliases():  # our own rows win over pycountry's
        add(a.text, "place", a.kind, a.iso3, a.hints)
    for phrase in _BLOCKED:
        add(phrase, "blocked", "blocked")
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and "(" not in name:
                add(name, "place", "name", c.alpha_3)
    s = settings()
    for flow, phrases in s["flow_cues"].items():
        for p in phrases:
            add(p, flow, cased=False)
    for p in s["non_trade_cues"]:
        add(str(p), "nontrade", cased=False)
    index: dict[str, list[_Entry]] = {}
    for e in entries.values():
        index.setdefault(e.tokens[0], []).append(e)
    return {k: tuple(sorted(v, key=lambda e: -len(e.tokens))) for k, v in index.items()}


@cache
def _fuzzy_choices() -> dict[int, tuple[list[str], list[str]]]:
    """Country names by token count (1 or 2) for near-miss spellings: (names, iso3s)."""
    out: dict[int, tuple[list[str], list[str]]] = {1: ([], []), 2: ([], [])}
    for entries in _index().values():
        for e in entries:
            if e.cat == "place" and e.kind == "name" and e.iso3 and len(e.tokens) in out \
                    and sum(map(len, e.tokens)) >= 5:
                out[len(e.tokens)][0].append(" ".join(e.tokens))
                out[len(e.tokens)][1].append(e.iso3)
    return out


@lru_cache(maxsize=4096)
def fuzzy_country(phrase: str) -> tuple[str, str] | None:
    """(iso3, name) for a near-miss spelling ("Phillipines"), only above the score cutoff."""
    cfg = settings()["fuzzy"]
    low = phrase.lower()
    if len(low.replace(" ", "")) < cfg["min_length"] or low in word_set_fuzzy_deny():
        return None
    names, isos = _fuzzy_choices()[low.count(" ") + 1]
    hit = process.extractOne(low, names, scorer=fuzz.ratio, score_cutoff=cfg["score_cutoff"])
    if hit is None:
        return None
    return isos[hit[2]], hit[0]


@cache
def word_set_fuzzy_deny() -> frozenset[str]:
    return frozenset(w.lower() for w in settings()["fuzzy"]["deny"])


def _case_ok(text: str, rule: int) -> bool:
    if rule == 0:
        return True
    if rule == 2:
        return text.isupper()
    return text[:1].isupper()


_MONEY_AFTER = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just)\s+)?"
                          r"(?:US\s?\$|[$€£¥]|(?:\d[\d.,]*\s*(?:million|billion|trillion|bn|m)?\s*(?:dollars|yuan|euros)))")


# "imports from suppliers such as Australia", "sales to buyers in Asia": an agent noun after a
# preposition names the other party, it is no flow of its own
_AGENT_OBJECT_RX = re.compile(r"\b(?:from|to|with|among|by)\s+(?:(?:its|their|the|major|main|key|foreign|overseas|"
                              r"other|big|large|top|leading|Chinese|American|European)\s+){0,3}$", re.IGNORECASE)
_OF_GOODS_AFTER = re.compile(r"[\d.,]*\s*(?:million|billion|trillion|bn|m)?\s+(?:worth\s+)?of\b")


def _earned(text: str, end: int, tokens: tuple[str, ...]) -> bool:
    """"the same goods brought in $31.1 million": money brought in is income, not imports
    (but "brought in $5 billion of soybeans" is)."""
    m = _MONEY_AFTER.match(text, end)
    return m is not None and " ".join(tokens) in word_set("earned_before_money") and \
        _OF_GOODS_AFTER.match(text, m.end()) is None


def _trade_is_flow(text: str, end: int) -> bool:
    m = TOKEN_RX.search(text, end, end + 40)
    return m is None or m.group().lower() not in word_set("trade_not_before") or \
        (not _GAP_OK.match(text[end:m.start()].replace(" ", "")) and "," in text[end:m.start()])


def _modifies_context_noun(text: str, end: int) -> bool:
    """"export earnings", "import tariffs": the flow word modifies a non-trade noun."""
    m = TOKEN_RX.match(text, end + 1) if text[end:end + 1] in (" ", "-") else None
    return m is not None and m.group().lower() in word_set("context_nouns")


@cache
def _phrase_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every known phrase (any case, flexible separators), else a capitalised word (fuzzy).

    Two forms of one pattern, the phrase in group `m`: the first for the text's start, the
    second for everywhere else. The second consumes the non-letter before the phrase, so
    the engine skips through words on a character class instead of trying a lookbehind at
    every position. Both run on `inner_lowered(text)`, where a phrase's letters after its
    words' first are plain literals (same spans, same letters and non-letters).
    """
    keys = sorted(" ".join(e.tokens) for v in _index().values() for e in v)
    body = trie_pattern(keys, space=r"[ \t.\-–'’]{1,3}", fold_case=True, inner_lowered=True)
    # the fuzzy pair never swallows a place name's first word ("With South Korea", "With Japan the
    # deficit"); it still swallows a cue word in a name ("International Trade Association")
    names = sorted(" ".join(e.tokens) for v in _index().values() for e in v if e.cat == "place")
    places = trie_pattern(names, space=r"[ \t.\-–'’]{1,3}", fold_case=True, inner_lowered=True)
    phrase = (rf"(?=[^\W\d_])(?P<m>(?P<p>{body})(?![^\W\d_])"
              rf"|[A-Z][^\W\d_]{{3,}}(?: (?!(?:{places})(?![^\W\d_]))[A-Z][^\W\d_]+)?)")
    return re.compile(phrase), re.compile(rf"{NON_LETTER}{phrase}")


def _phrase_matches(text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping phrase matches in order (a match ends on a letter, so the next
    phrase, which needs a non-letter before it, cannot start right where it ends), in
    `inner_lowered(text)`: read the surface from `text` by the match's span."""
    at_start, elsewhere = _phrase_rx()
    text = inner_lowered(text)
    first = at_start.match(text)
    if first is not None:
        yield first
    yield from elsewhere.finditer(text, first.end() if first is not None else 0)


@cache
def _phrases() -> dict[tuple[str, ...], _Entry]:
    return {e.tokens: e for v in _index().values() for e in v}


@lru_cache(maxsize=1 << 16)
def _entry(surface: str) -> _Entry | None:
    """The known phrase `surface` spells, if its letter case fits (names and cues repeat:
    each distinct spelling is looked up once)."""
    words = TOKEN_RX.findall(surface)
    e = _phrases().get(tuple(w.lower() for w in words))
    if e is None or not all(_case_ok(w, c) for w, c in zip(words, e.case, strict=True)):
        return None
    return e


def scan(text: str) -> list[Match]:
    """Every place mention and cue in `text`, in order, non-overlapping."""
    out: list[Match] = []
    for cm in _phrase_matches(text):
        start, end = cm.span("m")
        if cm.group("p") is None:
            fz = _fuzzy(text[start:end], start)
            if fz is not None:
                out.append(fz)
            continue
        e = _entry(text[start:end])
        if e is None:
            continue
        if e.cat == "place":
            m = _place(text, start, end, e)
            if m is not None:
                out.append(m)
        elif e.cat != "blocked" and (e.tokens != ("trade",) or _trade_is_flow(text, end)) and \
                (e.cat == "nontrade" or not _modifies_context_noun(text, end)) and \
                not (e.cat == "import" and _earned(text, end, e.tokens)) and \
                not (e.cat in ("export", "import") and " ".join(e.tokens) in word_set("agent_cues")
                     and _AGENT_OBJECT_RX.search(text, max(0, start - 40), start)):
            out.append(Match(start, end, text[start:end], e.cat))
    return out


def _place(text: str, start: int, end: int, e: _Entry) -> Match | None:
    after = text[end:end + 12]
    if e.iso3 == "USA" and (after.startswith("$") or re.match(r"\.?\s*dollars?\b", after, re.I)):
        return None  # "US$894 million", "U.S. dollars": a currency, not a party
    if e.kind == "pair" and e.tokens == ("the", "two"):
        nxt = TOKEN_RX.match(text, end + 1) if text[end:end + 1] == " " else None
        if text[end:end + 1] == "-" or (nxt and nxt.group().lower() not in word_set("pair_two_ok_after")):
            return None
    if e.iso3 == "WLD" and after[:2] in ("'s", "’s"):
        return None  # "the world's largest exporter"
    if text[start:end].isupper() and len(text[start:end]) > 3 and _is_dateline(text, start, end):
        return None
    return Match(start, end, text[start:end], "place", e.kind, e.iso3, e.hints,
                 _KIND_CONF.get(e.kind, 0.8))


def _is_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    # "SEOUL —", "BEIJING, May 9", "SEOUL: China's …" (a colon before a figure is a list item)
    # ("ASEAN — 2019: 4.43 trillion yuan": a label over figures, no dateline)
    return not text[line_start:start].strip() and bool(re.match(r"\s*(?:[—–,(-]+\s*(?=[^\d$€£¥\s])|:\s*[A-Z])",
                                                                text[end:end + 8]))


def _fuzzy(phrase: str, start: int) -> Match | None:
    """A near-miss country name: two capitalised words first ("North Koria"), then one."""
    hit = _fuzzy_hit(phrase)
    if hit is None:
        return None
    name, iso = hit
    return Match(start, start + len(name), name, "place", "fuzzy", iso, (), 0.8)


@lru_cache(maxsize=1 << 14)
def _fuzzy_hit(phrase: str) -> tuple[str, str] | None:
    """(the words that match, iso3) for `_fuzzy`: most capitalised words of a story are no
    country ("Analysts", "Port"), and each spelling is looked up once."""
    if " " in phrase:
        hit = fuzzy_country(phrase)
        if hit:
            return phrase, hit[0]
        phrase = phrase.split(" ")[0]
    hit = fuzzy_country(phrase)
    return (phrase, hit[0]) if hit else None
