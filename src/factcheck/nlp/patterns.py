"""Compiled regexes built from the lexicons, once per process.

The scan over a whole text uses only `number`, `multiple`, `fraction` and `skip_spans`;
every other pattern here runs on a short window around a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.nlp.lexicon import alternation, cased_alternation, cased_variants, load

_TAIL_STRIP = "\"'“”‘’()[],.;:#-—–"


@lru_cache(maxsize=64)
def tail_word(text: str) -> str:
    """The last word of `text`, lower case, without surrounding punctuation ("(about " -> "about")."""
    parts = text.rstrip().rstrip("#-").rsplit(None, 1)
    return parts[-1].lower().strip(_TAIL_STRIP) if parts else ""


class TailPattern:
    """A `...$`-anchored regex, tried only when the text's last word can end one of its phrases.

    A regex anchored at the end is tried at every position of the window; most numbers follow
    an ordinary word, and one set lookup rules them out. When a match spans at most `words`
    whitespace-separated words (its phrase and what may follow it), it starts inside the
    text's last `words` words, and the search starts there.
    """

    __slots__ = ("pattern", "tails", "words")

    def __init__(self, pattern: re.Pattern[str], phrases, extra_words: int | None = 0) -> None:
        self.pattern = pattern
        self.tails = frozenset(tail_word(str(ph)) for ph in phrases)
        self.words = None if extra_words is None else max(len(str(ph).split()) for ph in phrases) + extra_words

    def search(self, text: str) -> re.Match[str] | None:
        if tail_word(text) not in self.tails:
            return None
        if self.words is None:
            return self.pattern.search(text)
        head = text.rsplit(None, self.words)
        return self.pattern.search(text, len(head[0]) if len(head) > self.words else 0)


class EndWordPattern:
    """A `...\\s+$`-anchored regex whose match ends on one of a few words and spaces, tried only
    when the text does: the same answer as `pattern.search`, without trying every position of
    a window after an ordinary word."""

    __slots__ = ("ends", "pattern")

    def __init__(self, pattern: re.Pattern[str], last_words) -> None:
        self.pattern = pattern
        self.ends = tuple(sorted(set(last_words)))

    def search(self, text: str) -> re.Match[str] | None:
        if not text[-1:].isspace():
            return None
        words = text.rsplit(None, 1)
        if not words or not words[-1].endswith(self.ends):
            return None
        return self.pattern.search(text)


@dataclass(frozen=True)
class Patterns:
    number: tuple[re.Pattern[str], ...]
    multiple: re.Pattern[str]
    fraction: re.Pattern[str]
    vague: re.Pattern[str]
    skip_spans: re.Pattern[str]
    skip_spans_bare: re.Pattern[str]
    suffix: re.Pattern[str]
    hedge_before: TailPattern
    hedge_after: re.Pattern[str]
    direction_before: TailPattern
    direction_after: re.Pattern[str]
    label_before: TailPattern
    month_before: TailPattern
    month_after: re.Pattern[str]
    time_after: re.Pattern[str]
    age_before: TailPattern
    age_after: re.Pattern[str]
    share_before: EndWordPattern
    change_noun_before: re.Pattern[str]
    change_after: re.Pattern[str]
    balance: re.Pattern[str]
    ratio_of: re.Pattern[str]
    ratio_over_share: re.Pattern[str]
    commodity_after: re.Pattern[str]
    noun_after: re.Pattern[str]
    of_phrase: re.Pattern[str]
    comparative_after: re.Pattern[str]
    yen_context: re.Pattern[str]
    yuan_context: re.Pattern[str]
    equative_after: re.Pattern[str]
    governing_noun: re.Pattern[str]
    share_noun: re.Pattern[str]
    flow_word: re.Pattern[str]
    clause_break: re.Pattern[str]
    # lookups from matched surface text to meaning
    suffix_kind: dict[str, tuple[str, str]]
    hedge_of: dict[str, str]
    verb_direction: dict[str, str]
    noun_direction: dict[str, str]
    currency_prefix: dict[str, str]
    commodity_words: frozenset[str]
    counted_words: frozenset[str]
    person_words: frozenset[str]
    count_unit_of: dict[str, str]
    stopwords: frozenset[str]
    goods_units: frozenset[str]
    comparative_direction: dict[str, str]
    governing_direction: dict[str, str]
    level_nouns: frozenset[str]
    ellipsis_stops: frozenset[str]
    lower_case_hedges: frozenset[str]
    verb_markers: frozenset[str]


def _key(text: str) -> str:
    """Normalise matched surface text for lookups: lower case, single spaces."""
    return " ".join(text.lower().split())


@cache
def patterns() -> Patterns:
    nums = load("numbers")
    word_numbers = [*nums["units"], *nums["tens"], *nums["inner_scales"]]
    word = r"(?:" + cased_alternation(word_numbers) + r")"
    words = (
        rf"\b{word}(?:(?:[\s-]+(?:and[\s-]+)?|-){word})*"
        rf"(?:[\s-]+and[\s-]+a[\s-]+half\b)?"  # "two and a half trillion dollars", "six and a half percent"
        rf"(?:(?:-point-|\s+point\s+)(?:\d+|{word}(?:[\s-]{word})*))?\b"
    )
    scale_words = [s for s in nums["scales"] if s not in nums["attached_only"]]
    # "Trillion" in a headline; short spellings ("bn", "b") stay lower case ("Type 5 B" is a name)
    long_scales = [s for s in scale_words if len(s) >= 4]
    scale = r"(?:" + alternation([*cased_variants(long_scales), *scale_words]) + r")"
    attached = r"(?:" + alternation(nums["attached_only"]) + r")"
    # a decimal comma only before a percent sign or a scale ("12,8%", "$76,12 billion")
    comma_decimal = r"\d{1,3},\d{1,2}(?=\s?(?:%|percent|per\s+cent|billion|million|trillion|bn\b|mn\b|tn\b))"
    digits = rf"(?:{comma_decimal}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    cur = load("currencies")
    # ("U.S. $576.1 bn" with one space; not a table's "U.S.          $576.1 bn", a label then a column)
    prefix_alt = alternation(cur["prefix"]).replace(r"\s+", r"\s")
    scale_part = (
        rf"(?:(?P<sp>[\s-]?)(?P<scale>{scale}(?:\s+{scale})*)\b|(?P<att>{attached})(?![\w]))"
    )
    tail = rf"(?:{scale_part}(?:-(?P<num2>{digits}|{words})\s?(?P<scale2>{scale})\b)?)?"
    # Three scans, each starting with a character class so the engine skips ahead fast:
    # a currency prefix, a digit (not glued to a word), a number word (boundary checked in code).
    number = (
        re.compile(rf"(?P<cur>{prefix_alt})\s?(?P<num>{digits}|{words}){tail}"),
        re.compile(
            r"(?P<num>\d(?<![\w.]\d)(?:\d{0,2},\d{1,2}(?=\s?(?:%|percent|per\s+cent|billion|million|trillion|bn\b|mn\b|tn\b))"
            r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
            rf"(?:-point-(?:\d+|{word}(?:-{word})*))?)"  # "161-point-eight million dollars" (broadcast scripts)
            rf"{tail}(?P<cur>(?!))?"
        ),
        re.compile(rf"(?P<num>{words[2:]}){tail}(?P<cur>(?!))?"),
    )

    mult = load("multipliers")
    mult_verbs = cased_alternation(mult["verbs"])
    twice_follow = alternation(mult["twice"]["followers"])
    multiple = re.compile(
        rf"\b(?P<verb>{mult_verbs})\b"
        rf"|\b(?P<hverb>{cased_alternation(mult['hedged_verbs'])})\b(?![-\w])"
        rf"|\b(?P<twice>[Tt]wice)(?=\s+(?:as\s+[a-z]+|{twice_follow})\b)"
        rf"|\b(?P<foldnum>{word}|\d+(?:\.\d+)?)-?(?P<fold>fold)\b"
    )
    fnums = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    fraction = re.compile(
        rf"\b(?:(?P<fnum>{cased_alternation(fnums)})[\s-]+)?"
        rf"(?P<frac>{cased_alternation(nums['fractions'])})\b(?!-)"
        r"(?P<of>(?=\s+(?:of|the)\b))?"
        rf"(?P<cmp>(?=\s+(?:{alternation(nums['fraction_comparatives'])})\s+than\b))?"
    )
    vague = re.compile(
        rf"\b(?:(?P<tens>[Tt]ens)\s+of\s+)?(?P<amount>{cased_alternation(nums['vague'])})\s+of\b"
    )
    # (branch, whether every match of it holds a dash, slash, colon, "×" or "+": mentions._SKIP_CHARS)
    skip_branches = (
        (r"\(?\b\d{3}\)?[\s.-]\d{3}[-.]\d{4}\b", False),  # phone numbers
        (r"\+\d{1,3}[\s-]\d[\d\s-]{6,}\d", True),  # international phones
        (r"\b\d{1,2}[:.]\d{2}\s*(?i:a\.?m\.?|p\.?m\.?)", False),  # 10.45pm
        (r"\b\d{1,2}:\d{2}(?::\d{2})?\b", True),  # times of day
        (r"\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b", True),  # dates
        (r"\b(?:1[5-9]|20)\d\d\s*[-–—/]\s*(?:(?:1[5-9]|20)\d\d|\d\d)\b(?!\s*(?:%|percent|per\s*cent))", True),  # year spans
        (r"\b(?:1[5-9]|20)\d0s\b|'\d0s\b", False),  # decades
        (r"\d(?:\.\d+)?\s*[×x]\s*10[−-]?\d+", False),  # scientific notation
        (r"\b\d+\s*[/⁄]\s*\d+\b", True),  # fractions in digits, "24/7"
        (r"\b(\d{1,3})-\1\b(?![.,]?\d|\s*(?:%|percent|per\s*cent))", True),  # odds and splits: "50-50", "a 25-25 tie"
    )
    skip_spans = re.compile("|".join(b for b, _ in skip_branches))
    # where none of those characters is near, only the other branches can match: the same
    # matches, fewer branches tried at each position
    skip_spans_bare = re.compile("|".join(b for b, needs in skip_branches if not needs))

    units = load("units")
    suffix_kind: dict[str, tuple[str, str]] = {}
    cs_spellings: list[str] = []
    ci_spellings: list[str] = []
    case_sensitive = set(units["case_sensitive"])

    def add(spelling: str, kind: str, canonical: str) -> None:
        key = spelling if spelling in case_sensitive else _key(spelling)
        suffix_kind.setdefault(key, (kind, canonical))
        (cs_spellings if spelling in case_sensitive else ci_spellings).append(spelling)

    for sp in ["percentage points", "percentage point", "percent points", "per cent points", "pct points",
               "pct pts", "ppts", "ppt", "pp"]:
        add(sp, "ppt", "percentage_points")
    for sp in ["%", "percent", "per cent", "pct", "per-cent", "percentage"]:
        add(sp, "pct", "percent")
    add("pc", "pct", "percent")  # British papers: "1.38pc" (lower case only; "PC" is a computer)
    for sp, code in cur["suffix"].items():
        add(sp, "cur", code)
    for sp in mult["times_words"]:
        add(sp, "times", "times")
    for sp in units["basis_points"]:
        add(sp, "unit", "basis_points")
    for canonical, spellings in units["units"].items():
        for sp in spellings:
            add(sp, "unit", canonical)
    for canonical, spellings in units["durations"].items():
        for sp in spellings:
            add(sp, "duration", canonical)
    ci = alternation(ci_spellings, fold_case=True)  # any case, as "(?i:…)" would match
    cs = alternation(cs_spellings)
    suffix = re.compile(
        rf"(?P<ws>\s?-?\s?)(?P<suffix>%|{ci}(?![\w%])|(?:{cs})(?![\w%]))"
    )

    hedges = load("hedges")["hedges"]
    hedge_of = {_key(p): name for name, h in hedges.items() for p in h["phrases"]}
    hedge_before = TailPattern(
        re.compile(rf"(?:^|(?<=[\s(\"“,—–-]))(?P<h>{cased_alternation(hedge_of)})\s*$"), hedge_of)
    # (a "+" right after the figure, "$5 million+", not a signed number in the next column: "$3.36 trn   +29.9%")
    hedge_after = re.compile(r"^(?:(?P<more>\s*(?:or\s+more|or\s+higher|-?plus\b)|\s?\+(?![\d.,]))|\s*(?P<so>or\s+so\b))")

    cv = load("change_verbs")
    verb_direction = {}
    noun_direction = {}
    for d in ("up", "down"):
        for v in cv[d]["verbs"]:
            verb_direction[_key(v)] = d
        for v in cv[d]["adverbs"]:
            verb_direction[_key(v)] = d
        for n in cv[d]["nouns"]:
            noun_direction[_key(n)] = d
    fillers = alternation(cv["fillers"])
    direction_before = TailPattern(re.compile(
        rf"(?:^|(?<=[\s,(—–-]))(?P<verb>{cased_alternation(verb_direction)})(?:\s+(?:{fillers}))*\s*$"
    ), [*verb_direction, *cv["fillers"]], extra_words=None)  # any number of fillers
    comparative_direction = {_key(w): d for d in ("up", "down") for w in cv["comparatives"][d]}
    direction_after = re.compile(
        rf"^[\s-]*(?:(?i:annual|yearly|year-on-year|on-year|monthly|month-on-month|quarterly|sharp|steep|modest|"
        rf"slight|robust|solid)\s+)?(?P<noun>{cased_alternation([*noun_direction, *comparative_direction])})\b"
    )
    governing_direction = {_key(w): noun_direction.get(_key(w), "up") for w in cv["governing_nouns"]}
    governing_noun = re.compile(rf"\b(?P<noun>{cased_alternation(governing_direction)})\b")

    cues = load("cues")
    months = alternation(cues["months"])
    label_before = TailPattern(
        re.compile(rf"(?:^|(?<=\W))(?:{alternation(cues['labels'])})\s*[#-]?\s*$"), cues["labels"],
        extra_words=1)  # a "#" or "-" of its own
    month_before = TailPattern(re.compile(rf"\b(?:{months})\.?,?\s+(?:the\s+)?$"), [*cues["months"], "the"],
                               extra_words=1)  # "the"
    month_after = re.compile(rf"^(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:{months})\b")
    time_after = re.compile(rf"^\s*(?:{alternation(cues['time_after'])})(?!\w)")
    age_before = TailPattern(re.compile(rf"\b(?:{cased_alternation(cues['age_before'])})\s+$"),
                             cues["age_before"])
    age_after = re.compile(
        r"^(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old\b|^\s*,?\s*(?:years?|yrs?)\s+of\s+age\b"
    )
    share_before = EndWordPattern(re.compile(
        rf"\b(?:{cased_alternation(cues['share_before'])})\s+(?:(?:about|around|some|nearly|almost|over|more\s+than"
        r"|less\s+than|just|only|roughly)\s+)*$"),
        [*(ph.split()[-1] for ph in cased_variants(cues["share_before"])),
         "about", "around", "some", "nearly", "almost", "over", "than", "just", "only", "roughly"])
    change_nouns = cased_alternation([*noun_direction, "change", "growth", "increase", "decrease"])
    change_noun_before = re.compile(rf"\b(?P<noun>{change_nouns})\s+(?:of|by)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|just|only|roughly|an\s+estimated)\s+)*$")
    change_after = re.compile(rf"^[\s,]*(?:{cased_alternation(cues['change_after'])})\b")
    balance = re.compile(rf"\b(?:{cased_alternation(cues['balance_words'])})\b")
    ratio_of = re.compile(rf"{cased_alternation(cues['ratio_after_of'])}|\b(?:19|20)\d\d\b")
    ratio_over_share = re.compile(rf"{cased_alternation(cues['ratio_over_share'])}|^(?:19|20)\d\d\b")
    of_phrase = re.compile(r"^\s+of\s+(?P<phrase>[^.,;:!?()]{0,70})")

    nouns = load("nouns")
    commodity_alt = alternation(nouns["commodities"])
    commodity_after = re.compile(
        rf"^[\s-]+(?P<phrase>(?:[a-z][a-z'-]*\s+){{0,3}}?(?:{commodity_alt}))\b"
    )
    noun_after = re.compile(r"^[\s-]+(?P<noun>[a-zA-Z][a-z'-]+)\b")
    comparative_after = re.compile(
        rf"^\s*(?P<cmp>{cased_alternation([*mult['comparatives_up'], *mult['comparatives_down']])})\b"
    )
    yen_context = re.compile(rf"\b(?:{alternation(cur['yen_context'])})\b")
    yuan_context = re.compile(rf"\b(?:{alternation(cur['yuan_context'])})\b")
    equative_after = re.compile(rf"^\s*(?:{cased_alternation(mult['equatives'])})\b")
    share_noun = re.compile(rf"\b(?:{cased_alternation(cues['share_nouns'])})\b")
    flow_word = re.compile(rf"\b(?:{cased_alternation(cues['flow_words'])})\b")
    clause_break = re.compile(_clause_break(cues["clause_breaks"]))
    return Patterns(
        number=number, multiple=multiple, fraction=fraction, vague=vague, skip_spans=skip_spans,
        skip_spans_bare=skip_spans_bare, suffix=suffix,
        hedge_before=hedge_before, hedge_after=hedge_after, direction_before=direction_before,
        direction_after=direction_after, label_before=label_before, month_before=month_before,
        month_after=month_after, time_after=time_after, age_before=age_before, age_after=age_after,
        share_before=share_before, change_noun_before=change_noun_before, change_after=change_after,
        balance=balance, ratio_of=ratio_of, ratio_over_share=ratio_over_share, commodity_after=commodity_after, noun_after=noun_after,
        of_phrase=of_phrase, comparative_after=comparative_after, yen_context=yen_context,
        yuan_context=yuan_context, suffix_kind=suffix_kind, hedge_of=hedge_of,
        verb_direction=verb_direction, noun_direction=noun_direction,
        currency_prefix={_key(k): v for k, v in cur["prefix"].items()},
        commodity_words=frozenset(_key(w) for w in nouns["commodities"]),
        counted_words=frozenset(_key(w) for w in [*nouns["persons"], *nouns["things"]]),
        person_words=frozenset(_key(w) for w in nouns["persons"]),
        count_unit_of={_key(w): unit for unit, ws in nouns["count_units"].items() for w in ws},
        stopwords=frozenset(_key(w) for w in nouns["stopwords"]),
        goods_units=frozenset(units["goods_units"]),
        equative_after=equative_after, governing_noun=governing_noun, share_noun=share_noun,
        flow_word=flow_word, clause_break=clause_break, comparative_direction=comparative_direction,
        governing_direction=governing_direction,
        level_nouns=frozenset(_key(w) for w in cues["level_nouns"]),
        ellipsis_stops=frozenset(_key(w) for w in cues["ellipsis_stops"]),
        verb_markers=frozenset(_key(w) for w in cv["verb_markers"]),
        lower_case_hedges=frozenset(_key(w) for w in load("hedges").get("lower_case_only", [])),
    )


def _clause_break(breaks: dict) -> str:
    """`[PUNCT]|,\\s+(?:AFTER_COMMA)\\b|\\b(?:WORDS)\\b`, opening on one class of every first
    character (so the engine skips ahead to those), then the same three branches in order.

    Each branch needs its own first character (a break mark, a comma, a word's first letter
    at a word start), so at each position the same branch matches the same text.
    """
    punct = "".join(breaks["punctuation"])
    firsts: dict[str, list[str]] = {}
    for w in breaks["words"]:
        firsts.setdefault(w[0], []).append(w[1:])
    words = "|".join(f"(?<={re.escape(c)}){alternation(rests)}" for c, rests in sorted(firsts.items()))
    opening = re.escape("".join(sorted({*punct, ",", *firsts})))
    return (rf"[{opening}](?:(?<=[{re.escape(punct)}])|(?<=,)\s+(?:{alternation(breaks['after_comma'])})\b"
            rf"|(?<!\w.)(?:{words})\b)")


def key(text: str) -> str:
    return _key(text)
