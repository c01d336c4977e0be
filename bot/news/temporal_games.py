"""Words of games and buildings around numbers that look like dates.

A quarter or half of a game ("a field goal in the third quarter") and an
ordinal among holes, laps, innings or floors ("birdied on the 18th") are no
dates; `temporal_filters` drops such candidates when these words are near.
"""

from __future__ import annotations

import re

# Words of a game told in quarters and halves: "a field goal in the third quarter".
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|halftime|half-time|quarterbacks?|free\s+throws?"
    r"|three-pointers?|rebounds|interceptions?|fumbled?|\d+-yard|yards|layups?|dunks?|buzzer"
    r"|scored\s+\d+|(?:led|trailed)\s+(?:by\s+)?\d{1,3}-\d{1,3}|tied\s+the\s+game"
    # "scored twice in the second half", "trailed by 27 points in the third quarter",
    # "opened the scoring" (not "scored record sales", "fell 200 points": business too)
    r"|outscored|scored\s+(?:twice|again|once|a\s+goal|the\s+winner)|goals?"
    r"|(?:trailed|led)\s+by\s+\d+(?!\d|\s*(?:percent|per\s+cent|%))|the\s+scoring|sent\s+off"
    r"|pulled\s+away|(?:down|up)\s+\d{1,3}-\d{1,3}|had\s+\d{1,2}\s+points|scored\s+(?:in|early|late)"
    r"|conceded\s+(?:twice|once|a\s+goal|\w+\s+goals)|\d-pointers?"
    r"|equali[sz](?:ed|er|ing)|penalt(?:y|ies)|overtime|assists?|(?:in|at)\s+the\s+break"
    # "was substituted in the second half", "came on in the second half", "limped off"
    r"|substituted|came\s+on|limped\s+off|(?:a|the)\s+header|the\s+(?:opener|equali[sz]er)"
    # "beat Duke 86-84", "Miami's 99-94 win", "the second-half kickoff", "tore a hamstring
    # in the first quarter" (not "could hamstring growth", "beat estimates for 2012-13")
    r"|(?:beat|defeated|edged|routed|downed)\s(?:the\s)?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}"
    r"\s\d{1,3}-\d{1,3}(?!\d)|(?<!\d)\d{1,3}-\d{1,3}\s+(?:win|victory|loss|defeat|halftime)"
    r"|(?:second-half|opening)\s+kickoff|kickoff\s+return|locker\s+room"
    r"|(?:his|her|a|strained|torn|pulled)\s+(?:hamstring|groin)|sprained)\b",
    re.IGNORECASE,
)
_GAME_REACH = 100
# Sports count holes, innings, laps and rounds in ordinals: "birdied on the 18th".
_ORDINAL_PLACES = re.compile(
    r"\b(?:holes?|birdie\w*|bogey\w*|par|eagle|fairway|tee|green|innings?|laps?|rounds?"
    r"|floors?|storey|story|minutes?|overs?)\b",
    re.IGNORECASE,
)
_ORDINAL_REACH = 80


def _near(pattern: re.Pattern[str], reach: int, text: str, start: int, end: int) -> bool:
    """Whether `pattern` matches within `reach` characters of text[start:end]."""
    return pattern.search(text[max(0, start - reach) : end + reach]) is not None


def among_game_words(text: str, start: int, end: int) -> bool:
    """Whether a quarter or half at text[start:end] is among the words of a game."""
    return _near(_GAME_WORDS, _GAME_REACH, text, start, end)


def among_ordinal_places(text: str, start: int, end: int) -> bool:
    """Whether an ordinal at text[start:end] is among holes, laps, innings or floors."""
    return _near(_ORDINAL_PLACES, _ORDINAL_REACH, text, start, end)
