"""Guess whether the words around a time expression speak of the past or the future.

News reports rarely say "last" or "next" with a bare weekday or a month: the
verb decides ("said Thursday" is past, "will meet Tuesday" future, "was
scheduled for June 12" future). The tense marker nearest to the expression,
inside its sentence, wins; markers before the expression count a little more,
as the verb usually comes first. `clause_tense.ClauseTense` reads it for one
expression when first asked: most dates resolve without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.news.temporal_lexicon import (
    DATE_WORD_ENDS,
    DETERMINERS,
    FINITE_ED_LEADS,
    FINITE_PAST,
    FORETOLD,
    GIVES_UNTIL,
    HELD_AHEAD,
    HELD_FORMS,
    INTENDS,
    LEADS_TO_FUTURE,
    MOVED,
    NOT_PAST_ED,
    NOUNS_TOO,
    PAST_FORMS,
    PLAIN_VERB_MARKERS,
    SET_DAY,
    SIMPLE_PAST,
    TIME_OF_DAY_BEFORE,
    WORD_RE,
    noun_here,
)
from bot.news.tense_after import (
    AS_PLANNED,
    FORECAST,
    NEAR_ONLY,
    SIGNALS,
    after_marker,
    signal_after,
)
from bot.news.tense_leads import (
    RANKED_TO_BE,
    REDUCED_GAP,
    had_set,
    in_relative_clause,
    intent_before_date,
    intent_signal,
    moved_object_before,
    participle_signal,
)
from bot.news.tense_phrases import Signal as Signal  # re-exported: the readers' types
from bot.news.tense_phrases import Tense as Tense
from bot.news.tense_phrases import phrase_tense, reported_subject_verb
from bot.news.tense_votes import vote_signal
from bot.news.tense_words import (
    FUTURE_BEFORE,
    NO_PAST_BEFORE_UNTIL,
    PERIOD_THROUGH,
    backward_pattern,
    backwards,
    is_month,
    moves_no_date,
    opens_clause,
    passive,
    untitled,
    word_before,
)

# How far (characters) to look on each side of the expression; past `_NEAR_BEFORE`
# only a marker with no comma between counts ("will hear petitions about ... on Monday").
_BEFORE = 120
_NEAR_BEFORE = 90
_AFTER = 45
# Words that may stand between a near-only marker and its expression: "until the
# fall", "until at least Monday", "until no later than Friday", "until after the
# Presidents Day recess".
_NEAR_ONLY_GAPS = (
    ["the"],
    ["at", "least"],
    ["no", "later", "than"],
    ["after"],
    ["after", "the"],
)
# Words that schedule, by the word after them ("due to" is left to the rule for "to").
_SCHEDULED_BY_NEXT: dict[str, Callable[[str], bool]] = {
    "set": lambda following: following == "for",
    "due": lambda following: following != "to",
}


# Where the clause of an expression ends, after it: punctuation, or a reported
# clause ("said in a statement Tuesday that it would", "... Tuesday it would").
_STOP_WORDS = ("that", "it", "he", "she", "they", "we")
_CLAUSE_STOP = re.compile(rf"[,;:()]|\s(?:{'|'.join(_STOP_WORDS)})\s")
_LONGEST_STOP = 2 + max(map(len, _STOP_WORDS))  # a stop word and the spaces around it
# The words that may be a marker ("-ed" forms, listed markers), and before the
# expression also the words that may lead to one ("set for", "to"): the reading
# passes over every other word.
_MARKER_BEFORE = backward_pattern([*SIGNALS, *_SCHEDULED_BY_NEXT, *GIVES_UNTIL, "to", "for"], "ed")


_CLOSED_ASIDE = re.compile(
    r",\s(?:who|whose|which|called|named|dubbed|known\sas)\b[^,;:]*,(?=\s(?:[^,;:]*\s)?$)"
)
_COORDINATORS = frozenset(("and", "but", "or"))
# (and prepositions whose noun a participle may qualify: "fired tear gas on Friday
# ahead of a vote expected next month")
_SUBORDINATORS = frozenset(
    "if unless because although though whereas ahead before after amid despite".split()
)


# A place and its state or country between commas: "in Dayton, Ohio, on Thursday".
_PLACE_COMMAS = re.compile(r",\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,")


# Participles that name a thing planned when a determiner leads them ("a planned march").
_ATTRIBUTIVE_PLANS = frozenset(("planned", "scheduled"))
# (but "ahead of a planned march on Saturday", "for the scheduled vote": ahead)
_AHEAD_LEADS = frozenset(("of", "for", "before", "to", "until", "awaiting"))


def comma_between(text: str, lo: int, hi: int) -> bool:
    """Whether a comma other than those around a place's state stands in text[lo:hi]."""
    at = text.find(",", lo, hi)
    while at >= 0:
        place = _PLACE_COMMAS.match(text, at, hi)
        if place is None:
            return True
        at = text.find(",", place.end(), hi)
    return False


