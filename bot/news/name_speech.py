"""Verbs beside a name that tell it is a person's: a speech verb ("Stroe said", "said
Stroe", "Munster of Loup Ventures said") or a verb in the past ("Tatum scored"); and
when "Miss" before a word names a woman."""

from __future__ import annotations

import re

from bot.news.name_rules import apposition_role, next_to
from bot.news.name_tokens import Token
from bot.news.names import PAGEANTS, PLACES, SPEECH_VERBS
from bot.news.temporal_lexicon import PAST_MARKERS

# Most capitalised words an organisation between a name and its verb may have:
# "Gene Munster of Loup Ventures said".
_MAX_AFFILIATION = 5


# A verb in the past right after a word: "Tatum scored 30 points", "Tatum led".
_ACTS = re.compile(rf" (?:{'|'.join(sorted(PAST_MARKERS))}|[a-z]{{2,}}ed)\b")


def acts_next_to(text: str, end: int) -> bool:
    """True when a verb in the past follows the word ending at `end` ("Tatum scored")."""
    return _ACTS.match(text, end) is not None


def speech_next_to(toks: list[Token], start: int, end: int) -> bool:
    """True for "Stroe said", "said Stroe" or "Munster of Loup Ventures said": a speech
    verb right beside the words, or after the organisation they are "of"."""
    after = end < len(toks) and toks[end].lower in SPEECH_VERBS and next_to(toks, end - 1, end)
    if (
        not after
        and end + 1 < len(toks)
        and toks[end].lower == "of"
        and next_to(toks, end - 1, end)
    ):
        k = end + 1
        while k < len(toks) and k - end <= _MAX_AFFILIATION and toks[k].capital:
            if not next_to(toks, k - 1, k):
                break
            k += 1
        after = (
            end + 1 < k < len(toks) and toks[k].lower in SPEECH_VERBS and next_to(toks, k - 1, k)
        )
    before = (
        start > 0
        and toks[start - 1].lower in ("said", "says", "quoted", "concluded")
        and next_to(toks, start - 1, start)
    )
    return after or before


def miss_names_woman(toks: list[Token], k: int, word: str) -> bool:
    """Whether "Miss" before the word at `k` (`word`, lower case) names a woman: one
    who speaks or whom a role or an age follows ("said Miss Lee, 34", "Miss Lim, a
    spokeswoman"), not a contest, a show or a film ("Miss Universe", "Miss Saigon",
    "Driving Miss Daisy"), nor the verb ("fans will miss Jordan")."""
    if not toks[k - 1].capital or word in PLACES or word in PAGEANTS:
        return False
    said = k >= 2 and toks[k - 2].lower in ("said", "says")
    return said or speech_next_to(toks, k, k + 1) or apposition_role(toks, k + 1)
