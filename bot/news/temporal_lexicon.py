"""Words of time: months, weekdays, number words, units and tense markers.

Shared by the expression scanner (`temporal_scan`) and the resolver (`dates`).
Pure data and tiny lookups only.
"""

from __future__ import annotations

import re

# Month spellings (full names and wire abbreviations) -> month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Regex alternation of capitalised month spellings, longest first so that
# "March" wins over "Mar" and "Sept." over "Sep".
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?"
    r"|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Parts of a day and their TIMEX3 suffixes.
DAY_PARTS: dict[str, str] = {
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
    "night": "TNI",
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}

# The words of NUMBER_WORDS, grouped by their first letters: the engine tries a
# branch only where its first letter is (a flat list of 26 words was a third slower).
NUMBER_PATTERN = (
    r"(?:an?|one|two|t(?:hree|en|welve|hirteen|wenty|hirty)|f(?:our(?:teen)?|ive|ifteen"
    r"|ifty|orty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)|e(?:ight(?:een|y)?|leven)"
    r"|nine(?:teen|ty)?|hundred|\d{1,3})"
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "latter": 2,  # "the latter half of 2012"
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}

# Seasons -> (TIMEX3 code, first month, number of months).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}

# Clause words that put what they govern in the future...
FUTURE_MARKERS = frozenset(
    """will must should 'll shall would could might may can won't wont scheduled
        planned plan plans planning expected expect expects
        slated upcoming intends intend aims
        hopes going forecast predicted until till through pending wants want seeks seek aim
        hope begins starts opens resumes convenes kicks meets faces plays hosts visits
        travels departs begin resume convene reports announces payable expires starting
        effective play meet return host visit face travel depart returns arrives leaves
        takes ends closes launches goes reopen reopens hears holds releases
        publishes testifies heads debates considers unveils predicting predicts expecting
        forecasting retires flies turns concludes celebrates steps airs premieres debuts
        preparing bracing votes lands sits crests peaks""".split()
)
# Their present forms ("begins April 2 and ends April 11", "Nike reports on Thursday"):
# verbs of a clause of their own, unlike the plain "plan", "play" (nouns as often).
PRESENT_PLAN_VERBS = frozenset(w for w in FUTURE_MARKERS if w.endswith("s") and w.isalpha())
# The plain verbs among them: right after "to" they take the tense of what leads
# to them ("were allowed to return on Sunday", "plans to visit on Monday").
PLAIN_VERB_MARKERS = frozenset(
    "begin resume reopen convene play meet return host visit face travel depart".split()
)
# ...and in the past (besides regular "-ed" forms).
PAST_MARKERS = frozenset(
    """said was were had did ago told met made took gave went came saw rose fell won lost
        left held began sold bought paid became brought found got hit cut put struck spoke
        wrote ran sent spent led grew knew thought began broke chose drove flew forgot froze
        hid kept laid meant quit rode rang sank sat shot shut slid sought stood stole stuck
        swore swept swung taught tore threw understood woke wore wound dropped closed
        died fled sued tied eyed owed vied fought felt heard built lent drew dealt upheld
        withdrew oversaw overtook undertook forgave shrank sang swam blew wept slept dug hung
        spun beat""".split()
)
# The past forms among them: "ago" marks the past but is no verb.
PAST_FORMS = PAST_MARKERS - {"ago"}
# Personal pronouns that can be a clause's subject ("he stayed", "they said").
SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
# Words before a past form that make it a finite past, so that an "until" or
# "through" after it lasts up to a past day ("he stayed until", "the stock had
# gained 13% through Wednesday's close", "was held until", "remained closed until").
FINITE_ED_LEADS = SUBJECT_PRONOUNS | {"had", "was", "were", "remained", "stayed"}
# "-ed" words that are not past tense (or that announce the future).
NOT_PAST_ED = frozenset(
    """scheduled planned expected slated need speed seed feed bed red shed hundred proceed
        exceed succeed indeed united based related limited unprecedented unchanged
        unaffected undecided unresolved unopposed unscathed""".split()
)

WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")


def number_value(word: str) -> int | None:
    """Value of a small count written as digits or as a word ("three" -> 3)."""
    lower = word.lower()
    if lower.isdigit():
        return int(lower)
    return NUMBER_WORDS.get(lower)


