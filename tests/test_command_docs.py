"""Every slash command and option is described, and README.md's command table matches the tree."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from discord import app_commands

from bot.commands import COMMANDS_BY_NAME
from tests.bot_fixtures import BotSession

README = Path(__file__).resolve().parent.parent / "README.md"
PLACEHOLDER = {"", "…", "..."}  # discord.py's description when none was given
_ROW = re.compile(r"^\|\s*`/(?P<name>[a-z][a-z_ -]*)`\s*\|(?P<options>[^|]*)\|", re.M)


def leaf_commands(
    tree: app_commands.CommandTree,
) -> dict[str, app_commands.Command[Any, ..., Any]]:
    """Every invocable command by qualified name ('daily set', 'quote')."""
    found: dict[str, app_commands.Command[Any, ..., Any]] = {}
    for command in tree.walk_commands():
        if isinstance(command, app_commands.Command):
            found[command.qualified_name] = command
    return found


def readme_rows() -> dict[str, set[str]]:
    """The README's "## Commands" table: command name -> the options it lists."""
    text = README.read_text("utf-8")
    section = text.split("\n## Commands", 1)[1].split("\n## ", 1)[0]
    return {
        m["name"].strip(): set(re.findall(r"`([a-z_]+)`", m["options"]))
        for m in _ROW.finditer(section)
    }


async def test_every_command_and_option_has_a_description(bot_session: BotSession) -> None:
    tree = bot_session.bot.tree
    missing = []
    for command in tree.walk_commands():
        if command.description.strip() in PLACEHOLDER:
            missing.append(f"/{command.qualified_name}")
        assert len(command.description) <= 100, command.qualified_name  # Discord's limit
        if isinstance(command, app_commands.Command):
            if not (command.callback.__doc__ or "").strip():
                missing.append(f"/{command.qualified_name} (docstring)")
            for parameter in command.parameters:
                if parameter.description.strip() in PLACEHOLDER:
                    missing.append(f"/{command.qualified_name} {parameter.display_name}")
                assert len(parameter.description) <= 100, parameter.display_name
    assert missing == [], f"undescribed: {missing}"
    assert len(leaf_commands(tree)) >= 10


async def test_readme_lists_exactly_the_commands_of_the_tree(bot_session: BotSession) -> None:
    commands = leaf_commands(bot_session.bot.tree)
    rows = readme_rows()
    assert sorted(rows) == sorted(commands), "README.md ## Commands is out of date"
    for name, documented in rows.items():
        options = {p.display_name for p in commands[name].parameters}
        assert documented <= options, (
            f"/{name}: README lists {documented - options} not in {options}"
        )


async def test_help_lists_every_top_level_command(bot_session: BotSession) -> None:
    top = {command.name for command in bot_session.bot.tree.get_commands()}
    assert top == set(COMMANDS_BY_NAME)
