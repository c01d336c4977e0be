"""Rules that tell a person's name in a capitalised run.

A run ("US Secretary of State Mike Pompeo") is cut after its last word that
cannot be part of a name (a title, a place, an organisation word, an
acronym); what is left is a person when a given name opens it, a role comes
right before it, a role follows in apposition (", the deputy leader of
...", ", 61,"), or it is an East Asian family-name-first name (Kim Yong-chol).
Neighbours are told by offsets: the tokeniser leaves out plain lower-case words.
"""

from __future__ import annotations

import re

from bot.news.firm_names import is_known_firm
from bot.news.name_tokens import (
    Token,
    is_acronym,
    is_double_initial,
    is_regnal,
    is_role_word,
    prefixed_role,
)
from bot.news.names import (
    CALENDAR_WORDS,
    COMPANY_NOUNS,
    DEPARTMENT_WORDS,
    FAMILY_WORDS,
    NON_PERSON_WORDS,
    PLACES,
    ROLE_WORDS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    SURNAME_FIRST,
    SURNAME_WORDS,
    is_given_name,
)

# Capitalised articles open names of papers and places (Der Spiegel, Le Monde).
ARTICLES = frozenset("der die das le la les el los las il lo".split())
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady mr. mrs.".split())
MAX_NAME_WORDS = 5
# Places that are also given names: a person when a role says so ("said
# Carolina Milanesi, an analyst"), else the place ("Carolina Panthers").
_GIVEN_NAME_PLACES = frozenset("carolina georgia virginia jordan sydney india kenya paris".split())
# Months that are also given names: a person when one family name follows and a
# role says so ("June Steenkamp, the mother of ...", "Gov. Jan Brewer"), else the month.
_GIVEN_NAME_MONTHS = frozenset("jan may june april august".split())
# Words that put a month to calendar use before it ("By April Smith, the mayor, had quit").
_MONTH_LEADS = frozenset(
    "in by since until till from through during early mid late last next this on before after"
    " between of".split()
)
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")
# Chinese family names that are no English word, and a given name of one to three
# pinyin syllables after one: "Hu Jintao", "Li Qiang", "Wang Yi".
_CHINESE_FAMILY = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo gao luo zheng liang xie
    tang deng jiang mao wen cai xiao qin xue peng zeng feng cao yuan jia wei ding""".split()
)
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?){1,3}")


def is_blocking(token: Token) -> bool:
    """A word that cannot be part of a personal name."""
    low = token.lower
    return (
        low in NON_PERSON_WORDS
        or low in PLACES
        or low in CALENDAR_WORDS
        or low in SENTENCE_WORDS
        or low in ROLE_WORDS
        or low in DEPARTMENT_WORDS
        or (token.capital and low in ARTICLES)
        or (is_acronym(token) and not is_regnal(token))
    )


def _family_name_word(words: list[Token], k: int, end: int | None = None) -> bool:
    """True for "West" in "Brian West": a word of a place or direction that ends a
    name (`words[:end]`, all of them by default) after a given name."""
    return (
        k == (len(words) if end is None else end) - 1
        and k > 0
        and words[k].lower in SURNAME_WORDS
        and is_given_name(words[k - 1].lower)
    )


def _san_in_name(words: list[Token], k: int, end: int) -> bool:
    """True for "San" in "Aung San Suu Kyi", "Juan San Martin": after a given name and
    before more of the name (not "San Francisco", which no given name comes before)."""
    return 0 < k < end - 1 and words[k].lower == "san" and is_given_name(words[k - 1].lower)


def _given_after_family(words: list[Token], k: int, end: int | None = None) -> bool:
    """True for "Jun" in "Ma Jun": a month's short form ending a name after a family name."""
    return (
        k == (len(words) if end is None else end) - 1
        and k > 0
        and words[k].text.isalpha()
        and words[k].lower in CALENDAR_WORDS
        and words[k - 1].lower in SURNAME_FIRST
    )


def _name_article(words: list[Token], k: int, end: int | None = None) -> bool:
    """True for "Le" in "Marine Le Pen" or "Bruno Le Maire": an article between a
    name word and the last word (`words[:end]`), part of the family name (not the
    "Le" of "Le Monde", which no name word comes before)."""
    return (
        k == (len(words) if end is None else end) - 2
        and k > 0
        and words[k].lower in ARTICLES
        and not is_blocking(words[k - 1])
    )


_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr"})


def _before_suffix(toks: list[Token], i: int, k: int, j: int) -> bool:
    """True for "King" in "Martin Luther King Jr." or "Martin Luther King III": a
    title word that a given name comes before and only a generational suffix after."""
    last = toks[j - 1]
    return (
        k == j - 2
        and k > i
        and (last.lower in _SUFFIXES or is_regnal(last))
        and any(is_given_name(t.lower) for t in toks[i:k])
    )


