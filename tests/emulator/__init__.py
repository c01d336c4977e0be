"""A loopback Discord (REST v10 + gateway) that the unmodified discord.py client
logs into, receives events from and answers. See ``driver.Emulator``."""

import warnings

# discord.py imports the stdlib `audioop`, deprecated since 3.11; with pytest's
# filterwarnings=error that import would fail. Import it once, quietly, here.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

from .driver import Emulator
from .limits import DiscordError
from .results import InteractionResult
from .state import Channel, Message, User

__all__ = ["Channel", "DiscordError", "Emulator", "InteractionResult", "Message", "User"]
