"""Shared pytest configuration."""

pytest_plugins = ["tests.emulator.fixtures", "tests.bot_fixtures"]
