"""Speaker labels to the fullest name the article gives.

A cue names its subject as written: "Djamal", "GM", "Federal Reserve",
"Pompeo". `SpeakerNames.fullest(label)` turns that into the name the article
gives in full: a person's canonical name when the label is one of their
aliases; the expansion of an acronym ("GM" -> "General Motors" when the
article writes the capitals of "General Motors"); or the longest capitalised
run that ends with the label ("Federal Reserve" -> "United States Federal
Reserve", "Stroe" -> "Constantin Stroe").
"""

from __future__ import annotations

from bisect import bisect_left

from bot.news.boilerplate import dateline_end
from bot.news.model import Article
from bot.news.name_tokens import Token, is_demonym_like, is_name_word, name_runs, tokens
from bot.news.names import (
    CALENDAR_WORDS,
    COMPANY_NOUNS,
    NON_PERSON_WORDS,
    NOT_BUSINESS_NAME_WORDS,
    PLACES,
    PUBLIC_BODY_NAME_WORDS,
    SENTENCE_WORDS,
)
from bot.news.person_forms import canonical_key
from bot.news.speaker_phrases import ORG_NOUN_PHRASE_STARTS, ORG_NOUNS

_GENERIC_ORG_WORDS = ORG_NOUNS | frozenset(
    "government council committee court police army office board".split()
)

_MAX_RUN_WORDS = 5
# Nouns of a public body: "the ministry said" may be the Foreign Ministry, "the
# carmaker said" is not; how many organisations back a business noun looks.
_LOOK_BACK = 5
# ("Shares of Hyundai Motor fell": the company is Hyundai Motor.)
_LEADING_NOISE = (
    SENTENCE_WORDS
    | CALENDAR_WORDS
    | {"shares", "officials", "employees", "workers", "executives", "customers", "of"}
)
# What comes before an outlet that was spoken to ("told Fox News"): it is no
# organisation that "the company" may stand for.
_TOLD_TO = ("told ", "interview with ", "speaking to ", "spoke to ", "told the ", "based in ")
# The agencies that report the news are not "the company" of it.
_WIRE_AGENCIES = frozenset(
    ("reuters", "ap", "afp", "associated press", "agence france-presse", "dpa", "upi")
)
# Cities the news is written from: no organisation "the company" may stand for (the
# countries and some cities are `PLACES`).
_CITIES = frozenset(
    """jerusalem tel aviv gaza cairo baghdad damascus beirut tehran kabul islamabad karachi
    lahore nairobi lagos johannesburg durban cape town riyadh doha ankara istanbul athens
    nicosia lisbon vienna warsaw prague budapest kiev kyiv stockholm oslo copenhagen
    helsinki amsterdam frankfurt munich milan zurich caracas havana bogota lima santiago
    buenos aires sao paulo rio de janeiro mexico city hong kong taipei manila jakarta
    bangkok hanoi kuala lumpur mumbai bangalore karachi dhaka sydney melbourne wellington
    los angeles san francisco houston dallas atlanta miami philadelphia denver phoenix
    las vegas minneapolis cleveland pittsburgh baltimore brooklyn silicon valley wall
    street new york london washington""".split()
)
# What comes before a word that opens a sentence ("" at the paragraph's start).
_SENTENCE_ENDS = frozenset(("", ".", "!", "?", '"', "”", ":", "—", "-", "–"))


