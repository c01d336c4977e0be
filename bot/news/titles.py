"""Titles read around a person's name.

`title_before` reads "US Secretary of State" in "US Secretary of State Mike Pompeo";
`title_after` the role in apposition ("Kim, the deputy leader of North Korea's
ruling party, ..."); `titles_ahead` the role in apposition before the name ("The
head of the central bank, Maria Lopez, said", "said the economist, Jane Doe.").
"""

from __future__ import annotations

import re

from bot.news.name_rules import HONORIFICS
from bot.news.name_tokens import (
    Token,
    abbreviated_role,
    bridged,
    is_acronym,
    is_demonym_like,
    is_name_word,
    is_regnal,
    is_role_word,
)
from bot.news.names import (
    DEPARTMENT_WORDS,
    FIRST_NAMES,
    FIRST_ROLES,
    KIN_WORDS,
    NON_PERSON_WORDS,
    PLACES,
    RIVAL_WORDS,
    ROLE_QUALIFIERS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
)
from bot.news.temporal_lexicon import PAST_FORMS, SUBJECT_PRONOUNS

TITLE_JOINERS = frozenset(("of", "the", "for", "and", "&"))
_MAX_TITLE_WORDS = 8
_MAX_APPOSITION_WORDS = 12
_POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
# Words that may open a title in apposition although they are sentence words.
_APPOSITION_OPENERS = frozenset("his her its their our one now then also the a an".split())
# Verbs after which a role in apposition is the teller: ", a White House official said".
_SAID_WORDS = frozenset("said says told tells added adds".split())
# Words that end a title in apposition: ", a professor who studied ...".
_RELATIVE_WORDS = frozenset("who whom whose which that where when while after because".split())
# Words that open a clause, not an apposition, after a name's comma: ", who faces
# ...", ", hours after ...", ", said the singer had ..." (the name is the subject).
_CLAUSE_WORDS = (
    _RELATIVE_WORDS
    | frozenset(
        "before since although though if despite during according speaking and but or as".split()
    )
    | SPEECH_VERBS
)


def _is_role(token: Token) -> bool:
    return is_role_word(token.lower)


def _people_of(toks: list[Token], k: int) -> bool:
    """True for "Supporters" in "Supporters of President X": a plural before "of"
    that is no role ("Joint Chiefs of Staff Chairman" is one) nor a department."""
    lower = toks[k].lower
    if k + 1 >= len(toks) or toks[k + 1].lower != "of":
        return False
    if lower in _LED_BODIES:
        return True  # "The government of Prime Minister Mariano Rajoy"
    return (
        lower.endswith("s")
        and not lower.endswith("ss")
        and not is_role_word(lower[:-1])
        and lower not in DEPARTMENT_WORDS
    )


# Bodies a person leads, named "of" them: the leader's title is what follows.
_LED_BODIES = frozenset(
    "government cabinet coalition administration regime party movement alliance bloc".split()
)


def _a_name_alone(token: Token) -> bool:
    """A capitalised word that is no part of a title ("Altman", not "Health" of
    "Health and Human Services", "Chairman" of "Chairman and CEO" nor "Bosnia" of
    "Bosnia and Herzegovina President")."""
    return (
        token.capital
        and is_name_word(token)
        and not _is_role(token)
        and token.lower not in DEPARTMENT_WORDS
        and token.lower not in NON_PERSON_WORDS
        and token.lower not in SENTENCE_WORDS
        and token.lower not in PLACES
    )


def _joins_a_name(toks: list[Token], k: int) -> bool:
    """Whether the "and" at k joins the words of one name: "Securities and Exchange
    Commission", "Trinidad and Tobago" (not "Obama and German Chancellor Merkel")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not nxt.capital or _is_role(nxt) or is_demonym_like(nxt):
        return False
    # (not "between Washington and Afghan President Hamid Karzai": a new title starts)
    return not (k + 2 < len(toks) and _is_role(toks[k + 2]))


def _ends_a_name(toks: list[Token], k: int) -> bool:
    """True when the two words before token `k` are name words, not roles: "Donald
    Trump", "Benedict XVI"."""
    before = toks[max(0, k - 2) : k]
    return len(before) == 2 and all(
        (is_name_word(t) or is_regnal(t)) and not _is_role(t) for t in before
    )


