"""One person under several forms of a name, and the words inside names.

"Michael Sears" is the "Michael M. Sears" named elsewhere (initials left
out), "French Gates" (from "Ms. French Gates") the "Melinda French Gates",
and "Gisele Fetterman" the "Gisele Barreto Fetterman": a shorter form of two
or more words whose words all appear, in order and with the same last word,
in exactly one fuller name of the article. A nickname the article gives ("Andrés
Manuel López Obrador, known as AMLO,") is one more form of that person's name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from bot.news.names import SURNAME_FIRST
from bot.news.quote_chains import fits

# ", known as AMLO,", ", widely known as Lula,": a capitalised name and then a stop.
_KNOWN_AS = re.compile(
    r",\s(?:(?:widely|popularly|better|commonly|also|often|universally)\s)?known\sas\s"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})(?=[,.;)]|\s(?:and|who|has|is|was)\b)"
)


_NOT_ALNUM = re.compile(r"[\W_]+")


def canonical_key(name: str) -> str:
    """A case-, hyphen- and space-insensitive key: "Kim Yong-chol" == "Kim Yong Chol"."""
    return _NOT_ALNUM.sub("", name.casefold())


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _inside(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` with words left out, ending on the same word (case
    aside: "Von der Leyen" opening a sentence is Ursula von der Leyen)."""
    if len(short) >= len(full) or short[-1] != full[-1]:
        return False
    rest = iter([word.casefold() for word in full])
    return all(word.casefold() in rest for word in short)


def _fuller(plain: list[str], words: list[str], full: list[str], stripped: list[str]) -> bool:
    """Whether the name `full` (`stripped`: without initials) is a fuller form of
    `words` (`plain`: without initials)."""
    if plain == stripped:
        return len(full) > len(words)  # the same name with initials added
    return _inside(plain, stripped)


# Names compared with each other share their last word; past this many such
# names (pathological input) none is merged, so the work stays linear.
_MAX_SHARING = 16


def same_person(forms: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """(key, into) pairs: the person under `key` is the one under `into`.

    `forms` maps each person's key to the name forms found for them.
    """
    names = {key: [form.split() for form in found] for key, found in forms.items()}
    by_last: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for key, own in names.items():
        for full in own:
            stripped = [w for w in full if not _is_initial(w)]
            if stripped:
                by_last.setdefault(stripped[-1], []).append((key, full, stripped))
    pairs: list[tuple[str, str]] = []
    for key, own in names.items():
        for words in own:
            plain = [w for w in words if not _is_initial(w)]
            # A lone family name found as a person ("said Biles, 27,") is the one
            # person of that family name too.
            sharing = by_last.get(plain[-1], []) if plain else []
            if len(sharing) > _MAX_SHARING:
                continue
            fuller = {
                other
                for other, full, stripped in sharing
                if other != key and _fuller(plain, words, full, stripped)
            }
            if len(fuller) == 1:
                pairs.append((key, fuller.pop()))
                break
    return pairs


def middle_names(
    canonicals: Mapping[str, str], runs: Sequence[tuple[str, ...]]
) -> dict[str, list[str]]:
    """ "Lula" of "Luiz Inacio Lula da Silva", "Baghdadi" of "al-Baghdadi": word ->
    person keys (`canonicals`: key -> full name). A word that opens another
    capitalised run of the article (`runs`, as words) is a brand there, not a
    short name ("Ford Motor Company" beside "William Clay Ford Jr.")."""
    # The runs of two words or more that lie inside some name, word for word (a set:
    # one substring search per run over all names would be quadratic).
    inside: set[tuple[str, ...]] = set()
    for canonical in canonicals.values():
        name = tuple(canonical.split())
        inside.update(name[a:b] for a in range(len(name)) for b in range(a + 2, len(name) + 1))
    brands = {run[0].lower() for run in runs if len(run) >= 2 and run not in inside}
    middles: dict[str, list[str]] = {}
    for key, canonical in canonicals.items():
        words = canonical.split()
        tails = [w.split("-", 1)[1] for w in words[1:] if "-" in w and w[:1].islower()]
        for word in [*words[1:-1], *tails]:
            low = word.lower()
            keys = middles.setdefault(low, [])
            if word[:1].isupper() and len(word) > 2 and low not in brands and key not in keys:
                keys.append(key)
    return {word: keys for word, keys in middles.items() if keys}


def nickname_after(text: str, end: int) -> str | None:
    """The nickname that ", known as ..." gives right after a name ending at `end`."""
    found = _KNOWN_AS.match(text, end)
    return found.group("name") if found else None


def name_tails(names: Mapping[str, str]) -> dict[tuple[str, ...], list[str]]:
    """Last words of people's names (two or more, short of the whole name) and
    whose names end with them: ("López", "Obrador") -> [the key of Andrés Manuel
    López Obrador]; ("Le", "Pen") -> Marine's and Jean-Marie's."""
    owners: dict[tuple[str, ...], list[str]] = {}
    for key, name in names.items():
        words = tuple(name.split())
        for size in range(2, len(words)):
            owners.setdefault(words[-size:], []).append(key)
    return owners


def add_unique(items: list[str], value: str) -> None:
    """Append `value` to `items` unless it is there already, case aside."""
    if value.casefold() not in (item.casefold() for item in items):
        items.append(value)


class Prominence:
    """How often and where first each person is named: of namesakes ("Trump" for
    Donald and Eric, "Le Pen" for Marine and Jean-Marie) a bare name is the one
    named most, then first."""

    def __init__(self) -> None:
        self.named: dict[str, tuple[int, tuple[int, int]]] = {}

    def count(self, key: str, t_index: int, start: int) -> None:
        """Count one more mention of a person, at (t_index, start)."""
        count, first = self.named.get(key, (0, (t_index, start)))
        self.named[key] = (count + 1, min(first, (t_index, start)))

    def recount(self, mentions: Iterable[tuple[int, int, int, str, str]]) -> None:
        """Count `mentions` (text index, start, end, key, text) afresh."""
        self.named = {}
        for t_index, start, _end, key, _text in mentions:
            self.count(key, t_index, start)

    def rank(self, key: str) -> tuple[int, tuple[int, int]]:
        """Sort key of a person: most mentions first, then the earliest mentioned."""
        count, first = self.named.get(key, (0, (1 << 30, 0)))
        return (-count, first)


# Honorifics that tell whether "he" or "she" stands for the person.
_HONORIFIC_PRONOUNS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}


