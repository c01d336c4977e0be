"""newsbot: a Discord bot for news briefings."""

__version__ = "0.1.0"
