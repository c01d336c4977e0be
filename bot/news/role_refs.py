"""References to a person by their title alone.

`find_role_references` finds "the Secretary of State", "the US president" or
"North Korea's leader" and resolves each to the person who holds that title
in the article (of two holders, the one whose title has the words before it,
else the one named last), or, for a few heads of state and government, who is
known to hold it. The titles themselves are read by `titles`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from bot.news.names import (
    DEPARTMENT_WORDS,
    KNOWN_OFFICE_HOLDERS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
)
from bot.news.title_spellings import SAME_OFFICE, SPELLED_OUT
from bot.news.titles import TITLE_JOINERS

_MAX_MODIFIERS = 3
_MAX_CORE_WORDS = 8
_THE = re.compile(r"\b[Tt]he\s")
_WORD = re.compile(r"[\w'’.-]+")
_CLAUSE_MARK = re.compile(r"[,;:!?()\"“”]")
_NOT_MODIFIERS = frozenset(
    """of for and or but to in on at by with from that who which said says before after
    during over under against between into through about as quoted cited told asked""".split()
)


# Words that make another office of the role after them: a "Vice President" is
# not "the president", nor is "Deputy Prime Minister" X "the prime minister".
_OFFICE_PREFIXES = frozenset("vice deputy prime assistant associate under lieutenant lt.".split())


def _cores(title: str) -> tuple[list[str], list[str]]:
    """Ways a title can follow "the": from each role word to the end; and heads, a role
    word that starts the title before "of" ("the secretary" for "Secretary of State";
    not "the leader" for "deputy leader of the party") or two or more role words."""
    words = [w.lower() for w in _WORD.findall(title)]
    cores: list[str] = []
    heads = []
    for i, word in enumerate(words):
        if cores and word in ("for", "to"):
            break  # "spokesman for the prime minister": the one served is someone else
        if word in ROLE_WORDS and word not in ("mr", "mrs", "ms", "dr", "sir"):
            start = i
            while start and words[start - 1] in _OFFICE_PREFIXES:
                start -= 1  # "Vice President" holds no "president": its core starts before
            core = words[start : start + _MAX_CORE_WORDS]
            # "Lt. Gov." is also "the lieutenant governor".
            for form in itertools.product(*((w, *SPELLED_OUT.get(w, ())) for w in core)):
                if (joined := " ".join(form)) not in cores:
                    cores.append(joined)
            if i == 0 and words[1:2] == ["of"]:
                heads.append(word)
            elif "of" in core[2:]:  # "the deputy prime minister" of "... of Iraq"
                heads.append(" ".join(core[: core.index("of")]))
    if words and words[-1] == "justice" and "judge" not in cores:
        cores.append("judge")  # "Justice Nigel Sweeney" ... "the judge said"
    if _PROSECUTOR.search(" ".join(words)) and "prosecutor" not in cores:
        cores.append("prosecutor")  # "U.S. Attorney Preet Bharara" ... "the prosecutor"
    for written in list(cores):  # "Chief Executive Ken Powell" ... "the CEO said"
        for long, short in SAME_OFFICE:
            if written.endswith(long) and (other := written[: -len(long)] + short) not in cores:
                cores.append(other)
    return cores, heads


_PROSECUTOR = re.compile(r"\b(?:u\.s\.|district|state|county|federal|state's)\sattorney$")


def _core_owners(titles: dict[str, list[str]]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Title core -> the person keys holding it ("president" may be two people's),
    and the cores that are only the head of an "... of ..." title."""
    owners: dict[str, set[str]] = {}
    whole: set[str] = set()
    heads: set[str] = set()
    rulers: set[str] = set()
    for key, person_titles in titles.items():
        for title in person_titles:
            cores, title_heads = _cores(title)
            whole.update(cores)
            heads.update(title_heads)
            for core in (*cores, *title_heads):
                owners.setdefault(core, set()).add(key)
            if _HEAD_OF_STATE.search(title.lower()) is not None:
                rulers.add(key)
    if rulers and _LEADER not in owners:
        # "the Iraqi leader" for Iraqi Prime Minister X: only with words that say
        # whose (`_match_after_the`), as "the leader" alone may be anyone's.
        owners[_LEADER] = rulers
        whole.add(_LEADER)
    return {core: frozenset(keys) for core, keys in owners.items()}, frozenset(heads - whole)


def _most_recent(
    keys: frozenset[str],
    where: tuple[int, int],
    named: Sequence[tuple[int, int, str]],
    first_named: dict[str, int],
) -> str | None:
    """Of several holders of a title, the one named last before `where`.

    "Trump said ... 'We will win,' the president told reporters": "the
    president" is the president just spoken of, not Chinese President Xi named
    earlier. Only a name in the same or the previous text counts.
    `first_named` is the first text index where each person is named.
    """
    if len(keys) == 1:
        # Named in this text or before, or not at all (a known office-holder):
        # "the new leader would be in place by Oct. 28" is not the opposition
        # leader a later paragraph names; "The vice president of Dacia,
        # Constantin Stroe, said" is Stroe.
        key = next(iter(keys))
        first = first_named.get(key)
        return None if first is not None and first > where[0] else key
    index = bisect.bisect_left(named, (where[0], where[1], ""))
    for t_index, _start, key in reversed(named[:index]):
        if t_index < where[0] - 1:
            break
        if key in keys:
            return key
    return None