class _Named(Protocol):
    def canonical(self) -> str: ...


def fitting_honorific(honorific: str, keys: list[str], people: Mapping[str, _Named]) -> list[str]:
    """The people (`keys` into `people`) an honorific may stand before ("Mrs. Trump"
    of Donald and Melania Trump: Melania); all of them when it tells no gender or, for
    "Mr.", none fits. "Mrs.", "Ms." or "Miss" stands for no one a given name makes a
    man ("Bill Clinton ... Mrs. Clinton"), but for one known by the family name alone
    ("Prime Minister Thatcher ... Mrs. Thatcher")."""
    pronoun = _HONORIFIC_PRONOUNS.get(honorific.lower().rstrip("."))
    fitting = [key for key in keys if pronoun is None or fits(pronoun, people[key].canonical())]
    if pronoun == "she":
        return fitting  # (never a man: "Mrs. Clinton" is not Bill Clinton)
    return fitting or keys


# How far back in its paragraph a namesake's mention decides a bare family name.
_NAMESAKE_REACH = 240


class NamesakeIndex:
    """Where each person is named, by text, in reading order: which of several
    namesakes a bare family name just after stands for ("Premier Li Keqiang said ...
    '...,' Li said": not Vice President Li Yuanchao, named in another paragraph)."""

    def __init__(self, mentions: Iterable[tuple[int, int, int, str, str]]) -> None:
        self._named: dict[int, list[tuple[int, str]]] = {}
        for t_index, start, _end, key, _text in mentions:
            self._named.setdefault(t_index, []).append((start, key))
        for named in self._named.values():
            named.sort()

    def add(self, t_index: int, start: int, key: str) -> None:
        """One more mention, of `key` at `start` of text `t_index`."""
        bisect.insort(self._named.setdefault(t_index, []), (start, key))

    def near(self, t_index: int, start: int, keys: list[str]) -> str | None:
        """Of namesakes (`keys`), the only one named in text `t_index` in the
        `_NAMESAKE_REACH` characters before `start`, if only one is."""
        named = self._named.get(t_index, [])
        lo = bisect.bisect_left(named, (start - _NAMESAKE_REACH, ""))
        hi = bisect.bisect_left(named, (start, ""))
        near = {key for _start, key in named[lo:hi] if key in keys}
        return near.pop() if len(near) == 1 else None


def family_name_index(forms: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The people (keys of `forms`, each person's name forms) by each family name they
    go by, lower-case (the first word too of a family-name-first form: "Xi Jinping")."""
    index: dict[str, list[str]] = {}
    for key, written in forms.items():
        for form in written:
            words = form.split()
            names = {words[-1].lower()}
            if words[0].lower() in SURNAME_FIRST:
                names.add(words[0].lower())
            for word in names:
                if key not in index.setdefault(word, []):
                    index[word].append(key)
    return index


def lone_given_names(names: Mapping[str, str]) -> dict[str, list[str]]:
    """The given names (lower-case) only one of the people (key -> full name) has."""
    given: dict[str, list[str]] = {}
    for key, name in names.items():
        words = name.split()
        if len(words) >= 2 and words[0].lower() not in SURNAME_FIRST:
            given.setdefault(words[0].lower(), []).append(key)
    return {word: keys for word, keys in given.items() if len(keys) == 1}
