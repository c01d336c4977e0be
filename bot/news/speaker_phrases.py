"""Subject phrases to speaker labels.

The words before (or after) a speech verb that are not a known person become
a label as the article writes it: an organisation ("Airbus", "the Project on
Government Oversight"), a role ("a spokesman for Airbus", "the senator", "two
people familiar with the matter"), or "the company", which `speaker_names`
later resolves to the organisation named last. Asides between subject and
verb (", meanwhile,", ", a Democrat,", ", speaking in Paris,") are stepped over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.news.names import (
    COMPANY_NOUNS,
    KIN_WORDS,
    PLACES,
    PUBLIC_BODY_NOUNS,
    ROLE_HEADS,
    ROLE_WORDS,
    SENTENCE_WORDS,
)
from bot.news.temporal_lexicon import PAST_MARKERS, WEEKDAYS

PREPOSITIONS = frozenset(
    """with to of for from at about against between among on in into like than
    over under after before during alongside beside besides including near toward
    towards via versus without across behind through upon amid unlike""".split()
)
_STATEMENT_FROM = re.compile(r"(?:statement|letter|release|memo|email|e-mail)s?\s+(?:from|by)\s+")
# "A statement on Apple's website states": Apple.
_STATEMENT_ON_SITE = re.compile(
    r"(?:statement|post|message|notice|note)s?\s+on\s+(?P<owner>.+?)['’]s\s+"
    r"(?:official\s+)?(?:website|web\s+site|site|blog|account|page|channel)\b"
)


def statement_source(phrase: str) -> str:
    """Who a phrase naming a statement gives as its source ("a statement from the
    company" -> "the company"; "a post on Apple's website" -> "Apple"); else
    the phrase."""
    on_site = _STATEMENT_ON_SITE.search(phrase)
    if on_site is not None:
        return on_site.group("owner")
    source = _STATEMENT_FROM.search(phrase)
    return phrase[source.end() :] if source is not None else phrase


_FINITE_SPEECH = frozenset("said says told tells wrote writes added adds".split())
# Words that open a clause: the subject of a later verb starts after them.
_CLAUSE_OPENERS = frozenset(
    """that which who whom what and but after when while because although though
    since if as before until unless whereas""".split()
)
# Nouns that head a role given as the speaker ("the senator", "two people familiar ...").
# Bodies that speak with no name of their own: "police said", "the military wrote",
# "state television said".
BODIES = frozenset(
    """police military army authorities prosecutors investigators television tv radio
    media broadcaster newspaper agency""".split()
)
_HEADS = (
    ROLE_HEADS
    | ROLE_WORDS
    | frozenset(w + "s" for w in ROLE_WORDS if w.isalpha())
    | frozenset(("people", "person", "persons"))
    | KIN_WORDS
) - frozenset("mr mr. mrs mrs. ms ms. dr. sir lord lady dame".split())
# "the Dutchman", "the 45-year-old", "the Kentucky Republican", "the New York
# senator": a person the sentence before has named.
_EPITHET = re.compile(
    r"the\s+(?:\d+-year-old|(?:\d+-year-old\s+)?(?:(?:Northern|Southern|New|South|North)\s+)?"
    # (a word in lower case after its first letter: "the FBI" is no "the Iraqi")
    r"(?:(?-i:[A-Za-z][a-z]+)(?:man|woman|ard|ian|ese|ish|i|ch)|American|Mexican|Briton|Kenyan"
    r"|Cuban|Korean|German|Afghan|Moroccan|Dane|Swede|Pole|Finn|Greek|Turk|Serb|Croat|Czech|Scot)"
    r"|(?:[A-Z][a-z.]+\s+){0,2}(?:Republican|Democrat|[Ii]ndependent|Conservative|Tory)"
    r"|(?:[A-Z][a-z.]+\s+){1,2}(?:senator|congressman|congresswoman|lawmaker|governor"
    r"|mayor|legislator))",
    re.IGNORECASE,
)
# Indefinite subjects given as role text ("someone familiar with the situation").
_INDEFINITE = frozenset(
    """someone somebody others officials experts analysts critics sources insiders
    observers economists""".split()
)
_PARTS = frozenset("one two three four five some several many none another each".split())
_AUXILIARIES = frozenset("is are was were has have had will would can could may might".split())
_ASIDES = frozenset("meanwhile however though too also instead therefore then in turn".split())
_TRAILING = frozenset(
    """also today yesterday then later had has have will would could did does had
    previously already recently earlier again once""".split()
)
# What someone has that speaks for them: "Sen. Rand Paul's office said".
_OWNED_SPEAKERS = frozenset(
    "office campaign family lawyers attorneys team administration representatives".split()
)
# "the company said": a noun phrase that stands for an organisation of the article.
ORG_NOUN_PHRASE_STARTS = frozenset(("the",))
ORG_NOUNS = COMPANY_NOUNS | PUBLIC_BODY_NOUNS


def _word(match: re.Match[str]) -> str:
    return match.group().lower().rstrip(".")


def noun_phrase_before(masked: str, items: list[re.Match[str]]) -> str | None:
    """The words right before a cue, back to a clause boundary: "Airbus", "a spokesman"."""
    picked: list[re.Match[str]] = []
    enclosed = False  # a comma right before the verb: what comes before may be an aside
    relative = False
    after_relative = False  # a relative-clause aside was stepped over: its comma is next
    for n in range(len(items) - 1, -1, -1):
        m = items[n]
        text = m.group()
        if _inside_name(text, picked, items[n - 1] if n else None):
            picked.append(m)  # "Centers for Disease Control and Prevention"
            continue
        if text in ',;:()"“”' or _word(m) in _CLAUSE_OPENERS:
            # "Nasdaq, meanwhile, says" / "Smith, a Democrat, added": step over an aside.
            if text == "," and not picked and not enclosed:
                enclosed = True
                continue
            if text == "," and enclosed and picked and _aside(picked):
                picked = []
                enclosed = False
                continue
            if (
                _word(m) in ("which", "who")
                and enclosed
                and picked
                and n > 0
                and items[n - 1].group() == ","
            ):
                # "An official, who spoke on condition of anonymity, said": the
                # relative clause is an aside; the subject is before its comma.
                picked = []
                enclosed = False
                after_relative = True
                continue
            if text == "," and after_relative and not picked:
                after_relative = False
                continue
            if _word(m) in ("which", "who") and not picked and not relative:
                relative = True  # "The company, which said ...": the noun before it
                continue
            if text == "," and relative and not picked:
                continue
            break
        picked.append(m)
        if len(picked) > 10:
            return None
    picked.reverse()
    if not picked:
        return None
    phrase = masked[picked[0].start() : picked[-1].end()]
    if epithet(phrase) is not None:
        return phrase.strip()  # the caller reads it as a pronoun
    return clean_phrase(statement_source(phrase))


def _inside_name(text: str, picked: list[re.Match[str]], before: re.Match[str] | None) -> bool:
    """True for an "and" or "&" between two capitalised words of one name."""
    return (
        text in ("and", "&")
        and bool(picked)
        and picked[-1].group()[:1].isupper()
        and before is not None
        and before.group()[:1].isupper()
    )


def _aside(picked: list[re.Match[str]]) -> bool:
    """Words between commas that are an adverb or an apposition, not the subject."""
    first = picked[-1].group()  # `picked` is in reverse order
    lead = _word(picked[-1])
    return all(_word(p) in _ASIDES for p in picked) or (
        lead in ("a", "an", "the")
        or first.isdigit()
        or lead in PREPOSITIONS
        or (lead.endswith(("ing", "ed")) and first.islower())  # ", speaking at ...,"
    )


_AGE = re.compile(r"the\s+(\d+)-year-old", re.IGNORECASE)


def aged_speaker(text: str, phrase: str | None, named: Iterable[tuple[int, str]]) -> str | None:
    """The person "the 19-year-old" stands for: of those `named` (where each name
    ends, the name), the last whose age follows the name ("Ana Lopez, 19,")."""
    age = _AGE.fullmatch(phrase.strip()) if phrase else None
    if age is None:
        return None
    after = re.compile(rf",\s{age.group(1)}\b")
    found = [name for end, name in named if after.match(text, end)]
    return found[-1] if found else None


def epithet(phrase: str) -> str | None:
    """'he' or 'she' for "the Dutchman", "the Frenchwoman"; 'one' for "the 45-year-old"."""
    if _EPITHET.fullmatch(phrase.strip()) is None:
        return None
    word = phrase.split()[-1].lower()
    if word.endswith("woman"):
        return "she"
    return "he" if word.endswith("man") else "one"


# The subject that opens a clause and the past verb after it: "The board fired",
# "Boeing sued" (a participle cue later in the clause is that subject's).
_OPENING_SUBJECT = re.compile(
    r"\s*(?!(?:He|She|It|They|We|I)\s)(?P<subject>(?:(?:[Tt]he|[Ii]ts)\s)?(?:[A-Z][\w.'’&-]*\s){0,3}[A-Z][\w.'’&-]*"
    r"|(?:[Tt]he|[Ii]ts)\s[a-z]+(?:\s[a-z]+)?)"
    r"\s(?:[a-z]{3,}ed|fired|sued|hit|cut|sent|sold|took|made|gave|won|lost|struck|shot)\s"
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s(?:although|though|while|but|and|whereas|yet|as|after|before|when|because)\b"
    r"|\s(?:although|though|whereas|because|while)\s"
)


def opening_subject(text: str, start: int, until: int) -> str | None:
    """The subject that opens the clause at `start`, before a past verb, as a
    speaker label ("The board fired Altman, saying ...": "the board"), when it
    ends before `until` and no other clause starts in between ("The minister
    cancelled it, although John Reed apologised, citing ...": Reed's)."""
    opening = _OPENING_SUBJECT.match(text, start)
    if opening is None or opening.end() > until:
        return None
    if _CLAUSE_BREAK.search(text, opening.end(), until) is not None:
        return None
    subject = opening.group("subject")
    return clean_phrase(subject) or subject  # "The board" as written


def body_phrase(words: list[str]) -> str:
    """The body that ends `words` with the article, names or modifiers before it:
    "police", "the military", "Israeli police", "state television" (not "What
    police")."""
    k = len(words) - 1
    while k > 0 and (
        words[k - 1].lower() in _BODY_MODIFIERS
        or (words[k - 1][:1].isupper() and words[k - 1].lower() not in SENTENCE_WORDS)
    ):
        k -= 1
    while k < len(words) - 1 and words[k] in _INNER_MODIFIERS:
        k += 1  # ("The official Korean Central News Agency", its "The" out of reach)
    return " ".join(words[k:])


# (and inside a body's name after "the": "the official Xinhua news agency")
_INNER_MODIFIERS = frozenset(("official", "news"))
_BODY_MODIFIERS = frozenset("the state local national federal regional".split()) | _INNER_MODIFIERS


def clean_phrase(phrase: str) -> str | None:
    """Trim a subject phrase to a speaker label, or None when it names no one."""
    parts = [p.rstrip(".") if not abbreviation(p) else p for p in phrase.split()]
    parts = [p for p in parts if p]
    # Drop adverbs, auxiliaries and time words before the verb ("Ford has", "he also",
    # "The Foreign Ministry on Thursday").
    while parts and (parts[-1].lower() in _TRAILING or parts[-1].lower() in WEEKDAYS):
        if parts.pop().lower() in WEEKDAYS and parts and parts[-1].lower() == "on":
            parts.pop()
    if not parts:
        return None
    lowered = [p.lower().strip(".,") for p in parts]
    if lowered[-1] in BODIES and len(parts) <= 3 and all(w.isalpha() for w in lowered):
        return " ".join(parts)  # "police", "the military", "Israeli police" as written
    if (
        lowered[-1] in ORG_NOUNS
        and 2 <= len(parts) <= 4
        and parts[0].endswith(("'s", "’s"))
        and parts[0][:1].isupper()
    ):
        return " ".join(parts)  # "China's commerce ministry" as written
    if lowered[-1] in _OWNED_SPEAKERS and 2 <= len(parts) <= 5 and parts[-2].endswith(("'s", "’s")):
        return " ".join(phrase.split()[: len(parts)])  # "Sen. Rand Paul's office", stops kept
    if len(lowered) == 3 and lowered[0] in _PARTS and lowered[1:] in (["of", "them"], ["of", "us"]):
        return " ".join(parts)  # "one of them said": someone unnamed, not the last speaker
    closing = _closing_name(parts, lowered)
    if closing is not None:
        return closing
    for i, word in enumerate(lowered):
        if word in _HEADS:
            start = 0
            for k in range(i - 1, -1, -1):
                if lowered[k] in ("a", "an", "the"):
                    start = k
                    if k >= 2 and lowered[k - 1] == "of" and lowered[k - 2] in _PARTS:
                        start = k - 2  # "one of the sources"
                    break
            end = i + 1
            while end < len(parts) and not verb_like(lowered[end]):
                end += 1
            return " ".join(parts[start:end])  # as written: "a spokesman for Airbus"
    if lowered[0] in _INDEFINITE:
        end = 1
        while end < len(parts) and not verb_like(lowered[end]):
            end += 1
        return " ".join(parts[:end])
    if (
        lowered[0] in ORG_NOUN_PHRASE_STARTS
        and lowered[-1] in ORG_NOUNS
        and parts[-1][:1].islower()  # not "the Foreign Ministry", a name
        and len(parts) <= 4
    ):
        return " ".join(parts)  # "the company": resolved to an organisation later
    # "The activist organization the Project on Government Oversight": the name that ends it.
    k = len(parts)
    while k > 0 and (parts[k - 1][:1].isupper() or parts[k - 1] in ("&", "of", "on", "for", "and")):
        k -= 1
    while k < len(parts) and not parts[k][:1].isupper():
        k += 1
    if k < len(parts) and len(parts) - k <= 6:
        name = parts[k:]
        if name[0].lower() in SENTENCE_WORDS:
            name = name[1:]
        if name and name[0].lower() not in SENTENCE_WORDS:
            if all(w.lower().strip(".,") in PLACES for w in name):
                return None  # "in Philadelphia": a place, not a speaker
            return " ".join(name)
    return None


def names_a_role(label: str) -> bool:
    """True for a person given by role: "A spokeswoman for the CDC", "an aide"."""
    words = label.lower().split()
    return (
        len(words) >= 2
        and words[0] in ("a", "an", "the")
        and any(w in _HEADS and w not in ("people", "persons") for w in words[1:4])
    )


def verb_like(word: str) -> bool:
    """Whether a lower-case word may be a verb, which ends a noun phrase: released,
    is, has, said, won."""
    return (
        word.endswith("ed")
        or word in _FINITE_SPEECH
        or word in _AUXILIARIES
        or word in PAST_MARKERS
    )


def _closing_name(parts: list[str], lowered: list[str]) -> str | None:
    """The name that closes a phrase in apposition ("the activist organization the
    Project on Government Oversight"), not after a preposition ("a spokesman for Airbus")."""
    k = len(parts)
    while k > 0 and (parts[k - 1][:1].isupper() or parts[k - 1] in ("&", "of", "on", "for", "and")):
        k -= 1
    while k < len(parts) and not parts[k][:1].isupper():
        k += 1
    if k == 0 or k >= len(parts) or len(parts) - k > 6:
        return None
    before = lowered[k - 1]
    if before in PREPOSITIONS or before in ("'s", "a", "an") or lowered[k].strip(".,") in _HEADS:
        return None
    if before == "the" and (k < 2 or lowered[k - 2] in PREPOSITIONS):
        return None  # "the Federal Reserve" alone: read by the name-ending rule below
    if before not in _HEADS and before != "the":
        return None
    name = parts[k:]
    if all(w.lower().strip(".,") in PLACES for w in name):
        return None
    return " ".join(name)


def abbreviation(word: str) -> bool:
    """Inc., Co., U.S., Dr., Gen.: a final stop that belongs to the word."""
    lower = word.lower()
    return (
        lower in ("inc.", "co.", "corp.", "ltd.", "jr.", "sr.")
        or "." in word[:-1]
        or (lower.endswith(".") and lower in ROLE_WORDS)
    )