def _narrowed(
    keys: frozenset[str], modifiers: list[str], titles: dict[str, list[str]], core: str
) -> frozenset[str]:
    """Of the title's holders, those whose own title has the modifiers ("the Chinese president").

    A holder whose title is qualified otherwise is left out: "the South Korean
    leader" is not the "North Korean leader", "the environment minister" not the
    "agriculture minister". With no holder left, "the <modifiers> leader" is the
    head of state or government whose title has the modifiers.
    """
    if not modifiers:
        # "the president" is not "former President X", nor "the chancellor" the shadow
        # chancellor: one who holds the office no longer, or not yet
        return frozenset(key for key in keys if not _held_no_more(titles[key], core))
    fitting = frozenset(
        key
        for key in keys
        if any(all(_has_word(title, m) for m in modifiers) for title in titles[key])
    )
    if fitting:
        return fitting
    # Only the titles that hold the core speak: "Sen." says nothing of "the Fed chairman".
    kept = frozenset(
        key
        for key in keys
        if any(
            not _conflicts(modifiers, title, core) for title in titles[key] if core in title.lower()
        )
    )
    if kept or core != "leader":
        return kept
    heads = frozenset(
        key
        for key, person_titles in titles.items()
        for title in person_titles
        if all(m.lower() in title.lower().split() for m in modifiers)
        and _HEAD_OF_STATE.search(title.lower()) is not None
    )
    return heads if len(heads) == 1 else frozenset()


_NOT_HELD = frozenset(("former", "late", "shadow", "ex"))


def _held_no_more(person_titles: list[str], core: str) -> bool:
    """Whether every title of a person that holds `core` says it is held no more
    ("former President", "Labour's shadow chancellor", "the late president")."""
    held = [title.lower() for title in person_titles if core in title.lower()]
    return bool(held) and all(
        not _NOT_HELD.isdisjoint(_WORD.findall(title[: title.index(core)])) for title in held
    )


def _has_word(title: str, modifier: str) -> bool:
    """Whether the title has the modifier's word, or a capitalised word it shortens
    ("Fed" for "Federal Reserve Chairman")."""
    plain = modifier.lower()
    words = title.split()
    if plain in (w.lower() for w in words):
        return True
    return (
        len(plain) >= 3
        and modifier[:1].isupper()
        and any(w[:1].isupper() and w.lower().startswith(plain) for w in words)
    )


_HEAD_OF_STATE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen)\b")
_FREE_MODIFIERS = TITLE_MODIFIERS | frozenset("new current then top long-time longtime".split())


def _conflicts(modifiers: list[str], title: str, core: str) -> bool:
    """True when the title qualifies its core with words that the reference's
    modifiers contradict: "South Korean" against "North Korean leader"."""
    words = _WORD.findall(title)
    lowered = [w.lower() for w in words]
    if any(
        (m.lower() in _OFFICE_PREFIXES or m.lower() in _NOT_HELD) and m.lower() not in lowered
        for m in modifiers
    ):
        return True  # "the vice president", "the former president" are not President X
    size = len(core.split())
    at = next((i for i in range(len(lowered)) if " ".join(lowered[i : i + size]) == core), None)
    if at is None:
        return False
    qualifiers = [w for w in words[:at] if w.lower() not in _FREE_MODIFIERS | TITLE_JOINERS]
    if not qualifiers:
        return False
    title_words = set(lowered)
    lower_only = all(w.islower() for w in qualifiers)
    for modifier in modifiers:
        plain = modifier.lower()
        if plain in _FREE_MODIFIERS or modifier.endswith(("'s", "’s")) or plain in title_words:
            continue
        if modifier[:1].isupper() or (lower_only and modifier.islower()):
            return True
        if plain in DEPARTMENT_WORDS:
            return True  # "the finance minister" is not Health Minister Yael German
    return False