def _month_given_name(toks: list[Token], k: int, j: int) -> bool:
    """True for "June" in "June Steenkamp, the mother of ..." and "Jan" in "Gov. Jan
    Brewer": a month's name, one family name after it, a role before or after."""
    tok = toks[k]
    return (
        k == j - 2
        and tok.lower in _GIVEN_NAME_MONTHS
        and tok.text.isalpha()
        and not (k > 0 and toks[k - 1].lower in _MONTH_LEADS and next_to(toks, k - 1, k))
        and (apposition_role(toks, j) or role_before(toks, k, k) is not None)
    )


def _place_family_name(toks: list[Token], i: int, k: int, j: int) -> bool:
    """True for "Brazil" in "Defense lawyer Eugene Brazil" and "Paul England, a lawyer":
    a place's name as the family name after a given name, with a role to say so."""
    return (
        k == j - 1
        and k - 1 >= i
        and toks[k].lower in PLACES
        and is_given_name(toks[k - 1].lower)
        and (apposition_role(toks, j) or role_before(toks, i, k - 1) is not None)
    )


def _day_in_name(toks: list[Token], i: int, k: int, j: int) -> bool:
    """True for "Day" in "Justice Sandra Day O'Connor": a middle name after a given name
    that a role comes before, one family name after (not "Victoria Day Parade")."""
    return (
        k == j - 2
        and k - 1 >= i
        and toks[k].lower == "day"
        and is_given_name(toks[k - 1].lower)
        and role_before(toks, i, k - 1) is not None
    )


# Words that open a place's or a thing's name before a given name: "San Francisco",
# "Santa Maria", "Operation Desert Fox".
_PLACE_OPENERS = frozenset(("san", "santa", "são", "sao", "los", "las", "operation"))


def name_part(toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """The tail of the run [i, j) after its last blocking word (title, place...)."""
    start = i
    for k in range(i, j):
        if (
            _family_name_word(toks, k, j)
            or _before_suffix(toks, i, k, j)
            or _san_in_name(toks, k, j)
        ):
            continue  # (no slice: a run may be long)
        if _given_after_family(toks, k, j) or _month_given_name(toks, k, j):
            continue
        if k > i and _name_article(toks, k, j):
            continue
        if _place_family_name(toks, i, k, j) or _day_in_name(toks, i, k, j):
            continue
        if (
            k == i
            and j - i == 2
            and toks[k].lower in _GIVEN_NAME_PLACES
            and apposition_role(toks, j)
        ):
            continue  # "said Carolina Milanesi, an analyst"
        if is_blocking(toks[k]) or (k < j - 1 and toks[k].text.endswith(("'s", "’s"))):
            start = k + 1
    if start > i and toks[start - 1].lower in _PLACE_OPENERS:
        return j, j  # "San Francisco Bay", "San Diego Padres", "San Pedro Sula": a place's
    # "Speaker Kevin McCarthy": a given name further in starts the name (but
    # not right after a title: "Oil Minister Ihsan Abdul Jabbar").
    after_role = start > i and is_role_word(toks[start - 1].lower)
    opens_with_initial = start < j and _initial_opens(toks, start)
    if (
        start < j
        and not is_given_name(toks[start].lower)
        and not after_role
        and not opens_with_initial
    ):
        for k in range(start + 1, j - 1):
            if is_given_name(toks[k].lower):
                return k, j
    return start, j


# What may stand right before an initial that opens a name: "said J. Michael Cook",
# "Dr. C. Everett Koop", a sentence's start (not "vitamin D. Michael Holick", "in
# Group D. Mario Balotelli": the letter ends a sentence).
_BEFORE_INITIAL = frozenset((".", ",", '"', "“", "(", "of", "for", "and", "by", "with"))


def _initial_opens(toks: list[Token], k: int) -> bool:
    """Whether token `k` is an initial that opens a name ("C. Michael Armstrong")."""
    if toks[k].core[1:] != ".":
        return False
    if k == 0:
        return True
    before = toks[k - 1]
    return next_to(toks, k - 1, k) and (
        before.text in _BEFORE_INITIAL
        or before.lower in SPEECH_VERBS
        or is_role_word(before.lower)
        or before.text.endswith(("'s", "’s"))
    )


def role_before(toks: list[Token], run_start: int, name_start: int) -> str | None:
    """The role word just before a name: inside its run or the word before it."""
    before = name_start - 1 if name_start > run_start else run_start - 1
    if before >= 0:
        if before + 1 >= len(toks) or not next_to(toks, before, before + 1):
            return None
        word = toks[before].lower
        if word in ROLE_WORDS or ("-" in word and prefixed_role(word)):
            return word
        if word == "." and before > 0 and f"{toks[before - 1].lower}." in ROLE_WORDS:
            return f"{toks[before - 1].lower}."  # "Gov. Jan Brewer": the stop a token of its own
        if word in DEPARTMENT_WORDS and _role_ahead_of(toks, before):
            return word
    return None


def _role_ahead_of(toks: list[Token], k: int) -> bool:
    """Whether a role word opens the title that the department at k ends: "Secretary
    of State Mike Pompeo", "Undersecretary of the Air Force for Acquisition Darleen
    Druyun"; not "the State Dining Room" (a department alone names no role)."""
    for _ in range(8):
        if k == 0 or toks[k].start - toks[k - 1].end > 5:
            return False  # more than "of", "for" or "and" between: no title goes on
        k -= 1
        if toks[k].lower in ROLE_WORDS:
            return True
        if not (toks[k].capital or toks[k].lower in ("of", "the", "and", "for")):
            return False
    return False


def next_to(toks: list[Token], i: int, j: int) -> bool:
    """True when tokens i and j are neighbours in the text (words the tokeniser
    leaves out, plain lower-case words, may sit between list neighbours)."""
    return 0 <= toks[j].start - toks[i].end <= 2


def after_the(toks: list[Token], i: int) -> bool:
    """True when "the" comes right before token i ("the Charlotte Bobcats")."""
    return i > 0 and toks[i - 1].lower == "the" and next_to(toks, i - 1, i)


def after_article(toks: list[Token], i: int) -> bool:
    """True when "the" or "of" comes right before: an organisation, not a person."""
    return i > 0 and toks[i - 1].lower in ("the", "of", "a", "an") and next_to(toks, i - 1, i)


# Nouns of a company that a name after them is the name of: "vaccine maker Bavarian
# Nordic said", "rival airline Virgin Atlantic said" (not a person who speaks).
_COMPANY_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(COMPANY_NOUNS))})\s$")


