"""Phrases right around a time expression that settle its tense outright.

`tense.signal_near` asks these first, before it weighs the nearest verbs:
"12 deaths since Monday" and "his first trip since his re-election in
November" count from a past day; "a vote as early as Friday", "have until
Friday to leave", "ahead of Thursday's ruling", "tickets go on sale Thursday",
"the rules come into force on Monday" and "a Monday deadline" look ahead; "who
until Wednesday was Cardinal Bergoglio" looks back; "originally set for January"
has no tense (a plan since changed). `reported_subject_verb`: a date right after "said" may be the
subject of the reported clause ("said Friday's vote would be delayed"), whose
verb then tells.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.news.temporal_lexicon import MOVED, PAST_FORMS, WEEKDAY_PATTERN

# The tenses a reading gives, and the signals a marker gives (`tense` re-exports
# them): "present", a verb of saying ("says Monday" is neither past nor future);
# "scheduled", "is"/"are", whose bare weekday is the one ahead ("the vote is on Friday").
Tense = Literal["past", "future"]
# "nearest": the date of its name nearest the publication date, either way (a day
# an occasion named ahead of a past clause: "arrested ahead of the vote on Sunday").
Signal = Tense | Literal["present", "scheduled", "nearest"]
_SINCE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")  # "since the summer"
_SINCE_EVENT = re.compile(
    # (not "closed since March 16 and will reopen on Thursday": a clause of its own)
    r"\b[Ss]ince\s(?:(?:(?!(?:and|but|or|will|would|is|are|was|were|has|have|had)\s)[\w'’-]+\s){1,6}"
    # "since hitting a record high of $705.07 in September"
    r"|[a-z]+ing\s(?:[^,;:.!?]|\.(?=\d)){0,40}?\s)(?:in|on)\s$"
)
# A deed told by its noun has its month of its own, whatever verb governs the clause:
# "will examine the attack in December" (last December), "will stand trial for the
# killing in January of a police officer"; the nearest, as a deed may be planned ("will
# step up their attacks in April"). A day after a deed is mostly the verb's ("will mark
# the anniversary of the massacre on Saturday").
_DEED = re.compile(
    r"\b(?:the|its|his|her|their|[A-Z][\w.-]*['’]s)\s(?:[\w-]+\s){0,2}"
    r"(?:attacks?|killings?|bombings?|shootings?|murders?|massacres?|assaults?|rapes?|raids?"
    r"|crash|explosions?|blasts?|coup|riots|clashes|earthquake|quake|deaths?|disappearance)"
    r"\sin\s$"
)
# Figures a report will show are of a time gone ("are expected to show another drop in
# February"), as is what a perfect infinitive tells ("are forecast to have fallen 0.5
# percent in February").
_FIGURES_SHOWN = re.compile(
    r"\bto\s(?:show\s(?:(?:a|an|another|the)\s)?(?:[\w,.%$-]+\s){0,3}?(?:drop|rise|fall|increase"
    r"|decline|gain|jump|slump|contraction|growth|slowdown|rebound|decrease|dip)s?"
    r"|have\s(?:fallen|risen|grown|slowed|increased|decreased|declined|dropped|climbed"
    r"|expanded|contracted|shrunk|shrank|edged|eased|slipped|jumped|rebounded|picked\sup))"
    r"\s(?:[\w,.%$-]+\s){0,5}?in\s$"
)
_PEAK = re.compile(
    r"\b(?:its|their|the|a|his|her)\s(?:[\w-]+\s)?(?:peak|high|highs|low|lows|top|trough)"
    r"\s(?:in|on)\s$"
)
_AS_EARLY_DAY = re.compile(rf"\bas (?:early|soon) as (?={WEEKDAY_PATTERN})")
# Present tenses of a schedule: "Tickets go on sale Thursday", "Voters go to the polls
# on Sunday", "The rules come into force on Monday", "The film hits theaters on
# Friday", "Easter falls on March 31" ("go" alone is too often "the go-ahead").
_SCHEDULE = re.compile(
    r"\b(?:go(?:es)?\son\ssale|go(?:es)?\sto\sthe\spolls|(?:comes?|go(?:es)?)\sinto\s(?:force|effect)"
    r"|(?<!to\s)(?:takes?\seffect|kicks?\sin|expires?|go(?:es)?\slive|runs?\sout)"
    r"|hits\s(?:theaters|theatres|cinemas|stores|shelves)|falls(?!\sin\s)|[Pp]olls\s(?:open|close)"
    # "The exchanges open Oct. 1"
    r"|(?:exchanges|markets|schools|doors)\s(?:re)?open|(?:runs?|lasts?)\sfrom"
    r"|opens?\s(?:the|their|its|his|her)\sseason)\s(?:on\s|in\s)?$"
)
_SCHEDULE_ENDS = tuple(
    "sale |polls |force |effect |ters |tres |mas |res |lves |falls |open |close |season "
    "|kick in |kicks in |expire |expires |live |out |from ".split("|")
)
# "originally set for January", "initially scheduled for Sunday": a plan since changed
# says nothing of whether its day is ahead.
_FORMER_PLAN = re.compile(
    r"\b(?:originally|initially|previously)\s(?:been\s)?(?:scheduled|set|planned|slated|due"
    # "had originally expected a decision in December"
    r"|expected)\s(?:(?:a|an|the|its|their)\s[\w'’-]+\s)?(?:for|to|on|in|by)\s(?:[\w'’-]+\s){0,3}$"
)
_MOVED_TO = re.compile(
    r"(?:(?P<had>\bhad\s(?:been\s)?)|(?P<aside>,\s(?:which|who)\s(?:was\s|were\s)?)|\b)"
    rf"(?:{'|'.join(sorted(MOVED))})\s(?:[\w'’-]+\s){{0,5}}?to\s$"
)
_WEEKDAY_START = re.compile(WEEKDAY_PATTERN)
# What is (un)likely, possible, hoped for or needed "before"/"by"/"in" a date is ahead of
# the saying: "Boehner said a vote was unlikely before April", "a deal was needed before
# Monday", "saw little chance of reversing the cuts before the summer".
_CHANCE_BEFORE = re.compile(
    r"\b(?:(?:unlikely|likely|possible|impossible|hopeful|optimistic|confident|needed"
    r"|necessary|important|imminent)\s(?:[^.;:!?\"“”]{0,40}\s)?(?:before|by|in|on)"
    r"|chance\sof\s(?:[^.;:!?\"“”]{0,40}\s)?(?:before|by))\s(?:the\s)?$"
)
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s(?:the\s|its\s|their\s|his\s|her\s)?[\w-]+\s[a-z]{3,}ed\s(?:[\w-]+\s){0,4}?(?:on|in)\s$"
)
# A "when" clause of its own, told in the past: the day is gone.
_WHEN_OVER = re.compile(
    r",\s(?:when|in\swhich|at\swhich)\s"
    r"(?:(?!(?:is|are|will|would|be|been|has|have|can|may|might|must|should|could)\s)"
    r"[\w'’-]+\s){1,4}?(?:(?:again|also|then)\s)?(?:[a-z]{2,}ed|was|were|had|did|won|lost"
    r"|met|held|fell|rose|went|came|took|gave|said|told|made)\b"
)
_CHANCE_ENDS = ("before ", "by ", "in ", "on ", "the ")
_PAST_WORD = re.compile(
    r"\b(?:was|were|had|rose|fell|grew|sold|posted|reported|said|[a-z]{3,}ed)\b"
)
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told)\b")
_PERIOD_THROUGH = re.compile(r"\b(?:months|weeks|year|quarter|period)\s(?:through|to)\s$")
_PAST_RIGHT_AFTER = re.compile(r",?\s(?:was|were|had)\b")
_ROLE_AFTER = re.compile(r"\s(?:the|a|an)\s[a-z]")
_HAVE_UNTIL = re.compile(r"\b(?:have|has)\s(?:until|till)\s$")
# A weekday's deadline lies ahead, whatever the verb, when told as set, faced or
# looming ("set a Monday deadline", "ahead of Friday's deadline", "as a Monday
# deadline loomed"; not "failed to meet a Friday deadline", "the Monday deadline
# expired").
_WEEKDAY_DEADLINE = re.compile(
    rf"{WEEKDAY_PATTERN}(?:['’]s)?\sdeadline\b(?!\s(?:passed|expired|lapsed|came))"
)
_DEADLINE_SET = re.compile(
    r"\b(?:ahead\sof|before|set|sets|setting|faces?|facing|imposed|gave|given)"
    r"\s(?:(?:a|an|the|its|their)\s)?$",
    re.IGNORECASE,
)
_DEADLINE_NEAR = re.compile(r"(?:['’]s)?\sdeadline\s(?:loom|approach|near)")
# A period foreseen "ending" on a day is not over yet, whatever the verb:
# "reaffirmed its outlook for the fiscal year ending May 26" (not "In the fiscal year
# ending June 30, sales rose": a year told of as over).
_ENDING_AT = (" ending ", " ending in ", " ending on ")
_OUTLOOK_ENDING = re.compile(
    r"\b(?:outlook|forecasts?|guidance|view|estimates?|targets?|expectations?)\sfor\sthe"
    r"\s(?:(?:fiscal|current)\s)?(?:year|quarter|period|half)\sending\s(?:in\s|on\s)?$"
)
# A present under "when" or "once" after "will" or "is expected to": "will be known
# when they are announced on Sunday" (the present tells of a time still to come).
_WHEN_PRESENT = re.compile(
    r"\b(?:will|(?:is|are)\s(?:expected|set|due|scheduled|likely)\sto)\s[^.;:!?]{0,60}?"
    r"\s(?:when|once)\s(?:[\w'’-]+\s){1,4}?(?:is|are)\s"
    r"(?:[a-z]+\s){0,2}?(?:on\s)?$"
)
# Set occasions that a day names ahead of them: "ahead of a bail hearing on Thursday",
# "preparing for Friday's vote".
OCCASIONS = (
    r"hearing|vote|meeting|summit|deadline|ruling|talks|elections?|referendum|verdict|runoff"
    r"|trial|sentencing|decision|visit|debate|game|match|final|launch|inauguration|funeral"
    r"|ceremony|conference|session"
)
# "ahead of Thursday's ruling", "ahead of a bail hearing on Thursday": still to come
# when the clause's verb happened, whatever its tense. Only a set occasion takes "on"
# ("rose ahead of results on Tuesday" may tell when they rose).
# "pending a hearing April 2", "until a hearing on Friday" look ahead the same way; an
# occasion's day may follow it bare ("ahead of a hearing Friday").
_AHEAD_OCCASIONS = (
    r"(?:(?:a|an|the|its|their|his|her)\s)?(?:[\w'’-]+\s){0,2}"
    rf"(?:{OCCASIONS}|statement|anniversary|holiday|presentation|[Mm]ass|Day|announcement"
    r"|speech|address|testimony|appearance|arraignment|opening|festival|celebration|auction)"
    r"\s(?:on\s)?"
)
_AHEAD_OF = re.compile(
    rf"\b(?:(?i:ahead)\sof\s(?:{_AHEAD_OCCASIONS})?|(?:pending|until|for|before)\s"
    rf"{_AHEAD_OCCASIONS})$"
)
_AHEAD_LEADS = ("head of ", "pending ", "until ", "for ", "before ")
# "gathered on Tuesday for Wednesday's announcement", "before Tuesday's arguments"
_FOR_OWNED = re.compile(r"\b(?:for|before)\s(?:the\s)?$")
# What is awaited is ahead: "Investors are awaiting Friday's jobs report", "bracing for
# Friday's data", "looked ahead to Thursday's housing data".
_AWAITED = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)"
    r"\b(?:await(?:s|ing)?|brac(?:e|es|ing)\sfor|look(?:s|ing)?\sahead\sto)"
    r"\s(?:the\s)?$"
)
# What an appeal or a challenge is against is over: "will appeal Tuesday's verdict",
# "would challenge the results of Sunday's election".
# ("will contest Sunday's final" is to take part in it)
_CHALLENGED = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|overturn(?:s|ed|ing)?)"
    r"\s(?:against\s)?(?:the\s(?:results?\sof\s)?)?$"
)
# "Saturday marks the third anniversary": a day told as the subject of "marks" is
# the one ahead (a day gone "marked" it).
_DEED_AFTER = re.compile(
    r"\s(?:[\w-]+\s)?(?:attacks?|killings?|bombings?|shootings?|murders?|massacres?|assaults?"
    r"|crash|explosions?|blasts?|coup|riots|clashes|earthquake|quake|deaths?)\b"
)
_OCCASION_NEXT = re.compile(
    rf"\s(?:[\w-]+\s)?(?:{OCCASIONS}|announcement|arguments|statement|speech|report|data"
    r"|results|opening|Mass|ceremony)\b"
)
_MARKS_AFTER = (" marks ", " will mark ")


def _past_after_aside(text: str, end: int) -> bool:
    """Whether the clause after the comma that closes an aside ending after `end` has a
    past verb: "The launch, which was delayed to Feb. 28 because of bad weather, went
    smoothly"."""
    comma = text.find(",", end, end + 60)
    if comma < 0:
        return False
    for word in text[comma + 1 : comma + 40].lower().split()[:3]:
        if word in PAST_FORMS or (len(word) >= 5 and word.endswith("ed")):
            return True
    return False


