"""Context checks that veto look-alikes before they become dates.

Patterns find shapes; these checks read the few words around a candidate to
drop what only looks like a date: frequencies ("every Monday"), durations
("for the last year"), named days ("Black Monday"), ages ("in their 70s"), and
relative expressions tied to another event ("two days after the vote"); months
and years (the modal "May", counts and prices: "2000 jobs", "$2008") are
`temporal_month_year`'s. All look-backs and look-aheads are bounded windows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.news.date_titles import is_statute_year, is_title
from bot.news.nearby_words import FUNCTION_WORDS, word_after, word_before
from bot.news.nearby_words import WINDOW as _WINDOW
from bot.news.season_filters import keep_season, season_in_name
from bot.news.temporal_games import among_game_words, among_ordinal_places
from bot.news.temporal_lexicon import (
    MONTH_PATTERN,
    NUMBER_WORDS,
    SUBJECT_PRONOUNS,
    WEEKDAY_PATTERN,
)
from bot.news.temporal_month_year import MONTH_PREPS, keep_month, keep_year, names_movement
from bot.news.temporal_scan import Candidate

_FREQUENCY = frozenset({"every", "each", "alternate"})
_NAMED_DAYS = frozenset(
    "black cyber good super ash holy easter palm blue bloody manic shrove maundy fat giving".split()
)
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir"})
_UNIT_WORDS = frozenset("day week month year decade quarter century few several".split())
_DURATION_PREPS = frozenset("""in over during for within throughout through across""".split())
_AFTER_EVENT_STOP = frozenset({"of", "when", "that", "which", "the"})
_EVENT_AFTER = re.compile(r"\s+(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that)\b", re.I)
_DETERMINERS = frozenset("""the a an its their his her our your my this that these those""".split())
_CLAUSE_AFTER = re.compile(  # a subject and its verb: "the day he was sworn in"
    r"\s(?:he|she|it|they|we|I|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:[a-z]+ed|was|were|died|won|lost"
    r"|took|became|began|came|left|fell|met|said|had)\b"
)


def _next_char(text: str, end: int) -> str:
    stripped = text[end : end + _WINDOW].lstrip()
    return stripped[:1]


# "highs in the 80s", "temperatures in the low 90s": degrees, not decades.
_TEMPERATURE_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?|temps|degrees|mercury|thermometers?)\b[^.;]{0,12}$",
    re.IGNORECASE,
)


def _keep_decade(cand: Candidate, text: str, before: str) -> bool:
    if not cand.group("c") and _TEMPERATURE_BEFORE.search(
        text, max(0, cand.start - 30), cand.start
    ):
        return False
    if cand.group("d3") and not cand.group("the"):
        # "the 70s and 80s": a bare "80s" only right after another decade.
        return before in ("and", "or", "to", "through")
    return before not in ("their", "his", "her", "its")


_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter"))


def _keep_unit_rel(cand: Candidate, text: str, before: str) -> bool:
    rel = " ".join((cand.group("rel") or "").lower().split())
    unit = cand.group("unit") or ""
    if unit[:1].isupper() and text[cand.start : cand.start + 1].isupper():
        lead = text[max(0, cand.start - 3) : cand.start].rstrip()
        if lead and lead[-1] not in '.!?"“:':
            return False  # "on ABC's This Week": a title, mid-sentence
    if (rel == "the past" and unit.lower() not in _SEASONS) or season_in_name(unit, text, cand.end):
        return False  # "the past year" is a stretch of time; "the past winter" one season
    if rel == "the last" and unit.lower() in _STRETCH_UNITS:
        return False  # "has played as well as anybody the last month": a stretch of time
    if rel in ("the last", "the next", "the coming") and before in _DURATION_PREPS:
        # "in the next week" is a stretch of time; "in the next century" and "in the
        # next fiscal year" are dates, and so is the one unit "coming" names ("will
        # meet leaders in the coming week"), but for a stretch ("over the coming year")
        if rel == "the coming" and before in ("in", "during"):
            return unit.lower() in _STRETCH_UNITS
        return unit.lower() == "century" or bool(cand.group("fiscal"))
    if word_after(text, cand.end).lower() != "of":
        return True
    # "a loss last year of $3 billion", "the average so far this year of about 6.5
    # billion": an amount of the period; "his last year of office" is no date, but
    # "accused the rebels last week of using", "warned earlier this month of" are.
    if rel in ("this", "last", "next") and _AMOUNT_OF.match(text, cand.end) is not None:
        return True
    return before not in _OWNERS and not before.endswith(("'s", "’s")) and rel != "the last"


_OWNERS = frozenset("his her its their our my your the this that".split())
_STRETCH_UNITS = frozenset(("day", "week", "month", "year", "decade"))
_AMOUNT_OF = re.compile(
    r"\s{1,3}of\s{1,3}(?:[$£€¥\d]|(?:about|around|nearly|almost|roughly|some|more|less|over"
    r"|under|just|up|only)\s)",
    re.IGNORECASE,
)


_AFTERWARD = frozenset(("after", "afterward", "afterwards", "later", "thereafter"))
_AFTER_THAT = re.compile(r"\s(?:that|this)(?=\s?[,.;:)!?]|$)")


def _keep_relative_to_date(cand: Candidate, text: str, before: str) -> bool:
    """ "two days after" dates something only when no event follows it."""
    direction = " ".join((cand.group("dir") or "").lower().split())
    if before == "for" and direction in _AFTERWARD:
        return False  # "did not meet for eight months afterward": how long
    if direction == "time":
        return before == "in"  # "in 10 days' time"; not "took two years' time"
    if before == "in" and direction in ("later", "earlier"):
        return False  # "its first budget in four years later this week": a stretch
    if direction in ("before", "after", "prior", "previous"):
        nxt = _next_char(text, cand.end)
        # ("two years after that.": after the event just told, as "later" is)
        return nxt == "" or nxt in ",.;:)!?" or _AFTER_THAT.match(text, cand.end) is not None
    return word_after(text, cand.end).lower() != "than"


def _keep_the_day(cand: Candidate, text: str, before: str) -> bool:
    """ "on the day" dates something; "the day of the vote", "the day after the vote" do not."""
    nxt = _next_char(text, cand.end)
    if nxt == "" or not nxt.isalpha():
        return True
    if _EVENT_AFTER.match(text, cand.end, cand.end + _WINDOW):
        return False
    if _CLAUSE_AFTER.match(text, cand.end):
        return False  # "expelled on the day Chavez died": the day a clause names
    return word_after(text, cand.end).lower() not in _AFTER_EVENT_STOP


# "Parliament last met on a Sunday in 1974": some Sunday, not a day of this week.
_ON_A = re.compile(r"\b[Oo]n\s{1,3}an?\s{1,3}$")


_ANY_DAY = frozenset("typical ordinary normal usual average any".split())
_HABIT_NOUNS = frozenset("edition editions newspaper paper school".split())
_NEWSPAPER = re.compile(
    r"\s(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Star)\b"
)


# "every Monday and Thursday", "each Monday, Wednesday and Friday": every day listed
# is of the frequency.
_FREQUENCY_LIST = re.compile(
    rf"\b(?i:every|each)\s(?:{WEEKDAY_PATTERN}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)){{1,6}}$"
)


_OF_EVERY = re.compile(r"\s(?:of|in)\s(?:every|each)\s")


def _keep_weekday(cand: Candidate, text: str, before: str) -> bool:
    if _OF_EVERY.match(text, cand.end):
        return False  # "on the first Thursday of every month", "the last Friday of each"
    if cand.group("rel") is not None:
        return True
    if (before == "and" or before == "or" or text.endswith(", ", 0, cand.start)) and (
        _FREQUENCY_LIST.search(text, max(0, cand.start - 80), cand.start) is not None
    ):
        return False
    if before == "a" and _ON_A.search(text, max(0, cand.start - 8), cand.start):
        return False
    if before in _ANY_DAY or (before == "a" and word_after(text, cand.end).lower() in _HABIT_NOUNS):
        return False  # "On a typical Saturday", "will launch a Sunday edition": any one
    if _NEWSPAPER.match(text, cand.end) or text.endswith("Mail on ", 0, cand.start):
        return False  # "the Sunday Times", "the Mail on Sunday": a newspaper
    if before == "miss" and text.endswith("miss ", 0, cand.start):
        return True  # "will miss Friday's game": the verb, not "Miss"
    return before.rstrip(".") not in _NAMED_OR_TITLE


def _keep_quarter(cand: Candidate, text: str, before: str) -> bool:
    # "the second half of the game", not of a year
    if word_after(text, cand.end).lower() == "of":
        return False
    if cand.group("y") or cand.group("y2") or cand.group("oy") or cand.group("owner"):
        return True
    return not among_game_words(text, cand.start, cand.end)


def _keep_short_year(cand: Candidate, text: str, before: str) -> bool:
    return before in _SHORT_YEAR_LEADS


def _keep_deictic(cand: Candidate, text: str, before: str) -> bool:
    return cand.start < 4 or not text.startswith("USA ", cand.start - 4)


_PERIOD_ENDS = frozenset(("ended", "ending", "ends"))
_UNIT_VERBS = _PERIOD_ENDS | frozenset(
    "was were is are rose fell grew slid sank shrank hit beat topped came".split()
)


def _keep_the_unit(cand: Candidate, text: str, before: str) -> bool:
    # "for the year", "in the quarter": the period in focus, unless more follows
    # ("the year 2000", "the year before the war", "the month of May").
    nxt = _next_char(text, cand.end)
    if nxt == "" or nxt in ",.;:)!?\"'”’":
        return True
    # "for the quarter ended Sept. 30", "profit in the quarter rose": a verb follows.
    after = word_after(text, cand.end)
    if text.endswith("of ", 0, cand.start):
        return after in FUNCTION_WORDS or after == "so"  # "his third victory of the year on"
    if after == "that":  # "the year that ends in September" (not "the year that changed")
        return word_after(text, text.index("that", cand.end) + 4) in _PERIOD_ENDS
    return after in _UNIT_VERBS or (after.endswith("ed") and after.islower() and len(after) > 4)


def _keep_year_end(cand: Candidate, text: str, before: str) -> bool:
    # "by year-end", "at year-end the bank had", "by year-end it expects"; not
    # "at year-end levels" or "by year-end 1990" (the year given is another).
    nxt = _next_char(text, cand.end)
    if nxt == "" or not nxt.isalnum():
        return True
    if nxt.isdigit():
        return False
    after = word_after(text, cand.end)
    return not after[:1].islower() or after in FUNCTION_WORDS or after in SUBJECT_PRONOUNS


def _keep_vague_the(cand: Candidate, text: str, before: str) -> bool:
    # "the past nine days", "the past decade" are spans of time, not "the past".
    after = word_after(text, cand.end).lower()
    if (cand.group("to") and (cand.group("word") or "").lower() != "future") or after == "of":
        return False  # "look to the future" (not "a return to the past", "the future of")
    return not (
        after in NUMBER_WORDS
        or after.rstrip("s") in _UNIT_WORDS
        or text[cand.end : cand.end + 2].strip()[:1].isdigit()
    )


_SEQUENCE_WORDS = frozenset(("after", "afterward", "afterwards", "before", "thereafter"))


_DATE_LEADS = ("in", "on")


def _keep_vague(cand: Candidate, text: str, before: str) -> bool:
    # "resigned soon after the vote", "shortly before noon": close to another
    # time, not a time ahead of now; nor is "as soon as" one.
    word = text[cand.start : cand.end].lower()
    if (
        word == "recently"
        and before.lower() == "most"
        and word_after(text, cand.end) in _DATE_LEADS
    ):
        return False  # "re-elected four times, most recently in 2009": the last of them
    if word == "recently" and before == "as" and word_after(text, cand.end) == "as":
        return False  # "as recently as three months ago": the date said is the reference
    if word not in ("soon", "shortly"):
        return True
    if word == "soon" and before in ("as", "too"):
        # "as soon as next month": the date said is the reference; "too soon to
        # discuss refunds" weighs a moment, it names none
        return False
    return word_after(text, cand.end).lower() not in _SEQUENCE_WORDS


_HOLIDAY_PREPS = frozenset(
    """on at before after until till by since over for around during from to through of
    celebrate celebrates celebrated celebrating spend spends spent spending mark marks
    marked marking""".split()
)


# "the Good Friday Agreement" names a pact, "the Yom Kippur War" a war; so does "the
# Good Friday peace agreement"
_PACT_WORDS = frozenset(("agreement", "accord", "accords", "war", "offensive", "deal", "pact"))
_PACT_AFTER = re.compile(r"\s(?:peace|power-sharing|political)\s(?P<pact>[a-z]+)")


def _keep_holiday(cand: Candidate, text: str, before: str) -> bool:
    """ "before Christmas" is a day; "Christmas shopping" and "the Easter holidays" are not."""
    name = cand.group("name") or ""
    after = word_after(text, cand.end) if text[cand.end : cand.end + 1] == " " else ""
    if after.lower() in _PACT_WORDS:
        return False
    pact = _PACT_AFTER.match(text, cand.end)
    if pact is not None and pact.group("pact") in _PACT_WORDS:
        return False
    if name == "Election Day" and (
        (
            (owner := _OWNED_VOTE.search(text, max(0, cand.start - 24), cand.start)) is not None
            and owner.group(1).lower() not in FUNCTION_WORDS
        )
        or _DATED_VOTE.match(text, cand.end) is not None
    ):
        return False  # "Britain's Election Day", "Primary Election Day", "on Election Day, July 2"
    if cand.group("rel") or cand.group("y") or " " in name or name in ("Juneteenth", "9/11"):
        return True
    if after[:1].islower() and after not in FUNCTION_WORDS and after not in _YEAR_RELS:
        return False  # (but "before Christmas next year")
    return before in _HOLIDAY_PREPS


_YEAR_RELS = frozenset(("next", "last", "this"))
# An election day another word owns or dates (not the US one the name alone stands for).
_OWNED_VOTE = re.compile(r"(['’]s|\b[A-Z][a-z]+)\s\Z")
_DATED_VOTE = re.compile(rf",\s(?:on\s)?(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})")


def _keep_day_alone(cand: Candidate, text: str, before: str) -> bool:
    """ "on the 20th" is a day, except among the words of a sport or building."""
    return not among_ordinal_places(text, cand.start, cand.end)


_NAMED_OR_TITLE = _NAMED_DAYS | _TITLES
_SHORT_YEAR_LEADS = MONTH_PREPS | {"the", "and", "class"}
# The check of each kind that has one, after the check every kind has; each
# reads the candidate, the text and the word before the candidate (`word_before`).
_KEEPS: dict[str, Callable[[Candidate, str, str], bool]] = {
    "month": keep_month,
    "year": keep_year,
    "decade": _keep_decade,
    "weekday": _keep_weekday,
    "quarter": _keep_quarter,
    "short_year": _keep_short_year,
    "deictic": _keep_deictic,
    "unit_rel": _keep_unit_rel,
    "ago": _keep_relative_to_date,
    "unit_after": _keep_relative_to_date,
    "the_day": _keep_the_day,
    "the_unit": _keep_the_unit,
    "year_end": _keep_year_end,
    "season": keep_season,
    "vague": _keep_vague,
    "vague_the": _keep_vague_the,
    "holiday": _keep_holiday,
    "day_alone": _keep_day_alone,
    "mdy": lambda cand, text, before: not names_movement(cand, text, before),
}


_EVERY_YEAR_IN = re.compile(
    r"\b(?:(?:every|each)\s+year|annually|yearly)\s+(?:in|on)\s+$", re.IGNORECASE
)


_SET_LEADS = frozenset(("in", "on", "and", "or"))
_EACH_YEAR_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?\s+(?:each|every)\s+year\b", re.IGNORECASE
)


# "will be our last Christmas in this house", "was his last year in office": the final
# one, not the one before now ("her" may be an object: "saw her last week"; and "Our
# last quarter was a record" is the one before).
_FINAL_OWNERS = frozenset(("my", "our", "his", "their", "your"))
_BE_BEFORE_OWNER = re.compile(r"\b(?:be|is|was|were|are|been|'s|’s)\s[a-z]+\s$")


def keep_candidate(cand: Candidate, text: str) -> bool:
    """False when the words around `cand` show it is not a date at all."""
    before = word_before(text, cand.start)
    if before in _FREQUENCY:
        return False
    if (
        before.lower() in _FINAL_OWNERS
        and text[cand.start : cand.start + 5].lower() == "last "
        and _BE_BEFORE_OWNER.search(text, max(0, cand.start - 16), cand.start) is not None
    ):
        return False
    if before in _SET_LEADS and (
        _EVERY_YEAR_IN.search(text, max(0, cand.start - 24), cand.start)
        or _EACH_YEAR_AFTER.match(text, cand.end)
    ):
        # "held every year in October", "held annually on May 1", "takes place in April
        # each year": a set
        return False
    if is_title(cand, text) or is_statute_year(cand, text):
        return False
    keep = _KEEPS.get(cand.kind)
    return True if keep is None else keep(cand, text, before)


# "a deadly 2010 raid", "the disputed 2008 election": a word between the determiner and the year.
_DETERMINER_ADJECTIVE = re.compile(
    r"(?<![\w-])(?i:the|a|an|its|his|her|their)\s[a-z]+(?:-[a-z]+)?\s$"
)


def is_attributive(text: str, start: int, end: int) -> bool:
    """True for a year that only qualifies a noun: "the 2018 budget"."""
    before = word_before(text, start)
    if (
        before not in _DETERMINERS
        and not before.endswith(("'s", "’s"))
        and _DETERMINER_ADJECTIVE.search(text, max(0, start - 32), start) is None
    ):
        return False
    after = word_after(text, end)
    return bool(after) and after.lower() not in FUNCTION_WORDS and text[end : end + 1] == " "
