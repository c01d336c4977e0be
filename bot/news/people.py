"""People an article names: canonical names, titles, aliases and every mention.

Three passes over the captions (credits left out) and the body:

1. Full names: capitalised runs that a given name, a title ("Secretary of
   State Mike Pompeo", "analyst Dennis DesRosier"), a role in apposition
   ("Whitey MacDonald, chairperson of ...") or the East Asian family-name-first
   pattern ("Kim Yong-chol") marks as a person. Spelling variants share a
   `canonical_key`; the fullest form is the canonical name.
2. Short names: a lone family name ("Pompeo"), an East Asian family name
   ("Kim") or "Mr Howard" resolves to the person of that name; when several
   people share it, to the one mentioned last before it (the seed's "Kim, the
   deputy leader ..." is the Kim Yong-chol of the paragraph before).
3. Role references: "the Secretary of State", "the US president", "North
   Korea's leader" resolve to the one person who holds that title here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.news.attribution import SPEECH_VERBS
from bot.news.model import Article, Location, Mention, Person, Span
from bot.news.name_tokens import Token, is_acronym, is_name_word, name_runs, tokens
from bot.news.names import (
    CALENDAR_WORDS,
    DEPARTMENT_WORDS,
    FIRST_NAMES,
    NON_PERSON_WORDS,
    PLACES,
    ROLE_WORDS,
    SENTENCE_WORDS,
    SURNAME_FIRST,
)
from bot.news.role_refs import find_role_references, title_after, title_before

_NOT_ALNUM = re.compile(r"[\W_]+")
# Capitalised articles open names of papers and places (Der Spiegel, Le Monde).
_ARTICLES = frozenset("der die das le la les el los las il lo".split())
_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs."))
_MAX_NAME_WORDS = 5


def canonical_key(name: str) -> str:
    """A case-, hyphen- and space-insensitive key: "Kim Yong-chol" == "Kim Yong Chol"."""
    return _NOT_ALNUM.sub("", name.casefold())


@dataclass
class _Text:
    """One text to read: a caption (credit cut off) or a body paragraph."""

    location: Location
    index: int
    text: str
    toks: list[Token] = field(default_factory=list)


@dataclass
class _Found:
    """A person being collected: name forms, titles, mentions."""

    key: str
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def canonical(self) -> str:
        """The fullest form: most words, then the first seen."""
        return max(self.forms, key=lambda form: (len(form.split()), -self.forms.index(form)))


def _texts(article: Article) -> list[_Text]:
    texts: list[_Text] = []
    for i, caption in enumerate(article.captions):
        body = caption.text
        credit = caption.credit.strip()
        if credit and body.rstrip().endswith(credit):
            body = body.rstrip()[: -len(credit)]
        texts.append(_Text("caption", i, body))
    texts.extend(_Text("body", i, p) for i, p in enumerate(article.paragraphs))
    for item in texts:
        item.toks = tokens(item.text)
    return texts


def _is_blocking(token: Token) -> bool:
    """A word that cannot be part of a personal name."""
    low = token.lower
    return (
        low in NON_PERSON_WORDS
        or low in PLACES
        or low in CALENDAR_WORDS
        or low in SENTENCE_WORDS
        or low in ROLE_WORDS
        or low in DEPARTMENT_WORDS
        or (token.capital and low in _ARTICLES)
        or is_acronym(token)
    )


def _name_part(toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """The tail of the run [i, j) after its last blocking word (title, place...)."""
    start = i
    for k in range(i, j):
        if _is_blocking(toks[k]) or (k < j - 1 and toks[k].text.endswith(("'s", "’s"))):
            start = k + 1
    # "Speaker Kevin McCarthy": a given name further in starts the name.
    if start < j and toks[start].lower not in FIRST_NAMES:
        for k in range(start + 1, j - 1):
            if toks[k].lower in FIRST_NAMES:
                return k, j
    return start, j


def _role_before(toks: list[Token], run_start: int, name_start: int) -> str | None:
    """The role word just before a name: inside its run or the word before it."""
    before = name_start - 1 if name_start > run_start else run_start - 1
    if before >= 0:
        if before + 1 >= len(toks) or not _next_to(toks, before, before + 1):
            return None
        word = toks[before].lower
        if word in ROLE_WORDS or word in DEPARTMENT_WORDS:
            return word
    return None


def _next_to(toks: list[Token], i: int, j: int) -> bool:
    """True when tokens i and j are neighbours in the text (words the tokeniser
    leaves out, plain lower-case words, may sit between list neighbours)."""
    return 0 <= toks[j].start - toks[i].end <= 2


def _after_article(toks: list[Token], i: int) -> bool:
    """True when "the" or "of" comes right before: an organisation, not a person."""
    return i > 0 and toks[i - 1].lower in ("the", "of", "a", "an") and _next_to(toks, i - 1, i)


def _speech_next_to(toks: list[Token], start: int, end: int) -> bool:
    """True for "Stroe said" or "said Stroe": a speech verb right beside the words."""
    after = end < len(toks) and toks[end].lower in SPEECH_VERBS and _next_to(toks, end - 1, end)
    before = (
        start > 0
        and toks[start - 1].lower in ("said", "says", "quoted", "concluded")
        and _next_to(toks, start - 1, start)
    )
    return after or before


def _apposition_role(toks: list[Token], j: int) -> bool:
    """True when ", the deputy leader ..." or ", a market analyst ..." follows."""
    if j >= len(toks) or toks[j].text != ",":
        return False
    if j + 2 < len(toks) and toks[j + 1].text.isdigit() and toks[j + 2].text == ",":
        return True  # "Ruth Meyer, 61, ...": an age
    for k in range(j + 1, min(len(toks), j + 6)):
        word = toks[k].lower
        if word in ROLE_WORDS and word not in _HONORIFICS:
            return True
        if toks[k].text in ",.;:":
            return False
    return False


def _looks_like_person(words: list[Token], role: str | None, apposition: bool) -> bool:
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    if any(_is_blocking(w) for w in words):
        return False
    first = words[0].lower
    if len(words) == 1:
        return role is not None
    if role is not None or apposition or first in FIRST_NAMES:
        return True
    # Family name first with a hyphenated or two-part given name: Kim Yong-chol.
    return first in SURNAME_FIRST and (len(words) == 3 or "-" in words[1].core)


class _Collector:
    """Gathers people and mentions over all texts of one article."""

    def __init__(self, texts: list[_Text]) -> None:
        self.texts = texts
        self.people: dict[str, _Found] = {}
        self.mentions: list[tuple[int, int, int, str, str]] = []  # text, start, end, key, text
        self.claimed: set[tuple[int, int]] = set()  # (text index, token index)

    def person(self, key: str) -> _Found:
        """The person being collected under `key`, made on first use."""
        found = self.people.get(key)
        if found is None:
            found = self.people[key] = _Found(key)
        return found

    def full_names(self) -> None:
        """Pass 1: capitalised runs that are people's full names."""
        maybe: list[tuple[int, int, int]] = []
        speaking: set[str] = set()
        for t_index, item in enumerate(self.texts):
            toks = item.toks
            for i, j in name_runs(toks, item.text):
                start, end = _name_part(toks, i, j)
                words = toks[start:end]
                role = _role_before(toks, i, start)
                speaks = _speech_next_to(toks, start, end)
                if speaks and len(words) == 1:
                    speaking.add(words[0].lower)
                if not _looks_like_person(words, role, _apposition_role(toks, end)):
                    if 2 <= len(words) <= 3 and not any(_is_blocking(w) for w in words):
                        org_modifier = (
                            end < len(toks)
                            and toks[end].lower in ROLE_WORDS
                            and _next_to(toks, end - 1, end)
                        )
                        if (
                            speaks
                            and start == i
                            and not _after_article(toks, i)
                            and not org_modifier
                        ):
                            self._add_full(t_index, toks, start, end)
                        else:
                            maybe.append((t_index, start, end))
                    continue
                if len(words) == 1:
                    continue  # "Mr Howard": resolved with the short names
                self._add_full(t_index, toks, start, end)
        # "Constantin Stroe" is a person when "Stroe" speaks elsewhere.
        for t_index, start, end in maybe:
            toks = self.texts[t_index].toks
            if toks[end - 1].lower in speaking:
                self._add_full(t_index, toks, start, end)

    def _add_full(self, t_index: int, toks: list[Token], start: int, end: int) -> None:
        item = self.texts[t_index]
        form = " ".join(t.core for t in toks[start:end])
        found = self.person(canonical_key(form))
        if form not in found.forms:
            found.forms.append(form)
        span_start, span_end = toks[start].start, toks[end - 1].start + len(toks[end - 1].core)
        self.mentions.append((t_index, span_start, span_end, found.key, form))
        for k in range(start, end):
            self.claimed.add((t_index, k))
        title = title_before(item.text, toks, start)
        if title:
            _add_unique(found.titles, title)
            _add_unique(found.aliases, f"{title} {item.text[span_start:span_end]}")
        after = title_after(item.text, toks, end)
        if after:
            _add_unique(found.titles, after)

    def merge_initials(self) -> None:
        """ "Michael Sears" is the "Michael M. Sears" named elsewhere: one person."""
        for key, found in list(self.people.items()):
            if key not in self.people:
                continue
            for form in list(found.forms):
                words = form.split()
                plain = [w for w in words if not (len(w.rstrip(".")) == 1 and w[0].isupper())]
                if len(plain) == len(words) or len(plain) < 2:
                    continue
                other = canonical_key(" ".join(plain))
                if other == key or other not in self.people:
                    continue
                merged = self.people.pop(other)
                for name in merged.forms:
                    _add_unique(found.forms, name)
                for title in merged.titles:
                    _add_unique(found.titles, title)
                for alias in merged.aliases:
                    _add_unique(found.aliases, alias)
                self.mentions = [
                    (t, a, b, key if k == other else k, text) for t, a, b, k, text in self.mentions
                ]

    def short_names(self) -> None:
        """Lone family names and honorific + name, resolved by recency."""
        index: dict[str, list[str]] = {}
        for found in self.people.values():
            for form in found.forms:
                words = form.split()
                keys = {words[-1].lower()}
                if words[0].lower() in SURNAME_FIRST:
                    keys.add(words[0].lower())
                for word in keys:
                    if found.key not in index.setdefault(word, []):
                        index[word].append(found.key)
        # A lone given name ("Steve called podcasting ...") when it is unambiguous.
        first_names: dict[str, list[str]] = {}
        for found in self.people.values():
            words = found.canonical().split()
            if len(words) >= 2 and words[0].lower() not in SURNAME_FIRST:
                first_names.setdefault(words[0].lower(), []).append(found.key)
        first_names = {w: keys for w, keys in first_names.items() if len(keys) == 1}
        last_seen: dict[str, tuple[int, int]] = {}
        order = sorted(self.mentions, key=lambda m: (m[0], m[1]))
        cursor = 0
        for t_index, item in enumerate(self.texts):
            toks = item.toks
            for k, tok in enumerate(toks):
                while cursor < len(order) and (order[cursor][0], order[cursor][1]) <= (
                    t_index,
                    tok.start,
                ):
                    last_seen[order[cursor][3]] = (order[cursor][0], order[cursor][1])
                    cursor += 1
                if (t_index, k) in self.claimed or not is_name_word(tok):
                    continue
                if _inside_run(item.text, toks, k):
                    continue
                key = self._resolve_short(tok, toks, k, index, last_seen, first_names)
                if key is None:
                    continue
                form = tok.core
                self.mentions.append((t_index, tok.start, tok.start + len(form), key, form))
                last_seen[key] = (t_index, tok.start)
                found = self.people[key]
                _add_unique(found.aliases, form)
                after = title_after(item.text, toks, k + 1)
                if after:
                    _add_unique(found.titles, after)

    def _resolve_short(
        self,
        tok: Token,
        toks: list[Token],
        k: int,
        index: dict[str, list[str]],
        last_seen: dict[str, tuple[int, int]],
        first_names: dict[str, list[str]],
    ) -> str | None:
        word = tok.lower
        if _is_blocking(tok) and word not in index:
            return None
        candidates = index.get(word, []) or first_names.get(word, [])
        titled = (
            k > 0
            and (toks[k - 1].lower in ROLE_WORDS or toks[k - 1].lower in _HONORIFICS)
            and _next_to(toks, k - 1, k)
        )
        if not candidates:
            if not titled or word in PLACES or word in NON_PERSON_WORDS:
                return None
            found = self.person(canonical_key(tok.core))
            _add_unique(found.forms, tok.core)
            _add_unique(found.titles, toks[k - 1].core)
            return found.key
        if len(candidates) == 1:
            return candidates[0]
        return max(candidates, key=lambda key: last_seen.get(key, (-1, -1)))

    def role_references(self) -> None:
        """Pass 3: "the Secretary of State" and the like, to the title's holder."""
        titles = {found.key: list(found.titles) for found in self.people.values()}
        texts = [item.text for item in self.texts]
        for t_index, start, end, key in find_role_references(texts, titles):
            text = self.texts[t_index].text[start:end]
            self.mentions.append((t_index, start, end, key, text))
            found = self.people[key]
            _add_unique(found.aliases, text)
            words = text.split()
            bare = " ".join(words[1:] if words[0].lower() == "the" else words)
            if not found.titles:
                _add_unique(found.titles, bare)  # "North Korea's leader": the only title given
            elif len(found.titles) == 1 and bare.lower().endswith(" " + found.titles[0].lower()):
                # "President" read better as "US President", as "the US president" says.
                found.titles[0] = bare[: -len(found.titles[0])] + found.titles[0]


