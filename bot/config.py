"""Configuration from the environment, or from a `.env` file beside the working folder.

Variables (README "Configuration"): DISCORD_TOKEN, NEWSBOT_DB, NEWSBOT_ARTICLES,
NEWSBOT_DEV_GUILD, NEWSBOT_LOG_LEVEL, NEWSBOT_OWNER_IDS. Real environment
variables win over the `.env` file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError

DEFAULT_DB = "data/newsbot.sqlite3"
DEFAULT_ARTICLES = "data/articles"


@dataclass(frozen=True)
class Config:
    """Everything newsbot reads from its environment."""

    token: str | None = None
    database: str = DEFAULT_DB
    articles: str | None = DEFAULT_ARTICLES
    dev_guild: int | None = None
    log_level: str = "INFO"
    owner_ids: frozenset[int] = frozenset()


def read_env_file(path: Path) -> dict[str, str]:
    """Parse a `.env` file: KEY=value lines, # comments, optional quotes."""
    values: dict[str, str] = {}
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return values
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip().isidentifier():
            raise ConfigError(f"{path}:{number}: expected KEY=value")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def _int_or_none(name: str, value: str | None) -> int | None:
    if not value:
        return None
    if not value.strip().isdigit():
        raise ConfigError(f"{name} must be a Discord id (digits), not {value!r}")
    return int(value)


def load_config(environ: Mapping[str, str], env_file: Path | None = Path(".env")) -> Config:
    """Build the Config from `environ`, falling back to the `.env` file."""
    values = dict(read_env_file(env_file)) if env_file else {}
    values.update({k: v for k, v in environ.items() if k.startswith(("DISCORD_", "NEWSBOT_"))})
    level = values.get("NEWSBOT_LOG_LEVEL", "INFO").upper()
    if not isinstance(logging.getLevelName(level), int):
        raise ConfigError(f"NEWSBOT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level}")
    owners = frozenset(
        _int_or_none("NEWSBOT_OWNER_IDS", part.strip()) or 0
        for part in values.get("NEWSBOT_OWNER_IDS", "").split(",")
        if part.strip()
    )
    return Config(
        token=values.get("DISCORD_TOKEN") or None,
        database=values.get("NEWSBOT_DB") or DEFAULT_DB,
        articles=values.get("NEWSBOT_ARTICLES", DEFAULT_ARTICLES) or None,
        dev_guild=_int_or_none("NEWSBOT_DEV_GUILD", values.get("NEWSBOT_DEV_GUILD")),
        log_level=level,
        owner_ids=owners,
    )
