"""Transport-neutral answers: what a command says, before Discord or the console shows it.

Text in an Answer is Discord-flavoured markdown in which every piece of
article text has been escaped with `bot.textfmt.escape`; bot.render turns it
into embeds or plain text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """A named block of text (an embed field on Discord)."""

    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Page:
    """One page of an answer: description lines and fields."""

    lines: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A command's answer: a title, one or more pages and a footer."""

    title: str
    pages: tuple[Page, ...] = (Page(),)
    footer: str | None = None
    url: str | None = None


EMPTY_STORE = "No articles yet: add some with `newsbot ingest FOLDER` or `/news add` on Discord."


def nothing_found(title: str, why: str, *, store_empty: bool) -> Answer:
    """The answer when nothing matches: how to add articles if there are none, else `why`."""
    return simple(title, EMPTY_STORE if store_empty else why)


def simple(title: str, *lines: str, footer: str | None = None) -> Answer:
    """An answer of one page made of lines."""
    return Answer(title=title, pages=(Page(lines=tuple(lines)),), footer=footer)


def paged(title: str, blocks: list[str], *, per_page: int = 8, footer: str | None = None) -> Answer:
    """An answer whose blocks (entries of a list) are spread over pages of `per_page`."""
    if not blocks:
        return simple(title, footer=footer)
    pages = tuple(
        Page(lines=tuple(blocks[i : i + per_page])) for i in range(0, len(blocks), per_page)
    )
    return Answer(title=title, pages=pages, footer=footer)
