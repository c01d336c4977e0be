"""Dated parts of one clause joined by "and": each date's event is its own part's.

"Stocks fell on Monday and rose on Tuesday" tells two events: "Stocks fell"
(Monday) and "Stocks rose" (Tuesday). "Police arrested him on Friday and he
was charged on Saturday" gives "Police arrested him" and "He was charged";
"He was arrested on Friday and charged on Saturday" "He was charged"; "The
bill passed the House on Monday and the Senate on Tuesday" "The bill passed
the Senate". What follows "and" counts when it opens with a verb, with a
subject and a verb, or is a short phrase with no verb that leads to the next
date.
"""

from __future__ import annotations

import re

from bot.news.sentences import inside_quotes
from bot.news.temporal_lexicon import (
    MONTH_PATTERN,
    PAST_FORMS,
    PLAIN_VERB_MARKERS,
    PRESENT_PLAN_VERBS,
    WEEKDAY_PATTERN,
)

_AUXILIARY = (
    r"(?:is|are|was|were|be|been|being|will|would|has|have|had|could|can|may|might|should"
    r"|must)"
)
# Verbs by form ("-ed"), by list: past forms (not "ago": "clinched a berth two
# weeks ago and can lock up"), and present ones of plans ("begins April 2 and ends
# April 11").
_LISTED = sorted(PAST_FORMS | PRESENT_PLAN_VERBS)
_VERB = rf"(?:{_AUXILIARY}|then|{'|'.join(_LISTED)}|[a-z]{{2,}}ed)\b"
_SUBJECT = r"(?:they|he|she|we|the|a|an|his|her|its|their|[A-Z][\w'’.-]*)"
# " and rose on Tuesday", " and he was charged": a verb, or a subject and a verb,
# right after "and" ("but" too), with no clause mark before the verb.
_AND_VERB = re.compile(
    rf"\s(?:and|but)\s+(?=(?P<verb>{_VERB})|{_SUBJECT}\s[^,;:.\"“”]{{0,50}}?\b{_VERB})"
)
# " and the Senate on ", " and 7% in ": at most five words and no verb, up to the
# next date, opening with a name, a number, an article or a preposition (not with
# a verb no list holds: "and died in 2010").
_AND_GAP = re.compile(
    r"\s(?:and|but)\s+(?P<gap>(?=[A-Z0-9$£€]|(?:the|a|an|his|her|its|their|in|at|on|to|from"
    r"|for|by|with)\s)(?:[\w'’.%$€£-]+\s){1,5})"
)
_FIRST_VERB = re.compile(rf"\b{_VERB}")
# Past forms that are also plain forms ("mobs set fire"), for verbs of a clause.
_SAME_FORMS = frozenset("set beat spread upset let cast hurt burst split".split())
CLAUSE_VERBS = "|".join(sorted(PRESENT_PLAN_VERBS | PAST_FORMS | PLAIN_VERB_MARKERS | _SAME_FORMS))
_DATED = (
    rf"{WEEKDAY_PATTERN}|{MONTH_PATTERN}|\d{{4}}|yesterday|today|tomorrow|last|next|this"
    r"|earlier|later"
)
# ", but" that opens a clause of its own: not before a verb whose part has a date of
# its own (", but fell 2.7 percent on Monday" shares the subject: `coordinated_start`).
BUT_OWN_SUBJECT = (
    rf"but(?!\s+(?:[a-z]+ed|{CLAUSE_VERBS})\b(?:[^;.!?]|\.(?=\d)){{0,80}}?\b(?:{_DATED})\b)"
)
# The verb's group: auxiliaries, then the verb ("was arrested", "has been charged").
_VERB_GROUP = re.compile(rf"(?:{_AUXILIARY}\s)*(?:[a-z]+ly\s)?[a-z'-]+")
_AUXILIARY_RUN = re.compile(rf"(?:{_AUXILIARY}\b\s?)+")
_MAX_SUBJECT = 60
# What makes the words after a verb its object: an article, a pronoun, a name, a
# number or a preposition.
_OBJECT_NEXT = re.compile(
    r"\s(?:the|a|an|his|her|its|their|it|them|him|in|at|on|to|from|for|by|with|[A-Z0-9$£€])"
)
# A passive's verb takes no object: a preposition, a mark or the end follows it.
_PREPOSITION_NEXT = re.compile(
    r"(?:\s(?:on|in|at|by|with|for|to|from|after|before|as|until|over|under|into)\b|[,.;:]|$)"
)
_ADVERB_END = re.compile(
    r"\s(?:last|first|also|then|later|once|already|still|just|never|[a-z]+ly)$"
)
_CLAUSE_MARK = re.compile(r"[,;:.!?]")
# "-ed" verbs that take no object, so never a passive: "was arrested on Friday and
# appeared in court on Monday" shares no "was".
_ACTIVE_ONLY = frozenset(
    """appeared died resigned retired returned arrived remained stayed pleaded testified
    fled collapsed lived worked served moved escaped succeeded survived disappeared
    emerged landed departed happened occurred existed appealed complained objected
    responded reacted recovered rebounded rallied""".split()
)


