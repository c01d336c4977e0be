"""The NewsbotError hierarchy: every error a user may see, with its message."""

from __future__ import annotations


class NewsbotError(Exception):
    """An error whose message is fit to show to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(NewsbotError):
    """An article that cannot be read: wrong format, bad encoding, too large, …"""


class NotFoundError(NewsbotError):
    """The thing asked for (article, person, …) does not exist."""


class UsageError(NewsbotError):
    """A command given with options that do not make sense."""


class StorageError(NewsbotError):
    """The database could not be opened, upgraded or written."""


class ConfigError(NewsbotError):
    """The configuration (environment, .env) is missing or wrong."""
