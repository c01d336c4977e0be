"""Knowing when the bot is done reacting, without sleeping.

First a gateway barrier (every dispatch so far parsed by the client), then the
handler tasks discord.py spawned for those events, found by the names
discord.py gives them; repeated, since handlers may cause further events.
"""

from __future__ import annotations

import asyncio
from typing import Any

from .gateway import Gateway

HANDLER_TASK_PREFIXES = (
    "CommandTree-invoker",
    "discord-ui-view-dispatch-",
    "discord-ui-modal-dispatch-",
    "discord-ui-dynamic-item-",
    "discord.py: ",
)


def handler_tasks(before: set[asyncio.Task[Any]]) -> set[asyncio.Task[Any]]:
    """discord.py's unfinished event/command/view handler tasks not in ``before``."""
    return {
        task
        for task in asyncio.all_tasks()
        if task not in before
        and not task.done()
        and task.get_name().startswith(HANDLER_TASK_PREFIXES)
    }


async def wait_for_handlers(gateway: Gateway, before: set[asyncio.Task[Any]], limit: float) -> None:
    """Wait until the client has parsed every dispatch and the handler tasks
    started since ``before`` are done; TimeoutError after ``limit`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while True:
        await gateway.barrier()
        pending = handler_tasks(before)
        if not pending:
            return
        remaining = deadline - loop.time()
        if remaining <= 0:
            names = sorted(t.get_name() for t in pending)
            raise TimeoutError(f"bot handlers still running: {names}")
        await asyncio.wait(pending, timeout=remaining)
