"""Direct-message lookups: plain words -> a NewsService answer, and a per-user rate limit.

"quotes pompeo", "quotes about the summit", "what did pompeo say", "who is kim
yong chol", "timeline summit", "briefing", "article 12", "help"; a line starting
with "/" uses the slash grammar of the console; anything else is a search.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from bot.answer import Answer
from bot.commands import parse_line
from bot.service import NewsService

MAX_LOOKUP_CHARS = 500
_LEADING_MENTION = re.compile(r"^\s*<@!?\d+>[\s,:]*")
_PATTERNS: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    (re.compile(r"^(?:help|commands|\?)$", re.I), "help", None),
    (re.compile(r"^(?:quotes?|said)\s+(?:about|on)\s+(?P<rest>.+)$", re.I), "quote", "about"),
    (re.compile(r"^what\s+(?:did|does|has)\s+(?P<rest>.+?)\s+(?:say|said)\??$", re.I),
     "quote", "speaker"),
    (re.compile(r"^(?:quotes?|said)(?:\s+(?:by|from|of))?(?:\s+(?P<rest>.+))?$", re.I), "quote",
     "speaker"),
    (re.compile(r"^who(?:'s|\s+is|\s+was|\s+are)?\s+(?P<rest>.+?)\??$", re.I), "who", "name"),
    (re.compile(r"^timeline(?:\s+(?:of|for|about))?(?:\s+(?P<rest>.+))?$", re.I), "timeline",
     "about"),
    (re.compile(r"^briefing(?:\s+(?:on|about|for))?(?:\s+(?P<rest>.+))?$", re.I), "briefing",
     "about"),
    (re.compile(r"^(?:article\s+#?|#)(?P<rest>\d+)$", re.I), "article", "id"),
    (re.compile(r"^search\s+(?P<rest>.+)$", re.I), "search", "query"),
)  # fmt: skip


def parse_lookup(text: str) -> tuple[str, dict[str, str]]:
    """The command name and options a direct message asks for (a leading @mention ignored)."""
    text = " ".join(_LEADING_MENTION.sub("", text).split())
    if text.startswith("/"):
        return parse_line(text)
    for pattern, name, option in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        rest = (match.groupdict().get("rest") or "").strip()
        return name, ({option: rest} if option and rest else {})
    return "search", {"query": text}


async def answer_lookup(service: NewsService, text: str) -> Answer:
    """Answer a direct message with the command it asks for."""
    name, options = parse_lookup(text)
    return await service.answer(name, options)


class RateLimiter:
    """At most `limit` events per `window` seconds per key (a sliding window).

    `clock` returns seconds; the bot passes its injectable clock so tests move time.
    """

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}

    def _recent(self, key: int, now: float) -> deque[float]:
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def hit(self, key: int) -> float:
        """Count one event for `key`: 0.0 when allowed, else seconds until the next is."""
        now = self.clock()
        times = self._recent(key, now)
        if len(times) >= self.limit:
            return max(0.1, times[0] + self.window - now)
        times.append(now)
        if len(self._seen) > 10_000:  # forget idle users so memory stays bounded
            for idle in [k for k, v in self._seen.items() if not v or v[-1] <= now - self.window]:
                del self._seen[idle]
                self._noticed.pop(idle, None)
        return 0.0

    def should_notify(self, key: int) -> bool:
        """True once per limited window for `key`: say it politely once, then stay quiet."""
        now = self.clock()
        last = self._noticed.get(key)
        if last is not None and now - last < self.window:
            return False
        self._noticed[key] = now
        return True
