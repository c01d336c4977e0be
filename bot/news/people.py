"""People an article names: canonical names, titles, aliases and every mention.

Three passes over the captions (credits left out) and the body:

1. Full names: capitalised runs that a given name, a title ("Secretary of
   State Mike Pompeo", "analyst Dennis DesRosier"), a role in apposition
   ("Whitey MacDonald, chairperson of ...") or the East Asian family-name-first
   pattern ("Kim Yong-chol") marks as a person. Spelling variants share a
   `canonical_key`; the fullest form is the canonical name.
2. Short names: a lone family name ("Pompeo", "López Obrador", "Kim") or "Mr
   Howard" is the person of that name; of several, the one mentioned last before
   it ("Kim, the deputy leader ..." is the Kim Yong-chol of the paragraph before).
3. Role references: "the Secretary of State", "the US president", "North
   Korea's leader" resolve to the one person who holds that title here.

Rules that tell a name: `name_rules`; word lists: `names`; titles: `role_refs`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from bot.news.firm_names import is_known_firm
from bot.news.model import Article, Mention, Person, Span
from bot.news.name_context import PRIZES, after_thing_prefix, may_stand_alone, names_a_thing
from bot.news.name_rules import (
    HONORIFICS,
    after_article,
    after_body_of,
    after_company_noun,
    after_the,
    apposition_role,
    has_blocking_word,
    is_blocking,
    looks_like_person,
    name_part,
    next_to,
    role_before,
)
from bot.news.name_speech import acts_next_to, miss_names_woman, speech_next_to
from bot.news.name_tokens import Token, abbreviated_role, is_demonym_like, is_name_word
from bot.news.names import NON_PERSON_WORDS, PLACES, ROLE_WORDS
from bot.news.person_forms import (
    NamesakeIndex,
    Prominence,
    add_unique,
    canonical_key,
    family_name_index,
    fitting_honorific,
    lone_given_names,
    middle_names,
    name_tails,
    nickname_after,
    same_person,
)
from bot.news.person_texts import PersonText, leading_words, person_texts
from bot.news.role_refs import find_role_references
from bot.news.titles import COURTESY_TITLES, informative_titles, title_after, title_before
from bot.news.titles_ahead import kin_ahead, role_ahead, title_ahead


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


class _Collector:
    """Gathers people and mentions over all texts of one article."""

    def __init__(self, texts: list[PersonText]) -> None:
        self.texts = texts
        self.people: dict[str, _Found] = {}
        self.mentions: list[tuple[int, int, int, str, str]] = []  # text, start, end, key, text
        self.claimed: set[tuple[int, int]] = set()  # (text index, token index)
        self.firms: set[tuple[int, int]] = set()  # the same, of known firms' names
        self.title_spans: list[tuple[int, int, int]] = []  # text index, start, end
        # Kept up to date while short names are settled: no pass reads the mentions.
        self.prominence = Prominence()

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
        openers = functools.cache(lambda: leading_words(self.texts))  # read when needed
        for t_index, item in enumerate(self.texts):
            toks = item.toks
            for i, j in item.runs:
                if is_known_firm(toks[i:j]) and not apposition_role(toks, j):
                    self.firms.update((t_index, k) for k in range(i, j))
                    continue  # "General Mills said": not a general named Mills
                start, end = name_part(toks, i, j)
                words = toks[start:end]
                role = role_before(toks, i, start)
                speaks = speech_next_to(toks, start, end)
                apposition = apposition_role(toks, end)
                acts = start == i and not after_article(toks, i)
                acts = acts and acts_next_to(item.text, toks[start].end)
                if (speaks or apposition or acts) and len(words) == 1:
                    speaking.add(words[0].lower)  # "Stroe said", "James, 39, shot", "Tatum led"
                single = len(words) == 1 and start == i
                if single and (
                    (speaks and apposition) or kin_ahead(item.text, toks[start], openers)
                ):
                    # "said Neymar, the footballer", "Thompson's wife, Paulette, told"
                    self._add_full(t_index, toks, start, end)
                    continue
                if not looks_like_person(words, role, apposition) and not role_ahead(
                    item.text, toks, start, end
                ):
                    if (
                        2 <= len(words) <= 3
                        and not has_blocking_word(words)
                        and not is_known_firm(words)
                    ):
                        org_modifier = (
                            end < len(toks)
                            and toks[end].lower in ROLE_WORDS
                            and next_to(toks, end - 1, end)
                        )
                        if (
                            speaks
                            and start == i
                            and not after_article(toks, i)
                            and not after_company_noun(item.text, toks[start].start)
                            and not after_body_of(toks, i)
                            and not org_modifier
                        ):
                            self._add_full(t_index, toks, start, end)
                        else:
                            maybe.append((t_index, start, end))
                    continue
                if len(words) == 1 or names_a_thing(item.text, toks, start, end):
                    continue  # "Mr Howard": resolved with the short names; "the X books"
                if start == i and not (role or apposition or speaks) and after_the(toks, i):
                    continue  # "beat the Charlotte Bobcats": a team, a line, a prize
                self._add_full(t_index, toks, start, end)
        # "Constantin Stroe" is a person when "Stroe" speaks elsewhere, and "Sonia
        # Sotomayor" when listed with one. Reading forward, then back, lets each one
        # found admit the next: "Stephen Breyer, Sonia Sotomayor and Elena Kagan".
        left: list[tuple[int, int, int]] = []
        # "Rosalynn Carter" after Jimmy Carter: the family name of someone found by a
        # name of two words (the tails of longer ones are read as theirs; not "II").
        families = {
            f.split()[1] for p in self.people.values() for f in p.forms if f.count(" ") == 1
        }
        speaking |= {w.lower() for w in families if w.isalpha() and not w.isupper()}
        for run in maybe:
            if self._speaks_or_listed(run, speaking):
                self._add_full(run[0], self.texts[run[0]].toks, run[1], run[2])
            else:
                left.append(run)
        for run in reversed(left):
            if self._speaks_or_listed(run, speaking):
                self._add_full(run[0], self.texts[run[0]].toks, run[1], run[2])

    def _speaks_or_listed(self, run: tuple[int, int, int], speaking: set[str]) -> bool:
        """Whether a possible name speaks elsewhere or stands in a list next to a person."""
        t_index, start, end = run
        toks = self.texts[t_index].toks
        if toks[end - 1].lower in speaking:
            return True
        # A list has an "and" next to the name ("X, Y and Z"); a comma alone is
        # an apposition ("Tim Ghriskey, Solaris Asset Management, said").
        before = toks[start - 1].text if start >= 1 else ""
        after = toks[end].text if end < len(toks) else ""
        person_before = before in (",", "and") and (t_index, start - 2) in self.claimed
        person_after = after in (",", "and") and (t_index, end + 1) in self.claimed
        return "and" in (before, after) and (person_before or person_after)

    def _add_full(self, t_index: int, toks: list[Token], start: int, end: int) -> None:
        item = self.texts[t_index]
        form = " ".join(t.core for t in toks[start:end])
        found = self.person(canonical_key(form))
        add_unique(found.forms, form)
        span_start, span_end = toks[start].start, toks[end - 1].start + len(toks[end - 1].core)
        self.mentions.append((t_index, span_start, span_end, found.key, form))
        self.claimed.update((t_index, k) for k in range(start, end))
        title = title_before(item.text, toks, start)
        if title:
            title_at = item.text.rfind(title, 0, span_start)  # "spokesman the Rev. X"
            self.title_spans.append((t_index, title_at, span_start))
            add_unique(found.titles, title)
            add_unique(found.aliases, f"{title} {item.text[span_start:span_end]}")
        if not title or title.lower() in COURTESY_TITLES:
            # "The head of X, Maria Lopez, said": a title, but no name form to alias.
            ahead = title_ahead(item.text, span_start, span_end)
            if ahead:
                add_unique(found.titles, ahead)
        after = title_after(item.text, toks, end)
        if after:
            add_unique(found.titles, after)

    def merge_forms(self) -> None:
        """One person under several name forms (see `person_forms`): merged into the fuller."""
        moved: dict[str, str] = {}
        for key, into in same_person({k: found.forms for k, found in self.people.items()}):
            while into in moved:
                into = moved[into]
            if key == into or key not in self.people or into not in self.people:
                continue
            merged, found = self.people.pop(key), self.people[into]
            for name in merged.forms:
                add_unique(found.forms, name)
            for title in merged.titles:
                add_unique(found.titles, title)
            for alias in merged.aliases:
                add_unique(found.aliases, alias)
            self.mentions = [
                (t, a, b, into if k == key else k, text) for t, a, b, k, text in self.mentions
            ]
            moved[key] = into

    def nicknames(self) -> None:
        """ "López Obrador, known as AMLO, ...": the nickname is one more name form."""
        for t_index, _start, end, key, _form in self.mentions:
            nickname = nickname_after(self.texts[t_index].text, end)
            if nickname is not None and key in self.people:
                add_unique(self.people[key].forms, nickname)

    def family_names(self) -> None:
        """A family name of several words written alone ("López Obrador" for Andrés
        Manuel López Obrador): a mention of the person whose name ends so; of
        several ("Le Pen": Marine and Jean-Marie), the one named most, then first."""
        tails = name_tails({key: found.canonical() for key, found in self.people.items()})
        longest = max(map(len, tails), default=0)
        self.prominence.recount(self.mentions)
        for t_index, item in enumerate(self.texts):
            for i, j in item.runs:
                words = tuple(t.core for t in item.toks[i:j]) if 2 <= j - i <= longest else ()
                keys = tails.get(words)
                if not keys or any((t_index, k) in self.claimed for k in range(i, j)):
                    continue
                key = min(keys, key=self.prominence.rank)
                start, end = item.toks[i].start, item.toks[j - 1].start + len(words[-1])
                self.mentions.append((t_index, start, end, key, " ".join(words)))
                self.prominence.count(key, t_index, start)
                self.claimed.update((t_index, k) for k in range(i, j))
                add_unique(self.people[key].aliases, " ".join(words))

    def short_names(self) -> None:
        """Lone family names and honorific + name; a name several people share goes to
        the one named most (then first)."""
        index = family_name_index({key: found.forms for key, found in self.people.items()})
        # A lone given name ("Steve called podcasting ...") when it is unambiguous.
        first_names = lone_given_names({k: f.canonical() for k, f in self.people.items()})
        runs = [tuple(t.core for t in item.toks[i:j]) for item in self.texts for i, j in item.runs]
        middles = middle_names({key: found.canonical() for key, found in self.people.items()}, runs)
        self.prominence.recount(self.mentions)
        namesakes = NamesakeIndex(self.mentions)
        for t_index, item in enumerate(self.texts):
            toks = item.toks
            for k, tok in enumerate(toks):
                if (t_index, k) in self.claimed or (t_index, k) in self.firms:
                    continue
                if not is_name_word(tok):
                    continue
                if abbreviated_role(toks, k):
                    continue  # "Republican Gov. Greg Abbott": "Gov" is no name
                if not may_stand_alone(item.text, toks, k):
                    continue
                key = self._resolve_short(item.text, toks, k, index, first_names, middles)
                if key is not None and len(index.get(tok.lower, ())) > 1:
                    key = namesakes.near(t_index, tok.start, index[tok.lower]) or key
                if key is None:
                    continue
                form = tok.core
                self.mentions.append((t_index, tok.start, tok.start + len(form), key, form))
                namesakes.add(t_index, tok.start, key)
                self.prominence.count(key, t_index, tok.start)
                found = self.people[key]
                add_unique(found.aliases, form)
                after = title_after(item.text, toks, k + 1)
                if after:
                    add_unique(found.titles, after)

    def _resolve_short(
        self,
        text: str,
        toks: list[Token],
        k: int,
        index: dict[str, list[str]],
        first_names: dict[str, list[str]],
        middles: dict[str, list[str]],
    ) -> str | None:
        tok = toks[k]
        word = tok.lower
        if is_blocking(tok) and (word not in index or after_article(toks, k)):
            return None  # "the West" is no Brian West
        # A given name after "the" names a thing: "the Bill & Melinda Gates Foundation".
        given = [] if after_article(toks, k) else first_names.get(word, [])
        candidates = index.get(word, []) or given or middles.get(word, [])
        titled = (
            k > 0
            and (toks[k - 1].lower in ROLE_WORDS or toks[k - 1].lower in HONORIFICS)
            and next_to(toks, k - 1, k)
        )
        # ("Secretary of State Albright": a role that a department ends)
        titled = titled or (not candidates and role_before(toks, k, k) is not None)
        if not candidates:
            if not titled or word in PLACES or word in NON_PERSON_WORDS or word in PRIZES:
                return None  # (nor "actor Oscar", a prize)
            if len(word) < 2:
                return None  # (nor "Gen Z")
            if toks[k - 1].lower == "miss" and not miss_names_woman(toks, k, word):
                return None  # "Miss Universe", "Driving Miss Daisy", "fans will miss Jordan"
            if is_demonym_like(tok):
                return None  # "the chief Palestinian negotiator"
            if after_thing_prefix(toks, k):  # "HMS Queen Elizabeth"
                return None
            found = self.person(canonical_key(tok.core))
            add_unique(found.forms, tok.core)
            honorific = toks[k - 1].lower.rstrip(".") in HONORIFICS  # ("Co. Dr. Vagelos": "Dr.")
            add_unique(
                found.titles, (not honorific and title_before(text, toks, k)) or toks[k - 1].core
            )
            index[word] = [found.key]  # "Pope Francis ... Francis had been": the same one
            return found.key
        if titled:  # "Mrs. Trump": Melania, not Donald
            candidates = fitting_honorific(toks[k - 1].lower, candidates, self.people)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        # Namesakes ("Eric Trump ... Trump said"): the principal, named most, then first.
        return min(candidates, key=self.prominence.rank)

    def role_references(self) -> None:
        """Pass 3: "the Secretary of State" and the like, to the title's holder."""
        titles = {found.key: list(found.titles) for found in self.people.values()}
        texts = [item.text for item in self.texts]
        named = [(t_index, start, key) for t_index, start, _end, key, _text in self.mentions]
        for t_index, start, end, key in find_role_references(texts, titles, named):
            text = self.texts[t_index].text[start:end]
            self.mentions.append((t_index, start, end, key, text))
            found = self.people[key]
            add_unique(found.aliases, text)
            words = text.split()
            bare = " ".join(words[1:] if words[0].lower() == "the" else words)
            if not found.titles:
                add_unique(found.titles, bare)  # "North Korea's leader": the only title given
            elif len(found.titles) == 1 and bare.lower().endswith(" " + found.titles[0].lower()):
                # "President" read better as "US President", as "the US president" says.
                found.titles[0] = bare[: -len(found.titles[0])] + found.titles[0]


def find_people(article: Article) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """The people `article` names and every mention of them, in reading order."""
    texts = person_texts(article)
    collector = _Collector(texts)
    collector.full_names()
    collector.merge_forms()
    collector.nicknames()
    collector.family_names()
    collector.short_names()
    collector.role_references()
    # "Harry Potter actor Daniel Radcliffe": a name only ever inside a title is no one.
    spans = sorted(collector.title_spans)  # one title per name: they do not overlap
    outside = set()
    for t_index, start, end, key, _text in collector.mentions:
        at = bisect.bisect_right(spans, (t_index, start, 1 << 62)) - 1
        if at < 0 or spans[at][0] != t_index or spans[at][2] < end:
            outside.add(key)
    collector.mentions = [m for m in collector.mentions if m[3] in outside]
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
                add_unique(aliases, alias)
        title = "; ".join(informative_titles(found.titles)) or None
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
