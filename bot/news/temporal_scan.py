"""Find candidate temporal expressions in a paragraph (no resolution yet).

Each pattern is a linear-time regular expression: alternations of fixed words,
optional groups and bounded digit runs, never nested unbounded repeats. All
patterns run over the text; overlapping candidates are settled longest-first,
then leftmost. `dates` turns the surviving candidates into calendar dates.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot.news.temporal_lexicon import MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN
from bot.news.temporal_reach import PatternReach

_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_MOD = (
    r"(?i:earlier|later|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|the\s+rest\s+of)"
)
_LEFT = r"(?<![\w$£€¥.,/'-])"  # no word, number, currency or date piece just before

# How far each pattern reaches around the words it needs is in `temporal_reach`:
# keep it in step when a pattern changes.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"),
    ("slash", rf"(?<![\w/.,])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>{_YEAR}|\d\d)(?![\w/])"),
    (
        "mdy",
        rf"(?<![A-Za-z])(?:(?P<wd>{WEEKDAY_PATTERN}),?\s{{1,3}})?(?P<mon>{MONTH_PATTERN})"
        rf"\s{{0,3}}(?P<d>{_DAY})(?:\s?[-–]\s?(?P<d2>{_DAY}))?(?![\d:.,]\d)(?!\w)"
        rf"(?:,?\s{{1,3}}(?P<y>{_YEAR})(?!\w))?",
    ),
    (
        "dmy",
        rf"(?:(?P<wd>{WEEKDAY_PATTERN}),?\s{{1,3}})?(?:(?i:the)\s)?(?<![\w.,$£€-])"
        rf"(?P<d>{_DAY})(?:\s?[-–]\s?(?P<d2>{_DAY}))?\s{{1,3}}(?:of\s)?"
        rf"(?P<mon>{MONTH_PATTERN})(?![A-Za-z])(?:,?\s{{1,3}}(?P<y>{_YEAR})(?!\w))?",
    ),
    (
        "month_year",
        rf"(?:(?P<mod>{_MOD})[\s-]{{1,3}})?(?<![A-Za-z])(?P<mon>{MONTH_PATTERN})"
        rf"(?:\s{{1,3}}of)?,?\s{{1,3}}(?P<y>{_YEAR})(?!\w)",
    ),
    (
        "month",
        rf"(?:(?P<rel>(?i:last|next|this|early|mid|late|the\s+end\s+of|the\s+beginning\s+of"
        rf"|the\s+start\s+of|the\s+middle\s+of))[\s-]{{1,3}})?(?<![A-Za-z])"
        rf"(?P<mon>{_MONTH_FULL})(?![A-Za-z])",
    ),
    # With a modifier the year may follow a hyphen ("mid-2011"); without one it
    # must not follow a number, a currency sign or a date piece.
    (
        "year",
        rf"(?:(?<![A-Za-z])(?P<mod>{_MOD})[\s-]{{1,3}}|{_LEFT})(?P<y>{_YEAR})(?![\w%/-]|[.,]\d)",
    ),
    (
        "decade",
        r"(?:(?P<the>(?i:the))\s{1,3})?(?:(?P<mod>(?i:early|mid|late))[\s-]{1,3})?"
        r"(?<![\w'])(?:(?P<c>1[89]|20)(?P<d>\d)0|['’](?P<d2>\d)0|(?P<d3>\d)0)['’]?s(?!\w)",
    ),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%])"),
    (
        "weekday",
        rf"(?:(?P<rel>(?i:last|next|this\s+past|this|coming|past|previous|following))\s{{1,3}})?"
        rf"(?<![A-Za-z])(?P<wd>{WEEKDAY_PATTERN})(?:['’]s)?"
        r"(?:\s(?P<part>(?i:morning|afternoon|evening|night)))?(?![A-Za-z])",
    ),
    (
        "deictic",
        r"(?i:(?<![\w-])(?:(?P<mod>earlier|later)\s{1,3})?"
        r"(?P<word>today|tonight|yesterday|tomorrow)(?:['’]s)?"
        r"(?:\s(?P<part>morning|afternoon|evening|night))?(?![\w-]))",
    ),
    (
        "daypart",
        r"(?i:(?<![\w-])(?P<rel>this|last)\s{1,3}(?P<part>morning|afternoon|evening|night)(?!\w))",
    ),
    (
        "unit_rel",
        rf"(?:(?P<mod>{_MOD})[\s-]{{1,3}})?(?i:(?<![\w-])(?P<rel>this\s+past|this|last|next|the\s+last"
        r"|the\s+past|the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+next"
        r"|the\s+prior|the\s+preceding|that"
        r"|the\s+same)\s{1,3}(?P<unit>week|weekend|month|year|decade|quarter"
        r"|spring|summer|autumn|fall|winter)(?:['’]s)?(?![\w-]))",
    ),
    (
        "unit_the",
        rf"(?P<mod>{_MOD})\s{{1,3}}(?i:the\s{{1,3}}(?P<unit>day|week|month|year|decade|quarter))"
        r"(?!\w)",
    ),
    (
        "unit_after",
        r"(?i:(?<![\w-])the\s{1,3}(?P<unit>day|week|month|year)\s{1,3}"
        r"(?P<dir>before|after|earlier|later|previous|prior)(?!\w))",
    ),
    (
        "ago",
        rf"(?i:(?<![\w-])(?P<n>{NUMBER_PATTERN})[\s-]{{1,3}}(?P<unit>day|week|month|year|decade)s?"
        r"\s{1,3}(?P<dir>ago|from\s+now|hence|earlier|later|before|after|afterwards?"
        r"|previously|prior)(?!\w))",
    ),
    (
        "anchored",
        r"(?i:(?<![\w-])(?P<rel>the\s+next|the\s+following|the\s+previous|the\s+preceding"
        r"|the\s+prior|the\s+same|that\s+same|that)\s{1,3}"
        r"(?P<unit>day|morning|afternoon|evening|night)(?!\w))",
    ),
    (
        "the_day",
        r"(?<![\w-])(?i:on|for|in|end|ended|ending|ends|close|closed|closing|closes|finish"
        r"|finished|finishing|finishes|start|started|starting|starts)\s(?P<core>the\s(?:same\s)?day)"
        r"(?!\w)",
    ),
    (
        "the_unit",
        r"(?<![\w-])(?i:for|in|during|throughout|over)\s(?P<core>(?i:the\s(?:entire\s|whole\s"
        r"|full\s)?(?P<unit>year|month|week|quarter)))(?![\w-])",
    ),
    (
        "streak_day",
        r"(?i:(?<![\w-])(?:a|the)\s{1,3}(?:second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s{1,3}(?:straight|consecutive|successive)"
        r"\s{1,3}(?:day|session|trading\s{1,3}day)(?!\w))",
    ),
    (
        "vague",
        r"(?i:(?<![\w-])(?P<word>now|currently|nowadays|presently|at\s+present|right\s+now"
        r"|these\s+days|recently|lately|soon|shortly)(?![\w-]))",
    ),
    (
        "vague_the",
        r"(?<![\w-])(?i:in)\s(?P<core>(?i:the\s(?:near\s|distant\s|recent\s)?(?P<word>past|future)"
        r"|(?P<word2>recent|the\scoming)\s(?:years|months|weeks|days)))(?![\w-])",
    ),
    ("that_time", r"(?<![\w-])(?i:by|at|until|till|before|after)\s(?P<core>that\stime)(?!\w)"),
    (
        "same_period",
        r"(?i:(?<![\w-])the\s{1,3}same\s{1,3}(?P<unit>month|period|quarter|week|time|day)"
        r"\s{1,3}(?:a\s{1,3}year\s{1,3}(?:ago|earlier|before)|last\s{1,3}year"
        r"|of\s{1,3}the\s{1,3}(?:last|previous|prior)\s{1,3}year"
        r"|the\s{1,3}(?:previous|prior)\s{1,3}year)(?!\w))",
    ),
    (
        "month_rel_year",
        rf"(?<![A-Za-z])(?P<mon>{_MONTH_FULL})\s{{1,3}}(?:of\s{{1,3}})?"
        r"(?P<rel>(?i:this|next|last))\s{1,3}(?i:year)(?!\w)",
    ),
    (
        "weekend",
        r"(?i:(?<![\w-])the\s{1,3}weekend(?!\w))",
    ),
    (
        "quarter",
        r"(?i:(?<![\w-])(?:the\s{1,3})?(?P<ord>first|second|third|fourth|final|last|1st|2nd"
        r"|3rd|4th)[\s-]{1,3}(?P<unit>quarter|half)(?:\s{1,3}of\s{1,3}(?:(?P<y>(?:19|20)\d\d)"
        r"|(?P<rel>this|last|next|the\s+previous|the\s+current|the\s+same)"
        r"\s{1,3}(?:fiscal\s{1,3})?year)|,?\s{1,3}(?P<y2>(?:19|20)\d\d))?(?!\w))",
    ),
    (
        "year_range",
        rf"(?<![\w$£€.,/-])(?P<y>{_YEAR})\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\w%/-]|[.,]\d)",
    ),
    (
        "fiscal",
        rf"(?<![\w-])(?i:fiscal)\s{{1,3}}(?:(?i:year)\s{{1,3}})?(?P<y>{_YEAR})(?![\w%/-]|[.,]\d)",
    ),
    ("qcode", rf"(?<!\w)Q(?P<q>[1-4])(?:\s{{1,3}}(?P<y>{_YEAR}))?(?!\w)"),
    (
        "season",
        r"(?:(?P<rel>(?i:this|last|next|early|late|mid))[\s-]{1,3})?(?<![\w-])"
        rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?P<y>{_YEAR}))?(?!\w)",
    ),
)

# A gate per pattern, first character then first two (as the pattern can start:
# "la" for "last"/"late", "Ja" for "January"): the engine rejects most positions
# in a step or two instead of trying every branch of a leading alternation.
_GATES: dict[str, str] = {
    "month_year": r"(?=[EeMmLlTtJFASOND])(?=(?i:ea|la|mi|th)|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)",
    "month": r"(?=[LlNnTtEeMmJFASOND])(?=(?i:la|ne|th|ea|mi)|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)",
    "year": r"(?=[EeMmLlTt12])(?=(?i:ea|la|mi|th)|1[89]|20)",
    "unit_the": r"(?=[EeMmLlTt])(?=(?i:ea|la|mi|th))",
    "decade": r"(?=[TtEeMmLl12'\d])",
    "weekday": r"(?=[LlNnTtCcPpFfMSW])(?=(?i:la|ne|th|co|pa|pr|fo)|Mo|Tu|We|Th|Fr|Sa|Su)",
    "unit_rel": r"(?=[EeLlMmTtNn])(?=(?i:ea|la|mi|th|ne))",
    "season": r"(?=[TtLlNnEeMmSsWwAaFf])",
    "dmy": r"(?=[MTWFS\dTt])",
    "mdy": r"(?=[MTWFSJAOND])",
    "ago": r"(?=[AaOoTtFfSsEeNnHh\d])",
    "unit_after": r"(?=[Tt])",
    "anchored": r"(?=[Tt])",
    "the_day": r"(?=[OoFfIiEeCcSs])",
    "the_unit": r"(?=[FfIiDdTtOo])",
    "same_period": r"(?=[Tt])",
    "streak_day": r"(?=[AaTt])",
    "vague": r"(?=[NnCcPpAaRrTtLlSs])",
    "deictic": r"(?=[EeLlTtYy])",
    "quarter": r"(?=[TtFfSsLl1234])",
}
_UNITS = ("week", "month", "year", "decade", "quarter", "spring", "summer", "autumn", "fall")
_UNITS_AND_DAY = (*_UNITS, "day", "winter")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIONS = tuple(
    "this last next past coming current previous following same prior preceding that".split()
)
# Single words only: a pattern's "\s+" may be a line break or a double space.
_MODIFIERS = ("earl", "mid", "late", "end", "beginning", "start", "middle", "rest")
_DIRECTIONS = tuple("ago now hence earlier later before after previous prior".split())
# What a paragraph must hold for a pattern to be worth running: every group,
# by one of its lower-case substrings. Names starting with "#" are tests of
# their own, as written (case counts): "#digit", "#year" (1800-2099),
# "#month" (a capitalised month name or abbreviation, the only way every
# pattern spells one), "#qcode" ("Q3"), "#short_year" ("'98") and words
# that a pattern puts between white space (see `_TESTS`).
_Needs = tuple[tuple[str, ...], ...]
_MONTH = ("#month",)
_DIGIT_NEED = ("#digit",)
_YEAR_NEED = ("#year",)
_NEEDS: dict[str, _Needs] = {
    "iso": (_YEAR_NEED, ("-",)),
    "slash": (("/",),),
    "mdy": (_DIGIT_NEED, _MONTH),
    "dmy": (_DIGIT_NEED, _MONTH),
    "month_year": (_YEAR_NEED, _MONTH),
    "year": (("#year_alone",),),
    "decade": (("0s", "0's", "0’s"),),
    "short_year": (("#short_year",),),
    "qcode": (("#qcode",),),
    "year_range": (_YEAR_NEED, ("-", "–")),
    "fiscal": (("fiscal",), _YEAR_NEED),
    "month": (_MONTH,),
    "month_rel_year": (("year",), _MONTH),
    "weekday": (_WEEKDAY_NAMES,),
    "deictic": (("today", "tonight", "yesterday", "tomorrow"),),
    "daypart": (("morning", "afternoon", "evening", "night"),),
    "unit_rel": (("#unit_rel",), _RELATIONS),
    "unit_the": (("#unit_the",), ("#the",), _MODIFIERS),
    "unit_after": (("#unit_after",), _DIRECTIONS),
    "ago": (_UNITS_AND_DAY, _DIRECTIONS),
    "anchored": (("#anchored",), _RELATIONS),
    "the_day": (("#the_day",), ("#the",)),
    "same_period": (("same",),),
    "that_time": (("time",), ("that",)),
    "vague": (("now", "current", "present", "days", "recent", "lately", "soon", "shortly"),),
    "vague_the": (("past", "future", "recent", "coming"),),
    "streak_day": (("straight", "consecutive", "successive"),),
    "the_unit": (("#the_unit",), ("#the",)),
    "weekend": (("weekend",),),
    "quarter": (("quarter", "half"),),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
}
_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(_GATES.get(kind, "") + pattern)) for kind, pattern in _PATTERNS
)
# Kinds whose expression is their "core" group, not the whole match.
_CORE_KINDS = frozenset(kind for kind, pattern in _COMPILED if "core" in pattern.groupindex)
_TESTS: dict[str, re.Pattern[str]] = {
    "#digit": re.compile(r"\d"),
    "#year": re.compile(r"(?:1[89]|20)\d\d"),
    "#month": re.compile(MONTH_PATTERN),
    "#qcode": re.compile(r"Q[1-4]"),
    "#short_year": re.compile(r"['’]\d\d"),
    # Words these patterns put between white space: a whole token ("the"), or
    # one that starts the token and is not followed by a letter ("day,").
    "#year_alone": re.compile(r"(?:(?<![\w$£€¥.,/'-])|(?<=[A-Za-z]-))(?:1[89]|20)\d\d(?![\w%/-])"),
    "#unit_rel": re.compile(
        r"(?i)\A(?:week|weekend|month|year|decade|quarter|spring|summer|autumn|fall|winter)"
        r"(?:['’]s)?(?![\w-])"
    ),
    "#the": re.compile(r"(?i)\Athe\Z"),
    "#the_day": re.compile(r"\Aday(?!\w)"),
    "#the_unit": re.compile(r"(?i)\A(?:year|month|week|quarter)(?![\w-])"),
    "#unit_the": re.compile(r"(?i)\A(?:day|week|month|year|decade|quarter)(?!\w)"),
    "#unit_after": re.compile(r"(?i)\A(?:day|week|month|year)\Z"),
    "#anchored": re.compile(r"(?i)\A(?:day|morning|afternoon|evening|night)(?!\w)"),
}
_WORDS = tuple(
    sorted({w for needs in _NEEDS.values() for group in needs for w in group if w[:1] != "#"})
)
_PATTERNS_AND_NEEDS = tuple(
    (kind, pattern, tuple(frozenset(group) for group in _NEEDS.get(kind, ())))
    for kind, pattern in _COMPILED
)


# Each group of needs is one bit; a token's mask has the bits of every group
# it meets (a word inside it, a digit, a year), and a pattern runs when the
# paragraph's tokens together meet all of its bits.
_GROUP_WORDS: tuple[frozenset[str], ...] = tuple(
    dict.fromkeys(group for _kind, _pattern, groups in _PATTERNS_AND_NEEDS for group in groups)
)
_BITS = {group: 1 << index for index, group in enumerate(_GROUP_WORDS)}
_PATTERN_MASKS = tuple(
    (kind, pattern, functools.reduce(operator.or_, map(_BITS.__getitem__, groups), 0))
    for kind, pattern, groups in _PATTERNS_AND_NEEDS
)
_MAX_TOKENS = 1 << 16


class _TokenMasks(dict[str, int]):
    """Need-group masks of the tokens seen so far, made on first lookup."""

    def __missing__(self, token: str) -> int:
        return _token_mask(token)


_TOKEN_MASKS = _TokenMasks()


def _token_mask(token: str) -> int:
    """The need groups one white-space-free token meets ("yesterday" holds "day")."""
    lower = token.lower()
    words = {w for w in _WORDS if w in lower}
    words.update(name for name, test in _TESTS.items() if test.search(token))
    mask = 0
    for group, bit in _BITS.items():
        if not group.isdisjoint(words):
            mask |= bit
    if len(_TOKEN_MASKS) >= _MAX_TOKENS:
        _TOKEN_MASKS.clear()  # bounded memory on endless new tokens
    _TOKEN_MASKS[token] = mask
    return mask


@functools.lru_cache(maxsize=1 << 12)
def _select(mask: int, skip: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns whose need groups all lie in `mask`, less the kinds in `skip`."""
    return tuple(
        (kind, pattern)
        for kind, pattern, needs in _PATTERN_MASKS
        if kind not in skip and needs & mask == needs
    )