class SpeakerNames:
    """Index of the names an article writes out, for completing speaker labels."""

    def __init__(self, article: Article) -> None:
        self.by_alias: dict[str, str] = {}
        ambiguous: set[str] = set()
        for person in article.people:
            for form in (person.name, *person.aliases):
                key = canonical_key(form)
                if key in self.by_alias and self.by_alias[key] != person.name:
                    ambiguous.add(key)
                self.by_alias[key] = person.name
        for key in ambiguous:
            del self.by_alias[key]
        self.person_names = {person.name for person in article.people}
        self._paragraphs = article.paragraphs
        self.by_last_word: dict[str, str] = {}
        self.by_initials: dict[str, str] = {}
        # Organisation-like names in reading order: ((paragraph, start), name, whether
        # it opens a sentence).
        self.organisations: list[tuple[tuple[int, int], str, bool]] = []
        counts: dict[str, int] = {}
        # Single words capitalised inside a sentence, not only at its start ("Profit
        # rose" twice is no company; "Apple" once after "shares of" is one).
        inside: set[str] = set()
        for index, paragraph in enumerate((article.title, *article.paragraphs)):
            # A dateline's agency ("SEOUL (Reuters) -") is no organisation of the news.
            news = dateline_end(paragraph) if 0 < index <= 3 else 0
            for start, run, opens in self._index_runs(paragraph):
                if start < news:
                    continue
                self.organisations.append(((index - 1, start), run, opens))
                key = canonical_key(run)
                counts[key] = counts.get(key, 0) + 1
                if index and not opens and start != news:
                    inside.add(key)
        # Keep names written twice or more (a single word once inside a sentence at
        # least), that say what they are (Inc, Motors), or that a business noun
        # introduces ("British retailer Primark").
        self.organisations = [
            (where, run, opens)
            for where, run, opens in self.organisations
            if (counts[canonical_key(run)] >= 2 and (" " in run or canonical_key(run) in inside))
            or any(w.lower().strip(".") in NON_PERSON_WORDS for w in run.split())
            or self._after_business_noun(where)
        ]
        self.organisation_starts = [where for where, _, _ in self.organisations]

    def _after_business_noun(self, where: tuple[int, int]) -> bool:
        """Whether a business noun comes right before the body run that starts at `where`
        ((paragraph, offset): "retailer Primark")."""
        paragraph, start = where
        text = self._paragraphs[paragraph] if paragraph >= 0 else ""
        before = text[max(0, start - 20) : start].split()
        return bool(before) and before[-1].lower() in COMPANY_NOUNS

    def _index_runs(self, text: str) -> list[tuple[int, str, bool]]:
        """Index the capitalised runs of `text`; return the organisation-like ones,
        each with whether it opens a sentence."""
        organisations: list[tuple[int, str, bool]] = []
        toks = tokens(text)
        for i, j in _joined_by_of(toks, name_runs(toks, text), text):
            while i < j and toks[i].lower in _LEADING_NOISE:
                i += 1
            if i >= j or j - i > _MAX_RUN_WORDS:
                continue
            words = [t.core for t in toks[i:j]]
            run = " ".join(words)
            last = words[-1].lower()
            if len(run) > len(self.by_last_word.get(last, "")):
                self.by_last_word[last] = run
            if len(words) >= 2 and all(is_name_word(t) for t in toks[i:j]):
                self.by_initials.setdefault("".join(w[0] for w in words), run)
            key = canonical_key(run)
            # "Ministry defends ...": one generic noun is no organisation's name.
            generic = len(words) == 1 and words[0].lower() in _GENERIC_ORG_WORDS
            if (
                key not in self.by_alias
                and not generic
                and not all(w.lower() in PLACES or w.lower() in _CITIES for w in run.split())
                and not (len(words) == 1 and is_demonym_like(toks[i]))  # "Israeli leaders"
                and not text.endswith(_TOLD_TO, 0, toks[i].start)
                and run.lower() not in _WIRE_AGENCIES
            ):
                start = toks[i].start  # (a bounded slice: a long paragraph stays linear)
                opens = text[max(0, start - 16) : start].rstrip()[-1:] in _SENTENCE_ENDS
                organisations.append((toks[i].start, run, opens))
        return organisations

    def organisation_before(self, paragraph: int, position: int, noun: str = "") -> str | None:
        """The organisation named last before a place in the body ("the company"); a
        business noun (`noun`: "carmaker") passes over ministries and agencies, and
        a public body's noun ("the union") takes only a name of its kind."""
        i = bisect_left(self.organisation_starts, (paragraph, position)) - 1
        kinds = PUBLIC_BODY_NAME_WORDS.get(noun)
        fitting = []
        for k in range(i, max(-1, i - _LOOK_BACK), -1):
            name = self.organisations[k][1]
            words = name.lower().split()
            if (
                noun == "group"  # a firm's or a lobby's: "the American Beverage Association"
                or (kinds is None and NOT_BUSINESS_NAME_WORDS.isdisjoint(words))
                or (kinds is not None and not kinds.isdisjoint(words))
            ):
                fitting.append(self.organisations[k])
        if not fitting:
            return None
        (at_paragraph, at), name, _opens = fitting[0]
        if at_paragraph == paragraph and ". " not in self._paragraphs[paragraph][at:position]:
            return name  # "In a statement on the Airbus website, the company said"
        # Else the last that opens a sentence, a subject ("Sony Corp said it would sell
        # its New York headquarters. ... the company said"), else the last named.
        return next((found[1] for found in fitting if found[2]), name)

    def is_person(self, name: str) -> bool:
        """True when `name` is the canonical name of a person of the article."""
        return name in self.person_names

    def fullest(self, label: str, paragraph: int = 0, position: int = 0) -> str:
        """The fullest name the article gives for a speaker label.

        "the company" (or firm, automaker, ...) is the organisation named last
        before `position` of body paragraph `paragraph`.
        """
        parts = label.lower().split()
        generic = label[-1:].islower()  # "the company", not "the Foreign Ministry"
        if (
            generic
            and len(parts) >= 2
            and parts[0] in ORG_NOUN_PHRASE_STARTS
            and parts[-1] in ORG_NOUNS
        ):
            named = self.organisation_before(paragraph, position, parts[-1])
            return self.fullest(named) if named is not None else label
        key = canonical_key(label)
        if key in self.by_alias:
            return self.by_alias[key]
        words = label.split()
        if not words or not label[:1].isupper():
            return label
        if len(words) == 1 and label.isupper() and 2 <= len(label) <= 5:
            return self.by_initials.get(label, label)
        run = self.by_last_word.get(words[-1].lower())
        if run is not None and len(run) > len(label) and run.endswith(label):
            return self.by_alias.get(canonical_key(run), run)
        if len(words) == 1 and len(label) >= _TYPO_MIN:
            # "DesRoiser said" of Dennis DesRosier: one slip of the keys in a family name.
            slips = {n for n in self.person_names if _one_slip(label, n.split()[-1])}
            if len(slips) == 1:
                return slips.pop()
        return label


