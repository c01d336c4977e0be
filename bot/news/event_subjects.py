"""An event text that opens with "it", "its", "they" or "their", told of what the
sentence before opens with: "Vaccine maker Bavarian Nordic said it could supply
10 million doses. Its shares rose 12% on Wednesday." -> "Bavarian Nordic's shares
rose 12%" (a timeline entry is read without the sentence before it).

Only a short noun phrase that opens that sentence and ends at its verb or at an
apposition's comma stands in ("The stock has fallen 20%. It traded at $45" ->
"The stock traded at $45"); "it" before "is", "was" and the like may point
ahead ("It is unclear whether ..."), so it stays.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from bot.news.boilerplate import dateline_end
from bot.news.nearby_words import FUNCTION_WORDS
from bot.news.speaker_phrases import verb_like

# The pronouns and what the noun phrase takes in their place ("Its" -> "X's").
_POSSESSIVE = {"it": False, "they": False, "its": True, "their": True}
# After "it" these may open a clause about what follows ("It is unclear whether").
_MAY_POINT_AHEAD = frozenset(
    "is was 's would should could might may seems seemed appears appeared remains".split()
)
_NOT_SUBJECTS = frozenset(
    """it its they their he she his her we this that these those there here which who
    what one some all both each many most last earlier later meanwhile however also
    but and so yet""".split()
)
_SUBJECT_WORDS = 5
_QUOTES = "\"“”'‘’"


_PLACE_BASED = re.compile(r"The\s(?:[A-Z][\w.'-]*,?\s){0,4}?[A-Z][\w.'-]*-based\s([a-z]+)\b")


_OPENING_ADVERBS = frozenset(
    "however meanwhile still instead also thus moreover earlier later then yet".split()
)


def _opening_subject(sentence: str) -> str | None:
    """The noun phrase a sentence opens with, up to its verb or a comma ("Vaccine
    maker Bavarian Nordic" of "Vaccine maker Bavarian Nordic said ..."), or None."""
    based = _PLACE_BASED.match(sentence)
    if based is not None:
        return f"The {based.group(1)}"  # "The San Mateo, Calif.-based company": the company
    words: list[str] = []
    for raw in sentence.split(None, _SUBJECT_WORDS + 1):
        word = raw.strip(_QUOTES)
        bare = word.rstrip(",")
        lower = bare.lower()
        if words and verb_like(lower):
            break  # the phrase ends at its verb
        if (
            not bare.replace("-", "").replace(".", "").replace("&", "").isalnum()
            or (lower in FUNCTION_WORDS and not (lower == "the" and not words))
            or lower in _NOT_SUBJECTS
            or any(ch.isdigit() for ch in bare)
        ):
            return None
        words.append(bare)
        if word != bare:
            if len(words) == 1 and (lower.endswith("ly") or lower in _OPENING_ADVERBS):
                return None  # "Separately, it said ...": no subject
            break  # "UnitedHealth Group, the parent company, canceled": before the aside
        if len(words) > _SUBJECT_WORDS:
            return None
    if not words or not words[0][:1].isupper() or words == ["The"]:
        return None
    # "Vaccine maker Bavarian Nordic": the name after the words that describe it.
    lowered = [i for i, w in enumerate(words) if w.islower()]
    if lowered and lowered[-1] < len(words) - 1 and words[0] != "The":
        words = words[lowered[-1] + 1 :]
    return " ".join(words)


def _sentence_before(
    paragraphs: Sequence[str], index: int, sentences: Sequence[tuple[int, int]], start: int
) -> str | None:
    """The sentence before the one holding `start` in paragraph `index`; for the first
    sentence, the last of the paragraph before."""
    at = bisect.bisect_right(sentences, (start, len(paragraphs[index]) + 1)) - 1
    if at > 0:
        lo, hi = sentences[at - 1]
        return paragraphs[index][lo:hi]
    if at == 0 and index > 0:
        previous = paragraphs[index - 1].rstrip()
        cut = max(previous.rfind(". ", 0, len(previous) - 1), previous.rfind("? "))
        return previous[cut + 2 :] if cut >= 0 else previous
    return None


def _own_reporter(
    paragraph: str, sentences: Sequence[tuple[int, int]], start: int, pronoun: str
) -> str | None:
    """The sentence holding `start` when the pronoun opens what it reports ("United
    said in a statement on Friday that its sales rose in February": United's)."""
    at = bisect.bisect_right(sentences, (start, len(paragraph) + 1)) - 1
    if at < 0:
        return None
    lo = sentences[at][0]
    reported = _REPORTED.search(paragraph, lo, start)
    if reported is None or reported.group(1).lower() != pronoun:
        return None
    # "Separately, the Conference Board said ...": the words before the verb after a comma
    lead = paragraph.rfind(", ", lo, reported.start())
    said = paragraph[lead + 2 if lead >= 0 else lo : sentences[at][1]]
    return said[:1].upper() + said[1:]


_REPORTED = re.compile(r"\b(?:said|says|announced|reported)\b[^.;:\"“”]*?\bthat\s(\w+)\s")


# Verbs after an "it" that stands for no one ("it took firefighters until Friday"), and
# those after which it may ("said that it was unclear").
_WEATHER_OR_TIME = frozenset("took takes take snowed rained snows rains".split())
_DUMMY_VERBS = _WEATHER_OR_TIME | frozenset(
    "is was will would could may might seems seemed appears appeared remains remained".split()
)


def told_of_subject(
    told: str,
    paragraphs: Sequence[str],
    index: int,
    sentences: Sequence[tuple[int, int]],
    start: int,
    people: Sequence[str] = (),
) -> str:
    """`told` with an opening "it", "its", "they" or "their" replaced by the noun
    phrase that opens the sentence before the expression at `start`, unless that
    names one of `people` ("President Barack Obama is due to land on Wednesday. It
    will be his first visit": "it" is the visit, never a person)."""
    first, _, rest = told.partition(" ")
    pronoun = first.lower()
    if pronoun not in _POSSESSIVE or not rest:
        return told
    if pronoun == "it" and rest.split(" ", 1)[0].lower() in _MAY_POINT_AHEAD:
        return told
    # (not "said that it took firefighters until Friday", "that it snowed": no one's)
    words = rest.lower().split(None, 2)
    if pronoun == "it" and (
        words[0] in _WEATHER_OR_TIME or (words[0] in ("has", "had") and words[1:2] == ["been"])
    ):
        return told  # "it took firefighters until Friday", "it snowed": no one
    own = pronoun != "it" or words[0] not in _DUMMY_VERBS  # ("said that it was unclear")
    before = _own_reporter(paragraphs[index], sentences, start, pronoun) if own else None
    if before is None:
        before = _sentence_before(paragraphs, index, sentences, start)
    if before:
        before = before[dateline_end(before) :]  # "NEW YORK (Reuters) - Apple Inc. said"
    subject = _opening_subject(before) if before else None
    if subject is None or any(subject == n or subject.endswith(" " + n) for n in people):
        return told
    plural = subject[-1:] == "s" and subject[-2:] != "ss" and subject.split()[-1].islower()
    if plural != pronoun.startswith("the"):
        return told  # "The shares fell. It ...": not the thing meant
    if _POSSESSIVE[pronoun]:
        subject += "'" if plural else "'s"
    return f"{subject} {rest}"