def month_number(word: str) -> int | None:
    """Month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS.get(word.lower().rstrip("."))


# Words the tense reading (`tense`) weighs around a marker.

# Past forms that are never participles (nor adjectives: "kept closed until Friday"),
# and past forms of verbs that last and take no object ("the strike lasted until
# September", not "kept the government funded until September").
SIMPLE_PAST = frozenset(
    """was were did went came saw rose fell began ran stood sat drove flew spoke wrote
    took gave lasted continued remained stayed persisted lingered waited worked served
    lived reigned dragged""".split()
)
# Last words of a date that may stand between an intent and its "to" ("voted last week to").
DATE_WORD_ENDS = frozenset(
    """week month year weekend monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november
    december""".split()
)
# Past forms of verbs of lasting that a plan's passive shares ("will be held through").
HELD_FORMS = frozenset(("held", "kept"))
HELD_AHEAD = frozenset("be been being is are will would to".split())
# Past forms that are never participles.
FINITE_PAST = frozenset({"said", "was", "were", "had", "did", "ago", "told", "went", "came"})
# Verbs that make a tense with a past form after them ("will be damaged", "has failed").
AUXILIARIES = frozenset("be been being have has had is are was were do does".split())
MODALS = frozenset({"will", "would", "could", "should", "might", "may", "must", "can", "shall"})
BASE_FORM_AFTER = MODALS | {"to", "did"}
# Plain verbs of the future markers that are nouns as well ("a visit on Monday").
NOUNS_TOO = frozenset(
    """face visit travel return host play meet plan plans hope hopes aim aims reports
    forecast releases heads holds debates steps turns cut debuts premieres votes
    peaks planning""".split()
)
# Not "that" or "each", which may stand for a noun ("the plan that failed", "each fell").
DETERMINERS = frozenset("a an the these those its his her their our your every".split())
# Words after which one of NOUNS_TOO is a noun: "its next forecast in the summer".
# ("a recount of votes from 22 polling stations", "rejected that plan on Tuesday")
NOUN_LEADS = DETERMINERS | frozenset(
    "this these those that next latest new first own previous official earlier original"
    " revised initial final another any no of".split()
)


_WORD_AT = re.compile(r"[a-z]+")
_COUNT_WORDS = frozenset("million billion thousand hundred most more fewer".split())
# Counts spelled out make a noun of a plural only: "passed the Senate by two votes on
# Tuesday" (not "The two meet on Saturday", a subject and its verb).
_SPELLED_COUNTS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty dozen several""".split()
)


def noun_here(text: str, lo: int, at: int) -> bool:
    """Whether the word of NOUNS_TOO starting at `at` is a noun: after a word that
    leads one ("its next forecast"), after "a" and one modifier ("a surprise visit",
    "a two-day visit") or after a past verb ("halted play"); `lo` bounds the words
    read."""
    tokens = text[max(lo, at - 40) : at].lower().split()[-2:]
    if not tokens or text[at - 1 : at] != " ":
        return False
    word = _WORD_AT.match(text, at)
    if word is not None and (
        text[word.end() : word.end() + 1] in (",", ";", ")")
        or text.startswith((" from ", " of "), word.end())
    ):
        return True  # "a sweeping restructuring plan, following", "the plan from Ryan"
    previous = tokens[-1]
    counted = previous[-1:] != "," and previous.replace(",", "").isdigit()  # "3,000 votes"
    if previous in NOUN_LEADS or previous in _COUNT_WORDS or counted:
        return True  # ("won 8 million votes in February")
    if previous in _SPELLED_COUNTS and word is not None and word.group().endswith("s"):
        return True  # "by two votes" (not "the two meet")
    if previous.endswith(("'s", "’s")) and previous[:-2] not in _CONTRACTED:
        return True  # "the Senate's debates on Monday", "Obama's visit on Wednesday"
    if len(tokens) == 2 and tokens[0] in ("a", "an") and _MODIFIER.fullmatch(previous):
        return True  # (not "the Lakers host", "the team plays": a subject and its verb)
    if (
        len(tokens) == 2
        and tokens[0] in DETERMINERS
        and ("-" in previous or previous == "weather")
        and text.startswith("forecast", at)
    ):
        return True  # "the long-range forecast", "the weather forecast" (not "The weather turns")
    if (
        text.startswith(_NOUNS_AFTER_MODIFIER, at)
        and _AFTER_NOUN.match(text, at) is not None
        and _modified_noun(text, lo, at)
    ):
        return True  # "the Cyprus bailout plan", "his state visit" (not "the Lakers visit")
    return (previous in PAST_FORMS and previous not in ("was", "were")) or (
        len(previous) >= 5 and previous.endswith("ed") and previous not in NOT_PAST_ED
    )  # (but "was planning a meeting": a verb)


