"""Sentence splitting that survives abbreviations, initials, decimals and quotes.

`sentence_spans(text)` returns (start, end) offsets into `text`, in one linear
pass: a boundary is a run of `.`, `!` or `?`, any closing quotes or brackets,
then white space and something that can open a sentence. The word before the
stop decides whether it really ends a sentence (Mr., Gen., Jan. 12, J. K.
Rowling, U.S. officials, 3.5, Apple Inc. CEO). Look-backs are bounded, so the
work is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import re

# Titles and other abbreviations that are (almost) never the last word of a sentence.
# The commas of a date inside an aside close nothing (", which began on March 20,
# 2003, with a barrage of missiles,"), unless a verb follows the year's ("born on
# Feb. 24, 1955, has built ...": the aside ends there); nor do those of a number
# ("who committed 45,000 troops").
ASIDE_CHARACTER = (
    r"(?:[^,;:()]|,(?=\s\d{4}\b)|(?<=\d),(?=\d{3}\b)|(?<=\d,\s\d{4}),(?!\s(?:has|have|had|is"
    r"|are|was|were|will|would|can|could|said|says|[a-z]+ed)\b))"
)
# A relative clause set off by commas: ", who was appointed by the Queen,"
# (`pronoun`: the relative pronoun opening it).
RELATIVE_ASIDE = re.compile(rf",\s*(?P<pronoun>who|whom|whose|which)\b{ASIDE_CHARACTER}{{0,200}},")
# An apposition with a relative clause of its own: ", a former senator who served from
# 1980 to 1992," (`clause`: what the relative pronoun opens).
APPOSED_RELATIVE = re.compile(
    rf",\s(?:a|an|the)\s[a-z0-9][^,;:()\"“”]{{0,80}}?\s(?:who|which)\s"
    rf"(?P<clause>{ASIDE_CHARACTER}{{1,150}}?),"
)
_NEVER_FINAL_WORDS = """mr mrs ms dr prof gen lt col sgt capt maj brig adm cmdr cpl pvt sen rep
    gov pres supt insp det rev fr sr jr st mt ft vs v approx dept est hon messrs mme
    mlle"""
_NEVER_FINAL = frozenset(_NEVER_FINAL_WORDS.split())
# Abbreviations that are not final when a number follows ("No. 1", "Vol. 3", "Jan. 12").
_BEFORE_NUMBER_WORDS = """no nos vol pp fig op art jan feb mar apr jun jul aug sep sept oct
    nov dec"""
_BEFORE_NUMBER = frozenset(_BEFORE_NUMBER_WORDS.split())
# Company suffixes: final only when a sentence opener or a capitalised word and then a
# lowercase one follow ("Apple Inc. CEO Tim Cook" vs "Holding LLC. DaimlerChrysler has").
_COMPANY_WORDS = frozenset(("inc", "corp", "co", "ltd", "bros", "llc", "plc"))
# Words that, capitalised after "U.S." or "Inc.", show a new sentence has begun.
_STARTER_WORDS = """the a an he she it they we i you this that these those there in on at
    but and or so yet however meanwhile his her their its our my after before when while
    if although though as since last next earlier later"""
_STARTERS = frozenset(_STARTER_WORDS.split())

# The look-behind makes each run of stops match once, from its start: without it a
# long run of "....." would be rescanned from every position (quadratic). It sits
# after the first stop (and looks two back) so that the pattern starts with a
# character set, which the engine skips to without trying every position.
_BOUNDARY = re.compile(r"""[.!?](?<![.!?].)[.!?]*+[)\]"'”’»]*+(?=\s)""")
_WORD_MARKS = ".&'’-_"  # characters inside a word besides letters and digits ("AT&T", "U.S.")
_LOOK_BACK = 40
_OPENERS = "\"'“‘«(["
_QUOTE_OPENERS = '"“«'
_CLOCK_MARKS = frozenset(("a.m", "p.m"))


def _word_before(text: str, stop: int) -> str:
    """The word that ends right before position `stop` (bounded look-back)."""
    start = stop
    limit = max(0, stop - _LOOK_BACK)
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return text[start:stop]


def _next_word(text: str, pos: int) -> tuple[int, str, int]:
    """Index of the next non-space character after `pos`, the word there, its end."""
    n = len(text)
    i = pos
    while i < n and text[i].isspace():
        i += 1
    j = i
    while j < n and text[j] in _OPENERS:
        j += 1
    k = j
    while k < n and (text[k].isalnum() or text[k] in "'’-"):
        k += 1
    return i, text[j:k], k


def _lowercase_word_after(text: str, pos: int) -> bool:
    """Whether the word after position `pos` (past one space) starts in lowercase."""
    return text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].islower()


