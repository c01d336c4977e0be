"""The texts people are read from: captions without their credits, and body
paragraphs that are no byline ("By Jane Doe, Reuters" names the writer)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.news.boilerplate import is_byline
from bot.news.model import Article, Location
from bot.news.name_tokens import Token, name_runs, tokens


@dataclass
class PersonText:
    """One text to read: a caption (credit cut off) or a body paragraph."""

    location: Location
    index: int
    text: str
    toks: list[Token] = field(default_factory=list)
    runs: list[tuple[int, int]] = field(default_factory=list)  # capitalised runs of toks


def person_texts(article: Article) -> list[PersonText]:
    """Each caption (credit cut off) and body paragraph, with its tokens and name runs."""
    texts: list[PersonText] = []
    for i, caption in enumerate(article.captions):
        body = caption.text
        credit = caption.credit.strip()
        at = body.rfind(credit) if credit else -1
        if at >= 0 and not body[at + len(credit) :].strip(" .)"):
            body = body[:at]  # the credit, in brackets or not: "(AP Photo/Susan Walsh)"
        texts.append(PersonText("caption", i, body))
    # A byline names the writer, not someone in the story.
    texts.extend(
        PersonText("body", i, p) for i, p in enumerate(article.paragraphs) if not is_byline(p)
    )
    for item in texts:
        item.toks = tokens(item.text)
        item.runs = name_runs(item.toks, item.text)
    return texts


def leading_words(texts: list[PersonText]) -> set[str]:
    """The lower-case words that lead a longer capitalised run somewhere in the
    texts: "Her eldest son, Charles," is the "Charles" of "King Charles III"."""
    return {t.lower for item in texts for i, j in item.runs for t in item.toks[i : j - 1]}