def title_before(text: str, toks: list[Token], name_start: int) -> str | None:
    """The title written right before the name at token `name_start`, if any."""
    if name_start and toks[name_start - 1].lower in TITLE_JOINERS:
        return None  # "the leader of Marine Le Pen's party": she is not its leader
    k = name_start - 1
    first = name_start
    has_role = False
    while k >= 0 and name_start - k <= _MAX_TITLE_WORDS:
        tok = toks[k]
        gap = k + 1 < len(toks) and toks[k + 1].start - tok.end > 2
        if gap and not bridged(text, tok, toks[k + 1]):
            break
        if tok.text == ".":
            # An abbreviated role is two tokens: "Gov" "." in "Gov. Kate Brown".
            if not (k and abbreviated_role(toks, k - 1)):
                break
            has_role = True
            first = k - 1
            k -= 2
            continue
        if _is_role(tok) or tok.lower in RIVAL_WORDS:
            has_role = True  # "conservative rival Kim Moon-soo" (a person on other grounds)
        elif tok.lower == "first" and toks[k + 1].lower in FIRST_ROLES:
            pass  # "first lady Melania Trump"
        elif tok.lower in SUBJECT_PRONOUNS:
            break  # "He and first lady Melania Trump"
        elif tok.lower == "for" and has_role:
            break  # "a spokeswoman for Gov. Greg Abbott": his title is "Gov."
        elif tok.lower in ("and", "&") and _ends_a_name(toks, k):
            break  # "President Donald Trump and Chinese President Xi": two people
        elif tok.lower == "and" and k and _a_name_alone(toks[k - 1]) and not _joins_a_name(toks, k):
            break  # "hire Altman and former OpenAI President Greg Brockman"
        elif (
            tok.lower == "and"
            and k
            and not _is_role(toks[k - 1])
            and (
                not toks[k + 1].capital
                or _is_role(toks[k + 1])
                or (
                    k + 2 < len(toks)
                    and (is_demonym_like(toks[k + 1]) or is_acronym(toks[k + 1]))
                    and _is_role(toks[k + 2])
                )
            )
        ):
            # "Blackstone Group LP and activist investor Carl Icahn", "relations between
            # Washington and President Hamid Karzai" (not "Chairman and CEO Ken Powell")
            break
        elif _people_of(toks, k):
            break  # "Supporters of President Donald Trump": his title is "President"
        elif not (
            is_name_word(tok)
            or is_acronym(tok)
            or tok.lower in TITLE_JOINERS
            or tok.lower in TITLE_MODIFIERS
            or tok.lower in DEPARTMENT_WORDS
            or (not tok.capital and tok.lower in ROLE_QUALIFIERS)  # "press secretary"
        ):
            break
        first = k
        k -= 1
    while first < name_start and (
        toks[first].lower in _NOT_OPENING_TITLES
        # (a verb after a modal: "will press Syrian President", not "press secretary")
        or (
            not toks[first].capital
            and not _is_role(toks[first])  # ("According to analyst Maryann Keller")
            and toks[first].lower not in TITLE_MODIFIERS  # ("passed to acting President")
            and _MODAL_BEFORE.search(text, max(0, toks[first].start - 8), toks[first].start)
        )
    ):
        first += 1  # (not "But Prime Minister", "When Gov.")
    if not has_role or first >= name_start:
        return None
    if toks[first].lower in ("the", "a", "an"):
        return None
    if toks[first].lower in _POSSESSIVE_DETERMINERS:
        first += 1  # "His former adviser Dominic Cummings": the title is "former adviser"
        if first >= name_start:
            return None
    last = name_start - 1
    while last > first and toks[last].lower in HONORIFICS and toks[last - 1].lower != "first":
        last -= 1  # "Labour leader Sir Keir Starmer": the title is "Labour leader"
    # "Vatican spokesman the Rev. Federico Lombardi", "Hezbollah leader Sheikh Hassan
    # Nasrallah": a style of address is no part of the title.
    title = _STYLE_AFTER.sub("", text[toks[first].start : toks[last].end].strip())
    return title or None