def _joint(sentence: str, lo: int, hi: int) -> tuple[re.Match[str], bool] | None:
    """The last "and" between `lo` and `hi` (the next date) that joins a part with
    a verb of its own, or else a short phrase with none that runs up to `hi`; and
    whether it is the verb kind."""
    if " and " not in sentence[lo:hi] and " but " not in sentence[lo:hi]:
        return None  # most spans between two dates (the test costs less than the search)
    joints = [
        joint
        for joint in _AND_VERB.finditer(sentence, lo, hi)
        # (a speaker's words are told whole)
        if not _joins_names(sentence, joint) and not inside_quotes(sentence, joint.start())
    ]
    if joints:
        return joints[-1], True
    # A phrase with no verb only right after the first date: "the House on Monday
    # and the Senate on Tuesday", not "said on Monday it would cut jobs and close".
    gap = _AND_GAP.match(sentence, _after_comma(sentence, lo), hi)
    if (
        gap is not None
        and gap.end() == hi
        and _FIRST_VERB.search(gap.group("gap")) is None
        # (", and the banks reopen next Tuesday": a clause of its own)
        and PLAIN_VERB_MARKERS.isdisjoint(gap.group("gap").split())
    ):
        return gap, False
    return None


def _joins_names(sentence: str, joint: re.Match[str]) -> bool:
    """Whether the "and" of `joint` stands between two names ("Bank of America (BoA)
    and Barclays PLC pulled out"): the subject is both, not the second."""
    before = sentence[: joint.start()].rsplit(None, 1)[-1:] or [""]
    after = sentence[joint.end() : joint.end() + 1]
    return before[0].lstrip("(")[:1].isupper() and after.isupper()


def _after_comma(sentence: str, at: int) -> int:
    """`at`, past a comma right there."""
    return at + 1 if sentence[at : at + 1] == "," else at


def coordinated_end(sentence: str, end: int, next_start: int) -> int | None:
    """Where the clause of an expression ending at `end` stops, when "and" and a
    part of its own come before the next expression at `next_start`; else None."""
    joint = _joint(sentence, end, next_start)
    return joint[0].start() if joint is not None else None


_AGE_ASIDE = re.compile(r",\s\d{1,3},")


# Past participles that do not end in "-ed" ("was taken to a hospital on Monday and
# released on Wednesday").
_PARTICIPLES = frozenset(
    """taken given held shot seen found caught sent brought beaten hit put sworn driven
    flown thrown stolen shown known born""".split()
)


# Verbs of what is done to someone, passive after "was ... and" with a date right after.
_DONE_TO = frozenset(
    """charged released freed indicted convicted sentenced arrested detained jailed
    hospitalized discharged questioned booked deported extradited acquitted executed""".split()
)


def coordinated_start(sentence: str, lo: int, after: int, start: int) -> tuple[str, int] | None:
    """For an expression at `start` after another that ends at `after` (both in the
    clause opening at `lo`): when a coordinated part (see `coordinated_end`) lies
    between them, what of the first part it shares ("" when it has its own
    subject) and where it starts; else None."""
    joint = _joint(sentence, after, start)
    if joint is None:
        return None
    found, has_verb = joint
    if has_verb and found.group("verb") is None:
        return "", found.end()  # "and he was charged": a subject of its own
    verb = _FIRST_VERB.search(sentence, lo, after)
    if verb is None:
        return None
    group = _VERB_GROUP.match(sentence, verb.start())
    if group is None or _FIRST_VERB.search(sentence, group.end(), after) is not None:
        return None  # another verb before the first date: "and" may join that one's
    if (
        _FIRST_VERB.search(sentence, after, found.start())
        or " to " in sentence[after : found.start()]
    ):
        return None  # "to decide whether to resign and be paid": the infinitive's
    if has_verb:
        own = found.group("verb")
        if own in ("be", "been", "being"):
            return None
        # "was arrested on Friday and charged on Saturday": the auxiliaries are shared
        # too (not by "was born in 1950 and died", nor by "and launched iTunes")
        shared = (
            (group.group().endswith("ed") or group.group().split()[-1] in _PARTICIPLES)
            and own.endswith("ed")
            and own not in _ACTIVE_ONLY
            and (
                _PREPOSITION_NEXT.match(sentence, found.end() + len(own)) is not None
                # ("was arrested on Jan. 9 and charged two days later"; not "and
                # confessed Tuesday", which has no passive)
                or (own in _DONE_TO and not sentence[found.end() + len(own) : start].strip())
            )
        )
        head_end = _auxiliaries_end(sentence, verb.start()) if shared else verb.start()
        new_start = found.end()
    else:
        # "passed the House on Monday and the Senate": the verb's object is what the
        # phrase stands for (not in "will take place on June 30 and the second").
        if _OBJECT_NEXT.match(sentence, group.end()) is None or _verb_after(sentence, start):
            return None
        head_end, new_start = group.end(), found.start("gap")
    head = _ADVERB_END.sub("", sentence[lo:head_end].strip())
    head = _AGE_ASIDE.sub("", head)  # "Suarez, 26, was booked on Sunday and charged"
    if not head or len(head) > _MAX_SUBJECT or "," in head:
        return None  # "Biles, the most decorated gymnast": the verb may be the aside's
    return head, new_start


def _verb_after(sentence: str, start: int) -> bool:
    """Whether a verb follows `start` in its clause (up to a clause mark)."""
    stop = _CLAUSE_MARK.search(sentence, start)
    return _FIRST_VERB.search(sentence, start, stop.start() if stop else len(sentence)) is not None


def _auxiliaries_end(sentence: str, at: int) -> int:
    """Where the run of auxiliaries starting at `at` ends (`at` if none)."""
    run = _AUXILIARY_RUN.match(sentence, at)
    return run.end() if run is not None else at
