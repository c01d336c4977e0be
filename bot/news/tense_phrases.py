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

from bot.news.temporal_lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.news.tense_clues import OCCASIONS as OCCASIONS  # re-exported: its readers
from bot.news.tense_clues import REPORTED_BEFORE, VERB_SIGNALS, clue_tense
from bot.news.tense_clues import Signal as Signal
from bot.news.tense_clues import Tense as Tense

# Gatherings that one calls for or holds on a day, beside the set occasions.
GATHERINGS = r"strikes?|rall(?:y|ies)|protests?|demonstrations?|marches"

_SINCE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")  # "since the summer"
_SINCE_EVENT = re.compile(
    # (not "closed since March 16 and will reopen on Thursday": a clause of its own)
    r"\b[Ss]ince\s(?:(?:(?!(?:and|but|or|will|would|is|are|was|were|has|have|had)\s)[\w'’-]+\s){1,6}"
    # "since hitting a record high of $705.07 in September"
    r"|[a-z]+ing\s(?:[^,;:.!?]|\.(?=\d)){0,40}?\s)(?:in|on)\s$"
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
    r"|(?:exchanges|markets|schools|doors)\s(?:re)?open"
    r"|opens?\s(?:the|their|its|his|her)\sseason)\s(?:on\s|in\s)?$"
)
_SCHEDULE_ENDS = tuple(
    "sale |polls |force |effect |ters |tres |mas |res |lves |falls |open |close |season "
    "|kick in |kicks in |expire |expires |live |out ".split("|")
)
# "originally set for January", "initially scheduled for Sunday": a plan since changed
# says nothing of whether its day is ahead.
_FORMER_PLAN = re.compile(
    r"\b(?:originally|initially|previously)\s(?:been\s)?(?:scheduled|set|planned|slated|due"
    # "had originally expected a decision in December"
    r"|expected)\s(?:(?:a|an|the|its|their)\s[\w'’-]+\s)?(?:for|to|on|in|by)\s(?:[\w'’-]+\s){0,3}$"
)
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
_DEADLINE_MET = re.compile(
    r"\b(?:(?P<over>failed\sto\s(?:meet|beat)|missed|met)|meet|meeting|beat|miss)\s(?:a|the)\s$"
)
_RACING = re.compile(r"\b(?:is|are|am|'re)\s[a-z]+ing\sto\s$")  # "are racing to meet"
_DEADLINE_NEAR = re.compile(r"(?:['’]s)?\sdeadline\s(?:loom|approach|near)")
# A period foreseen "ending" on a day is not over yet, whatever the verb:
# "reaffirmed its outlook for the fiscal year ending May 26" (not "In the fiscal year
# ending June 30, sales rose": a year told of as over).
_ENDING_AT = (" ending ", " ending in ", " ending on ")
_OUTLOOK_ENDING = re.compile(
    r"\b(?:outlook|forecasts?|guidance|view|estimates?|targets?|expectations?)\sfor\sthe"
    r"\s(?:(?:fiscal|current)\s)?(?:year|quarter|period|half)\sending\s(?:in\s|on\s)?$"
)
# (a weekday only: "The visit comes two months after talks in January" is no schedule)
_COMES = (" comes ", " comes on ", " comes out ", " comes out on ")
_WEEKDAY_AT = re.compile(WEEKDAY_PATTERN)
_MARKS_ANNIVERSARY = re.compile(
    r"\b(?:marks|mark|commemorates|celebrates)\s(?:the\s|its\s)?(?:[\w-]+\s){0,2}anniversary"
    r"\b[^.;,]{0,60}?\s(?:on\s)?$"
)
_EFFECT_FROM = re.compile(
    r"\b(?P<verb>take|takes|taking|took|come|comes|coming|came)\s"
    r"(?:effect|into\s(?:force|effect))\sfrom\s$"
)
_BUDGET_FOR_ENDING = re.compile(
    r"\bfor\sthe\s(?:(?:fiscal|financial|current)\s)?(?:year|quarter|period|half)\sending\s"
    r"(?:in\s|on\s)?$"
)
# A present under "when" or "once" after "will" or "is expected to": "will be known
# when they are announced on Sunday" (the present tells of a time still to come).
_WHEN_PRESENT = re.compile(
    r"\b(?:will|(?:is|are)\s(?:expected|set|due|scheduled|likely)\sto)\s[^.;:!?]{0,60}?"
    r"\s(?:when|once)\s(?:[\w'’-]+\s){1,4}?(?:is|are)\s"
    r"(?:[a-z]+\s){0,2}?(?:on\s)?$"
)

