"""Answer -> Discord embeds within Discord's limits, or -> plain text for the console.

Limits (Discord API): embed title 256, description 4096, 25 fields, field name
256, field value 1024, footer 2048, 6000 characters in all. A page that does
not fit is split into several pages; nothing is silently dropped except text
cut with an ellipsis where one line alone exceeds a limit.
"""

from __future__ import annotations

import discord

from bot.answer import Answer, Field, Page
from bot.textfmt import shorten, unescape

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
# Room left in the 6000 total for the title, footer and the "page i/n" note.
_PAGE_BUDGET = EMBED_TOTAL_LIMIT - TITLE_LIMIT - FOOTER_LIMIT - 64
EMBED_COLOUR = 0x2B6CB0


def _fit_field(field: Field) -> Field:
    return Field(
        name=shorten(field.name, FIELD_NAME_LIMIT) or "\u200b",
        value=shorten(field.value, FIELD_VALUE_LIMIT) or "\u200b",
        inline=field.inline,
    )


def fit_pages(answer: Answer) -> list[Page]:
    """Split the answer's pages so each fits one embed (description, fields, total)."""
    fitted: list[Page] = []
    for page in answer.pages:
        lines: list[str] = []
        size = 0
        for line in page.lines:
            line = shorten(line, DESCRIPTION_LIMIT)
            added = len(line) + (1 if lines else 0)
            if lines and (size + added > DESCRIPTION_LIMIT or size + added > _PAGE_BUDGET):
                fitted.append(Page(lines=tuple(lines)))
                lines, size, added = [], 0, len(line)
            lines.append(line)
            size += added
        fields: list[Field] = []
        for field in map(_fit_field, page.fields):
            field_size = len(field.name) + len(field.value)
            if fields and (len(fields) == FIELD_COUNT_LIMIT or size + field_size > _PAGE_BUDGET):
                fitted.append(Page(lines=tuple(lines), fields=tuple(fields)))
                lines, fields, size = [], [], 0
            fields.append(field)
            size += field_size
        if lines or fields or not fitted:
            fitted.append(Page(lines=tuple(lines), fields=tuple(fields)))
    return fitted


def to_embeds(answer: Answer) -> list[discord.Embed]:
    """One embed per page, each within every embed limit."""
    pages = fit_pages(answer)
    embeds = []
    for number, page in enumerate(pages, start=1):
        embed = discord.Embed(
            title=shorten(answer.title, TITLE_LIMIT),
            description="\n".join(page.lines) or None,
            colour=EMBED_COLOUR,
            url=answer.url,
        )
        for field in page.fields:
            embed.add_field(name=field.name, value=field.value, inline=field.inline)
        footer = answer.footer or ""
        if len(pages) > 1:
            footer = (
                f"{footer} · page {number}/{len(pages)}"
                if footer
                else f"page {number}/{len(pages)}"
            )
        if footer:
            embed.set_footer(text=shorten(footer, FOOTER_LIMIT))
        embeds.append(embed)
    return embeds


def to_text(answer: Answer, *, width: int = 100) -> str:
    """The whole answer as plain text for a terminal (all pages, no markdown)."""
    out = [unescape(answer.title), "=" * min(width, len(unescape(answer.title)))]
    for index, page in enumerate(answer.pages):
        if index:
            out.append("")
        out.extend(unescape(line) for line in page.lines)
        for field in page.fields:
            out.append("")
            out.append(unescape(field.name))
            out.extend("  " + unescape(line) for line in field.value.splitlines())
    if answer.footer:
        out.extend(["", unescape(answer.footer)])
    return "\n".join(out).rstrip() + "\n"
