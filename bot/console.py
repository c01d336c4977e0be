"""The local console: the same commands as on Discord, in a terminal.

Type `/help`, `/quote speaker:Pompeo`, or plain words to search. Ctrl-D (or
`/quit`) leaves. On a terminal the prompt keeps readline history in
~/.newsbot_history; piped input is answered line by line without a prompt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from pathlib import Path
from typing import TextIO

from bot.errors import NewsbotError
from bot.render import to_text
from bot.service import NewsService

log = logging.getLogger(__name__)
HISTORY = Path.home() / ".newsbot_history"
BANNER = "newsbot console — /help lists the commands, Ctrl-D quits."


def _enable_history() -> None:
    try:
        import readline
    except ImportError:  # not on every platform; the console works without it
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY)
    readline.set_history_length(1000)
    import atexit

    atexit.register(_save_history, readline)


def _save_history(readline_module: object) -> None:
    try:
        readline_module.write_history_file(HISTORY)  # type: ignore[attr-defined]
    except OSError:
        log.debug("could not save console history to %s", HISTORY)


async def answer_line(service: NewsService, line: str) -> str:
    """The console's text for one line: the answer, or a one-line error."""
    try:
        return to_text(await service.run_line(line))
    except NewsbotError as exc:
        return f"! {exc.message}\n"
    except Exception:
        log.exception("console command failed: %s", line)
        return "! Sorry, something went wrong answering that; the log has the details.\n"


async def run_console(
    service: NewsService, stdin: TextIO | None = None, out: TextIO | None = None
) -> None:
    """Read commands until end of input; answer each one."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        _enable_history()
        out.write(BANNER + "\n")
    while True:
        if interactive:
            try:
                line = await asyncio.to_thread(input, "newsbot> ")
            except EOFError:
                out.write("\n")
                break
        else:
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit", "quit", "exit"):
            break
        out.write(await answer_line(service, line))
        out.write("\n")
        out.flush()
