"""The command table and the slash-command grammar shared by the console and `newsbot ask`.

Grammar: `/name option:value option:"two words" free words`. Words without an
`option:` prefix go to the command's first option; a line without a leading
slash is a search.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from bot.errors import UsageError


@dataclass(frozen=True)
class Option:
    """One option of a command."""

    name: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class Command:
    """A command as users see it in /help, the console and the README."""

    name: str
    description: str
    options: tuple[Option, ...] = ()
    discord_only: bool = False


COMMANDS: tuple[Command, ...] = (
    Command(
        "briefing",
        "A short briefing of the day's news, or of one story.",
        (
            Option("date", "Day to brief: 2018-05-31, yesterday, 31 May 2018 (default: latest)"),
            Option("about", "Only stories about this topic or person"),
            Option("article", "Brief one article by its id"),
        ),
    ),
    Command(
        "quote",
        "Who said what: quotes with their speakers.",
        (
            Option("speaker", "Who said it: any name or title the articles use"),
            Option("about", "Words the quote contains"),
            Option("article", "Only quotes from this article id"),
        ),
    ),
    Command(
        "timeline",
        "Dated events in order, relative dates resolved.",
        (
            Option("about", "Words the event or its article contains"),
            Option("person", "Only events involving this person"),
            Option("from", "Start: 2018-05-01, May 2018, last week"),
            Option("to", "End: 2018-06-30, June 2018, today"),
            Option("article", "Only events from this article id"),
        ),
    ),
    Command(
        "search",
        "Full-text search over the stored articles.",
        (Option("query", "Words to look for", required=True),),
    ),
    Command(
        "article",
        "Show one article: title, date, captions and text.",
        (Option("id", "The article id (shown by /search and the briefings)", required=True),),
    ),
    Command(
        "who",
        "A person's card: titles, aliases, articles and latest quote.",
        (Option("name", "Any name or title the articles use", required=True),),
    ),
    Command("help", "What newsbot can do and how to ask."),
    Command(
        "daily",
        "Daily briefing post: /daily set, off, show, preview, now (Manage Server).",
        discord_only=True,
    ),
    Command(
        "news",
        "Add an article: /news add with a file attachment (Manage Server).",
        discord_only=True,
    ),
    Command("sync", "Publish the slash commands to Discord (bot owner only).", discord_only=True),
)

COMMANDS_BY_NAME = {command.name: command for command in COMMANDS}


_ALL_OPTION_NAMES = frozenset(option.name for command in COMMANDS for option in command.options)


def parse_line(line: str) -> tuple[str, dict[str, str]]:
    """Split a command line into the command name and its options."""
    line = line.strip()
    if not line:
        raise UsageError("type a command such as /help, or words to search for")
    if not line.startswith("/"):
        return "search", {"query": line}
    try:
        tokens = shlex.split(line[1:])
    except ValueError as exc:
        raise UsageError(f"could not read that command: {exc}") from exc
    if not tokens:
        raise UsageError("type a command name after the slash, e.g. /help")
    name, *rest = tokens
    name = name.lower()
    command = COMMANDS_BY_NAME.get(name)
    if command is None or command.discord_only:
        known = ", ".join(f"/{c.name}" for c in COMMANDS if not c.discord_only)
        raise UsageError(f"unknown command /{name}; try one of {known}")
    valid = {option.name for option in command.options}
    options: dict[str, str] = {}
    loose: list[str] = []
    last: str | None = None  # words after "from:last" go on with it: "from:last week"
    for token in rest:
        key, sep, value = token.partition(":")
        if sep and key.lower() in valid:
            last = key.lower()
            options[last] = value
        elif sep and value and key.lower() in _ALL_OPTION_NAMES:
            # Another command's option ("/quote person:Pompeo"): say so, do not search for it.
            names = ", ".join(f"{option.name}:" for option in command.options) or "none"
            raise UsageError(f"/{name} has no option {key}: (its options: {names})")
        elif last is not None:
            options[last] = f"{options[last]} {token}".strip()
        else:
            loose.append(token)
    if loose:
        if not command.options:
            raise UsageError(f"/{name} takes no options")
        first = command.options[0].name
        options[first] = " ".join(filter(None, [options.get(first, ""), *loose]))
    for option in command.options:
        if option.required and not options.get(option.name, "").strip():
            raise UsageError(f"/{name} needs {option.name}: e.g. /{name} {option.name}:…")
    return name, options