_TYPO_MIN = 6


def _one_slip(written: str, name: str) -> bool:
    """Whether `written` is `name` with one letter swapped for another or two
    neighbours swapped ("DesRoiser" for "DesRosier"), first two letters kept."""
    if len(written) != len(name) or written == name or written[:2] != name[:2]:
        return False
    diff = [i for i, (a, b) in enumerate(zip(written, name, strict=True)) if a != b]
    if len(diff) == 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and written[i] == name[j] and written[j] == name[i]


# What ends the name of a body that "and" may join: "Food and Drug Administration".
_BODY_ENDS = frozenset(
    """administration commission department agency bureau association foundation
    institute council committee board authority service services organization""".split()
)


def _joined_by_of(
    toks: list[Token], runs: list[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """Capitalised runs with those that " of " joins made one: "International
    Association of Machinists", "Bank of America"; so are those " and " or " & " join
    into a body's name ("Food and Drug Administration", "Johnson & Johnson")."""
    joined: list[tuple[int, int]] = []
    for i, j in runs:
        between = text[toks[joined[-1][1] - 1].end : toks[i].start] if joined else ""
        if between == " of " or (
            between in (" and ", " & ")
            and (
                toks[j - 1].lower in _BODY_ENDS
                or text[toks[i].start : toks[j - 1].end]
                == text[toks[joined[-1][0]].start : toks[joined[-1][1] - 1].end]
            )
        ):
            joined[-1] = (joined[-1][0], j)
        else:
            joined.append((i, j))
    return joined
