"""Word tokens and capitalised runs: the raw material of personal names.

`tokens(text)` cuts a paragraph into words and punctuation with offsets, in
one linear pass. `name_runs(tokens)` groups consecutive capitalised words that
only white space separates ("US Secretary", "Kim Yong-chol", "Ursula von der
Leyen"); `people` decides which runs, or which parts of them, are names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.news.names import (
    CALENDAR_WORDS,
    DEPARTMENT_WORDS,
    FAMILY_WORDS,
    NON_PERSON_WORDS,
    PLACES,
    RIVAL_WORDS,
    ROLE_QUALIFIERS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
)
from bot.news.temporal_lexicon import PAST_MARKERS

_TOKEN = re.compile(r"[^\W\d_][\w'’.&-]*|\d+(?:[.,]\d+)*|[^\w\s]")
# Lower-case particles inside names: "Luiz Inacio Lula da Silva", "Erik ten Hag",
# "Marc-Andre ter Stegen", "Jose Eduardo dos Santos".
_CONNECTORS = frozenset(
    """van von de der den da di du del della le la bin ibn al el ten ter dos das arap zu""".split()
)
_KEEP_STOP = frozenset(
    (
        "jr.",
        "sr.",
        "st.",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "gen.",
        "sgt.",
        "cpl.",
        "pvt.",
        "spc.",
        "pfc.",
        "sen.",
        "rep.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
    )
)
# Lower-case words some rule about names reads; every other one is left out.
KEPT_LOWER = (
    SENTENCE_WORDS
    | ROLE_WORDS
    | DEPARTMENT_WORDS
    | CALENDAR_WORDS
    | NON_PERSON_WORDS
    | PLACES
    | SPEECH_VERBS
    | TITLE_MODIFIERS
    | ROLE_QUALIFIERS
    | RIVAL_WORDS
    | FAMILY_WORDS
    | frozenset("of the for and".split())
    | _CONNECTORS
)
# Arabic family names with their article: "al-Baghdadi", "el-Sisi", "ad-Din".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|at|an|ar|az|ud|ul)-[A-Z]")
_SLOW_ENDINGS = frozenset(".'’s")
# Longest run considered; longer runs are cut into pieces of this size.
MAX_RUN = 12


class Token:
    """One word or punctuation mark; `core` drops a possessive and a final stop."""

    __slots__ = ("capital", "core", "end", "lower", "start", "text")

    def __init__(self, text: str, core: str, start: int, end: int) -> None:
        self.text = text
        self.core = core
        self.start = start
        self.end = end
        self.lower = core.lower()
        self.capital = core[:1].isupper() or _PARTICLE_NAME.match(core) is not None


def _core(word: str) -> str:
    core = word
    for suffix in ("'s", "’s", "'", "’"):
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    if (
        core.endswith(".")
        and core.lower() not in _KEEP_STOP
        and not _is_initial(core)
        and not is_double_initial(core)
    ):
        core = core.rstrip(".")
    return core or word


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


# Two initials that are a given name: "J.K. Rowling", "C.J. Stroud" (not "U.S.").
_DOUBLE_INITIAL = re.compile(r"[A-Z]\.[A-Z]\.")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. S.C. N.C.".split())


def is_double_initial(word: str) -> bool:
    """Whether a word is two initials with stops that may open a name ("A.J.")."""
    return (
        len(word) == 4
        and _DOUBLE_INITIAL.fullmatch(word) is not None
        and word not in _PLACE_INITIALS
    )


def tokens(text: str) -> list[Token]:
    """Words and punctuation marks of `text`, with their offsets.

    A full stop stays on an initial or abbreviation ("R.", "Jr.", "U.S.") and
    is a token of its own after any other word. Lower-case words that no rule
    about names looks at are left out (neighbours are told by offsets, not by
    list position). People and quotes both read the same paragraphs, so the
    last few thousand results are kept.
    """
    return list(_tokens(text))


# A nickname in quotation marks inside a name: Margaret Ellen "Peg" Sturgeon, Gov.
# Edmund G. "Pat" Brown. Its words are left out of the tokens, so the name runs on.
_NICKNAME = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*\s([\"“][A-Z][a-z]+[\"”])\s(?=[A-Z][a-z])")
_NICKNAME_GAP = re.compile(r"\s[\"“][A-Z][a-z]+[\"”]\s")


# Not a nickname inside a name but one given: 'Fans call Usain Bolt "Lightning" Bolt',
# 'dubbed Bill Clinton "Slick" Willie'.
_NAMING_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed)?|nicknamed|known\sas)\s[^.;]*$")
_WORD_AFTER = re.compile(r"\s([A-Z][a-z]+)")


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """Where nicknames in quotation marks stand inside names, marks included."""
    if '"' not in text and "“" not in text:
        return []
    return [m.span(1) for m in _NICKNAME.finditer(text) if _inside_name(text, m)]


def _inside_name(text: str, found: re.Match[str]) -> bool:
    lead = text[max(0, found.start() - 30) : found.start(1)]
    after = _WORD_AFTER.match(text, found.end(1))
    return _NAMING_BEFORE.search(lead) is None and (after is None or after.group(1) not in lead)


def _word_matches(text: str) -> Iterator[re.Match[str]]:
    """The token matches of `text`, less those inside nicknames."""
    skips = nickname_spans(text)
    if not skips:
        yield from _TOKEN.finditer(text)
        return
    k = 0
    for m in _TOKEN.finditer(text):
        pos = m.start()
        while k < len(skips) and skips[k][1] <= pos:
            k += 1
        if k == len(skips) or pos < skips[k][0]:
            yield m


def is_nickname(text: str, mark: int) -> bool:
    """Whether the quotation mark at `mark` opens a nickname inside a name."""
    return any(
        m.start(1) == mark and _inside_name(text, m)
        for m in _NICKNAME.finditer(text, max(0, mark - 40), mark + 40)
    )


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    found: list[Token] = []
    append = found.append
    for m in _word_matches(text):
        word = m.group()
        last = word[-1]
        if (
            word[0].islower()
            and word not in KEPT_LOWER
            and last != "."
            and not word.endswith(ROLE_SUFFIXES)
            and _PARTICLE_NAME.match(word) is None
            and not ("-" in word and prefixed_role(word.lower()))  # "co-leader", "co-CEO"
        ):
            continue  # a plain word no rule looks at: left out, offsets tell the gaps
        if last not in _SLOW_ENDINGS:
            append(Token(word, word, m.start(), m.end()))
        elif last == "." and len(word) > 1 and not _keeps_stop(word):
            append(Token(word[:-1], _core(word[:-1]), m.start(), m.end() - 1))
            append(Token(".", ".", m.end() - 1, m.end()))
        else:
            append(Token(word, _core(word), m.start(), m.end()))
    return tuple(found)


def _keeps_stop(word: str) -> bool:
    return _is_initial(word) or word.lower() in _KEEP_STOP or "." in word[:-1]


def is_name_word(token: Token) -> bool:
    """A capitalised word that could be part of a name (not an acronym like US)."""
    if not token.capital:
        return False
    core = token.core
    if not core[0].isalpha() or _is_initial(core):
        return _is_initial(core)
    return not is_acronym(token)


def is_role_word(lower: str) -> bool:
    """A noun of a role: "minister", "analyst", by its ending "epidemiologist", or
    after a prefix "co-chair", "co-founder"."""
    return (
        lower in ROLE_WORDS
        or lower.endswith(ROLE_SUFFIXES)
        or ("-" in lower and prefixed_role(lower))
    )


_ROLE_PREFIXES = frozenset("co vice ex deputy joint acting".split())


def prefixed_role(lower: str) -> bool:
    """Whether a hyphenated word is a role after a prefix: "co-chair", "ex-minister"
    (not "sub-prime")."""
    head, _, tail = lower.partition("-")
    return head in _ROLE_PREFIXES and tail in ROLE_WORDS


_REGNAL = frozenset(
    "II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII".split()
)


def is_regnal(token: Token) -> bool:
    """A regnal number after a name: the "II" of "Elizabeth II", "XVI" of "Benedict XVI"."""
    return token.core in _REGNAL


def is_acronym(token: Token) -> bool:
    """An all-capitals word of two letters or more (US, CEO, UAW, U.S.), not two
    initials that are a given name ("JD Vance", "AJ Brown")."""
    core = token.core
    if len(core) < 2 or not core.isupper():
        return False  # most words: two quick tests
    if core in _INITIALS_NAMES or is_double_initial(core):
        return False
    return sum(c.isalpha() for c in core) >= 2


# Given names written as two initials without stops.
_INITIALS_NAMES = frozenset("JD AJ TJ PJ RJ BJ JJ CJ".split())


def possessive(token: Token) -> bool:
    """True for Pompeo's, Korea's, the Beatles'."""
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def name_runs(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words joined by single spaces."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        if not toks[i].capital or not is_name_word(toks[i]) or abbreviated_role(toks, i):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < MAX_RUN:
            prev = toks[j - 1]
            if possessive(prev) or not _space_between(text, prev.end, toks[j].start):
                break
            if abbreviated_role(toks, j):
                break  # "Republican Gov. Greg Abbott": "Gov" is no name
            if is_name_word(toks[j]):
                j += 1
                continue
            # "von der Leyen": connectors inside a name, never at its end.
            k = j
            while k < n and toks[k].lower in _CONNECTORS and k - j < 3:
                if not _space_between(text, toks[k].end, toks[k + 1].start if k + 1 < n else 0):
                    break
                k += 1
            if k > j and k < n and is_name_word(toks[k]):
                j = k + 1
                continue
            if is_regnal(toks[j]):
                j += 1  # "Queen Elizabeth II": the number ends the name
            break
        runs.append((i, j))
        i = j
    return runs


def abbreviated_role(toks: list[Token], k: int) -> bool:
    """Whether token `k` and the full stop right after it are a role ("Gov" and ".")."""
    stop = toks[k + 1] if k + 1 < len(toks) else None
    return (
        stop is not None
        and stop.text == "."
        and stop.start == toks[k].end
        and toks[k].lower + "." in ROLE_WORDS
    )


def _space_between(text: str, end: int, start: int) -> bool:
    """True when only one or two spaces separate two tokens."""
    gap = start - end
    if gap > 2:
        return _NICKNAME_GAP.fullmatch(text, end, start) is not None
    return gap >= 1 and text[end:start].isspace()


_GAP_WORDS = re.compile(r"\s[a-z]+(?:\s[a-z]+)?\s")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i")


# Verbs that stand between a subject and the title of its object ("The National
# Farmers Union will meet Environment Secretary Owen Paterson").
_NOT_QUALIFIERS = frozenset(
    """will would can could shall should may might must is are was were has have had
    does did to meet meets urge urges tell tells ask asks visit visits call calls
    praise praises thank thanks replace replaces""".split()
)


def bridged(text: str, tok: Token, nxt: Token) -> bool:
    """True for "Venezuelan opposition leader", "China's foreign ministry": one or two
    plain words (which the tokeniser leaves out) between a qualifier and a title word."""
    gap = _GAP_WORDS.fullmatch(text, tok.end, nxt.start)
    if gap is None or any(
        w.endswith("ed") or w in PAST_MARKERS or w in _NOT_QUALIFIERS for w in gap.group().split()
    ):
        # "Fetterman defeated Republican Mehmet Oz", "Wang Yi met Premier Li Qiang":
        # a verb, not a qualifier
        return False
    if not (nxt.lower in ROLE_WORDS or nxt.lower in DEPARTMENT_WORDS or nxt.lower == "ministry"):
        return False
    # "White House press secretary": an organisation's last word qualifies too.
    qualifier = (
        is_acronym(tok)
        or tok.text.endswith(("'s", "’s"))
        or tok.lower in NON_PERSON_WORDS
        or tok.lower in TITLE_MODIFIERS  # "Former immigration minister"
    )
    return qualifier or is_demonym_like(tok)


def is_demonym_like(tok: Token) -> bool:
    """Whether a capitalised word reads as a people's adjective ("Venezuelan", "Chinese")."""
    return is_name_word(tok) and len(tok.lower) >= 4 and tok.lower.endswith(_DEMONYM_ENDINGS)


# "Dell shares rose", "Dell's board", "a stake in Dell": the company named after its
# founder, not the founder.
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s(?:shares|stock|shareholders|board|investors)\b"
    # ("the official Xinhua news agency")
    r"|\s(?:news\s)?(?:agency|newspaper|daily|television|broadcaster)\b"
)
_COMPANY_BEFORE = re.compile(r"\b(?:shares\sof|stake\sin|bid\sfor|buyout\sof|takeover\sof)\s$")


def names_a_company(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands for a company or a news outlet there."""
    return (
        _COMPANY_AFTER.match(text, end) is not None
        or _COMPANY_BEFORE.search(text, max(0, start - 16), start) is not None
    )