def _looks_ahead_now(text: str, lo: int, at: int) -> bool:
    """Whether the verb nearest before `at` (after `lo`) is a present or a future one
    ("will meet ahead of", "is held pending"; not "were packed ahead of", nor none:
    "Bergoglio, who until his election on Wednesday was archbishop")."""
    words = text[lo:at].lower().split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _NOT_PAST_VERBS:
            return True
        if word in _PAST_VERBS or (len(word) >= 5 and word.endswith("ed")):
            # (but "is being held", "are expected": a present passive)
            return any(w in _PRESENT_BE for w in words[max(0, index - 2) : index])
    return False


_PRESENT_BE = frozenset("is are am being be".split())
_NOT_PAST_VERBS = frozenset(
    """will would is are am be 'll shall can may must remains remain stays stay faces face
    sits sit has have awaits waits""".split()
)
_PAST_VERBS = frozenset("was were had did fell rose held met went came took".split())


def _owns(text: str, end: int) -> bool:
    """Whether the expression ending at `end` owns what follows ("Friday's report")."""
    return text.endswith(("'s", "’s"), 0, end)


def phrase_tense(text: str, lo: int, start: int, end: int) -> Signal | None:
    """The tense the phrase around text[start:end] settles (reading back no further
    than `lo`; "present": that it has none), or None when it settles nothing."""
    # Each phrase is tested only when a cheap look at its last letters finds it.
    since_at = lo if lo > start - 11 else start - 11
    if "ince" in text[since_at:start] and _SINCE.search(text, since_at, start) is not None:
        return "past"
    since_far = lo if lo > start - 64 else start - 64
    if "ince " in text[since_far:start] and _SINCE_EVENT.search(text, since_far, start):
        return "past"
    if text.endswith(" in ", lo, start):
        deed_at = lo if lo > start - 60 else start - 60
        if _DEED.search(text, deed_at, start) is not None:
            return "nearest"
        if " to " in text[deed_at:start] and _FIGURES_SHOWN.search(text, deed_at, start):
            return "past"
    if text.endswith((" in ", " on "), lo, start) and _PEAK.search(
        text, max(lo, start - 24), start
    ):
        return "past"  # "37 percent below its peak in September", "from its high on Monday"
    if text.endswith(" as ", lo, start):
        early = _AS_EARLY_DAY.search(text, lo, start + 9)
        if early is not None and early.end() == start:
            return "future"  # not "seen as early as May"
    head = text[max(lo, start - 14) : start]
    if head.endswith((" on ", " in ")):
        head = head[:-3]
    if head.endswith(_SCHEDULE_ENDS) and _SCHEDULE.search(text, max(lo, start - 30), start):
        return "future"
    if "ally " in text[max(lo, start - 40) : start] and _FORMER_PLAN.search(
        text, max(lo, start - 60), start
    ):
        return "present"
    if text.endswith(" to ", lo, start):
        moved = _MOVED_TO.search(text, max(lo, start - 70), start)
        if moved is not None and (
            _WEEKDAY_START.match(text, start) is None
            or moved.group("had")
            or (moved.group("aside") and _past_after_aside(text, end))
        ):
            # A move may be told as over ("Lawmakers, who had postponed the vote to
            # Tuesday, rejected the levy", "The launch, which was delayed to Feb. 28,
            # went smoothly") or ahead ("deferred sentencing to April 12"): a date, the
            # nearest; a bare weekday, the one ahead unless the move is told as over.
            return "nearest"
    if text.endswith((" on ", " in "), lo, start) and _WITH_PARTICIPLE.search(
        text, max(lo, start - 50), start
    ):
        return "nearest"  # "with the minutes published on April 17": the main clause's
    if text.startswith((", when ", ", in which ", ", at which "), end) and _WHEN_OVER.match(
        text, end
    ):
        return "past"  # "postponed the vote until Tuesday, when it rejected the levy"
    if text.endswith(_CHANCE_ENDS, lo, start) and _CHANCE_BEFORE.search(
        text, max(lo, start - 60), start
    ):
        return "future"  # "said a vote was unlikely before April": a chance still ahead
    if text.endswith((" through ", " to "), lo, start) and _PERIOD_THROUGH.search(
        text, max(lo, start - 24), start
    ):
        # "Exports in the 12 months through January rose": over; "Sales in the year
        # through June are expected to": the nearest
        told_past = _PAST_WORD.search(text, lo, start) or _PAST_WORD.match(text, end + 1)
        return "past" if told_past else "nearest"
    if text.endswith(("until ", "till "), lo, start):
        if _PAST_RIGHT_AFTER.match(text, end) is not None:
            return "past"
        if text.endswith((", until ", ", till "), lo, start) and _ROLE_AFTER.match(text, end):
            return "past"  # "The Argentine, until Wednesday the archbishop of Buenos Aires,"
        if _HAVE_UNTIL.search(text, max(lo, start - 12), start) is not None:
            return "future"
        if text.endswith((" had until ", " had till "), lo, start):
            # "Clients had until Feb. 14 to submit": the nearest; reported, a deadline
            # still ahead ("The ECB said Cyprus had until Monday")
            return "future" if _REPORTED_BEFORE.search(text, lo, start) else "nearest"
    if (" when " in text[lo:start] or " once " in text[lo:start]) and _WHEN_PRESENT.search(
        text, lo, start
    ):
        return "future"  # "The results will be known when they are announced on Sunday"
    if text.endswith(_ENDING_AT, lo, start) and _OUTLOOK_ENDING.search(
        text, max(lo, start - 72), start
    ):
        return "future"  # "its outlook for the fiscal year ending May 26": not over yet
    if "that " in text[max(lo, start - 18) : start]:
        fronted = _FRONTED_IN_REPORT.search(text, max(lo, start - 40), start)
        verb = _FRONTED_VERB.match(text, end) if fronted is not None else None
        if verb is not None:
            return _VERB_SIGNALS[verb.group("verb")] if verb.group("verb") else "future"
    if _owns(text, end):
        lead_at = max(lo, start - 40)
        if _AWAITED.search(text, lead_at, start) is not None:
            return "future"
        if _CHALLENGED.search(text, lead_at, start) is not None or _DEED_AFTER.match(text, end):
            return "past"  # "will appeal Tuesday's verdict", "will look into Tuesday's attack"
        owner_lead = _FOR_OWNED.search(text, lead_at, start)
        if owner_lead is not None and _OCCASION_NEXT.match(text, end):
            return "future" if _looks_ahead_now(text, lo, owner_lead.start()) else "nearest"
    if text.startswith(_MARKS_AFTER, end) and not text[lo:start].strip(' "“'):
        return "scheduled"  # (not "The vote Tuesday marks the first time ...")
    ahead_at = max(lo, start - 48)
    if any(lead in text[ahead_at:start] for lead in _AHEAD_LEADS):
        ahead = _AHEAD_OF.search(text, ahead_at, start)
        if ahead is not None:
            # ahead of the clause's own time: of a past one (or one not yet told), the
            # nearest such day ("Police arrested 20 activists ahead of the vote on
            # Sunday", told Monday; "who until his election on Wednesday was")
            return "future" if _looks_ahead_now(text, lo, ahead.start()) else "nearest"
    if (
        (text.startswith("deadline", end + 1) or text.startswith("deadline", end + 3))
        and _WEEKDAY_DEADLINE.match(text, start) is not None
        and (
            _DEADLINE_SET.search(text, max(lo, start - 16), start) is not None
            or _DEADLINE_NEAR.match(text, end) is not None
        )
    ):
        return "future"
    return None


