"""Find candidate temporal expressions in a paragraph (no resolution yet).

The patterns (`temporal_patterns`) run only on paragraphs that hold the words
each one needs, and only near those words (`temporal_reach`); overlapping
candidates are settled longest-first, then leftmost. `dates` turns the
surviving candidates into calendar dates.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot.news.temporal_lexicon import MONTH_PATTERN
from bot.news.temporal_patterns import GATES, PATTERNS
from bot.news.temporal_reach import PatternReach
from bot.news.tense_words import word_alternation

_UNITS = (
    "week",
    "month",
    "year",
    "decade",
    "century",
    "quarter",
    "spring",
    "summer",
    "autumn",
    "fall",
)
_UNITS_AND_DAY = (*_UNITS, "day", "winter")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIONS = tuple(
    """this last next past coming current previous following same prior preceding that
    latest recent""".split()
)
# Single words only: a pattern's "\s+" may be a line break or a double space.
_MODIFIERS = ("earl", "mid", "late", "end", "beginning", "start", "middle", "rest")
_DIRECTIONS = tuple("ago now today hence earlier later before after previous prior time".split())
# What a paragraph must hold for a pattern to be worth running: every group,
# by one of its lower-case substrings. Names starting with "#" are tests of
# their own, as written (case counts): "#digit", "#year" (1800-2099),
# "#month" (a capitalised month name or abbreviation, the only way every
# pattern spells one), "#qcode" ("Q3", "H1"), "#short_year" ("'98") and words
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
    "century": (("century",),),
    "short_year": (("#short_year",),),
    "qcode": (("#qcode",),),
    "year_range": (_YEAR_NEED, ("-", "–")),
    "fiscal": (("fiscal", "fy"), ("#year", "#fy_yy")),
    "month": (_MONTH,),
    "month_rel_year": (("year",), _MONTH),
    "weekday": (_WEEKDAY_NAMES,),
    "deictic": (("today", "tonight", "yesterday", "tomorrow"),),
    "daypart": (("morning", "afternoon", "evening", "night"),),
    "unit_rel": (("#unit_rel",), _RELATIONS),
    "unit_the": (("#unit_the",), ("#the",), _MODIFIERS),
    "unit_after": (("#unit_after",), _DIRECTIONS),
    "ago": ((*_UNITS_AND_DAY, "fortnight"), _DIRECTIONS),
    "after_next": (("next", "last"), ("after", "before")),
    "from_weekday": (_WEEKDAY_NAMES, ("from",), ("day", "week", "fortnight", "month")),
    "anchored": (("#anchored",), _RELATIONS),
    "the_day": (("#the_day",), ("#the",)),
    "same_period": (("same", "comparable", "corresponding"),),
    "year_ago": (("year-ago", "year-earlier", "prior-year"),),
    "year_end": (("year",), ("end", "mid")),
    "that_time": (("time",), ("that", "#the")),
    "vague": (("now", "current", "present", "days", "recent", "lately", "soon", "shortly", "ago"),),
    "vague_the": (("past", "future", "recent", "coming", "ahead", "come"),),
    "vague_term": (("term", "being", "moment"),),
    "streak_day": (("straight", "consecutive", "successive"),),
    "nth_weekday": (
        _WEEKDAY_NAMES,
        ("first", "second", "third", "fourth", "fifth", "last", "1st", "2nd", "3rd", "4th", "5th"),
    ),
    "day_alone": (("#day_th",), ("#the",)),
    "nth_week": (("week",), ("first", "second", "third", "fourth", "last", "final")),
    "the_unit": (("#the_unit",), ("#the",)),
    "weekend": (("weekend",),),
    "quarter": (("quarter", "half", "period"),),
    "months_of": (("months",), ("first", "final", "last")),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "holiday": (
        (
            "christmas",
            "year's",
            "year’s",
            "boxing",
            "halloween",
            "valentine",
            "easter",
            "thanksgiving",
            "labor",
            "memorial",
            "veterans",
            "juneteenth",
            "presidents",
            "luther",
            "mlk",
            "columbus",
            "patrick's",
            "patrick’s",
            "july",  # "Fourth of July", "July Fourth"
            "palm",
            "holy",
            "maundy",
            "good",
            "ash",
            "pentecost",
            "9/11",
            "may",  # "May Day"
            "passover",
            "rosh",
            "kippur",
            "father's",
            "father’s",
            "election",  # "Election Day"
        ),
    ),
}
_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(GATES.get(kind, "") + pattern)) for kind, pattern in PATTERNS
)
# Kinds whose expression is their "core" group, not the whole match.
_CORE_KINDS = frozenset(kind for kind, pattern in _COMPILED if "core" in pattern.groupindex)
_TESTS: dict[str, re.Pattern[str]] = {
    "#digit": re.compile(r"\d"),
    "#year": re.compile(r"(?:1[89]|20)\d\d"),
    "#month": re.compile(MONTH_PATTERN),
    "#qcode": re.compile(r"Q[1-4]|H[12]"),
    "#short_year": re.compile(r"['’]\d\d"),
    "#day_th": re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?![A-Za-z])"),
    "#fy_yy": re.compile(r"FY\d\d(?!\d)"),  # "FY14"
    "#year_alone": re.compile(r"(?:(?<![\w$£€¥.,/'-])|(?<=[A-Za-z]-))(?:1[89]|20)\d\d(?![\w%/-])"),
}
# Words these patterns put between white space: a whole token ("the"), or one
# that starts the token and is not followed by a letter ("day,"). Each test:
# the words it reads at the token's start, what must follow, whether case counts.
_START_WORDS: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "#unit_rel": (
        (*_UNITS[:1], "weekend", *_UNITS[1:], "winter"),
        r"(?:['’]s)?(?![\w-])",
        False,
    ),
    "#the": (("the",), r"\Z", False),
    "#the_day": (("day",), r"(?!\w)", True),
    "#the_unit": (("year", "month", "week", "quarter"), r"(?![\w-])", False),
    "#unit_the": (
        ("day", "week", "month", "year", "decade", "century", "quarter"),
        r"(?!\w)",
        False,
    ),
    "#unit_after": (
        ("day", "week", "month", "year", "night", "morning", "evening", "afternoon"),
        r"\Z",
        False,
    ),
    "#anchored": (("day", "morning", "afternoon", "evening", "night"), r"(?!\w)", False),
}
_TESTS.update(
    (name, re.compile(("" if cased else "(?i)") + rf"\A(?:{'|'.join(words)}){tail}"))
    for name, (words, tail, cased) in _START_WORDS.items()
)
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


# The bits of each need word and test name: those of every group that holds it.
_NAME_BITS = {
    name: functools.reduce(operator.or_, (bit for group, bit in _BITS.items() if name in group), 0)
    for name in {*_WORDS, *_TESTS}
}
# The need words inside a lower-case token, found in one scan: the look-ahead
# tries every position and reports the longest word starting there, whose
# bits take in those of the words it starts with ("year's" starts with "year").
_WORD_SCAN = re.compile(f"(?=({word_alternation(_WORDS)}))")
_STARTING_BITS = {
    word: functools.reduce(
        operator.or_, (_NAME_BITS[head] for head in _WORDS if word.startswith(head)), 0
    )
    for word in _WORDS
}
# The tests by what a token needs for them to match: a digit; an upper-case
# letter (a month name); or, for those that read its start, the first three
# letters of one of their words (in an ASCII token: a non-ASCII letter may
# match an ASCII one case-blind, "ſpring" matches "spring").
_NEEDS_DIGIT = ("#digit", "#year", "#qcode", "#short_year", "#year_alone", "#day_th", "#fy_yy")
_DIGIT_TESTS = tuple((name, _TESTS[name]) for name in _NEEDS_DIGIT)
_MONTH_TEST = _TESTS["#month"]
_START_TESTS = tuple((name, _TESTS[name]) for name in _START_WORDS)
_START_HEADS = frozenset(
    word[:3] for words, _tail, _cased in _START_WORDS.values() for word in words
)
_DIGIT = _TESTS["#digit"]


class _TokenMasks(dict[str, int]):
    """Need-group masks of the tokens seen so far, made on first lookup."""

    def __missing__(self, token: str) -> int:
        return _token_mask(token)


_TOKEN_MASKS = _TokenMasks()


def _token_mask(token: str) -> int:
    """The need groups one white-space-free token meets ("yesterday" holds "day").

    Many tokens of a new article are seen for the first time, so this is
    written to be quick: one scan for the words, and each test only where what
    it needs is there.
    """
    lower = token.lower()
    mask = 0
    for word in _WORD_SCAN.findall(lower):
        mask |= _STARTING_BITS[word]
    if _DIGIT.search(token) is not None:
        for name, test in _DIGIT_TESTS:
            if test.search(token) is not None:
                mask |= _NAME_BITS[name]
    if lower != token and _MONTH_TEST.search(token) is not None:
        mask |= _NAME_BITS["#month"]
    if lower[:3] in _START_HEADS or not token.isascii():
        for name, test in _START_TESTS:
            if test.search(token) is not None:
                mask |= _NAME_BITS[name]
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