_MASK_OF = _TOKEN_MASKS.__getitem__


def _runnable(text: str, skip: frozenset[str]) -> Sequence[tuple[str, re.Pattern[str]]]:
    """The patterns worth running on `text`: those whose required words it holds."""
    # No required word or test's match spans white space, so each one lies
    # inside one token; tokens repeat across articles, so their masks are kept.
    return _select(functools.reduce(operator.or_, map(_MASK_OF, text.split()), 0), skip)


class Candidate(NamedTuple):
    """A piece of text that looks like a temporal expression, by pattern kind.

    A named tuple: one is made for every match, and tuples are quick to make.
    """

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]

    def group(self, name: str) -> str | None:
        """The text a named group captured, or None."""
        return self.groups.get(name)


def scan_candidates(
    text: str,
    keep: Callable[[Candidate, str], bool] | None = None,
    skip: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """All candidate expressions in `text`, non-overlapping, in text order.

    Pattern kinds in `skip` are not run.
    `keep(candidate, text)` may veto candidates before overlaps are settled.
    Where candidates overlap, the longest wins (then the leftmost), so that
    "Monday, June 4, 2018" beats "Monday", "June 4" and "2018".
    """
    runnable = _runnable(text, skip)
    if not runnable:
        return []
    found: list[Candidate] = []
    reach = PatternReach(text)
    for kind, pattern in runnable:
        window = reach.window(kind)
        if window is None:
            continue  # the pattern's anchor is not in the text
        core = kind in _CORE_KINDS
        for match in pattern.finditer(text, *window):
            start, end = match.span("core") if core else match.span()
            if end > start:
                found.append(Candidate(kind, start, end, match.groupdict()))
    if len(found) < 2:
        return [cand for cand in found if keep is None or keep(cand, text)]
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    # Candidates are short (bounded patterns), so marking their characters is linear.
    # One that overlaps a longer one already taken is out whatever `keep` says,
    # so `keep` reads only the others.
    used = bytearray(len(text))
    taken: list[Candidate] = []
    for cand in found:
        if used.find(1, cand.start, cand.end) >= 0 or (keep is not None and not keep(cand, text)):
            continue
        taken.append(cand)
        used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    taken.sort(key=lambda c: c.start)
    return taken