_MODIFIER = re.compile(r"[a-z][a-z'-]*")
# Of NOUNS_TOO, those singular modifiers after a determiner make a noun ("the peace
# plan", "the 10 billion euro plan", "the U.S. plan").
_NOUNS_AFTER_MODIFIER = ("plan ", "visit ", "cut ")
# What follows such a noun (not "The Heat visit the Bulls": a verb and its object).
_AFTER_NOUN = re.compile(r"\w+\s+(?:on|in|to|at|by|for|of|this|last|next|earlier|later)\b|\w+[,.]")
_ANY_MODIFIER = re.compile(r"[\w$.'’-]+")
_NOT_PLURAL = ("us", "ss", "is", "os")


def _modified_noun(text: str, lo: int, at: int) -> bool:
    """Whether one to three singular modifiers and a determiner or an owner come
    before `at` ("rejected the Cyprus bailout plan"; not "the Democrats plan")."""
    words = text[max(lo, at - 60) : at].split()[-4:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        if index < len(words) - 1 and (word in NOUN_LEADS or word.endswith(("'s", "’s"))):
            return True
        plural = word.endswith("s") and not (
            words[index][:1].isupper() and word.endswith(_NOT_PLURAL)  # "Cyprus", "Congress"
        )
        if plural or _ANY_MODIFIER.fullmatch(word) is None:
            return False
    return False


# Words whose "'s" is "is" or "us": "let's meet", "he's visiting".
_CONTRACTED = frozenset("let he she it that what there who where here".split())


# Words before "to" that put what follows ahead ("is set to begin", "is due to open").
LEADS_TO_FUTURE = frozenset(
    {
        "set",
        "due",
        "poised",
        "likely",
        "about",
        "going",
        "ready",
        "seeking",
        "hoping",
        "aiming",
        "track",  # "We're on track to close the merger in October"
    }
)
# Verbs whose "to" and a verb look ahead of them: "has promised to leave the EU on
# Oct. 31" (not "agreed to a deal on Monday", where "to" leads a noun).
INTENDS = frozenset(
    """promise promised promises pledge pledged pledges vow vowed vows plan planned plans
    intend intended intends threaten threatened threatens hope hoped hopes aim aimed aims
    agree agreed agrees decide decided decides prepare prepared prepares want wanted
    wants vote voted votes""".split()
)
# Verbs of foretelling: what they warn "of" lies ahead, with its date.
FORETOLD = frozenset("warned predicted forecast projected".split())
# Verbs that set a deadline with "until": "gave Bozize until Wednesday to release them".
GIVES_UNTIL = frozenset("gave give gives given giving".split())
# Verbs that move a date: the "to" or "for" after them points at the new date,
# which is still ahead ("the hearing was postponed to Nov. 20").
MOVED = frozenset(
    "postponed delayed moved rescheduled deferred adjourned forward extended pushed".split()
)
# A time of day right before an expression ("until midnight Sunday", "starting
# at 5 p.m. Friday"): a marker before it still stands right before the day.
TIME_OF_DAY_BEFORE = re.compile(
    r"\s(?:at\s)?(?:midnight|noon|sunset|sundown|sunrise|dawn|dusk"
    r"|[01]?\d(?::[0-5]\d)?\s?[ap]\.?m\.?(?:\s[A-Z]{2,4})?)\s(?:on\s)?$",
    re.IGNORECASE,
)
# A weekday or a day of a month named by itself: "a strike for Thursday", "an
# election for July 4" are days set ahead (not "sales for March").
SET_DAY = re.compile(rf"(?:{WEEKDAY_PATTERN}(?!['’]s)\b|{MONTH_PATTERN}\s?\d)")


# Nouns after a number that make it a count, not a year ("2000 jobs", "2019 passengers").
COUNT_NOUNS = frozenset(
    """points point people persons jobs job workers employees staff units cars
    vehicles trucks shares planes aircraft jets flights passengers seats miles
    kilometres kilometers km feet ft metres meters tons tonnes barrels dollars
    euros pounds yen stores shops dealerships dealers votes hours minutes
    seconds days weeks months years copies songs times members residents
    homes houses customers users plants factories branches calories percent pct
    per cents runs goals games matches wins losses yards degrees pages words rooms
    beds acres hectares signatures cases deaths patients students troops""".split()
)
# Words before a number that make it a count or a label, not a year ("about 2000",
# "flight 2012", "the Russell 2000").
# Occasions a month names ("the March meeting", "the May election"): the nearest such
# month, whatever the verb ("returned to contest the May election").
MONTH_OCCASIONS = frozenset(
    """meeting meetings policy session summit vote statement decision minutes auction
    deadline election elections referendum budget local general presidential
    parliamentary trial hearing sentencing talks conference""".split()
)
NUMBER_LEADS = frozenset(
    """about around nearly almost approximately roughly some least than flight
    number no no. model version route page pages room highway interstate russell
    windows office resolution resolutions vision agenda horizon article decree""".split()
)