# "said the first Monday of October would be": the expression (with a possessive's
# noun, "Friday's vote") is the subject of the reported clause, whose verb follows.
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|added|announced)\s$", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    # (or a quarter's: "said second-quarter sales would be weak")
    r"(?:(?:['’]s|(?<=['’]s)|(?<=-quarter)|(?<=-half))\s[a-z]+)?"
    r"\s(?P<verb>would|will|could|should|might|may|is|are"
    r"|was|were|had)\b"
)
_VERB_SIGNALS: dict[str, Signal] = {
    **dict.fromkeys(("would", "will", "could", "should", "might", "may"), "future"),
    **dict.fromkeys(("is", "are"), "scheduled"),
    **dict.fromkeys(("was", "were", "had"), "past"),
}


# A date that opens a reported clause is of that clause's verb: "The ECB said that
# after March 25, it would consider ...", "said that in April it would cut 400 jobs".
_FRONTED_IN_REPORT = re.compile(
    r"\b(?:said|says|announced|added|told\s[\w'’-]+)\sthat\s"
    r"(?:(?:after|from|on|by|in|until|starting|beginning)\s)?$"
)
# (not "was due to", "would have run out", "would often walk": no simple tense)
_FRONTED_VERB = re.compile(
    r",?\s(?:it|he|she|they|we|the\s[\w'’-]+|[A-Z][\w'’-]+)\s(?:(?P<verb>would|will|could|should"
    r"|might|may)\b(?!\s(?:have|often|usually|always|sometimes)\b)"
    # "said that on Friday it was going to announce", "was due to meet", "was to begin"
    r"|(?:was|were)\s(?:(?:going|due|set|scheduled|expected|slated|poised)\s)?to\s)"
)


def reported_subject_verb(text: str, lo: int, start: int, end: int) -> Signal | None:
    """The signal of the verb an expression right after "said" is the subject of
    ("said Friday's vote would be delayed": ahead), or None when it is no subject
    ("said Tuesday that ...")."""
    if _SAID_BEFORE.search(text, max(lo, start - 12), start) is None:
        return None
    verb = _SUBJECT_VERB.match(text, end)
    return _VERB_SIGNALS[verb.group("verb")] if verb is not None else None