def after_body_of(toks: list[Token], i: int) -> bool:
    """True when the run at token `i` ends a body's name after "of"/"for": "the
    Office for Budget Responsibility", "the Bank of England" (no person's)."""
    return (
        i >= 2
        and toks[i - 1].lower in ("of", "for")
        and toks[i - 2].capital
        and toks[i - 2].lower in NON_PERSON_WORDS
    )


def after_company_noun(text: str, at: int) -> bool:
    """True when a company noun comes right before offset `at` ("vaccine maker X")."""
    return _COMPANY_BEFORE.search(text, max(0, at - 16), at) is not None


def apposition_role(toks: list[Token], j: int) -> bool:
    """True when ", the deputy leader ..." or ", a market analyst ..." follows."""
    if j >= len(toks) or toks[j].text != ",":
        return False
    age = toks[j + 1].text if j + 1 < len(toks) else ""
    if j + 2 < len(toks) and age.isdigit() and len(age) <= 3 and toks[j + 2].text == ",":
        return True  # "Ruth Meyer, 61, ...": an age (not "the Arms Act, 1959, ...": a year)
    for k in range(j + 1, min(len(toks), j + 6)):
        word = toks[k].lower
        if (is_role_word(word) and word not in HONORIFICS) or word in FAMILY_WORDS:
            return True
        # (a quotation's close ends the clause: '... the Affordable Care Act," Senate
        # Majority Leader Harry Reid said' holds no role of the Act's)
        if toks[k].text in ',.;:"“”':
            return False
    return False


def has_blocking_word(words: list[Token], place_at: int = -1) -> bool:
    """Whether a word that cannot be in a personal name is among `words`, the
    family names' own words aside ("West" of "Brian West", "Le" of "Marine Le
    Pen"; a place or month at `place_at`: "Carolina" of "Carolina Milanesi", "June"
    of "June Steenkamp", "Brazil" of "Eugene Brazil")."""
    return any(
        is_blocking(w)
        and not _family_name_word(words, k)
        and not _san_in_name(words, k, len(words))
        and not _given_after_family(words, k)
        and not _before_suffix(words, 0, k, len(words))
        and not _name_article(words, k)
        and k != place_at
        for k, w in enumerate(words)
    )


def looks_like_person(words: list[Token], role: str | None, apposition: bool) -> bool:
    """Whether the name part of a run is a person (see module doc)."""
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if role is None and not apposition and is_known_firm(words):
        return False
    place_at = -1  # a place's or month's name that is a person's here
    if len(words) >= 2 and (role is not None or apposition):
        if words[0].lower in _GIVEN_NAME_PLACES or (
            len(words) == 2 and words[0].lower in _GIVEN_NAME_MONTHS and words[0].text.isalpha()
        ):
            place_at = 0
        elif len(words) == 2 and words[1].lower in PLACES and is_given_name(words[0].lower):
            place_at = 1
        elif len(words) == 3 and role and words[1].lower == "day" and is_given_name(words[0].lower):
            place_at = 1  # "Justice Sandra Day O'Connor"
    if has_blocking_word(words, place_at):
        return False
    first = words[0].lower
    if len(words) == 1:
        return role is not None
    if role is not None or apposition or is_given_name(first) or is_double_initial(words[0].core):
        return True
    if len(words) >= 3 and words[0].core[1:] == "." and is_given_name(words[1].lower):
        return True  # "C. Michael Armstrong"
    # A hyphenated given name after a short family name: Im Jong-seok, Ri Son-gwon.
    if len(words) == 2 and len(first) <= 5 and _HYPHENATED_GIVEN.fullmatch(words[1].core):
        return True
    # Family name first with a hyphenated or two-part given name: Kim Yong-chol.
    if len(words) == 2 and first in _CHINESE_FAMILY:
        return _PINYIN.fullmatch(words[1].lower) is not None
    return first in SURNAME_FIRST and (len(words) == 3 or "-" in words[1].core)
