"""Pytest fixtures for the Discord emulator (registered in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from .driver import Emulator


@pytest_asyncio.fixture
async def emulator() -> AsyncIterator[Emulator]:
    """A running loopback Discord with one guild, its channels and members;
    discord.py's REST base and gateway point at it for the test's duration."""
    emu = Emulator()
    await emu.start()
    try:
        with emu.patched_discord():
            yield emu
    finally:
        await emu.stop()