def _match_after_the(
    text: str,
    pos: int,
    owners: dict[str, frozenset[str]],
    firsts: frozenset[str],
    titles: dict[str, list[str]],
    heads_only: frozenset[str] = frozenset(),
) -> tuple[int, frozenset[str]] | None:
    """Match "[modifiers] <core>" starting at `pos`; return (end, keys holding it).

    A core in `heads_only` ("secretary" of "Secretary of State") does not match
    where "of" follows it: "the head of product development" is another office
    than "head of finance".
    """
    words = []
    stop = _CLAUSE_MARK.search(text, pos, min(len(text), pos + 200))  # not past a comma
    for m in _WORD.finditer(text, pos, stop.start() if stop else min(len(text), pos + 200)):
        words.append(m)
        if len(words) >= _MAX_MODIFIERS + _MAX_CORE_WORDS:
            break
    # A title's first word comes within the first few: most "the ..." hold none.
    heads = [_plain(m.group()).lower() for m in words[: _MAX_MODIFIERS + 1]]
    if firsts.isdisjoint(heads):
        return None
    plain = heads + [_plain(m.group()).lower() for m in words[_MAX_MODIFIERS + 1 :]]
    for skip in range(min(_MAX_MODIFIERS, len(words)) + 1):
        first_lady = plain[skip - 1 : skip + 1] == ["first", "lady"]  # not "first president"
        if skip and not _modifier(words[skip - 1].group()) and not first_lady:
            break
        if skip >= len(words) or plain[skip] not in firsts:
            continue
        for size in range(min(_MAX_CORE_WORDS, len(words) - skip), 0, -1):
            core = " ".join(plain[skip : skip + size])
            keys = owners.get(core)
            if keys is None or (
                core in heads_only and plain[skip + size : skip + size + 1] == ["of"]
            ):
                continue
            if core == _LEADER and not skip and keys.isdisjoint(_leader_holders(titles)):
                return None  # "the leader" alone, where no title says "leader"
            chunk = words[skip : skip + size]
            end = chunk[-1].start() + len(_plain(chunk[-1].group()))
            if _name_follows(text, end) or (core == "major" and _adjective_use(text, end)):
                return None
            kept = _narrowed(keys, [m.group() for m in words[:skip]], titles, core)
            if not kept:
                return None
            return end, kept
    return None


_LEADER = "leader"


def _leader_holders(titles: dict[str, list[str]]) -> frozenset[str]:
    """The people whose own title says "leader"."""
    return frozenset(
        key
        for key, person_titles in titles.items()
        if any(_LEADER in title.lower() for title in person_titles)
    )


def _plain(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip(".")


# Words that count or rank holders of a title: "the second president to serve two
# terms" is no reference to the president in the story.
_COUNTING = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth last only next
    youngest oldest""".split()
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _modifier(word: str) -> bool:
    """A word that may stand between "the" and a title: US, company's, bank."""
    if word.endswith((".", "!", "?")) and "." not in word[:-1]:
        return False  # "the sources said. The prince": a sentence ends
    lower = word.lower()
    if lower in _COUNTING or _ORDINAL.fullmatch(lower):
        return False
    return lower not in _NOT_MODIFIERS and word[:1].isalpha()


_NEXT = re.compile(r" ([a-z]+)")
_AFTER_SUBJECT = frozenset("was is has had did would will could also".split())


def _adjective_use(text: str, end: int) -> bool:
    """Whether a rank that is also an adjective ("the major") qualifies the noun after
    it ("the major airlines") rather than standing as the subject ("the major said")."""
    nxt = _NEXT.match(text, end)
    return nxt is not None and not (
        nxt.group(1) in SPEECH_VERBS
        or nxt.group(1) in _AFTER_SUBJECT
        or nxt.group(1).endswith("ed")
    )


def _name_follows(text: str, end: int) -> bool:
    rest = text[end : end + 3]
    return len(rest) >= 2 and rest[0] == " " and rest[1].isupper()


def find_role_references(
    texts: list[str],
    titles: dict[str, list[str]],
    named: Sequence[tuple[int, int, str]] = (),
) -> list[tuple[int, int, int, str]]:
    """(text index, start, end, person key) of each reference by title alone.

    `named` are (text index, start, person key) of the people's names, in
    order: a title two people hold goes to the one named last before it.
    """
    found: dict[tuple[int, int], tuple[int, int, int, str]] = {}
    owners, heads_only = _core_owners(titles)
    firsts = frozenset(core.split()[0] for core in owners)
    known = _known_references(titles.keys())
    named = sorted(named)
    first_named: dict[str, int] = {}
    for text_index, _start, person in named:
        first_named.setdefault(person, text_index)
    for t_index, text in enumerate(texts):
        if owners:
            for m in _THE.finditer(text):
                hit = _match_after_the(text, m.end(), owners, firsts, titles, heads_only)
                if hit is None:
                    continue
                key = _most_recent(hit[1], (t_index, m.start()), named, first_named)
                if key is not None:
                    found[(t_index, m.start())] = (t_index, m.start(), hit[0], key)
        lowered = text.lower()
        for reference, key in known.items():
            start = lowered.find(reference)
            while start >= 0:
                end = start + len(reference)
                boundary_ok = (start == 0 or not lowered[start - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                )
                if boundary_ok and not _name_follows(text, end):
                    found.setdefault((t_index, start), (t_index, start, end, key))
                start = lowered.find(reference, end)
    return [found[k] for k in sorted(found)]


def _known_references(keys: Iterable[str]) -> dict[str, str]:
    """Lower-case reference -> person key, for office-holders the article names."""
    owners: dict[str, set[str]] = {}
    for key in keys:
        for reference in KNOWN_OFFICE_HOLDERS.get(key, ()):
            owners.setdefault(reference.lower(), set()).add(key)
    return {ref: next(iter(k)) for ref, k in owners.items() if len(k) == 1}
