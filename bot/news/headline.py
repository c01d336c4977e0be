"""A headline written from an article's lead paragraph.

Wire copy often has no headline, so the bot writes one: the lead's first
sentence without its dateline, cut to fit at a clause boundary if one is
close enough, else at a word boundary, never mid-word, and never ending on a
dangling "and", "of", "the" or comma.
"""

from __future__ import annotations

import re

from bot.news.boilerplate import dateline_end
from bot.news.sentences import sentence_spans

# Clause openers a headline may stop before (kept out of the headline).
_CLAUSE_WORDS_TEXT = """if although though while because after before when as which who whom whose
    citing adding saying amid despite but since until unless whereas where
    according"""
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())
# "that" opens a relative clause after a noun ("a tax on deposits that was part of
# ..."), but a reported one after these ("said last week that", "said in a
# statement that"), where a headline cannot end.
_THAT_LEADS_TEXT = """said says say told tell tells warned warns announced announces added adds
    reported reports believe believes thought thinks think know knows knew noted notes
    claimed claims insisted insists stated states confirmed confirms denied denies
    suggested suggests showed shows show found finds feared fears hoped hopes argued
    argues admitted admits estimated estimates predicted predicts ruled rules decided
    decides agreed agrees so such now given than means meant mean assured assures
    yesterday today tonight tomorrow week month year morning afternoon evening night
    earlier later again also statement interview conference release letter filing"""
_THAT_LEADS = frozenset(_THAT_LEADS_TEXT.split())
_NOUN_OPENERS = frozenset("amid the growing renewed new fresh".split())
# Words a headline must not end on.
_DANGLING_TEXT = """a an the and or but nor of to in on at for with by from as that than which
    who whom whose this these those its his her their our my your is are was were
    be been has have had will would could should can may might into onto over
    under about after before if while when where amid despite said says told not
    so yet also including such very"""
_DANGLING = frozenset(_DANGLING_TEXT.split())
_TRAILING_JUNK = " ,;:-–—/("
_OPEN_QUOTES = "\"“‘'«"
# Openers of an adverbial phrase that a long headline can do without.
_INTRO_WORDS_TEXT = """on in at after before following during despite amid with yesterday
    today tonight earlier later last this since while when although though as
    according meanwhile however also overall nevertheless now then monday tuesday
    wednesday thursday friday saturday sunday january february march april may june
    july august september october november december within by under across throughout
    around amongst among upon until unlike like besides separately additionally"""
_INTRO_WORDS = frozenset(_INTRO_WORDS_TEXT.split())
_INTRO_SUBORDINATORS = frozenset(("after", "before", "since", "following", "when", "while"))
_INTRO_MAX = 90  # a leading phrase longer than this is probably the main clause
_MIN_REST = 30  # what is left after dropping an intro must still say something
# First words of an aside between commas: ", the parent company of Airbus,".
_ASIDE_OPENERS_TEXT = """the a an formerly particularly especially including who which whose
    whom now once then known also mostly"""
_ASIDE_OPENERS = frozenset(_ASIDE_OPENERS_TEXT.split())
_ASIDE_MAX = 90
_ASIDE_MARK = re.compile(r", | \(")
_LEAD_WINDOW = 2000  # characters of the lead looked at, beyond 8 per headline character
_MIN_SHARE = 0.45  # a clause cut must keep at least this share of the limit


def _drop_dateline(text: str) -> str:
    """Remove a leading wire dateline such as "WASHINGTON (Reuters) -"."""
    end = dateline_end(text)
    return text[end:] if 0 < end < len(text) else text


def _first_sentence(text: str) -> str:
    """The first sentence of `text` that has a letter or digit ("" if none has)."""
    for start, end in sentence_spans(text):
        if any(ch.isalnum() for ch in text[start:end]):
            return text[start:end]
    return ""


def _strip_final_stop(text: str) -> str:
    """Drop trailing full stops, also inside closing quotes ('waste."' -> 'waste"')."""
    text = text.rstrip()
    body = text.rstrip("\"”’'»)")
    closers = text[len(body) :]
    body = body.rstrip(". ")
    return (body + closers).rstrip() if body else ""


def _tidy_end(text: str) -> str:
    """Strip dangling function words and punctuation from the end."""
    while True:
        text = text.rstrip(_TRAILING_JUNK)
        last_space = text.rfind(" ")
        last_word = text[last_space + 1 :]
        # Lower case only: a capitalised "May" at the end is a name or a month.
        if last_space > 0 and last_word.strip(_OPEN_QUOTES) in _DANGLING:
            text = text[:last_space]
            continue
        return text


def _balance_quotes(text: str) -> str:
    """Cut before an unmatched opening double quote, or drop it if that is too much."""
    straight_open = text.count('"') % 2 == 1
    curly_open = text.count("“") > text.count("”")
    if not straight_open and not curly_open:
        return text
    mark = '"' if straight_open else "“"
    position = text.rfind(mark)
    shorter = _tidy_end(text[:position])
    if len(shorter) >= len(text) // 2:
        return shorter
    return text[:position] + text[position + 1 :]