_STYLE_AFTER = re.compile(
    r"\s*(?:the\s)?(?:(?:Very|Most|Right)\s)?(?:Rev\.|Reverend|Sheikh|Sheik)$"
)


_SENTENCE_ADVERBS = frozenset(
    "but yet so still now then also earlier later meanwhile instead even only elsewhere".split()
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|must|should|can|could|may|might)\s$")
_NOT_OPENING_TITLES = (
    TITLE_JOINERS
    | _SENTENCE_ADVERBS
    | frozenset(
        """when after as before while if since because although though once until unless
        whether""".split()
    )
)
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_AGE = re.compile(r"\d{1,3}")
# Verbs that make the words after a name's comma its predicate, not its title.
_PREDICATE_VERBS = frozenset(
    "became become becomes is was were has had have remains remained will would served serves"
    " took takes named".split()
)
# A US legislator's party and state after the name: "R-N.Y.", "D-Calif.", "I-Vt.".
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*")


def _after_tag(toks: list[Token], comma: int) -> int:
    """The comma closing a party-and-state tag that follows the comma at `comma`
    (", R-N.Y., the committee's chairman"), else `comma` itself."""
    k = comma + 1
    if k < len(toks) and _PARTY_STATE.fullmatch(toks[k].text):
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")
        if k < len(toks) and toks[k].text == ",":
            return k
    return comma


# A firm's last word, whose full stop may end the sentence too.
_FIRM_ENDINGS = frozenset("inc. corp. co. ltd. llc. plc. bros.".split())
# What opens a sentence after one: "... Neustar Inc. He said", "Inc. \"Demand is strong\"",
# "Inc. Mr. Long said".
_NEW_SENTENCE = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+[a-z]|[\"“]|(?:Mrs?|Ms|Dr)\.\s+[A-Z])")


def _sentence_after(text: str, at: int) -> bool:
    """Whether a new sentence opens after the full stop ending at `at`: a capitalised
    word and a lower-case one ("He said", "Acme shares rose") or a quotation."""
    return _NEW_SENTENCE.match(text, at) is not None


# What links a role to a person it serves: "a spokeswoman for Gov. Greg Abbott".
_OWNER_LINKS = frozenset("for of to with at from".split())


