"""Words before a date that steer the tense `tense` reads it in: an intent and the
verb after its "to" ("promised to leave", "voted to approve"), a verb that moves
a date and its object ("postponed the hearing to Monday"), a past perfect that
set a day ("had scheduled the trial for"), a rank before "to be", participles
that only order or qualify ("followed by", "top-seeded"), a relative clause
before a marker ("cuts that took effect on March 1 will hurt").
"""

from __future__ import annotations

import re

from bot.news.temporal_lexicon import (
    AUXILIARIES,
    BASE_FORM_AFTER,
    DETERMINERS,
    INTENDS,
    MODALS,
    MOVED,
    PLAIN_VERB_MARKERS,
)
from bot.news.tense_phrases import Signal
from bot.news.tense_words import spaced_words_before, word_before


def leads_a_verb(following: str) -> bool:
    """Whether the word after "to" may be a verb's plain form: lower-case, no article
    or possessive ("to leave", not "to a deal", "to its end", "to 5%")."""
    return following.isalpha() and following.islower() and following not in DETERMINERS


# A verb that moves a date, and its object: "postponed the hearing to Monday",
# "agreed to extend the deadline to Friday".
_MOVE_NOW = frozenset("extend postpone delay move push".split())
_MOVED_OBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(MOVED | _MOVE_NOW))})\s(?:the|a|its|their|his|her)\s"
    # "adjourned the case against him to", "deferred its verdict against the sixth accused to"
    r"(?:[a-z]+\s){1,5}$"
)


def moved_object_before(text: str, lo: int, at: int) -> bool:
    """Whether a verb that moves a date and its object end right before `at` (where
    "to" starts), reading no further back than `lo`."""
    return _MOVED_OBJECT.search(text, max(lo, at - 60), at) is not None


# Past intents that were settled on the day told: the date after their verb is the
# day of the vote or decision ("voted to approve the bill on Thursday", "agreed to
# hear the cases on Dec. 7"), unless that verb is one of a meeting's ("agreed to
# meet again on Friday").
_SETTLED = frozenset(("voted", "agreed", "decided"))
_MEETING_VERBS = PLAIN_VERB_MARKERS | {"hold", "reconvene", "sit", "talk", "gather"}


def intent_signal(intent: str, following: str) -> Signal | None:
    """What "<intent> to <following> ... <date>" says of the date: "future" for "promised
    to leave on Oct. 31", "agreed to meet on Friday"; "present" (the nearest such date,
    a bare weekday the last) for "voted to approve the bill on Thursday", "decided to
    call an election on April 28"; None when "to" leads no verb."""
    if not leads_a_verb(following):
        return None
    return "present" if intent in _SETTLED and following not in _MEETING_VERBS else "future"


# An intent with the day it was settled on between it and its "to": "voted last week
# to close 23 schools in June", "agreed on Tuesday to raise fares in July".
_INTENT_DATED = re.compile(
    rf"\b(?P<intent>{'|'.join(sorted(INTENDS))})\s(?:(?:on|in|last|this|earlier|late)\s)?"
    r"(?:[\w.]+\s){0,2}?[\w.]+\sto\s$"
)


def intent_before_date(text: str, lo: int, to_end: int) -> str | None:
    """The intent verb of "<intent> <a date> to" ending at `to_end` (after "to "), if any."""
    found = _INTENT_DATED.search(text, max(lo, to_end - 48), to_end)
    return None if found is None else found.group("intent")


# Verbs of wishing whose object's participle lies ahead: "wants elections held by June".
WANTS = frozenset("want wants wanted".split())
# Participles that only order what they join: ", followed by a memorial".
SEQUENCE_PARTICIPLES = frozenset(("followed", "preceded"))
# "-ed" forms that a hyphen makes adjectives: "top-seeded", "state-owned", "U.S.-backed".
COMPOUND_ADJECTIVES = frozenset(
    "seeded ranked owned based backed led funded controlled sponsored run".split()
)
# Prefixes a hyphen joins to a verb: "to be re-elected".
PREFIXES = frozenset(("re", "co", "pre", "un", "over", "under", "out"))
# "had scheduled the trial for", "had been set for": a plan made in a past before.
_HAD_SET = re.compile(r"\bhad\s(?:been\s)?[a-z]+(?:ed|en|et)\s(?:[\w'’-]+\s){0,3}$")


def had_set(text: str, lo: int, at: int) -> bool:
    """Whether a past perfect ("had scheduled the trial", "had been set") ends at `at`."""
    return _HAD_SET.search(text, max(lo, at - 50), at) is not None


# "the first former president to be ...": a rank, not a plan.
RANKED_TO_BE = re.compile(
    r"\b(?:first|second|third|last|only|latest|youngest|oldest)\s(?:[\w.'’-]+\s){0,4}to\sbe\s$",
    re.IGNORECASE,
)


# A past participle at most a preposition before the expression, and the word right
# after it: a reduced relative and its clause's verb ("announced on Monday will").
REDUCED_GAP = 4
# A relative pronoun at most two words before a marker (the marker's word ends at the
# search's end): "that took effect", "which broke out".
_RELATIVE_LEAD = re.compile(r"\b(?:that|which|who)\s(?:[a-z]+\s){0,2}[a-z]+\s*$")


def in_relative_clause(text: str, lo: int, marker_end: int) -> bool:
    """Whether the marker ending near `marker_end` opens a relative clause ("Spending
    cuts that took effect on March 1 will hurt growth")."""
    return _RELATIVE_LEAD.search(text, max(lo, marker_end - 40), marker_end) is not None


