"""Relative clauses and opening participles told of the name they describe, for events.

"City, who won the league title last Sunday, will begin ..." dates "City won
the league title"; "Lion will replace Mac OS X Snow Leopard, which was
released in 2009." dates "Mac OS X Snow Leopard was released in 2009" for 2009.
"""

from __future__ import annotations

import re

from bot.news.event_asides import aside_told
from bot.news.event_openers import participle_opener
from bot.news.nearby_words import FUNCTION_WORDS
from bot.news.sentences import APPOSED_RELATIVE, RELATIVE_ASIDE
from bot.news.speaker_phrases import verb_like
from bot.news.temporal_lexicon import PAST_MARKERS, WEEKDAY_PATTERN

_SUBJECT_MAX_WORDS = 6
# A relative clause that ends the sentence: "..., which was released in 2009."
_TRAILING_RELATIVE = re.compile(
    r",\s(?P<pronoun>who|which|whose)\s[^,;:()]{1,200}?(?=[.!?]?[\"”’]?\s*$)"
)
# The name it describes, right before its comma: "Mac OS X Snow Leopard".
_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])(?:[A-Z][\w'’.&-]*\s|&\s)*[A-Z][\w'’.&-]*$")
# Words before that name that make it something else's part or one of several:
# "the law in the United States, which", "Jobs, not Papermaster, who", "X and Y, who".
_NOT_ANTECEDENT = frozenset("""in of at from to for on by with not and or than as""".split())
_NOT_NOUN_ANTECEDENT = frozenset("not and or than".split())
# "..., which took place in 1996": the clause tells of the event, not the name.
_EVENT_WHICH = re.compile(r"(?:took place|happened|occurred|came|followed)\b")
_RELATIVE_OPENS = re.compile(r",\s(?:who|which|whose)\s")


def trailing_relative_start(clause: str) -> int | None:
    """Where a relative clause that ends `clause` opens (its comma: "..., who died
    Tuesday after a battle with cancer"), if one does."""
    opens = list(_RELATIVE_OPENS.finditer(clause)) if "wh" in clause else ()
    if not opens or _TRAILING_RELATIVE.match(clause, opens[-1].start()) is None:
        return None
    return opens[-1].start()


def _trailing_relative(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "Lion will replace Snow Leopard, which was released in 2009." -> for "2009",
    "Snow Leopard was released in 2009" (the name before the clause is its subject)."""
    comma = sentence.rfind(",", 0, start)
    found = _TRAILING_RELATIVE.match(sentence, comma) if comma >= 0 else None
    if found is None or found.end() < end:
        return None
    opened = found.end("pronoun") + 1
    period = _PERIOD_TAIL.search(sentence, max(0, comma - 60), comma)
    if period is not None and found["pronoun"] == "which":
        # "cut its forecast for fiscal 2013, which ends in May" -> "Fiscal 2013 ends in May"
        told = period.group(1)[:1].upper() + period.group(1)[1:]
        return f"{told} {sentence[opened : found.end()]}", len(told) + 1 + start - opened
    name = _NAME_BEFORE.search(sentence, max(0, comma - 80), comma)
    # "who" is a person's, whatever comes before: "The award went to Ben Affleck, who".
    blocking = _NOT_NOUN_ANTECEDENT if found["pronoun"] == "who" else _NOT_ANTECEDENT
    if name is None:
        # (a noun phrase after a preposition is still the nearest: "barred workers from
        # the Kaesong park, which opened in 2004")
        blocking = _NOT_NOUN_ANTECEDENT
        # "since the 1973 Yom Kippur war, which began 50 years ago": a noun phrase.
        name = _last_noun_phrase(sentence, max(0, comma - 80), comma)
        if name is not None and any(verb_like(w.lower()) for w in name["noun"].split()):
            return None  # "the company said it was fine, which ...": a clause
    if name is None or _EVENT_WHICH.match(sentence, found.end("pronoun") + 1):
        return None
    before = sentence[max(0, name.start() - 16) : name.start()].split()
    subject = name.group()
    if before and before[-1] in ("the", "The"):
        subject = f"{before.pop()} {subject}"  # "the MD-95"
    according = before[-2:] == ["according", "to"] or before[-1:] == ["According"]
    if not before or (before[-1].lower() in blocking and not according):
        return None  # (but "according to the Bank of Korea, which will publish")
    subject = _whose(subject, found["pronoun"])
    clause = sentence[opened : found.end()]
    if found["pronoun"] == "which" and _object_relative(clause):
        told = f"{subject}, which {clause}"  # "the plan, which parliament voted down"
        return told, len(subject) + 8 + start - opened
    return f"{subject} {clause}", len(subject) + 1 + start - opened


def _whose(subject: str, pronoun: str) -> str:
    """The subject as the clause tells of it: "Chrystia Freeland, whose resignation
    ..." tells of "Chrystia Freeland's resignation"."""
    return f"{subject}'s" if pronoun == "whose" else subject


# "the fires, which have killed 27 people since they broke out on Jan. 7": inside a
# relative clause, "it"/"they" after a conjunction is the noun the clause describes.
_PRONOUN_IN_RELATIVE = re.compile(
    r",?\s(?:which|that|who)\s"
    # The relative pronoun is the clause's subject ("that it signed when it ...": not).
    r"(?!(?:it|they|he|she|we|i|you|the|a|an|his|her|its|their|this|these|those)\s)"
    r"[^,;:()]{1,120}?"
    r"\s(?:since|after|when|before|until)\s(?:it|they)\s(?P<rest>[^,;:()]+)$"
)
# The noun phrase that ends the head: from its determiner ("the fires", "a war").
_DETERMINED = re.compile(
    r"\b(?P<det>(?i:the|a|an|its|their|his|her))\s(?P<noun>(?:[\w'’.-]+\s){0,4}[\w'’.-]+)$"
)


def _last_noun_phrase(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The noun phrase that ends text[lo:hi], from its last determiner ("for the
    quarter": "the quarter", not "a share for the quarter")."""
    found = None
    while (match := _DETERMINED.search(text, lo, hi)) is not None:
        found, lo = match, match.start("noun")
    return found


def _pronoun_subject(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "the fires, which have killed 27 people since they broke out on Jan. 7" ->
    for "Jan. 7", "The fires broke out on Jan. 7" (the pronoun told as its noun)."""
    lo = max(0, start - 240)  # a match starts near: linear on run-ons
    if sentence.find(" it ", lo, start) < 0 and sentence.find(" they ", lo, start) < 0:
        return None  # most expressions: no pronoun before them
    found = _PRONOUN_IN_RELATIVE.search(sentence, lo, end)
    if found is None or found.start("rest") > start:
        return None
    head = sentence[max(lo, found.start() - 80) : found.start()]
    noun = _last_noun_phrase(head, max(head.rfind(","), head.rfind(";")) + 1, len(head))
    if noun is None:
        return None
    det = noun["det"].lower()
    det = "the" if det in ("a", "an") else det
    subject = f"{det} {noun['noun']}"
    rest = found.start("rest")
    return f"{subject} {sentence[rest:end]}", len(subject) + 1 + start - rest


_PERIODS = frozenset("day week month quarter half year period season decade".split())
_BE_OR_HAVE = frozenset("was were been be being is are has have had".split())


def _another_verb(words: list[str]) -> bool:
    """Whether `words`, after the clause's verb (the first), hold another verb (not a
    participle after "was" or "has")."""
    return any(verb_like(w) and words[i - 1] not in _BE_OR_HAVE for i, w in enumerate(words) if i)


def _is_past(word: str) -> bool:
    """Whether a lower-case word is a past verb ("began", "rejected")."""
    return _CLAUSE_VERB.fullmatch(word) is not None


# Who acts in a clause told of its object: "the deal that the parliament rejected".
_CLAUSE_SUBJECTS = frozenset("the a an his her its their he she they we it".split())
# Verbs whose object a "that" clause follows as what they say: "told the reporters that".
_TELLING = frozenset(
    "told tell tells informed warned assured reminded convinced persuaded notified advised".split()
)
_MODALS = frozenset("will would could can may might should must".split())
_DAY_BEFORE = re.compile(rf"\s(?:on|last|this)\s{WEEKDAY_PATTERN}$")
# What may stand between that clause's verb and the expression: no object of its own.
_GAP_WORDS = frozenset("on in at during by last this".split())


_QUANTIFIERS = frozenset("one some many few all most none each any several both part rest".split())


def _one_of(sentence: str, at: int) -> bool:
    """Whether "one of", "some of" and the like stand before `at` (not "the rubble of")."""
    if not sentence.endswith(" of ", 0, at):
        return False
    before = sentence[max(0, at - 16) : at - 4].split()
    return not before or before[-1].lower() in _QUANTIFIERS


# Nouns whose "that" clause with a subject of its own is what they say, not a relative.
_CONTENT_NOUNS = frozenset(
    "statement filing interview release letter speech memo note briefing conference".split()
)


def _restrictive_that(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "extending a bank holiday that began Saturday" -> for "Saturday", "the bank
    holiday began Saturday"; "the deal that the parliament rejected on Tuesday" ->
    "the parliament rejected the deal on Tuesday": a noun phrase's own clause with a
    past verb (not "said that ...", nor "told the reporters that they won on ...")."""
    lo = max(0, start - 120)
    that = sentence.rfind(" that ", lo, start)
    if that < 0:
        return None
    # "a ceasefire on Wednesday that will take effect on Sunday": the noun before the day.
    day = _DAY_BEFORE.search(sentence, max(0, that - 16), that)
    at = day.start() if day is not None else that
    head = sentence[max(0, at - 24) : at].rsplit(None, 1)
    noun_end = head[-1] if head else ""
    if not (noun_end.isalpha() and noun_end.islower()) or verb_like(noun_end):
        return None  # "said that", "Tuesday that": no noun of its own before it
    rest = that + len(" that ")
    between = sentence[rest:start]
    words = between.lower().split()
    if not words or any(mark in between for mark in ',;:()"“”'):
        return None
    if _is_past(words[0]) or (words[0] in _MODALS and len(words) > 1 and words[1].isalpha()):
        if _another_verb(words):
            return None  # "a storm system that spawned tornadoes killed 12 people over ..."
        verb_at = -1  # "that" is the clause's subject
    else:
        verbs = [i for i, w in enumerate(words[:5]) if i and _is_past(w)]
        if (
            words[0] not in _CLAUSE_SUBJECTS
            or not verbs
            or not set(words[verbs[0] + 1 :]) <= _GAP_WORDS
        ):
            return None
        verb_at = verbs[0]
    noun = _last_noun_phrase(sentence, max(0, at - 80), at)
    if noun is None or noun.end() != at or _one_of(sentence, noun.start()):
        return None  # "one of the few markets that was": which one it tells of is unclear
    told_whom = sentence[max(0, noun.start() - 12) : noun.start()].split()
    if told_whom and told_whom[-1].lower() in _TELLING:
        return None  # "told the reporters that they won": what they were told
    nouns = noun["noun"].lower().split()
    if nouns[-1] in _PERIODS or any(w in FUNCTION_WORDS or verb_like(w) for w in nouns):
        return None  # "in the quarter that ended June 28" names a period, not an event
    if verb_at >= 0 and nouns[-1] in _CONTENT_NOUNS:
        return None  # "said in a statement on Friday that its sales rose": what it said
    det = noun["det"].lower()
    subject = f"{'the' if det in ('a', 'an') else det} {noun['noun']}"
    if verb_at < 0:
        return f"{subject} {sentence[rest:end]}", len(subject) + 1 + start - rest
    verb_end = rest + [m.end() for m in re.finditer(r"\S+", between)][verb_at]
    told = f"{sentence[rest:verb_end]} {subject}{sentence[verb_end:end]}"
    return told, len(told) - (end - start)


def relative_clause(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The clause of an expression inside a relative aside, told of the noun it
    describes, and the expression's offset in it: "City, who won the league title
    last Sunday, will begin ..." -> "City won the league title last Sunday"."""
    pronoun_told = (
        _pronoun_subject(sentence, start, end)
        or participle_opener(sentence, start, end)
        or aside_told(sentence, start)
        or (_restrictive_that(sentence, start, end) if " that " in sentence else None)
    )
    if pronoun_told is not None:
        return pronoun_told
    if "wh" not in sentence:
        return None  # no "who" or "which": most sentences
    apposed = _apposed_relative(sentence, start)
    if apposed is not None:
        return apposed
    for aside in RELATIVE_ASIDE.finditer(sentence, 0, min(len(sentence), end + 210)):
        if aside.start() < start and end < aside.end():
            break
    else:
        return _trailing_relative(sentence, start, end)
    head = sentence[: aside.start()]
    if _AGE_AT_END.search(head):  # "John Smith, 54, who was arrested": not 54
        head = head[: head.rfind(",")]
    subject = head[max(head.rfind(","), head.rfind(";")) + 1 :].strip()
    # "The episode comes as China's new leaders, who took power in November, ...":
    # the noun after the clause's conjunction.
    subject = _AFTER_CONJUNCTION.sub("", subject)
    opened_by = _OPENING_PREPOSITION.match(subject)  # "With Gene Siskel, who died in 1999,"
    if opened_by is not None:
        subject = subject[opened_by.end() :]
        subject = subject[:1].upper() + subject[1:]
    if subject.startswith(("Shares of ", "shares of ")):
        subject = subject[len("Shares of ") :]  # "Shares of Oracle, which reported results"
    period = _PERIOD_TAIL.search(subject)
    if period is not None:  # "cut its forecast for fiscal 2013, which ends in May"
        subject = period.group(1)[:1].upper() + period.group(1)[1:]
    subject = _object_name(subject) or _object_phrase(subject) or subject
    words = subject.split()
    if not words or len(words) > _SUBJECT_MAX_WORDS or words[-1].lower() in _TIME_NOUNS:
        return None  # (not "on the same day, which said": a time tells nothing)
    if not subject[0].isupper() and words[0] not in _DETERMINERS:
        return None
    opened = aside.end("pronoun") + 1
    if aside["pronoun"] == "whom":
        return _told_of_object(sentence, subject, opened, aside.end() - 1, start)
    subject = _whose(subject, aside["pronoun"])
    clause = sentence[opened : aside.end() - 1]
    if aside["pronoun"] == "which" and _object_relative(clause):
        # "Royal Mail, which the government plans to sell in 2015": the noun is the
        # clause's object, kept whole ("Royal Mail the government plans" says nothing)
        told = f"{subject}, which {clause}"
        return told, len(subject) + 8 + start - opened
    told = f"{subject} {clause}"
    return told, len(subject) + 1 + start - opened


def _apposed_relative(sentence: str, start: int) -> tuple[str, int] | None:
    """ "John Smith, a former senator who served from 1980 to 1992, died" -> for
    "1980", "John Smith served from 1980 to 1992" (the name before the apposition)."""
    for found in APPOSED_RELATIVE.finditer(sentence, max(0, start - 200), start + 200):
        if not found.start("clause") <= start < found.end("clause"):
            continue
        name = _NAME_BEFORE.search(sentence, max(0, found.start() - 80), found.start())
        if name is None:
            return None
        subject, opened = name.group(), found.start("clause")
        return f"{subject} {found['clause']}", len(subject) + 1 + start - opened
    return None


def _object_name(head: str) -> str | None:
    """The name that ends a clause with a verb of its own ("He is expected to meet
    Benedict XVI, who resigned ...": "Benedict XVI"), else None."""
    name = _NAME_BEFORE.search(head)
    if name is None or name.start() == 0:
        return None
    before = head[: name.start()].split()
    if not before or before[-1].lower() in _NOT_ANTECEDENT:
        return None
    return name.group() if any(verb_like(word) for word in before) else None


def _object_phrase(head: str) -> str | None:
    """The noun phrase that ends a long clause with a verb of its own ("Iraq marked
    the 10th anniversary of the U.S.-led invasion, which began ...": "the U.S.-led
    invasion", the nearest noun), else None."""
    if len(head.split()) <= _SUBJECT_MAX_WORDS:
        return None
    noun = _last_noun_phrase(head, 0, len(head))
    if noun is None or not any(verb_like(word) for word in head[: noun.start()].split()):
        return None
    return noun.group()


def _object_relative(clause: str) -> bool:
    """Whether a "which" clause has a subject of its own ("the government plans to
    sell", "parliament voted down"): the noun it tells of is its object."""
    words = clause.split(None, 2)
    if not words:
        return False
    first = words[0]
    if first.lower() in _OBJECT_RELATIVE_SUBJECTS or first[:1].isupper():
        return True
    second = words[1] if len(words) > 1 else ""
    return (
        first.isalpha()
        and first not in _NOT_SUBJECTS
        and not first.endswith(("ly", "ed"))
        and second.endswith("ed")
        and "-" not in second  # (not "which upset third-seeded New Mexico")
    )


_NOT_SUBJECTS = frozenset(
    """was were is are be been has have had will would could can may might should must
    did does do also then later first only just still now once""".split()
)


# Words that open the clause of an object relative: "which the government plans to sell".
_OBJECT_RELATIVE_SUBJECTS = frozenset("the a an its his her their he she it they we i you".split())
# A period that ends the phrase before a relative clause is what the clause tells of.
_PERIOD_TAIL = re.compile(
    r"\b(?:for|of|in|during)\s((?:the\s)?(?:fiscal|financial)\s(?:year\s)?\d{4}"
    r"|(?:the\s)?(?:fiscal\s)?(?:first|second|third|fourth)\squarter(?:\sof\s\d{4})?)$"
)
_OPENING_PREPOSITION = re.compile(
    r"^(?:With|For|From|To|By|Like|Unlike|Besides|Alongside|Including|Under|According\sto)\s"
    r"(?=[A-Z]|(?:the|its|their)\s)"  # ("Under the deal, which expires on Friday,")
)
_AGE_AT_END = re.compile(r",\s\d{1,3}$")
_TIME_NOUNS = frozenset("day days week weeks month months year years time morning night".split())
_AFTER_CONJUNCTION = re.compile(
    r"^.*\s(?:as|after|when|because|while|since|before|although|though|if|that)\s"
    r"(?=(?:[A-Z]|(?:the|a|an|its|his|her|their)\s))"
)
_DETERMINERS = frozenset("the a an its his her their".split())
# The verb of an object's relative clause: "whom the queen appointed on Tuesday".
_CLAUSE_VERB = re.compile(rf"\b(?:[a-z]{{2,}}ed|{'|'.join(sorted(PAST_MARKERS))})\b")


def _told_of_object(
    sentence: str, subject: str, opened: int, closed: int, start: int
) -> tuple[str, int] | None:
    """ "Liz Truss, whom the queen appointed on Tuesday," -> "the queen appointed Liz
    Truss on Tuesday" (the name after the clause's verb), and where `start` lands."""
    verb = _CLAUSE_VERB.search(sentence, opened, closed)
    if verb is None:
        return None
    if subject.split(maxsplit=1)[0] in ("The", "A", "An", "His", "Her", "Its", "Their"):
        subject = subject[0].lower() + subject[1:]  # "Macron named the minister"
    told = f"{sentence[opened : verb.end()]} {subject}{sentence[verb.end() : closed]}"
    if start < verb.end():
        return told, start - opened
    return told, verb.end() - opened + 1 + len(subject) + start - verb.end()