def title_after(text: str, toks: list[Token], end: int) -> str | None:
    """The role in apposition after a name (", the deputy leader of ...,"), also after an
    age (", 45,"), a party tag (", R-N.Y.,") or a state ("Jeff Sessions of Alabama,")."""
    if end + 2 < len(toks) and toks[end].lower == "of" and toks[end + 1].capital:
        end += 2
    if end >= len(toks) or toks[end].text != ",":
        return None
    if end > 0 and toks[end].start != toks[end - 1].end:
        return None  # "King Jr.'s son, Martin Luther King III,": the comma is not the name's
    end = _after_tag(toks, end)
    if end + 2 < len(toks) and _AGE.fullmatch(toks[end + 1].text) and toks[end + 2].text == ",":
        end += 2
    k = end + 1
    opening = toks[end].end
    if k < len(toks) and toks[k].lower in ("the", "a", "an"):
        opening = toks[k].end
        k += 1
    first = k
    role_seen = False
    cut: int | None = None
    firm_end: int | None = None
    while k < len(toks) and k - first < _MAX_APPOSITION_WORDS:
        tok = toks[k]
        if (
            tok.text == "."
            and k > first
            and (abbreviated_role(toks, k - 1) or toks[k - 1].lower in _MONTH_ABBREVIATIONS)
        ):
            k += 1  # "a spokeswoman for Gov. Greg Abbott", "the Oct. 7 attack": no stop
            continue
        if tok.text in ',.;:()"“”':
            break
        if tok.lower in _FIRM_ENDINGS and _sentence_after(text, tok.end):
            firm_end = tok.end  # "a senior technologist at Neustar Inc. He said ...": it ends
            k += 1
            break
        if (
            tok.lower in FIRST_NAMES
            and k + 1 < len(toks)
            and is_name_word(toks[k + 1])
            and not any(toks[j].lower in _OWNER_LINKS for j in range(first, k))
            # (not "Prime Minister Benjamin Netanyahu's spokesman": the role's owner)
            and not any(t.text.endswith(("'s", "’s")) for t in toks[k + 1 : k + 4])
        ):
            return None  # ", U.S. Vice President Joe Biden and ...": a list of people
        if tok.lower in _SAID_WORDS and k > first and cut is None:
            if first > end + 1:
                return None  # "briefed by Robert Mueller, a White House official said."
            firm_end = toks[k - 1].end  # "Scott Carson, president of Boeing said, ..."
            break
        kin = tok.lower in KIN_WORDS and text.endswith(("'s ", "’s "), opening, tok.start)
        if (_is_role(tok) or kin) and tok.lower not in ("mr", "mrs", "ms", "miss", "mr.", "mrs."):
            role_seen = role_seen or k - first < 5  # kin: ", the former president's son,"
        elif (
            not role_seen
            and not is_acronym(tok)  # "WHO's senior emergency officer"
            and (
                # (a capital "State" or "Post" names a body: ", a State Department
                # spokesman," is no clause that "state" opens)
                (tok.lower in _CLAUSE_WORDS and not (tok.capital and tok.lower in SPEECH_VERBS))
                or (tok.lower in SENTENCE_WORDS and tok.lower not in _APPOSITION_OPENERS)
            )
        ):
            return None  # ", who faces ...", ", hours after ...": no apposition
        elif tok.lower in _RELATIVE_WORDS and cut is None and not is_acronym(tok):
            cut = tok.start  # ", head of sales who ..."; not "the WHO's program"
        k += 1
    if not role_seen or k == first:
        return None
    if firm_end is None and k < len(toks) and toks[k].text not in ",.;:":
        return None
    # Up to the closing mark: plain words the tokeniser left out belong to the title.
    close = firm_end or (toks[k].start if k < len(toks) else len(text))
    # From the comma: an article after a verb ("became the second player") hides none.
    lead = text[toks[end].end : toks[first].start].split()
    if len(lead) > 5 or any(word in _PREDICATE_VERBS or _verb_opens(word) for word in lead):
        return None  # "Charles, 73, immediately became King", "X, met his counterpart"
    title = text[opening : close if cut is None else cut].strip()
    # ", a 61-year-old climate scientist,": the age is no part of the role.
    return _AGE_WORD.sub("", title) or None


_AGE_WORD = re.compile(r"^\d{1,3}-year-old\s+(?=\S)")


def _verb_opens(word: str) -> bool:
    """Whether a word right after a name's comma is a past verb ("met", "visited"),
    which opens the sentence's predicate, not an apposition ("retired teacher")."""
    return word in PAST_FORMS or (len(word) >= 5 and word.endswith("ed") and word != "retired")


COURTESY_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir".split())


def informative_titles(titles: list[str]) -> list[str]:
    """The titles worth showing: "Dr." goes when a role says more ("health officer");
    "Mr."/"Ms." say nothing on their own."""
    roles = [_one_of_many(t) for t in titles if t.lower() not in COURTESY_TITLES]
    return roles or [t for t in titles if t.lower().rstrip(".") in ("dr", "sir")]


# "Sens. Rand Paul of Kentucky, Mike Lee of Utah": each one is a "Sen.".
_ONE_OF_MANY = {"Sens.": "Sen.", "Reps.": "Rep."}


def _one_of_many(title: str) -> str:
    head, _, last = title.rpartition(" ")
    one = _ONE_OF_MANY.get(last)
    return title if one is None else f"{head} {one}".lstrip()
