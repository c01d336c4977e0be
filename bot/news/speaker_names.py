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

from bot.news.model import Article
from bot.news.name_tokens import is_name_word, name_runs, tokens
from bot.news.names import CALENDAR_WORDS, SENTENCE_WORDS
from bot.news.people import canonical_key

_MAX_RUN_WORDS = 5
_LEADING_NOISE = SENTENCE_WORDS | CALENDAR_WORDS


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
        self.by_last_word: dict[str, str] = {}
        self.by_initials: dict[str, str] = {}
        for paragraph in (article.title, *article.paragraphs):
            self._index_runs(paragraph)

    def _index_runs(self, text: str) -> None:
        toks = tokens(text)
        for i, j in name_runs(toks, text):
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

    def is_person(self, name: str) -> bool:
        """True when `name` is the canonical name of a person of the article."""
        return name in self.person_names

    def fullest(self, label: str) -> str:
        """The fullest name the article gives for a speaker label."""
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
        return label