_DELAY_ENDS = (" until ", " till ")
_DELAY_UNTIL = re.compile(
    r"\b(?:delay|extension|postponement|adjournment|reprieve)(?:\s(?:of\s)?[\w'’-]+){0,3}?"
    r"\s(?:until|till)\s$"
)
# A request or a proposal, and what it asks for, up to the date: ahead.
# (Not a date of the asking: "invited Francis to visit during a telephone call on
# Monday"; nor "had proposed closing 37 schools in December", a proposal of then.)
_OBJECT_WORDS = r"(?:(?!(?:during|at|in|on|with|after|for|from|via|by)\s)[\w.'’-]+\s){0,5}?"
_ASKED_TO = re.compile(
    r"\b(?:invited|invites|urged|urges|asked|asks|encouraged|persuaded|called\son)\s"
    rf"(?:[\w.'’-]+\s){{1,3}}?to\s[a-z]+\s{_OBJECT_WORDS}(?:in|on|by|before)\s$"
)
_PROPOSED_ING = re.compile(
    r"(?<!\bhad\s)\b(?:proposed|proposes|suggested|suggests|offered|offers"
    r"|committed\sto|commits\sto)\s[a-z]+ing\s"
    rf"{_OBJECT_WORDS}(?:in|on|by|before)\s(?:the\s)?$"
)
_WEEKDAY_ALONE = re.compile(WEEKDAY_PATTERN)
_MONTH_ALONE = re.compile(rf"(?:{MONTH_PATTERN}|(?i:spring|summer|autumn|fall|winter))")
# What ends the sentence after a date (or an attribution that ends it): `temporal_years`
# reads a plan's day only where it ends its sentence too.
ENDS_SENTENCE = re.compile(r"\s*(?:[.;]|$|,\s(?:[\w.'’-]+\s){1,4}(?:said|says)\b)")
_TO_HAVE_DONE = re.compile(
    r"\b(?:expects?|expected|expecting|hopes?|hoping|wants?|aims?|plans?|planning|needs?"
    r"|promised|vowed)\sto\shave\s(?!been\b)(?:[\w'’-]+\s){0,5}?[a-z]{3,}ed\s"
    r"(?:[\w'’-]+\s){0,3}?(?:by|on|before)\s$"
)
_ABLE_TO = re.compile(
    # (a present, or a past reported: not "Investors were eager to sell on Monday")
    r"(?:\b(?:is|are|be|remains?)\s|\bsaid\s[^.;:]{0,50}?\s(?:was|were)\s)(?:[a-z]+ly\s)?"
    r"(?:unlikely|likely|eager|ready|fit|poised|keen|desperate)\sto\s[a-z]+\s"
    r"(?:[\w'’-]+\s){0,4}?(?:on|by|against|before)\s$"
)
_PROMISED_BY = re.compile(
    r"\b(?:promised|pledged|vowed|sought|demanded|wants|wanted|hoped\sfor|pushed\sfor)\s"
    r"(?:a|an|the)\s(?:[\w'’-]+\s){0,3}?(?:by|before)\s$"
)
# A demand or an order and what it asks for: "urged Iraq to", "demanded that".
DEMANDED = (
    r"(?:urged|urges|demanded|demands|ordered|orders|asked|asks|pressed)"
    r"\s(?:[\w.'’-]+\s){0,4}?(?:to|that)"
)
# A day one sets as a deadline: "urged Iraq to comply by Friday", "demanded that Suharto
# resign by Friday", "ordered counties to finish by Sunday".
_DEMANDED_BY = re.compile(
    rf"\b(?:{DEMANDED}|called\s(?:on|for)\s(?:[\w.'’-]+\s){{0,4}}?(?:to|that))"
    r"\s(?:[\w'’-]+\s){1,5}?by\s$"
)
# The day of a demand told between its object and its "to".
_URGED_ON = re.compile(
    r"(?<![\w-])(?:urged|demanded|ordered|asked|pressed|called\son)\s"
    r"(?:(?!(?:will|would|to|is|are|was|were|has|have|had|who|that|which)\s)(?![a-z]+ed\s)"
    r"[\w.'’-]+\s){1,4}?on\s$"
)
_TO_VERB = re.compile(r",?\sto\s(?!(?:the|their|his|her|its|a|an|our|my)\b)[a-z]")
_NEW_DEADLINE = re.compile(r"\b(?:new|set\sa)\sdeadline\sof\s(?:[\w.:]+\s){0,3}?$")
_DECLARED_DAY = re.compile(
    r"\s(?:a|as)\s(?:(?:national|public|official|bank)\s)?(?:day\sof\b|holiday\b)"
)
# A habit told in the present has no tense: "the monsoon, which usually hits the Kerala
# coast on June 1", "the market typically opens in March" (not "usually was").
_HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|customarily)\s(?!was\s)"
    r"[a-z]{2,}s\s(?:[\w'’-]+\s){0,6}?(?:on|in|by|around|at|from)\s(?:the\s)?$"
)
# Getting ready for a date looks ahead to it: "We have to get ready for November",
# "prepare for Monday's vote" (not "was getting ready for", "prepared for": of then).
_READY_FOR = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:(?:gets?|getting|be|is|are|am|'re|’re)\sready"
    r"|prepar(?:e|es|ing)(?:\s(?:itself|themselves|ourselves|himself|herself))?)\sfor\s(?:the\s)?$"
)
_WOULD_IF = re.compile(
    # (not "would not say if anyone was injured on Sunday": "if" as "whether")
    r"\b(?:would|could|will|may|might)\s(?!have\b)[^.;:!?]{0,60}?(?<!say)(?<!know)(?<!asked)"
    r"(?<!clear)(?<!sure)\s(?:if|unless)\s(?:[\w'’-]+\s){1,6}?"
    r"(?:was|were|is|are|did|[a-z]{3,}ed)\s(?:not\s)?(?:[a-z]+\s){0,2}?"
    r"(?:by|on|before|beyond|until|past)\s(?:the\s)?$"
)