def _drop_intro(text: str) -> str:
    """Drop up to two leading adverbial phrases ("On Monday, ", "After the vote, ")."""
    for _ in range(2):
        comma = text.find(", ", 0, _INTRO_MAX)
        if comma < 0:
            break
        words = text[:comma].split(" ")
        opener = words[0].lower()
        subordinate = any(word.lower() in _INTRO_SUBORDINATORS for word in words[:4])
        rest = text[comma + 2 :]
        if (opener in _INTRO_WORDS or subordinate) and len(rest) >= _MIN_REST and rest[0].isalpha():
            text = rest[0].upper() + rest[1:]
        else:
            break
    return text


def _aside_end(text: str, comma: int) -> int:
    """Where the aside opening at text[comma] (", the ...,") closes, or -1."""
    first_word = text[comma + 2 : comma + 2 + 20].split(" ", 1)[0].lower()
    if first_word not in _ASIDE_OPENERS:
        return -1
    return text.find(", ", comma + 2, comma + 2 + _ASIDE_MAX)


def _drop_asides(text: str) -> str:
    """Remove appositives and asides: ", the U.S. car maker," and short "(brackets)"."""
    pieces: list[str] = []
    position = 0
    for mark in _ASIDE_MARK.finditer(text):
        at = mark.start()
        if at < position:
            continue
        if text[at] == " ":
            close = text.find(")", at, at + _ASIDE_MAX)
            if close > 0:
                pieces.append(text[position:at])
                position = close + 1
            continue
        closing = _aside_end(text, at)
        if closing > 0:
            pieces.append(text[position:at])
            while closing > 0:  # ", the CEO of GM, which filed ..., outlined"
                at, closing = closing, _aside_end(text, closing)
            pieces.append(" ")
            position = at + 2
    pieces.append(text[position:])
    return "".join(pieces)


def _shorten(text: str) -> str:
    """Make an over-long sentence shorter without losing its main clause."""
    return _drop_asides(_drop_intro(text))


def _cut(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters at a clause or word boundary."""
    window = text[: limit + 1]
    best_clause = -1
    for index in range(len(window) - 1, 0, -1):
        if window[index] != " ":
            continue
        if index > limit:
            continue
        before = window[index - 1]
        raw_after = window[index + 1 :].split(" ", 1)[0]
        word_after = raw_after.lower()
        # A clause word is written in lower case: "May" after "Theresa" is a name.
        clause_word = word_after in _CLAUSE_WORDS and not raw_after[:1].isupper()
        if raw_after == "that":
            before_words = window[:index].rsplit(" ", 2)
            word_before = before_words[-1]
            # "raised fears that", "amid hopes that": a noun, its clause after it.
            noun = len(before_words) == 3 and (
                before_words[-2].endswith("ed") or before_words[-2] in _NOUN_OPENERS
            )
            clause_word = not (
                (word_before in _THAT_LEADS and not noun)
                or word_before in _DANGLING
                or word_before.endswith("ed")
                or not (word_before.isalpha() and word_before.islower())  # "said Tuesday that"
            )
        if before in ",;:" or clause_word or word_after in ("—", "–", "--"):
            best_clause = index
            break
    if best_clause > 0 and window[best_clause - 1] not in ",;:":
        # "..., days after": a word or two left after a comma is the start of a phrase
        # the clause word belongs to, so the cut goes at the comma.
        comma = max(window.rfind(mark, 0, best_clause) for mark in (", ", "; ", ": "))
        if comma >= limit * _MIN_SHARE and len(window[comma + 2 : best_clause].split()) <= 2:
            best_clause = comma + 1
    if best_clause >= limit * _MIN_SHARE:
        cut = window[:best_clause]
    else:
        last_space = window.rfind(" ", 0, limit + 1)
        # Not inside a name: "... with Theresa | May due to step down" backs off to "with".
        while last_space > 0 and _splits_name(text, last_space):
            last_space = text.rfind(" ", 0, last_space)
        cut = window[:last_space] if last_space > 0 else window[:limit]
    return _tidy_end(cut)


def _splits_name(text: str, space: int) -> bool:
    """Whether the space at `space` lies between two capitalised words of one name
    (the one before it not opening the text)."""
    previous_space = text.rfind(" ", 0, space)
    before = text[previous_space + 1 : space]
    return previous_space > 0 and before[:1].isupper() and text[space + 1 : space + 2].isupper()


def write_headline(lead: str, limit: int = 100) -> str:
    """Write a headline of at most `limit` characters from a lead paragraph.

    Drops a leading dateline ("WASHINGTON (Reuters) -") and keeps the first
    sentence. If that is too long, it first loses a leading adverbial phrase
    ("On Monday, ") and asides (", the U.S. car maker,", "(GM)"), then is cut
    at the last clause boundary that keeps at least ~half the limit, else at
    the last word boundary. Never cuts
    mid-word (a single over-long word is the one exception, cut at `limit`);
    never ends on "and", "of", "the", a comma or a full stop.
    """
    # Only the lead's opening matters; the cap keeps a huge paragraph cheap.
    text = " ".join(lead[: _LEAD_WINDOW + 8 * max(limit, 0)].split())
    if not text or limit <= 0:
        return ""
    text = _first_sentence(_drop_dateline(text))
    text = _strip_final_stop(text)
    if len(text) > limit:
        text = _shorten(text)
    if len(text) > limit:
        text = _balance_quotes(_cut(text, limit))
    text = _tidy_end(text)
    return _strip_final_stop(text)[:limit]
