"""The quick readings of tense and of the word before a date agree with the plain ones.

`tense` finds its markers with patterns over the reversed window
(`tense_words`) and reads after a date only as far as a word may win;
`nearby_words.word_before` reads a plain word without its regex. Each is
checked here against the plain reading it replaced: split the whole window
into words, then walk them.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.news import nearby_words, tense, tense_after, tense_leads, tense_words
from bot.news.temporal_lexicon import (
    AUXILIARIES,
    BASE_FORM_AFTER,
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
    MODALS,
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
from bot.news.tense_phrases import phrase_tense, reported_subject_verb
from bot.news.tense_votes import vote_signal
from bot.news.tense_words import (
    BE_FORMS,
    backward_pattern,
    backwards,
    forwards,
    untitled,
    word_before,
    word_pattern,
)

_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")


def _split_words(window: str) -> tuple[list[str], list[str]]:
    parts = _WORD_SPLIT.split(window)
    return parts, [word.lower() for word in parts[1::2]]


def _plain_marker(lower: str) -> str | None:
    signal = tense_after.SIGNALS.get(lower)
    if signal is None and lower.endswith("ed") and len(lower) >= 5 and lower not in NOT_PAST_ED:
        return "past"
    return signal


def _plain_last_marker(text: str, lo: int, start: int) -> tuple[float, tense.Tense | None] | None:
    parts, words = _split_words(untitled(text[lo:start]))
    until: float | None = None  # an "until" that counts, unless a simple past comes first
    infinitive: float | None = None  # a plain verb right after "to"
    aside = tense._CLOSED_ASIDE.search(text, lo, start)
    for index in range(len(words) - 1, -1, -1):
        lower = words[index]
        signal = _plain_marker(lower)
        distance = float(start - lo - sum(map(len, parts[: 2 * index + 2])))
        word_start = lo + sum(map(len, parts[: 2 * index + 1]))
        found = signal is not None or lower in (*tense._SCHEDULED_BY_NEXT, "to", "for")
        if (
            (found or lower.endswith("ed"))
            and distance + len(lower) > tense._NEAR_BEFORE
            and tense.comma_between(text, start - int(distance), start)
        ):
            break  # a marker far back counts only in the same clause
        if aside is not None and aside.start() <= word_start < aside.end():
            continue  # "will meet Bersani, who led the coalition, on Friday"
        if lower == "going" and tense.GOING_TO.match(text, word_start + len(lower)) is None:
            continue
        if until is not None:
            if lower in GIVES_UNTIL:
                had = index >= 1 and words[index - 1] == "had" and parts[2 * index] == " "
                return until, "nearest" if had else "future"
            previous = words[index - 1] if index >= 1 else ""
            held = (
                lower in HELD_FORMS
                and previous not in HELD_AHEAD
                and " will " not in text[lo:word_start]
            )
            if (lower in SIMPLE_PAST or held) or (
                (lower.endswith("ed") or lower in PAST_FORMS)
                and lower not in MOVED
                and lower not in tense_words.NO_PAST_BEFORE_UNTIL
                and index >= 1
                and parts[2 * index] == " "
                and words[index - 1] in FINITE_ED_LEADS
            ):
                if " and " in text[start - int(distance) : start - int(until)]:
                    return until, "future"
                return distance, "past"
            if signal is not None or lower.endswith("ed") or lower == "to":
                return until, "future"
            continue
        if lower == "may" and text.startswith("May", lo + sum(map(len, parts[: 2 * index + 1]))):
            continue
        if lower == "expected" and index >= 1 and words[index - 1] == "than":
            continue
        if (
            lower in tense._ATTRIBUTIVE_PLANS
            and index >= 1
            and parts[2 * index] == " "
            and words[index - 1] in DETERMINERS
            and (words[index - 2] if index >= 2 else "") not in tense._AHEAD_LEADS
        ):
            continue
        if (
            lower in PLAIN_VERB_MARKERS
            and index >= 1
            and parts[2 * index] == " "
            and words[index - 1] == "to"
        ):
            infinitive = distance if infinitive is None else infinitive
            continue
        if signal is None and lower in tense._SCHEDULED_BY_NEXT:
            following = words[index + 1] if index + 1 < len(words) else ""
            if not tense._SCHEDULED_BY_NEXT[lower](following):
                continue
            signal = "future"
        elif signal is None and lower not in ("to", "for"):
            continue
        before = [words[index - 2] if index >= 2 else "", words[index - 1] if index >= 1 else ""]
        intent = before[1]
        if lower == "to" and intent not in INTENDS and intent in DATE_WORD_ENDS:
            # "voted last week to close": the intent before the date
            intent = tense_leads.intent_before_date(text, lo, start - int(distance) + 1) or ""
        if signal == "past" and lower not in FINITE_PAST:
            word = before[1]
            if parts[2 * index] == " " and (word in BASE_FORM_AFTER or word in DETERMINERS):
                continue
            if word in DETERMINERS and tense_leads.YEAR_GAP.fullmatch(parts[2 * index]):
                continue  # "its 2012 audited accounts"
            if tense_leads.COUNT_GAP.fullmatch(parts[2 * index]):
                continue  # "40 seized boats"
            if parts[2 * index] == " " and (
                word in tense_leads._LINKING_VERBS
                or (word.endswith("ly") and before[0] in tense_leads._LINKING_VERBS)
            ):
                continue  # "will also remain closed", "will remain temporarily closed"
            if index >= 1 and word and word not in AUXILIARIES:
                if parts[2 * index] == " " and before[0] in MODALS:
                    continue  # "will tour damaged areas"
                following = words[index + 1] if index + 1 < len(words) else ""
                # The lower-case ASCII letters that open the next word, up to a word's
                # end ("poultry" of "poultry'"; none of "poultryİ").
                written = parts[2 * index + 3] if 2 * index + 3 < len(parts) else ""
                # (lower-case as the parse reads it: ASCII letters only)
                written = "".join(c.lower() if "A" <= c <= "Z" else c for c in written)
                after_next = parts[2 * index + 4][:1] if 2 * index + 4 < len(parts) else ""
                run = re.match(r"[a-z]+", written)
                following = run.group() if run else ""
                end_char = written[len(following) : len(following) + 1] or after_next
                if end_char.isalnum() or end_char == "_":
                    following = ""  # no word ends there
                noun_next = (
                    parts[2 * index + 2] == " "
                    and following.islower()
                    and following not in tense_leads._NOT_NOUNS
                    and not following.endswith("ly")
                )
                if noun_next and (
                    (parts[2 * index] == " " and before[0] == "to")
                    or (parts[2 * index] == " " and tense_leads._GERUND.fullmatch(word))
                    or (
                        parts[2 * index] == "-"
                        and before[0] in DETERMINERS
                        and word not in tense_leads.PREFIXES
                    )
                ):
                    continue  # "to publish revised figures", "his long-delayed budget"
            if parts[2 * index] == " " and index >= 1 and before[0] in tense_leads.WANTS:
                signal = "future"
            else:
                by_next = index + 1 < len(words) and words[index + 1] == "by"
                if (
                    by_next
                    and lower in tense_leads.SEQUENCE_PARTICIPLES
                    and parts[2 * index].endswith(", ")
                    and parts[2 * index + 2] == " "
                    and parts[2 * index + 4][:1] in (" ", "")  # the window may end after "by"
                ):
                    continue
                if parts[2 * index] == "-" and lower in tense_leads.COMPOUND_ADJECTIVES:
                    continue
                prefixed = parts[2 * index] == "-" and word in tense_leads.PREFIXES  # "re-elected"
                if word.endswith("ly") and before[0] in DETERMINERS:
                    continue
                word = before[0] if word.endswith("ly") or word == "not" or prefixed else word
                if (
                    word in ("or", "and")
                    and parts[2 * index] == " "
                    and index >= 3
                    and parts[2 * index - 2] == " "
                    and parts[2 * index - 4] == " "
                    and words[index - 2].endswith("ed")
                    and words[index - 3] == "be"
                ):
                    word = "be"  # "will be closed or merged by March"
                settled = (
                    word == "be"
                    and before[1] == "be"
                    and index >= 3
                    and parts[2 * index] == " "
                    and words[index - 2] == "to"
                    and parts[2 * index - 2] == " "
                    and parts[2 * index - 4] == " "
                    and words[index - 3] in tense_leads._SETTLED
                    and not (
                        index >= 4
                        and parts[2 * index - 6] == " "
                        and words[index - 4] in ("has", "have")
                    )
                )
                signal = (
                    "present"
                    if settled
                    else {
                        "be": "future",
                        "being": None,
                        "is": "present",
                        "are": "present",
                        "has": "present",
                        "have": "present",
                    }.get(word, "past")
                )
            word_start = lo + sum(map(len, parts[: 2 * index + 1]))
            if signal == "future" and tense_leads.RANKED_TO_BE.search(
                text, max(lo, word_start - 70), word_start
            ):
                continue
            word_end = lo + sum(map(len, parts[: 2 * index + 2]))
            if signal == "past" and lower in FORETOLD and text.startswith(" of ", word_end):
                signal = "future"
        elif lower == "expected" and before[1] == "had" and parts[2 * index] == " ":
            signal = "past"
        elif lower in ("to", "for") and (
            (
                (
                    before[1] in MOVED
                    or (before[1] == "back" and parts[2 * index] == " " and before[0] in MOVED)
                )
                and not (
                    before[1] in MOVED
                    and tense_words.moves_no_date(text, start - int(distance), start)
                )
            )
            or (
                lower == "to"
                and distance <= 1
                and tense_leads.moved_object_before(
                    text, lo, lo + sum(map(len, parts[: 2 * index + 1]))
                )
            )
            or (
                lower == "to"
                and before[1] in LEADS_TO_FUTURE
                and (
                    before[1] != "going"
                    or (index + 1 < len(words) and parts[2 * index + 3][:1].islower())
                )
            )
            or (
                lower == "to"
                and intent in INTENDS
                # the word as written: "to Monday" leads to no verb
                and tense_leads.intent_signal(
                    intent, parts[2 * index + 3] if index + 1 < len(words) else ""
                )
                == "future"
            )
            or (lower == "for" and distance == 1 and SET_DAY.match(text, start))
        ):
            signal = "future"
            if lower == "for" and distance == 1 and before[1] not in MOVED:
                word_start = lo + sum(map(len, parts[: 2 * index + 1]))
                if tense_leads.had_set(text, lo, word_start):
                    signal = "past"
        elif (
            lower == "to"
            and intent in INTENDS
            and tense_leads.intent_signal(
                intent, parts[2 * index + 3] if index + 1 < len(words) else ""
            )
            == "present"
        ):
            signal = "present"
        elif lower in tense_after.FORECAST:
            word = before[0] if before[1].endswith("ly") else before[1]
            if not (parts[2 * index] == " " and word in BE_FORMS):
                signal = "past"
        word_start = lo + sum(map(len, parts[: 2 * index + 1]))
        if lower in NOUNS_TOO and noun_here(text, lo, word_start):
            continue
        if lower in tense_after.NEAR_ONLY:
            near = (
                distance <= 3
                or text[start - int(distance) : start].split() in tense._NEAR_ONLY_GAPS
                or TIME_OF_DAY_BEFORE.match(text, start - int(distance), start)
            )
            lead = "".join(parts[: 2 * index + 1]).rstrip()
            if lower == "through" and (not lead or lead[-1] in ",;:"):
                near = False
            elif (
                near
                and lower == "through"
                and tense_words.PERIOD_THROUGH.search(
                    text, lo, lo + len("".join(parts[: 2 * index + 2]))
                )
            ):
                through_end = lo + len("".join(parts[: 2 * index + 2]))
                if not tense_words.FUTURE_BEFORE.search(text, lo, through_end):
                    return distance, "past"  # "fell in the week through Wednesday"
                near = False
            until = distance if near else None
            continue
        if signal is None:
            continue
        return distance, tense.as_tense(signal)
    if until is not None:
        return until, "future"
    return None if infinitive is None else (infinitive, "future")


def _plain_tense_near(text: str, start: int, end: int, bounds: tuple[int, int]) -> str | None:
    lo = max(bounds[0], start - tense._BEFORE)
    hi = min(bounds[1], end + tense._AFTER)
    # The phrases that settle a tense outright are read as the parse reads them.
    phrased = phrase_tense(text, lo, start, end)
    if phrased is None or phrased == "nearest":
        voted = vote_signal(text, lo, start, phrased, lambda: tense._last_marker(text, lo, start))
        if voted is not None:
            return tense.as_tense(voted)
    if phrased is not None:
        return tense.as_tense(phrased)
    best = _plain_last_marker(text, lo, start)
    if (
        best is not None
        and best[1] != "past"
        and tense._GERUND_CLAUSE.search(text, start - int(best[0]), start)
    ):
        return None
    if best is not None and best[0] <= 1:
        reported = reported_subject_verb(text, lo, start, end)
        if reported is not None:
            return tense.as_tense(reported)
    relative = tense._RELATIVE_AFTER.match(text, end)
    if best is not None and best[1] == "future" and relative is not None:
        verb = relative.group(1)
        if verb not in tense._AUXILIARY_PAST and (
            verb in SIMPLE_PAST or (verb.endswith("ed") and verb not in NOT_PAST_ED)
        ):
            return "past"  # "will investigate an attack on Tuesday that killed 25 people"
    if best is not None and tense._FRONTED.search(text, max(lo, start - 12), start):
        ahead = _plain_after(text, lo, start, end, hi, None)
        if ahead is not None and ahead[1] != "past":
            return tense.as_tense(ahead[1])
    found = _plain_after(text, lo, start, end, hi, best)
    return None if found is None else tense.as_tense(found[1])


def _plain_after(
    text: str, lo: int, start: int, end: int, hi: int, best: tuple[float, str | None] | None
) -> tuple[float, str | None] | None:
    """The nearest marker: `best` (before the expression) or the first one after it."""
    if best is not None:
        stop = tense._CLAUSE_STOP.search(text, end, hi)
        hi = stop.start() if stop else hi
        space = text.find(" ", min(hi, end + int(best[0] / 1.5)), hi)
        hi = space if space >= 0 else hi
    else:
        next_clause = tense_after.NEXT_CLAUSE.search(text, end, hi)
        hi = next_clause.start() if next_clause else hi
    parts, words = _split_words(text[end:hi] if best is not None else untitled(text[end:hi]))
    for index, lower in enumerate(words):
        if best is not None and (lower in tense._COORDINATORS or lower in tense._SUBORDINATORS):
            break
        at = sum(map(len, parts[: 2 * index + 1]))
        if best is not None and text[end + at - 1] in ('"', "“"):
            break  # a quoted title's words are not the clause's
        if (
            best is not None
            and best[1] == "past"
            and at <= 1
            and (
                best[0] <= tense_leads.REDUCED_GAP
                or tense_leads.in_relative_clause(text, lo, start - int(best[0]))
            )
        ):
            break
        signal = _plain_marker(lower)
        have = text.startswith(" have ", end + at + len(lower))
        if signal == "future" and have and not text.startswith(" have to ", end + at + len(lower)):
            signal = "past"  # "in January may have been caused"
        be_before = index >= 1 and words[index - 1] == "be" and parts[2 * index] == " "
        if lower in tense_after.FORECAST and not be_before:
            # "on Tuesday forecast lower profit" (not "on Friday forecast to reach 40C")
            ahead = text.startswith(tense_after.FORECAST_FOR, end + at + len(lower))
            signal = "future" if ahead else "past"
        if signal == "past" and lower not in tense_after.SIGNALS and be_before:
            signal = "future"
        if signal is None or lower in tense_after.NEAR_ONLY:
            continue
        if (
            index >= 1
            and words[index - 1] == "to"
            and parts[2 * index] == " "
            and parts[2 * index - 2].endswith(" ")
        ):
            continue
        if lower in NOUNS_TOO and noun_here(text, end, end + at):
            continue
        if lower == "expected" and text[max(end, end + at - 5) : end + at].lower().endswith(
            ("than ", "than-", " as ")
        ):
            continue
        if best is not None and lower in NOUNS_TOO and lower[-1] == "s":
            continue
        if (
            best is not None
            and lower in tense_after.AS_PLANNED
            and text[end : end + at].endswith(" as ")
        ):
            continue  # "took place on Thursday as planned"
        if lower == "may" and text.startswith("May", end + at):
            continue
        if best is None or at * 1.5 < best[0]:
            best = (at * 1.5, signal)
        break
    return best


# Words that steer the reading, in several cases, and what may stand between them.
_STEERING = sorted(
    {*sorted(tense_after.SIGNALS)[::9], *NOT_PAST_ED, *MOVED, *LEADS_TO_FUTURE}
    | {*sorted(INTENDS)[::5], "leave", "a", "its", *GIVES_UNTIL, "voted", "approve", "hearing"}
    | {"top-seeded", "newly", "elected", "Saudi-led", "approved", "by", "wants", "held"}
    | {*BASE_FORM_AFTER, *DETERMINERS, *tense_after.NEAR_ONLY, *tense._STOP_WORDS}
    | {"to", "for", "set", "due", "be", "being", "is", "are", "says", "said", "was", "held"}
    | {"may", "officially", "since", "announced", "shed", "ed", "bed", "'ll", "won't", "dogs'"}
    | {"in", "on", "an", *sorted(NOUNS_TOO)[::3]}
)
# Phrases that the rules read whole.
_PHRASES = [
    "is officially reported",
    "will be held",
    "to be signed",
    "was postponed to",
    "is set to",
    "has promised to leave",
    "agreed to a deal",
    "set for",
    "due in court on",
    "expect a cut on",
    "will  cut",
    "until an",
    "until the",
    "he stayed until",
    ", followed by",
    "warned of",
    "was followed by",
    "said in a statement",
    "must be reached",
    "had expected",
    "his return on",
    "Through",
    "as early as",
    "as soon as",
    ", through",
    "funded through",
    "is not agreed",
    "after pleading",
    ", and the",
    "allowed to return",
    "flew to meet",
    "the first president to be convicted",
    "until at least",
    "until no later than",
    "until after the",
    "had scheduled the trial for",
    "to be re-elected",
    "ordered them to extend",
    "is forecast for",
    "Nvidia forecast",
    "are widely predicted",
    "won the race on Monday and will",
    "since his re-election in",
    "takes effect on",
    "and",
    "but",
    ", and on",
    ", but in",
    "its 2012 audited",
    "that killed",
    "culling infected poultry",
    "called off a planned",
    "the scheduled",
    "had given them until",
    "agreed to be acquired",
    "has agreed to be",
    "ahead of a planned",
    "will be closed or merged",
    "were closed and",
    "be",
    "or",
    "who hands over",
    "as planned",
    "took place",
    "the week through",
    "return 40 seized",
    "2,000 stranded",
    "months through",
]
_WORD = st.sampled_from(_STEERING).flatmap(
    lambda word: st.sampled_from([word, word.capitalize(), word.upper(), f"'{word}", word + "ed"])
) | st.sampled_from(_PHRASES)
_GAP = st.sampled_from(
    [
        *(" ", " ", " ", " ", "  ", ", ", ",", "; ", ":", " (", "(", ") ", "'", " ' ", "’"),
        *(" -- ", "\n", "\u00a0", "-", " 2018 ", " Monday ", "İ", "é", "\u212a", " Since "),
    ]
)


def _text(most: int) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(_WORD, _GAP), max_size=most).map(
        lambda pairs: "".join(word + gap for word, gap in pairs)
    )


_TEXT = _text(40)


@st.composite
def _text_and_span(draw: st.DrawFn) -> tuple[str, int, int, tuple[int, int]]:
    if draw(st.booleans()):
        # Anywhere in any text...
        text = draw(_TEXT)
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 15)))
    else:
        # ...or a date among few words, where each of them counts.
        before, after = draw(_text(8)), draw(_text(6))
        date = draw(st.sampled_from(["Monday", "June 4", "2018", "May", "next week", ""]))
        text = before + date + after
        start, end = len(before), len(before) + len(date)
    bounds = (draw(st.integers(0, start)), draw(st.integers(end, len(text))))
    return text, start, end, bounds


@settings(max_examples=1000, deadline=None)
@given(_text_and_span())
@example(("said the plan would take effect Monday, they said", 32, 38, (0, 50)))
@example(("the hearing was postponed to Monday that it said", 29, 35, (0, 48)))
@example(("x 'll Monday will", 6, 12, (0, 17)))
@example(("dogs' to Monday", 9, 15, (0, 15)))
@example(("showed his face on Monday", 19, 25, (0, 25)))
@example(("began on Monday with a visit", 9, 15, (0, 28)))
@example(("unveiled on Monday plans to cut", 12, 18, (0, 31)))
@example(("had scheduled the trial for Monday", 28, 34, (0, 34)))
@example(("had  set it for Monday", 16, 22, (0, 22)))
@example(("Monday a. visit", 0, 6, (0, 15)))
@example(("said on Monday,will", 8, 14, (0, 19)))
@example(("Monday May", 0, 6, (0, 10)))
@example(("set for Monday", 8, 14, (1, 14)))
@example(("they stood until 5 p.m. Monday", 24, 30, (0, 30)))
@example(("the shops closed until noon Monday", 28, 34, (0, 34)))
@example(("vote to Monday Monday", 15, 21, (0, 21)))
@example(("made a surprise visit on Monday", 25, 31, (0, 31)))
@example(("rose on Monday, more than expected", 8, 14, (0, 34)))
@example(("better-than-expected on Monday", 24, 30, (0, 30)))
@example(("rules announced on Monday will take", 19, 25, (0, 35)))
@example(("announced on Monday plans to cut", 13, 19, (0, 32)))
@example(("he was held until Monday", 18, 24, (0, 24)))
@example(("met him, and on Monday he will go", 16, 22, (0, 33)))
@example(("was postponed to 2018 was 2018 give until an ", 42, 42, (0, 42)))
@example(("will start culling infected poultry on Monday", 39, 45, (0, 45)))
@example(("culling infected poultry\u0130Monday", 25, 31, (0, 31)))
@example(("culling infected poultry'Monday", 25, 31, (0, 31)))
@example(("culling infected poultry'sMonday", 26, 32, (0, 32)))
@example(("has promised to leave abouted Monday Monday", 37, 43, (0, 43)))
@example(
    (
        "will play a first game against the winner of the play-in game held in Dayton, Ohio, "
        "on Monday",
        87,
        93,
        (0, 93),
    )
)
@example(("will publish its 2012 audited accounts on Monday", 42, 48, (0, 48)))
@example(("will be closed or merged by Monday", 28, 34, (0, 34)))
@example(("took place on Monday as planned", 14, 20, (0, 31)))
@example(("pulled funds in the week through Monday", 33, 39, (0, 39)))
@example(("snow was expected through Monday", 26, 32, (0, 32)))
@example(("moved to London from Lagos in May", 30, 33, (0, 33)))
@example(("would return 40 seized boats on Monday", 32, 38, (0, 38)))
@example(("Through Monday, sales were up", 8, 14, (0, 29)))
@example(("open on Monday as planned", 8, 14, (0, 25)))
@example(("were closed or merged on Monday", 25, 31, (0, 31)))
@example(("be   closed or merged on Monday", 25, 31, (0, 31)))
@example(("will examine the attack on Monday that killed", 27, 33, (0, 45)))
@example(("'ll will be held 'll is forecast for ", 7, 22, (0, 32)))
@example(
    (
        "'ll 2018 set for Monday will  cut funded through Saudi-led was postponed to ",
        76,
        76,
        (0, 76),
    )
)
def test_tense_near_reads_as_the_split_words(case: tuple[str, int, int, tuple[int, int]]) -> None:
    assert tense.tense_near(*case) == _plain_tense_near(*case)


_MARKERS = frozenset({"to", "for", "will", "was", "held", "may", "won't"})


@settings(max_examples=500, deadline=None)
@given(_TEXT)
@example("''to x''to dogs' to ed'ed")
def test_patterns_find_the_words_split_finds(window: str) -> None:
    tokens = [(match.start(), match.group().lower()) for match in WORD_RE.finditer(window)]
    wanted = [(at, word) for at, word in tokens if word in _MARKERS or word.endswith("ed")]
    forward = word_pattern(_MARKERS, "ed").finditer(forwards(window))
    assert [(found.start("word") - 1, found.group("word")) for found in forward] == wanted
    reversed_text = backwards(window)
    found_back = list(backward_pattern(_MARKERS, "ed").finditer(reversed_text))
    assert [
        (len(reversed_text) - found.end(), found.group("word")[::-1]) for found in found_back
    ] == (wanted[::-1])
    for found in found_back:
        index = [at for at, _ in tokens].index(len(reversed_text) - found.end())
        gap_start = index and tokens[index - 1][0] + len(tokens[index - 1][1])
        assert found.group("gap")[::-1] == forwards(window)[1:][gap_start : tokens[index][0]]
        assert (found.group("previous") or "")[::-1] == (tokens[index - 1][1] if index else "")
        if index:
            further = tokens[index - 2][1] if index >= 2 else ""
            assert word_before(reversed_text, found.end("previous")) == further


def _plain_word_before(text: str, start: int) -> str:
    match = nearby_words._LAST_WORD.search(text[max(0, start - nearby_words.WINDOW) : start])
    return match.group(1).lower() if match else ""


@settings(max_examples=500, deadline=None)
@given(_TEXT.flatmap(lambda text: st.tuples(st.just(text), st.integers(0, len(text)))))
@example(("Mr. Smith said", 10))
@example(("a" * 45 + " Monday", 46))
def test_word_before_reads_as_its_regex(case: tuple[str, int]) -> None:
    assert nearby_words.word_before(*case) == _plain_word_before(*case)