def _asks_ahead(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a month or season that ends its sentence is what a request or a proposal
    before it asks for: "invited Abe to visit Beijing in May", "proposed hosting it in
    May" (a day there is the asking's: "urged both sides to show restraint on
    Wednesday"; nor "proposed raising the retirement age in January, sparking protests")."""
    if _MONTH_ALONE.fullmatch(text, start, end) is None or ENDS_SENTENCE.match(text, end) is None:
        return False
    at = lo if lo > start - 80 else start - 80
    window = text[at:start]
    return (" to " in window and _ASKED_TO.search(text, at, start) is not None) or (
        "ing " in window and _PROPOSED_ING.search(text, at, start) is not None
    )


def _set_ahead(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the words before a date set it as something to be done by then: "expect to
    have power restored by Friday", "is unlikely to play on Friday", "promised a decision
    by Friday", "declared Saturday a day of mourning" (not after "had")."""
    if text.endswith("declared ", lo, start) and _DECLARED_DAY.match(text, end) is not None:
        return True
    at = lo if lo > start - 70 else start - 70
    window = text[at:start]
    if " to " in window and _ABLE_TO.search(text, at, start) is not None:
        return True
    if " had " in text[lo:start]:
        return False
    if " have " in window and _TO_HAVE_DONE.search(text, at, start) is not None:
        return True
    if _WEEKDAY_ALONE.fullmatch(text, start, end) is None:
        return False
    return (" a" in window and _PROMISED_BY.search(text, at, start) is not None) or (
        text.endswith(" by ", lo, start) and _DEMANDED_BY.search(text, at, start) is not None
    )


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
    clue = clue_tense(text, lo, start, end)
    if clue is not None:
        return clue
    if text.endswith(_COMES, lo, start) and _WEEKDAY_AT.match(text, start) is not None:
        return "scheduled"  # "The vote comes Thursday", "The report comes out Friday"
    if "anniversary" in text[lo:start] and _MARKS_ANNIVERSARY.search(text, lo, start):
        return "scheduled"  # "Mali marks the first anniversary of the coup on Friday"
    if text.endswith(" from ", lo, start) and (
        effect := _EFFECT_FROM.search(text, max(lo, start - 36), start)
    ):
        # "The cuts take effect from Monday" (not "The cuts took effect from Monday")
        return "past" if effect.group("verb") in ("took", "came") else "future"
    if "deadline of " in text[max(lo, start - 40) : start] and _NEW_DEADLINE.search(
        text, max(lo, start - 40), start
    ):
        return "future"  # "The court set a new deadline of 5 p.m. on Sunday"
    if text.endswith(" deadline of ", lo, start):
        return "nearest"  # "The vote is set for April 10, after the original deadline of March 1"
    if (
        text.endswith(" on ", lo, start)
        and _TO_VERB.match(text, end) is not None
        and _URGED_ON.search(text, max(lo, start - 60), start) is not None
    ):
        return "past"  # "urged Turkey's prime minister on Sunday to delay a planned trip"
    if text.endswith(" saying on ", lo, start):
        return "present"  # "with Williams saying on Tuesday that": a saying of its own day
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
    if text.endswith(_DELAY_ENDS, lo, start) and _DELAY_UNTIL.search(
        text, max(lo, start - 40), start
    ):
        return "future"  # "had asked for a delay until November": a time still ahead
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
            return "future" if REPORTED_BEFORE.search(text, lo, start) else "nearest"
    if (" when " in text[lo:start] or " once " in text[lo:start]) and _WHEN_PRESENT.search(
        text, lo, start
    ):
        return "future"  # "The results will be known when they are announced on Sunday"
    if _asks_ahead(text, lo, start, end) or _set_ahead(text, lo, start, end):
        return "future"
    if (" if " in text[lo:start] or " unless " in text[lo:start]) and _WOULD_IF.search(
        text, lo, start
    ):
        # "banks would lose funding if a deal was not reached by Monday": the condition
        # of a future told in the past lies ahead too (not "would have ... if")
        return "future"
    if "ly " in text[max(lo, start - 60) : start] and _HABITUAL.search(
        text, max(lo, start - 60), start
    ):
        return "present"
    if text.endswith(("for ", "for the "), lo, start) and _READY_FOR.search(
        text, max(lo, start - 40), start
    ):
        return "future"
    if text.endswith(_ENDING_AT, lo, start) and _OUTLOOK_ENDING.search(
        text, max(lo, start - 72), start
    ):
        return "future"  # "its outlook for the fiscal year ending May 26": not over yet
    if text.endswith(_ENDING_AT, lo, start) and _BUDGET_FOR_ENDING.search(
        text, max(lo, start - 48), start
    ):
        return "nearest"  # "approved a budget for the fiscal year ending June 30"
    if (text.startswith("deadline", end + 1) or text.startswith("deadline", end + 3)) and (
        _WEEKDAY_DEADLINE.match(text, start) is not None
    ):
        if (
            _DEADLINE_SET.search(text, max(lo, start - 16), start) is not None
            or _DEADLINE_NEAR.match(text, end) is not None
        ):
            return "future"
        met = _DEADLINE_MET.search(text, max(lo, start - 24), start)
        if met is not None:
            # "raced to meet a Monday deadline", told on Saturday: the nearest; "failed to
            # meet", "missed": one gone
            if met.group("over"):
                return "past"
            racing = _RACING.search(text, max(lo, met.start() - 24), met.start())
            return "future" if racing is not None else "nearest"
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


def reported_subject_verb(text: str, lo: int, start: int, end: int) -> Signal | None:
    """The signal of the verb an expression right after "said" is the subject of
    ("said Friday's vote would be delayed": ahead), or None when it is no subject
    ("said Tuesday that ...")."""
    if _SAID_BEFORE.search(text, max(lo, start - 12), start) is None:
        return None
    verb = _SUBJECT_VERB.match(text, end)
    return VERB_SIGNALS[verb.group("verb")] if verb is not None else None