def _last_marker(text: str, lo: int, start: int) -> tuple[float, Signal] | None:
    """(distance, tense) of the marker nearest before `start`, reading back from it.

    The nearest one wins, so the search stops at the first marker found going
    back; only that word's two predecessors are read (for "to be held").
    """
    before = backwards(untitled(text[lo:start]))
    # `search` from the last match, not `finditer`: most windows need one match,
    # and a search costs less than setting up an iterator.
    at = 0
    # Distance of an "until" that counts: it gives the future unless a simple past
    # comes before it ("stood in line until 10 p.m. Tuesday").
    until: int | None = None
    # Distance of a plain verb right after "to": ahead, unless a word before "to" tells.
    infinitive: int | None = None
    # A relative clause closed before the expression ("will meet Bersani, who led the
    # coalition, on Friday", "inflation, which rose, to fall by spring"): not its verbs.
    aside = _CLOSED_ASIDE.search(text, lo, start) if text.find(",", lo, start) >= 0 else None
    while (found := _MARKER_BEFORE.search(before, at)) is not None:
        at = found.end()
        lower = found.group("word")[::-1]
        # Characters between the word and the expression (`before` starts with a space).
        distance = found.start("word") - 1
        if distance + len(lower) > _NEAR_BEFORE and comma_between(text, start - distance, start):
            break  # far back, only a marker of the same clause still reaches
        if aside is not None and aside.start() <= start - distance - len(lower) < aside.end():
            continue
        if lower == "going" and GOING_TO.match(text, start - distance) is None:
            continue  # "The bus was going from Cusco to Arequipa on Tuesday": no plan
        signal = SIGNALS.get(lower)
        if until is not None:
            if lower in GIVES_UNTIL:
                if found.group("previous") == "dah" and found.group("gap") == " ":  # "had"
                    # "had given the company until Wednesday": a deadline of the past's
                    return float(until), "nearest"
                return float(until), "future"  # "gave Bozize until Wednesday": a deadline
            previous = (found.group("previous") or "")[::-1]
            # "The truce held through" (not "will take place in stages held through June")
            held = (
                lower in HELD_FORMS
                and previous not in HELD_AHEAD
                and " will " not in text[lo : start - distance - len(lower)]
            )
            if (lower in SIMPLE_PAST or held) or (
                (lower.endswith("ed") or lower in PAST_FORMS)
                and lower not in MOVED  # "was postponed until the fall": ahead
                and lower not in NO_PAST_BEFORE_UNTIL  # "snow was expected through Friday": ahead
                and found.group("gap") == " "
                and previous in FINITE_ED_LEADS
            ):
                if " and " in text[start - distance : start - until]:
                    return float(until), "future"  # "began March 11 and run through April 30"
                return float(distance), "past"  # "stood in line until", "he stayed until"
            if signal is not None or lower.endswith("ed") or lower == "to":
                # "ordered them to extend the deadline until Monday": the plain verb
                # after "to" is what lasts, and it is ahead.
                return float(until), "future"
            continue
        if lower == "may" and is_month(text, start - distance - len(lower)):
            continue
        if lower == "expected" and found.group("previous") == "naht":  # "than", reversed
            # "rose more than expected", "better-than-expected earnings" (not "As
            # expected, the committee votes on ...", which may still look ahead)
            continue
        if (
            lower in _ATTRIBUTIVE_PLANS
            and found.group("gap") == " "
            and (found.group("previous") or "")[::-1] in DETERMINERS
            and word_before(before, found.end("previous")) not in _AHEAD_LEADS
        ):
            continue  # "called off a planned march on April 17": the plan names the march
        if lower in PLAIN_VERB_MARKERS and found.group("gap") == " " and found["previous"] == "ot":
            infinitive = distance if infinitive is None else infinitive
            continue
        if signal is None:
            if lower.endswith("ed") and len(lower) >= 5 and lower not in NOT_PAST_ED:
                signal = "past"
            elif lower in _SCHEDULED_BY_NEXT:
                following = WORD_RE.search(text, start - distance, start)
                if not _SCHEDULED_BY_NEXT[lower](following.group().lower() if following else ""):
                    continue
                signal = "future"  # "a hearing set for Friday", "he is due in court on Friday"
            elif lower not in ("to", "for"):
                continue
        if signal == "past" and lower not in FINITE_PAST:
            signal = participle_signal(before, found)
            if signal == "future" and RANKED_TO_BE.search(
                text, max(lo, start - distance - len(lower) - 70), start - distance - len(lower)
            ):
                continue  # "the first president to be convicted on Thursday": no future
            foretold = lower in FORETOLD and text.startswith(" of ", start - distance)
            if signal == "past" and foretold:
                signal = "future"  # "forecasters warned of more severe weather on Tuesday"
        elif lower == "expected" and found.group("gap") == " " and found.group("previous") == "dah":
            signal = "past"  # "analysts had expected": an expectation of the past
        elif lower in ("to", "for"):
            previous = (found.group("previous") or "")[::-1]
            # "moved to London from Lagos in May": a move to a place, not a date moved
            relocated = previous in MOVED and moves_no_date(text, start - distance, start)
            if previous == "back" and found.group("gap") == " ":
                previous = word_before(before, found.end("previous"))  # "pushed back to"
            if (previous in MOVED and not relocated) or (
                lower == "to"
                and distance <= 1
                and moved_object_before(text, lo, start - distance - len(lower))
            ):
                # "was postponed to Nov. 20", "rescheduled for Friday", "postponed the
                # hearing to Monday"
                signal = "future"
            elif lower == "to" and previous in LEADS_TO_FUTURE:
                # "is set to begin", "is due to open" (not "were going to Lima")
                following = WORD_RE.search(text, start - distance, start)
                if previous != "going" or (following and following.group()[:1].islower()):
                    signal = "future"
            elif lower == "to" and (
                previous in INTENDS
                or (
                    previous in DATE_WORD_ENDS
                    and (previous := intent_before_date(text, lo, start - distance + 1) or "")
                )
            ):
                following = WORD_RE.search(text, start - distance, start)
                if following is not None:
                    signal = intent_signal(previous, following.group())
            elif lower == "for" and distance == 1 and SET_DAY.match(text, start) is not None:
                # "called a strike for Thursday": a day set aside; one set aside in a
                # past perfect lies in that past ("had scheduled the trial for March 4").
                signal = "past" if had_set(text, lo, start - distance - 3) else "future"
        elif lower in FORECAST and not passive(before, found):
            signal = "past"  # "Nvidia forecast revenue above estimates on Wednesday"
        if lower in NOUNS_TOO and noun_here(text, lo, start - distance - len(lower)):
            continue  # "showed his face on Friday", "a surprise visit on Monday": a noun
        if lower in NEAR_ONLY:
            if (
                distance <= 3
                or text[start - distance : start].split() in _NEAR_ONLY_GAPS
                or TIME_OF_DAY_BEFORE.match(text, start - distance, start) is not None
            ):
                until = distance
                if lower == "through" and opens_clause(text, lo, start - distance - len(lower)):
                    until = None  # "Through September, sales were up": no tense of its own
                elif lower == "through" and PERIOD_THROUGH.search(text, lo, start - distance):
                    # "fell in the week through Wednesday", "is up 2 percent in the week
                    # through Wednesday": a span reported, over (unless a future is told)
                    if FUTURE_BEFORE.search(text, lo, start - distance) is None:
                        return float(distance), "past"
                    until = None
            continue
        if signal is None:
            continue
        return float(distance), signal
    if until is not None:
        return float(until), "future"
    return None if infinitive is None else (float(infinitive), "future")