def _inside_run(text: str, toks: list[Token], k: int) -> bool:
    """True when the word at k sits in a longer capitalised run that is not a name."""
    if (
        k + 1 < len(toks)
        and is_name_word(toks[k + 1])
        and not toks[k].text.endswith(("'s", "’s"))
        and 1 <= toks[k + 1].start - toks[k].end <= 2
    ):
        return True
    if k > 0 and is_name_word(toks[k - 1]) and 1 <= toks[k].start - toks[k - 1].end <= 2:
        prev = toks[k - 1]
        return prev.lower not in ROLE_WORDS and not prev.text.endswith(("'s", "’s"))
    return False


def _add_unique(items: list[str], value: str) -> None:
    if value.casefold() not in (item.casefold() for item in items):
        items.append(value)


def find_people(article: Article) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """The people `article` names and every mention of them, in reading order."""
    texts = _texts(article)
    collector = _Collector(texts)
    collector.full_names()
    collector.merge_initials()
    collector.short_names()
    collector.role_references()
    names = {key: found.canonical() for key, found in collector.people.items()}
    people: list[Person] = []
    seen_order = sorted(collector.mentions, key=lambda m: (m[0], m[1]))
    ordered_keys = list(dict.fromkeys(m[3] for m in seen_order))
    for key in ordered_keys:
        found = collector.people[key]
        name = names[key]
        aliases: list[str] = []
        for alias in [*found.forms, *found.aliases]:
            if alias != name:
                _add_unique(aliases, alias)
        title = "; ".join(found.titles) if found.titles else None
        people.append(Person(name=name, title=title, aliases=tuple(aliases)))
    mentions = tuple(
        Mention(
            name=names[key],
            text=text,
            span=Span(texts[t].location, texts[t].index, start, end),
        )
        for t, start, end, key, text in seen_order
    )
    return tuple(people), mentions