def _is_boundary(text: str, stop: int, end: int) -> bool:
    """Decide whether the stop run text[stop:end] ends a sentence."""
    punct = text[stop]
    nxt_index, nxt, nxt_end = _next_word(text, end)
    if nxt_index >= len(text):
        return True
    first = text[nxt_index]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if not nxt:
        return first in _OPENERS
    if punct != ".":
        return True
    if text[stop:end].startswith("..."):
        return True
    word = _word_before(text, stop).rstrip(".")
    if "-" in word[1:]:
        word = word.rsplit("-", 1)[1]  # "Oct. 31-Nov. 1": the abbreviation after the dash
    lower = word.lower()
    if not word:
        return True
    if lower in _NEVER_FINAL:
        return False
    if lower in _BEFORE_NUMBER and nxt[:1].isdigit():
        return False
    if word[-1].isdigit() and word.replace(".", "").replace(",", "").isdigit():
        return True  # a number with decimals ends here: "... closed at 16764.09."
    if lower in _COMPANY_WORDS and nxt.lower().rstrip(".") in _COMPANY_WORDS:
        return False  # "Elan Corp. Plc said": one firm's name
    if lower in _COMPANY_WORDS:
        # "Apple Inc. CEO Tim Cook" runs on; "Holding LLC. DaimlerChrysler has" does not,
        # nor does "Lipper Inc. Mr. Long said" or "Inc. \"We ...": a firm's name is
        # never followed by a title abbreviation or a quotation.
        return (
            nxt.lower() in _STARTERS
            or nxt.lower() in _NEVER_FINAL
            or (first in '"“«' and end == stop + 1)  # (not "Warner Bros.' \"Batman\"")
            or _lowercase_word_after(text, nxt_end)
        )
    if len(word) == 1 and word.isupper():
        # An initial ("J. K. Rowling") unless a clear sentence opener follows.
        return nxt.lower() in _STARTERS and nxt[:1].isupper() and len(nxt) > 1
    if "." in word:
        # An acronym with stops ("U.S.", "a.m."): a new sentence only when a
        # capitalised function word follows ("... in the U.S. The talks ..."), or,
        # after a clock's "a.m." or "p.m.", a state or a web address, a quotation of
        # its own ("before 1 a.m. \"I so wish ...,\" he told").
        if first in _QUOTE_OPENERS and (lower in _CLOCK_MARKS or _place_or_site(text, stop, lower)):
            return nxt.lower() in _STARTERS or _quotation_stands(text, nxt_index)
        return nxt.lower() in _STARTERS
    return True


# A state after its town (", N.J.") or a web address ("IPOfinancial.com"), the last
# words of an attribution: `said Richard Hanley, of Trenton, N.J. "It changed my life."`
_STATE = re.compile(r",\s[A-Z]\.[A-Z]$")
_SITE_ENDINGS = (".com", ".net", ".org")
_QUOTE_CLOSERS = {'"': '"', "“": "”", "«": "»"}
_QUOTE_REACH = 600
# ('," he told', '," the former governor told', '," said Smith'; not '," a nonprofit
# group, said', whose comma closes an apposition)
_ATTRIBUTION_NEXT = re.compile(
    r"\s(?!(?:which|that|who|as)\s)(?:(?:the|a|an)\s)?(?:[\w'’.-]+\s){0,4}?"
    r"(?:said|says|told|tells|added|adds|asked|wrote)\b"
)
_MIN_SAID_WORDS = 5  # shorter, a quotation after a comma may be a show's or a firm's name


def _place_or_site(text: str, stop: int, lower: str) -> bool:
    """Whether the word ending at `stop` is a state after its town or a web address."""
    return lower.endswith(_SITE_ENDINGS) or _STATE.search(text, max(0, stop - 8), stop) is not None


def _quotation_stands(text: str, mark: int) -> bool:
    """Whether the quotation opening at `mark` is a sentence of its own: it does not
    open in lower case (not `Washington, D.C. "is not a colony"`), and it closes a
    sentence (`"It changed my life."`) or, after a comma, its attribution follows
    (`"I so wish," he told`; not `the 7 a.m. "Today" show`, `the Camden, N.J.
    "Project Hope," a nonprofit group`). The words may be masked (all "x"), so only
    the marks and what follows the close are read then."""
    if text[mark + 1 : mark + 2].islower() and text[mark + 1 : mark + 2] != "x":
        return False
    close = text.find(_QUOTE_CLOSERS[text[mark]], mark + 1, mark + _QUOTE_REACH)
    if close <= mark + 1:
        return False
    if text[close - 1] in ".!?":
        return True
    # (a title after a comma is no quotation of its own: 'the 7 a.m. "Today," NBC said')
    words = text.count(" ", mark, close) + 1
    return (
        text[close - 1] == ","
        and words >= _MIN_SAID_WORDS
        and _ATTRIBUTION_NEXT.match(text, close + 1) is not None
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences; return their (start, end) offsets, trimmed."""
    return list(sentence_tuple(text))


def sentence_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the last sentence of `text` that starts at or before offset
    `at` (`sentence_tuple`'s split); the whole text when none does."""
    sentences = sentence_tuple(text)
    index = bisect.bisect_right(sentences, (at, len(text) + 1)) - 1
    return sentences[index] if index >= 0 else (0, len(text))


@functools.lru_cache(maxsize=256)
def sentence_tuple(text: str) -> tuple[tuple[int, int], ...]:
    """`sentence_spans` as a tuple, memoised: stages that split the same
    paragraph (dates, then events, then people of events) split it once."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match.start(), match.end()):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return tuple(trimmed)


def split_sentences(text: str) -> list[str]:
    """Split `text` into sentence strings (see `sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def inside_quotes(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation that opens before it in `text`."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
