"""The console/`ask` command grammar and the configuration loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commands import parse_line
from bot.config import load_config
from bot.errors import ConfigError, UsageError


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/quote speaker:Pompeo", ("quote", {"speaker": "Pompeo"})),
        (
            '/quote speaker:"Mike Pompeo" about:summit',
            ("quote", {"speaker": "Mike Pompeo", "about": "summit"}),
        ),
        ("/search pompeo kim", ("search", {"query": "pompeo kim"})),
        ("pompeo summit", ("search", {"query": "pompeo summit"})),
        ("/article 3", ("article", {"id": "3"})),
        ("/timeline from:2018-05-01 to:june", ("timeline", {"from": "2018-05-01", "to": "june"})),
        ("/WHO Kim Yong Chol", ("who", {"name": "Kim Yong Chol"})),
        # Words after an option's value go on with it, as in Discord's option box.
        (
            "/timeline summit from:last week to:today",
            ("timeline", {"about": "summit", "from": "last week", "to": "today"}),
        ),
        ("/quote speaker:Mike Pompeo", ("quote", {"speaker": "Mike Pompeo"})),
        ("/help", ("help", {})),
    ],
)
def test_parse_line(line: str, expected: tuple[str, dict[str, str]]) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "type a command"),
        ("/nope", "unknown command"),
        ("/daily set", "unknown command"),
        ("/search", "needs query"),
        ('/quote speaker:"open', "could not read"),
        ("/help me", "takes no options"),
        # Another command's option is named, not searched for as words.
        ("/quote person:Pompeo", r"no option person: \(its options: speaker:, about:, article:\)"),
    ],
)
def test_bad_lines_say_why(line: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_line(line)


def test_config_reads_env_file_and_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text('# comment\nDISCORD_TOKEN="abc"\nNEWSBOT_DB=x.db\nNEWSBOT_DEV_GUILD=42\n')
    config = load_config({"NEWSBOT_DB": "y.db", "HOME": "/"}, env)
    assert (config.token, config.database, config.dev_guild) == ("abc", "y.db", 42)
    assert load_config({}, tmp_path / "missing").token is None


@pytest.mark.parametrize(
    "content", ["NOT A LINE\n", "NEWSBOT_DEV_GUILD=abc\n", "NEWSBOT_LOG_LEVEL=LOUD\n"]
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str) -> None:
    env = tmp_path / ".env"
    env.write_text(content)
    with pytest.raises(ConfigError):
        load_config({}, env)
