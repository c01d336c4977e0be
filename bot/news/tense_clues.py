"""Words around a date that tell its side of now, as 2013 wire copy writes them.

`tense_phrases.phrase_tense` asks `clue_tense` after its own phrases: a deed or a
figure a date follows ("will examine the attack in December", "expected to show
another drop in February"), a peak ("below its peak in September") and a day told
as over ("postponed the vote until Tuesday, when it rejected the levy") are behind;
what is awaited, likely or needed ("a deal was needed before Monday"), a contracted
future ("We'll be ready Friday") and a reported plan are ahead; an occasion that a
past clause was ahead of, for or pending ("arrested ahead of the vote on Sunday"),
a month naming an occasion and a moved date are the nearest of their name. The
signal types live here and `tense_phrases` re-exports them.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.news.temporal_lexicon import MOVED, PAST_FORMS, WEEKDAY_PATTERN
from bot.news.tense_auxiliaries import auxiliary_tense

# The tenses a reading gives, and the signals a marker gives (`tense` re-exports
# them): "present", a verb of saying ("says Monday" is neither past nor future);
# "scheduled", "is"/"are", whose bare weekday is the one ahead ("the vote is on Friday").
Tense = Literal["past", "future"]
# "nearest": the date of its name nearest the publication date, either way (a day
# an occasion named ahead of a past clause: "arrested ahead of the vote on Sunday").
Signal = Tense | Literal["present", "scheduled", "nearest"]

# A deed told by its noun has its month of its own, whatever verb governs the clause:
# "will examine the attack in December" (last December), "will stand trial for the
# killing in January of a police officer"; the nearest, as a deed may be planned ("will
# step up their attacks in April"). A day after a deed is mostly the verb's ("will mark
# the anniversary of the massacre on Saturday").
_DEED = re.compile(
    r"\b(?:the|its|his|her|their|[A-Z][\w.-]*['’]s)\s(?:[\w-]+\s){0,2}"
    r"(?:attacks?|killings?|bombings?|shootings?|murders?|massacres?|assaults?|rapes?|raids?"
    r"|crash|explosions?|blasts?|coup|riots|clashes|earthquake|quake|deaths?|disappearance"
    r"|vote|election|ballot|referendum)"
    # ("weeks after the death of Hugo Chavez on March 5", "the first round on March 4")
    r"(?:\sof\s(?:[\w.'’-]+\s){1,4}?)?\s?(?:in|on)\s$"
)
# What a moved date, cancelled or suspended thing lasts until is the nearest such day:
# "ANA said on Monday it had cancelled 787 flights through May 31".
# ("Flights were cancelled until Tuesday", told on Monday; not "The airport stayed shut
# until Monday", a state over.)
_SUSPENDED_VERBS = (
    r"(?:cancel+ed|suspended|removed|halted|grounded|closed|banned|barred|shut|stopped)"
)
_SUSPENDED_UNTIL = re.compile(
    rf"(?:\b(?:is|are|was|were|be|been)\s(?:[a-z]+ly\s)?{_SUSPENDED_VERBS}\s"
    rf"|\b{_SUSPENDED_VERBS}\s(?:[\w'’-]+\s){{1,5}}?)(?:until|through|till)\s$"
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
_MOVED_TO = re.compile(
    r"(?:(?P<had>\bhad\s(?:been\s)?)|(?P<aside>,\s(?:which|who)\s(?:was\s|were\s)?)|\b)"
    rf"(?:{'|'.join(sorted(MOVED))})\s(?:[\w'’-]+\s){{0,5}}?to\s$"
)
_WEEKDAY_START = re.compile(WEEKDAY_PATTERN)
# "Obama was to arrive in Israel on Wednesday", "talks were to resume in April": a plan as
# it stood, the nearest such day (not "what was to become the worst crisis ... began in").
_PLAN_AS_IT_STOOD = re.compile(
    r"\b(?:was|were)\sto\s(?!be\s(?:the|a)\b|blame\b)[a-z]+\s(?:[\w'’-]+\s){0,5}?(?:(?:on|in)\s)?$"
)
# (a peak ahead: "Inflation will hit its high in September", "expect traffic to reach its
# peak in late December")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|expect\w*|to)\s(?:[\w'’-]+\s){0,4}$")
_NOW_AND = re.compile(r"\bbetween\snow\sand\s$")
_RUNS_FROM = re.compile(r"\b(?:runs?|lasts?)\sfrom\s$")
_MOVED_AWAY = re.compile(
    r"\bmoved\s(?:[\w'’-]+\s){0,3}?to\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\sin\s$"
)
# What is (un)likely, possible, hoped for or needed "before"/"by"/"in" a date is ahead of
# the saying: "Boehner said a vote was unlikely before April", "a deal was needed before
# Monday", "saw little chance of reversing the cuts before the summer".
# Only in reported speech, where "was" is the saying's tense moved back, and with no
# comma between (not "Diplomats were optimistic on Tuesday that ...", "It was not
# possible on Tuesday to reach the company", "likely to pick up, analysts said on Friday").
_CHANCE_BEFORE = re.compile(
    r"\b(?:said|says|told\s[\w'’-]+)\s(?:that\s)?[^.;:!?,\"“”]{0,50}?"
    r"(?:\b(?:was|were|is|are)\s(?:still\s)?(?:unlikely|likely|possible|impossible|needed"
    r"|necessary|imminent)\s(?:[^.;:!?,\"“”]{0,40}\s)?(?:before|by|in)"
    r"|\b(?:was|were|is|are)\s(?:still\s)?(?:likely|unlikely|possible)(?:\son)?"
    r"|\b(?:hopeful|optimistic|confident)\s(?:of|that)\s[^.;:!?,\"“”]{0,40}\s(?:before|by)"
    r"|\bneeds?\s[^.;:!?,\"“”]{0,40}\s(?:before|by)"
    r"|chance\sof\s(?:[^.;:!?,\"“”]{0,40}\s)?(?:before|by))\s(?:the\s)?$"
)
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s(?:the\s|its\s|their\s|his\s|her\s)?(?:[\w-]+\s){1,2}?"
    r"(?:(?!expected|scheduled|planned|forecast)[a-z]{3,}ed|paid|held|made|sold|built|given"
    r"|taken|shown|set)\s(?:[\w-]+\s){0,4}?(?:on|in)\s$"
)
# A "when" clause of its own, told in the past: the day is gone.
_WHEN_OVER = re.compile(
    r",\s(?:when|in\swhich|at\swhich|which)\s"
    r"(?:(?!(?:is|are|will|would|be|been|has|have|can|may|might|must|should|could|who|that"
    r"|which|officials|aides)\s)"
    r"[\w'’-]+\s){0,6}?(?:(?:again|also|then)\s)?(?:[a-z]{2,}ed|was|were|had|did|won|lost"
    r"|met|held|fell|rose|went|came|took|gave|made|drew|passed)\b"
    # (not a clause with a date of its own: "on May Day, when anarchists smashed windows
    # last year")
    r"(?![^.;:!?]{0,60}\b(?:last\syear|ago|in\s\d{4})\b)"
)
# (not "will be installed on Tuesday, which was chosen because ...": a day ahead; but
# "will focus on the attack on Tuesday, in which 26 people died")
_WILL_BEFORE = re.compile(r"(?:\bwill|['’]ll)\s(?:[\w'’-]+\s){0,5}?(?:on\s|in\s)?$")
_WEEKDAY_IN = re.compile(WEEKDAY_PATTERN)
_CHANCE_ENDS = ("before ", "by ", "in ", "on ", "the ", "likely ", "possible ")
_PAST_WORD = re.compile(
    r"\b(?:was|were|had|rose|fell|grew|sold|posted|reported|said"
    r"|(?!expected|scheduled|planned|projected|forecasted)[a-z]{3,}ed)\b"
)
_AHEAD_WORD = re.compile(r"\b(?:will|would|expect\w*|predict\w*|forecast\w*|project\w*|see|sees)\b")
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told)\b")
_PERIOD_THROUGH = re.compile(r"\b(?:months|weeks|year|quarter|period)\s(?:through|to)\s$")
# Set occasions that a day names ahead of them: "ahead of a bail hearing on Thursday",
# "preparing for Friday's vote".
OCCASIONS = (
    r"hearing|vote|meeting|summit|deadline|ruling|talks|elections?|referendum|verdict|runoff"
    r"|trial|sentencing|decision|visit|debate|game|match|final|launch|inauguration|funeral"
    r"|ceremony|conference|session|qualifier|derby|clash|showdown|fixture|race"
)
# "ahead of Thursday's ruling", "ahead of a bail hearing on Thursday": still to come
# when the clause's verb happened, whatever its tense. Only a set occasion takes "on"
# ("rose ahead of results on Tuesday" may tell when they rose).
# "pending a hearing April 2", "until a hearing on Friday" look ahead the same way; an
# occasion's day may follow it bare ("ahead of a hearing Friday").
_AHEAD_OCCASIONS = (
    r"(?:(?:a|an|the|its|their|his|her)\s)?(?:[\w'’-]+\s){0,4}"
    rf"(?:{OCCASIONS}|statement|anniversary|holiday|presentation|[Mm]ass|Day|announcement"
    r"|speech|address|testimony|appearance|arraignment|opening|festival|celebration|auction"
    r"|arrival|release|report|data|review|budget)"
    # ("a vote in the Cypriot parliament on Tuesday", "a report on jobless claims on Thursday")
    r"(?:\s(?:in|of|at|by|on|against)\s(?:the\s)?(?:[\w.'’-]+\s){0,2}?[\w'’-]+)?"
    r"\s(?:(?:on|in)\s)?"  # ("ahead of talks in April")
)
# "for" only after words of getting ready: "gathered on Tuesday for Wednesday's
# announcement", "to secure seats for Tuesday's hearing" (not "thanked Obama for the
# speech on Thursday", a reason).
_READY_FOR = (
    r"(?:prepar\w*|ready|gather\w*|seats|brac\w*|lin\w*\sup|arriv\w*|camp\w*\sout"
    r"|squad|team|line-?up|roster|tickets)"
    r"\s(?:[\w'’-]+\s){0,4}?for"
)
_AHEAD_OF = re.compile(
    rf"\b(?:(?i:ahead)\sof\s(?:{_AHEAD_OCCASIONS})?|(?:pending|until|before|{_READY_FOR})\s"
    rf"{_AHEAD_OCCASIONS})$"
)
_AHEAD_LEADS = ("head of ", "pending ", "until ", "for ", "before ")
_FOR_OWNED = re.compile(rf"\b(?:before|{_READY_FOR})\s(?:the\s)?$")
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
_RULING_CHALLENGED = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:ruling|verdict|judg(?:e)?ment|decision|sentence)"
    r"\s(?:would|will|could|can|should|may|might)\s(?:\w+\s)?be\s"
    r"(?:appealed|challenged|overturned|reviewed|upheld|reversed)\b"
)
# "Saturday marks the third anniversary": a day told as the subject of "marks" is
# the one ahead (a day gone "marked" it).
_DEED_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,3}?(?:attacks?|killings?|bombings?|shootings?|murders?|massacres?"
    r"|assaults?|crash|explosions?|blasts?|coup|riots|clashes|earthquake|quake|deaths?|stampede"
    r"|ambush|air\s?strikes?|poisoning|kidnapping|abduction|hijacking|derailment|incident"
    r"|accident|collapse|outage|nuclear\stest|loss|losses|drop|plunge|sell-?off|slide)\b"
    # (not a deed planned, nor one naming another thing: "Saturday's attack ... would
    # be the largest", "Thursday's earthquake drill")
    r"(?!\s(?:drill|commemoration|competition|anniversary|exercise))"
    r"(?![^.;:!?]{0,40}\b(?:would|will)\b)"
)
_OCCASION_NEXT = re.compile(
    rf"\s(?:[\w-]+\s)?(?:{OCCASIONS}|announcement|arguments|statement|speech|report|data"
    r"|results|opening|Mass|ceremony)\b"
)
_OCCASION_SET = re.compile(
    r"\s(?:[\w-]+\s){1,3}?(?:is|are)\s(?:expected|set|due|planned|scheduled|likely)\sto\b"
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
        if word in PAST_FORMS or (len(word) >= 5 and word.endswith("ed")):
            # (but "is being held", "are expected": a present passive; "told the crowd
            # before": no verb of a quotation before it)
            return any(w in _PRESENT_BE for w in words[max(0, index - 2) : index])
    return False


_PRESENT_BE = frozenset("is are am being be".split())
_NOT_PAST_VERBS = frozenset(
    """will would is are am be 'll shall can may must remains remain stays stay faces face
    sits sit awaits waits expect expects""".split()
)


def _owns(text: str, end: int) -> bool:
    """Whether the expression ending at `end` owns what follows ("Friday's report")."""
    return text.endswith(("'s", "’s"), 0, end)


VERB_SIGNALS: dict[str, Signal] = {
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


# "will report results for the quarter ended March 2 on March 28": "ended" tells of the
# quarter, not of the day after it.
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b(?:quarter|period|year|half|month|months|weeks?)\s(?:ended|ending)\s"
    r"[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s(?:on|in)\s$"
)


def clue_tense(text: str, lo: int, start: int, end: int) -> Signal | None:
    """What the words around text[start:end] tell of its side of now, read in 2013 wire
    copy (`tense_phrases.phrase_tense` asks first): a deed or a peak is behind, what is
    awaited, likely or reported as planned ahead, an occasion a past clause was ahead
    of the nearest; None when they tell nothing."""
    if text.endswith(" on ", lo, start) and " end" in text[max(lo, start - 40) : start]:
        ended = _PERIOD_ENDED_BEFORE.search(text, max(lo, start - 40), start)
        if ended is not None and _looks_ahead_now(text, lo, ended.start()):
            return "future"
    if text.endswith((" in ", " on "), lo, start) and _WEEKDAY_START.match(text, start) is None:
        deed_at = lo if lo > start - 80 else start - 80
        if _DEED.search(text, deed_at, start) is not None:
            return "nearest"
    if text.endswith((" until ", " through ", " till "), lo, start):
        suspended = _SUSPENDED_UNTIL.search(text, max(lo, start - 60), start)
        if suspended is not None:
            at = suspended.start()
            # "will stay closed until Tuesday": the one ahead
            return "future" if _FUTURE_BEFORE.search(text, max(lo, at - 40), at) else "nearest"
    if text.endswith(" in ", lo, start):
        deed_at = lo if lo > start - 60 else start - 60
        if " to " in text[deed_at:start] and _FIGURES_SHOWN.search(text, deed_at, start):
            return "past"
    if text.endswith((" in ", " on "), lo, start):
        peak = _PEAK.search(text, max(lo, start - 24), start)
        if peak is not None and not _FUTURE_BEFORE.search(
            text, max(lo, peak.start() - 40), peak.start()
        ):
            return "past"  # "37 percent below its peak in September", "from its high on Monday"
    if (
        text.endswith((" in ", " on "), lo, start) or _WEEKDAY_START.match(text, start)
    ) and _PLAN_AS_IT_STOOD.search(text, max(lo, start - 60), start):
        # "Obama was to arrive in Israel on Wednesday", "Bush was to campaign there Thursday"
        return "nearest"
    if text.endswith((" from ", " now and "), lo, start):
        if _NOW_AND.search(text, max(lo, start - 16), start):
            return "future"  # "between now and September"
        if _RUNS_FROM.search(text, max(lo, start - 16), start):
            return "nearest"  # "The exhibition runs from Jan. 15 to April 30", told in March
    if text.endswith(" in ", lo, start) and _MOVED_AWAY.search(text, max(lo, start - 60), start):
        return "past"  # "She moved to Paris in May": no date moved
    auxiliary = auxiliary_tense(text, max(lo, start - 60), start)
    if auxiliary is not None:
        return auxiliary
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
    if (
        text.startswith((", when ", ", in which ", ", at which ", ", which "), end)
        and _WHEN_OVER.match(text, end)
        and (
            not text.startswith(", which ", end)
            or (will := _WILL_BEFORE.search(text, max(lo, start - 60), start)) is None
            or " after " in text[will.start() : start]  # "will stay jittery after the sell-off on"
        )
    ):
        # "postponed the vote until Tuesday, when it rejected the levy", "ahead of the vote
        # on Sunday, which passed peacefully"
        return "past"
    # "said a vote was unlikely before April": a chance still ahead (a bare "likely
    # Thursday" only where the saying has no day of its own)
    if (
        text.endswith(_CHANCE_ENDS, lo, start)
        and (chance := _CHANCE_BEFORE.search(text, max(lo, start - 120), start))
        and (
            not text.endswith(("likely ", "possible "), lo, start)
            or not _WEEKDAY_IN.search(text, chance.start(), start)
        )
    ):
        return "future"
    if text.endswith((" through ", " to "), lo, start) and _PERIOD_THROUGH.search(
        text, max(lo, start - 24), start
    ):
        # "Exports in the 12 months through January rose": over; "Sales in the year
        # through June are expected to": the nearest
        if _AHEAD_WORD.search(text, lo, start) or _AHEAD_WORD.match(text, end + 1):
            return "nearest"  # "expected sales to rise in the three months to April"
        told_past = _PAST_WORD.search(text, lo, start) or _PAST_WORD.match(text, end + 1)
        return "past" if told_past else "nearest"
    if "that " in text[max(lo, start - 18) : start]:
        fronted = _FRONTED_IN_REPORT.search(text, max(lo, start - 40), start)
        verb = _FRONTED_VERB.match(text, end) if fronted is not None else None
        if verb is not None:
            return VERB_SIGNALS[verb.group("verb")] if verb.group("verb") else "future"
    if _owns(text, end):
        lead_at = max(lo, start - 40)
        if _AWAITED.search(text, lead_at, start) is not None:
            return "future"
        if (
            _CHALLENGED.search(text, lead_at, start) is not None
            or _DEED_AFTER.match(text, end)
            or _RULING_CHALLENGED.match(text, end)
        ):
            # "will appeal Tuesday's verdict", "will look into Tuesday's attack", "said
            # Tuesday's ruling would be appealed"
            return "past"
        owner_lead = _FOR_OWNED.search(text, lead_at, start)
        if owner_lead is not None and _OCCASION_NEXT.match(text, end):
            return "future" if _looks_ahead_now(text, lo, owner_lead.start()) else "nearest"
    if _owns(text, end) and _OCCASION_SET.match(text, end):
        return "future"  # "Thursday's general strike is expected to paralyze Greece"
    if text.startswith(_MARKS_AFTER, end) and not text[lo:start].strip(' "“'):
        return "scheduled"  # (not "The vote Tuesday marks the first time ...")
    ahead_at = max(lo, start - 64)
    if any(lead in text[ahead_at:start] for lead in _AHEAD_LEADS):
        ahead = _AHEAD_OF.search(text, ahead_at, start)
        if ahead is not None:
            # ahead of the clause's own time: of a past one (or one not yet told), the
            # nearest such day ("Police arrested 20 activists ahead of the vote on
            # Sunday", told Monday; "who until his election on Wednesday was")
            return "future" if _looks_ahead_now(text, lo, ahead.start()) else "nearest"
    return None