def tense_near(text: str, start: int, end: int, bounds: tuple[int, int]) -> Tense | None:
    """Tense of the clause around text[start:end], limited to `bounds` (its sentence).

    Returns "past", "future", or None when no marker (or a present-tense one)
    is nearest.
    """
    return as_tense(signal_near(text, start, end, bounds))


def as_tense(signal: Signal | None) -> Tense | None:
    """The tense a signal gives: none for a present-tense one."""
    return signal if signal == "past" or signal == "future" else None


def signal_near(text: str, start: int, end: int, bounds: tuple[int, int]) -> Signal | None:
    """Like `tense_near`, but "present" or "scheduled" when a present-tense marker is
    nearest."""
    # Conditionals, not max() and min(): those cost more than the rest of this block.
    lo = bounds[0] if bounds[0] > start - _BEFORE else start - _BEFORE
    hi = bounds[1] if bounds[1] < end + _AFTER else end + _AFTER
    phrased = phrase_tense(text, lo, start, end)
    if phrased is None or phrased == "nearest":
        voted = vote_signal(text, lo, start, phrased, lambda: _last_marker(text, lo, start))
        if voted is not None:
            return voted
    if phrased is not None:
        return phrased
    best = _last_marker(text, lo, start)
    if (
        best is not None
        and best[1] != "past"
        and _GERUND_CLAUSE.search(text, start - int(best[0]), start) is not None
    ):
        # "will be sentenced Dec. 1, after pleading guilty in June": the plea comes
        # before the sentencing, so the future tells nothing of it (a past would).
        return "present"
    if best is not None and best[0] <= 1:
        reported = reported_subject_verb(text, lo, start, end)
        if reported is not None:
            return reported
    if best is None:
        return signal_after(text, end, hi)
    if best[1] == "future" and (relative := _RELATIVE_AFTER.match(text, end)) is not None:
        verb = relative.group(1)
        if verb not in _AUXILIARY_PAST and (
            verb in SIMPLE_PAST or (verb.endswith("ed") and verb not in NOT_PAST_ED)
        ):
            # "will investigate an attack near Aleppo on Tuesday that killed 25 people":
            # (not "will hold talks on Monday that were scheduled for last week")
            # the day of the thing a past relative clause tells of
            return "past"
    if _FRONTED.search(text, start - 12 if start - 12 > lo else lo, start) is not None:
        # "He met the president, and on Friday he will meet the king": the date opens a
        # clause of its own, whose verb comes after it (or is the one before: "..., and
        # again on Friday"; "will remain closed on Monday, and on Tuesday, officials
        # said": a saying after it, of its own time, tells nothing)
        ahead = signal_after(text, end, hi)
        if ahead is not None and ahead != "past":
            return ahead
    # A word after the expression wins only when it starts closer than that marker
    # (counting 1.5 a character). Mostly none does, so the words are read one by
    # one, up to the first that starts too far off.
    at = end
    while (found := WORD_RE.search(text, at, hi)) is not None:
        at, word_at = found.end(), found.start()
        if (word_at - end) * 1.5 >= best[0] or text[word_at - 1] in _QUOTE_OPENS:
            break  # (nor a quoted title's: "appeared on Sunday's "Face the Nation" show")
        lower = found.group().lower()
        if lower in _COORDINATORS or lower in _SUBORDINATORS:
            # "won the race on Sunday and will replace him", "would stop lending on
            # Monday if talks failed": another verb's
            break
        if (
            best[1] == "past"
            and word_at - end <= 1
            and (best[0] <= REDUCED_GAP or in_relative_clause(text, lo, start - int(best[0])))
        ):
            # "The rules announced on Monday will take effect", "Cuts that took effect on
            # March 1 will hurt": the verb after is the main clause's
            break
        if lower in NOUNS_TOO and lower[-1] == "s":
            continue  # "unveiled on Tuesday plans to cut jobs": the verb's object
        if lower in AS_PLANNED and text.endswith(" as ", end, word_at):
            continue
        signal = after_marker(text, lower, word_at, end)
        if signal is None:
            continue
        # With a verb before it, words past the next comma or "that" belong to another
        # clause ("the plan, announced in late January, would take effect"). A stop
        # that starts before this word ends before `_LONGEST_STOP` after its start.
        stop = _CLAUSE_STOP.search(text, end, min(hi, word_at + _LONGEST_STOP))
        if stop is not None and stop.start() < word_at:
            break
        return signal
    return best[1]


_AUXILIARY_PAST = frozenset(("was", "were", "did", "had"))
_RELATIVE_AFTER = re.compile(r"\s(?:that|which)\s([a-z]{4,})\b")
# A date that opens a clause joined by "and" or "but": ", and on Friday", ", but in June".
_FRONTED = re.compile(r",\s(?:and|but)\s(?:(?:on|in|by|at|during|from)\s)?$")
_QUOTE_OPENS = frozenset('"“')
# "is going to resign", "nervous going into the weekend" (not "going from Cusco")
GOING_TO = re.compile(r"\s(?:to\s[a-z]|into\s)")
# A clause of its own between a verb and the expression: "after pleading guilty in"
# (not "before easing on Thursday", after the verb's time), or a reason: ", citing".
_GERUND_CLAUSE = re.compile(r"\b(?:after|since)\s[a-z]+ing\b|,\s(?:citing|blaming)\s")
