"""Where a name-like word stands: inside a longer capitalised run, a calendar
word put to calendar use ("in May"), the name of a thing ("the Harry Potter
books", "USS Gerald R. Ford", "Ben Gurion airport") rather than of a person."""

from __future__ import annotations

import re

from bot.news.name_rules import after_article, role_before
from bot.news.name_tokens import Token, is_name_word, names_a_company
from bot.news.names import CALENDAR_WORDS
from bot.news.temporal_lexicon import MONTH_PATTERN


def inside_run(text: str, toks: list[Token], k: int) -> bool:
    """True when the word at k sits in a longer capitalised run that is not a name."""
    if (
        k + 1 < len(toks)
        and is_name_word(toks[k + 1])
        and not toks[k].text.endswith(("'s", "’s"))
        and 1 <= toks[k + 1].start - toks[k].end <= 2
    ):
        return True
    if k > 0 and is_name_word(toks[k - 1]) and 1 <= toks[k].start - toks[k - 1].end <= 2:
        prev = toks[k - 1]
        # (a role's last word is no part of the run: "Secretary of State Albright")
        return role_before(toks, k, k) is None and not prev.text.endswith(("'s", "’s"))
    return False


# What puts a calendar word that is also a family name ("May") to calendar use.
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|through|throughout|during|early|mid|late|last"
    r"|next|this|on|before|after|between)\s+|mid-|\d\s*|"
    rf"\b{MONTH_PATTERN}\s+(?:and|or|to|through)\s+)$",
    re.IGNORECASE,
)
_DATE_TAIL = re.compile(r",?\s*\d")
_LEAD_REACH = 24


# A generational suffix is never a lone name: "the Martin Luther King Jr. holiday".
_SUFFIXES = frozenset("jr jr. sr sr.".split())
# Prizes a role may stand before ("won a supporting actor Oscar"): no one of the name
# unless the article names one in full ("Oscar Pistorius ... Oscar is not ready").
PRIZES = frozenset("oscar oscars emmy emmys grammy grammys tony tonys".split())


def may_stand_alone(text: str, toks: list[Token], k: int) -> bool:
    """Whether the word at k may be a lone short name: not inside a longer capitalised
    run, not a company ("Dell shares"), not a calendar word put to calendar use, nor
    a suffix ("Jr.")."""
    tok = toks[k]
    if tok.lower in _SUFFIXES:
        return False
    if inside_run(text, toks, k) or names_a_company(text, tok.start, tok.start + len(tok.core)):
        return False
    return tok.lower not in CALENDAR_WORDS or not is_calendar_use(
        text, tok.start, tok.start + len(tok.core)
    )


def is_calendar_use(text: str, start: int, end: int) -> bool:
    """Whether a calendar word that is also a family name, at text[start:end], is
    used as a date: "in May", "7 May", "May 2017", "April and May" (not "May's
    deal", "May said")."""
    if _DATE_TAIL.match(text, end) is not None:
        return True
    if text.startswith(("'s", "’s"), end):
        return False
    return _DATE_LEAD.search(text, max(0, start - _LEAD_REACH), start) is not None


# Nouns that make a name before them a thing's name: "the Harry Potter books".
_THING_NOUNS = frozenset(
    """book books series film films movie movies franchise brand store stores chain show
    shows novel novels song songs album albums musical play saga character characters
    doctrine rule effect era""".split()
)
# Places named after people, whatever comes before: "at Ben Gurion airport".
_PLACE_NOUNS = frozenset("airport stadium boulevard bridge expressway freeway".split())
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
# Prefixes of a ship's name: "the aircraft carrier USS Gerald R. Ford".
_SHIP_PREFIXES = frozenset("USS HMS HMAS HMCS RMS INS MV SS".split())


def after_thing_prefix(toks: list[Token], start: int) -> bool:
    """Whether a ship's prefix ("USS Gerald R. Ford"), or "St." ("St. Louis Rams"), is before."""
    if start and toks[start - 1].text in ("St.", "St"):
        return True
    for k in range(start - 1, max(-1, start - 4), -1):
        if toks[k].text in _SHIP_PREFIXES:
            return True
        if not toks[k].capital:
            break
    return False


# "The aircraft carrier John F. Kennedy left Norfolk": a ship named for a person.
_VESSEL_BEFORE = re.compile(
    r"(?:aircraft\scarrier|(?<![\w-])(?:ship|warship|destroyer|frigate|submarine|cruiser"
    r"|tanker|freighter|vessel|liner|yacht))\s(?:the\s)?$"
)


def names_a_thing(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Whether the name at toks[start:end] names a thing: "the Harry Potter books", "the
    John Lewis store" (not "the late John Lewis"), "Ben Gurion airport", "USS Gerald R. Ford"."""
    if after_thing_prefix(toks, start) or _VESSEL_BEFORE.search(
        text, max(0, toks[start].start - 24), toks[start].start
    ):
        return True
    word = _NEXT_LOWER_WORD.match(text, toks[end - 1].start + len(toks[end - 1].core))
    if word is not None and word.group(1) in _PLACE_NOUNS:
        return True
    return word is not None and word.group(1) in _THING_NOUNS and after_article(toks, start)