# Words after an "-ed" form that make it no adjective ("forecasts published in
# February", "data released that ...").
_NOT_NOUNS = frozenset(
    """in on at by for from to with without during since until after before over under
    into about against among between through across than as that which who when where
    while and or but of off up down out last this next earlier later""".split()
)
_LINKING_VERBS = frozenset(
    "remain remains stay stays seem seems become becomes appear appears look looks".split()
)
_FIRST_WORD = re.compile(r" ([a-z]+)\b")


def _noun_next(before: str, at: int) -> bool:
    """Whether a lower-case word that is no preposition or conjunction follows the
    word that starts at `at` in `before` (reversed: it lies before `at`)."""
    after = _FIRST_WORD.match(before[:at][::-1])
    if after is None:
        return False
    word = after.group(1)
    return word not in _NOT_NOUNS and not word.endswith("ly")


# A gerund whose object an "-ed" form may qualify ("culling infected poultry"; not
# "having resigned", "being treated").
_GERUND = re.compile(r"(?!having$|being$)[a-z]{3,}ing")
# A year between a determiner and an "-ed" form (either way round: `backwards` text).
YEAR_GAP = re.compile(r" \d{4} ")
# A count before an "-ed" form: "would return 40 seized boats", "2,000 stranded tourists".
COUNT_GAP = re.compile(r" (?!\d{4} )\d[\d,]* ")


def participle_signal(before: str, found: re.Match[str]) -> Signal | None:
    """The signal of a past "-ed" form, `found` by `_MARKER_BEFORE` in `before` (the
    window before the expression, as `backwards` makes it).

    After "be" it looks ahead ("to be held", "will be signed"); after
    "is"/"are" it is a present passive ("is officially reported"). Right after
    "to" or a modal a form like "hit" or "cut" is the plain verb, right after a
    determiner a noun or an adjective: no marker ("forecast to hit 40C by Thursday": the
    word before "to" decides; "expect a cut on March 31": "expect" does)."""
    word = (found.group("previous") or "")[::-1]
    if found.group("gap") == " " and (word in BASE_FORM_AFTER or word in DETERMINERS):
        return None  # "to cut", "will cut"; "a cut", "the revised plan": no past here
    if word in DETERMINERS and YEAR_GAP.fullmatch(found.group("gap") or "") is not None:
        return None  # "will publish its 2012 audited accounts": an adjective
    if COUNT_GAP.fullmatch(found.group("gap") or "") is not None:
        return None  # "would return 40 seized boats on Friday": an adjective
    if found.group("gap") == " " and (
        word in _LINKING_VERBS
        or (word.endswith("ly") and word_before(before, found.end("previous")) in _LINKING_VERBS)
    ):
        # "will also remain closed on Tuesday", "will remain temporarily closed": an
        # adjective, the verb decides
        return None
    if found.group("gap") in (" ", "-") and word and word not in AUXILIARIES:
        ahead = word_before(before, found.end("previous"))
        if ahead in MODALS and found.group("gap") == " ":
            return None  # "will tour damaged areas": an adjective of the plain verb's object
        if (
            (ahead == "to" and found.group("gap") == " ")
            or (ahead in DETERMINERS and found.group("gap") == "-" and word not in PREFIXES)
            or (found.group("gap") == " " and _GERUND.fullmatch(word) is not None)
        ) and _noun_next(before, found.start("word")):
            # "is due to publish revised figures", "to send his long-delayed budget", "will
            # start culling infected poultry": an adjective (not "a reaction to data
            # released Wednesday")
            return None
    if found.group("gap") == " " and word_before(before, found.end("previous")) in WANTS:
        return "future"  # "wants elections held by June": done as wished, ahead
    gap = found.group("gap") or ""
    if (
        gap.startswith(" ,")
        and found.group("word")[::-1] in SEQUENCE_PARTICIPLES
        and before[: found.start("word")].endswith(" yb ")
    ):
        # "will be held on Feb. 21, followed by a memorial": no tense of its own (not
        # "The drug, approved by the FDA on Friday, will cost": approved on Friday)
        return None
    if gap == "-" and found.group("word")[::-1] in COMPOUND_ADJECTIVES:
        return None  # "will meet top-seeded Kansas on Friday", "a Saudi-led coalition"
    if (word.endswith("ly") or word == "not") or (gap == "-" and word in PREFIXES):
        # "is officially reported", "is not agreed", "to be re-elected"
        adverb = word.endswith("ly")
        word = word_before(before, found.end("previous"))
        if adverb and word in DETERMINERS:
            return None  # "will host the newly elected president": an adjective
    if word in ("or", "and") and gap == " ":
        lead = spaced_words_before(before, found.end("previous"), 2)
        if len(lead) == 2 and lead[1] == "be" and lead[0].endswith("ed"):
            word = "be"  # "will be closed or merged by March": "be" serves both
    if word == "be":
        # "agreed to be acquired by Sony in September": a settled intent, the nearest
        lead = spaced_words_before(before, found.end("word"), 4)
        settled = len(lead) >= 3 and lead[:2] == ["be", "to"] and lead[2] in _SETTLED
        # (not "has agreed to be interviewed on Friday": agreed now, to be done ahead)
        settled = settled and lead[3:] not in (["has"], ["have"])
        return "present" if settled else "future"
    if word == "being":
        return None  # "after being accused": no tense of its own
    if word in ("is", "are", "has", "have"):
        # "is officially reported"; "has asked for a trial date of Oct. 23": a present
        # perfect tells of now, not of when its dates fall.
        return "present"
    return "past"
