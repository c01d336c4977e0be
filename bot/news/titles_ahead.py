"""Roles in apposition before a name: "The head of the central bank, Maria Lopez,
said", "... backed his chief adviser, <name>.", "said the chief economist at X,
<name>." (`title_ahead`), and what they tell of the words after them (`role_ahead`:
a name; `kin_ahead`: a given name alone after "Thompson's wife,").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.news.name_rules import is_blocking
from bot.news.name_tokens import Token, prefixed_role
from bot.news.names import KIN_WORDS, NON_PERSON_WORDS, ROLE_WORDS, SENTENCE_WORDS
from bot.news.sentences import sentence_at

# "The head of the central bank, Maria Lopez, said" / "Its chief executive, Sue
# Park, said" / "Brazil's president, Luiz Inacio Lula da Silva, has ..." / ", and
# the North's head of state, Kim Yong Nam,": a role in apposition before the name.
# "... named a new chief financial officer, <name>": after a verb, its object.
# The owner of a role: "Brazil's", "Midwest Air's".
_OWNER = r"(?P<owner>(?:[A-Z][\w.\-]{0,30}\s){0,2}[A-Z][\w.\-]{0,30}['’]s)"
_ROLE_BEFORE = re.compile(
    # (after a sentence's end, or a dateline's dash: "LONDON (AP) — The governor of ...")
    # (or a quotation: '"We are ready," Kenya's foreign minister, Sam Ongeri, told')
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?,][\"”’]\s)|(?<=[—–-]\s)|(?<=,\sand\s)"
    r"|(?<=\s)(?=(?:[Hh]is|[Hh]er|[Tt]heir|its|an?|the)\s))"
    # ("But Labour's shadow chancellor, Ed Balls, said": the adverb is no owner's)
    r"(?:(?:But|And|Yet|So|Still|Now|Then|Meanwhile|However,?)\s)?"
    rf"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|{_OWNER})"
    r"\s(?P<role>[\w'’.&\- ]{3,70}?),\s(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\.?\s)?$"
)
_DETERMINERS = frozenset("a an the its his her their".split())
# Verbs that take a person as object ("hired a former banker, <name>") besides "-ed" forms.
_OBJECT_VERBS = frozenset(
    """said says told met chose picks picked hires names took brought sent saw thanked
    has have had is was were will would that""".split()
)


def _object_role(words: list[str]) -> list[str]:
    """The words of a role after a verb and its determiner: "The company hired a former
    banker" -> "former banker"; a role without a verb before a determiner is whole
    ("head of the central bank", "newly elected president")."""
    verb_seen = False
    cut = 0
    for k, word in enumerate(words):
        low = word.lower()
        if verb_seen and low in _DETERMINERS:
            cut = k + 1
        elif low in _OBJECT_VERBS or (low.endswith("ed") and len(low) >= 5 and word.islower()):
            verb_seen = True
    kept = words[cut:]
    lower = [w.lower().strip("'’") for w in kept]
    if "and" in lower:
        # "the president and the investigation by the independent counsel, <name>": a
        # thing after "and" whose role comes after its link is that role's (not "Sony's
        # chairman and the architect of its strategy": one person's roles)
        after_and = len(lower) - lower[::-1].index("and") + 1
        tail = lower[after_and:]
        if (
            lower[after_and - 1 : after_and] in (["the"], ["a"], ["an"])
            and "by" in tail
            and not any(_role_or_kin(w) for w in tail[: tail.index("by")])
        ):
            kept, lower = kept[after_and:], tail
    for link in _LINKS:
        if link in lower:
            # "the work of the former minister", "the inquiry by the independent
            # counsel": the role after the link (not "the runner-up to Mr. Yeltsin")
            head = lower[: lower.index(link)]
            if not any(_role_or_kin(w) for w in head):
                after = lower.index(link) + 1
                after += after < len(lower) and lower[after] in _DETERMINERS
                return kept[after:]
    return kept


_LINKS = ("of", "by")


def _role_or_kin(word: str) -> bool:
    """Whether a lower-case word names a role, kin included."""
    return word in ROLE_WORDS or word in KIN_WORDS or ("-" in word and prefixed_role(word))


_ROLE_AFTER_SPEECH = re.compile(
    r"\b(?:said|says|added|according\sto)\s"
    rf"(?:the|its|his|her|their|{_OWNER})"
    r"\s(?P<role>[\w'’.&\- ]{3,70}?),\s(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\.?\s)?$"
)


_DAY_ENDS = re.compile(
    r",\s(?:on\s)?(?:[A-Z][a-z]+day|yesterday|today|tonight|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
    r"(?:\s(?:morning|afternoon|evening|night))?[.!?]"
)
_CONJUNCTIONS = frozenset("after before since when while because until".split())


def title_ahead(text: str, start: int, end: int) -> str | None:
    """The role in apposition before a sentence's name: "The head of X, <name>, ...",
    "... backed his chief adviser, <name>." or, after a speech verb at the sentence's
    end, "said the chief economist at X, <name>."."""
    # (a day may close the sentence: '"...," said Iraq's ambassador, <name>, on Monday.')
    at_end = text[end : end + 1] in ("", ".", "!", "?") or _DAY_ENDS.match(text, end) is not None
    if not at_end and not text.startswith(",", end):
        return None
    # The closer pattern first: "said the minister had confidence in his chief
    # adviser, <name>." is the adviser's name, not the minister's.
    # Within the name's own sentence: "... for 22 years. Her neighbor, <name>," is
    # a neighbor, whatever the sentence before held.
    lo = max(sentence_at(text, start)[0], start - 90)
    match = _ROLE_BEFORE.search(text, max(lo, start - 80), start)
    if match is None and at_end:
        match = _ROLE_AFTER_SPEECH.search(text, lo, start)
    if match is None:
        return None
    owner = match.group("owner")
    words = match.group("role").split()
    # "The launch came two days after Samsung's chairman, Lee Kun-hee, ...": the role
    # is in the clause the conjunction opens.
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _CONJUNCTIONS), default=0)
    kept = _object_role(words[cut:])
    while kept and kept[0].lower() in _DETERMINERS:
        kept = kept[1:]  # "... before the judge, <name>": "judge"
    if len(kept) < len(words):
        owner = None  # the owner went with the clause before the object
    if not any(_role_or_kin(w.lower().strip("'’")) for w in kept):
        return None
    role = " ".join(kept)
    return f"{owner} {role}" if owner else role


def role_ahead(text: str, toks: list[Token], start: int, end: int) -> bool:
    """True for "Brazil's president, Luiz Inacio Lula da Silva, ...": a role in
    apposition before two to five words (`toks[start:end]`) that may be a name."""
    if not 2 <= end - start <= 5 or any(is_blocking(t) for t in toks[start:end]):
        return False
    span_end = toks[end - 1].start + len(toks[end - 1].core)
    return title_ahead(text, toks[start].start, span_end) is not None


def kin_ahead(text: str, token: Token, leading: Callable[[], set[str]]) -> bool:
    """True for "Paulette" in "Thompson's wife, Paulette, told ...": one word a
    kin role in apposition before it names (a given name alone), unless it leads
    a longer name elsewhere (`leading()`: "King Charles III")."""
    if not text.endswith(", ", 0, token.start) or not token.capital:
        return False  # most words: no comma before them
    if token.lower in leading():
        return False
    if token.lower in NON_PERSON_WORDS or token.lower in SENTENCE_WORDS:
        return False
    ahead = title_ahead(text, token.start, token.start + len(token.core))
    return ahead is not None and ahead.split()[-1].lower() in KIN_WORDS
