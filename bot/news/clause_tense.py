"""The tense one date expression is read in, worked out only when asked for.

Most dates resolve without a tense ("May 31, 2018"), so `ClauseTense` reads
the words around an expression (`tense.signal_near`) on first use and keeps
what it found, and lends the reading of the expression before it in its
sentence to one whose clause shows no tense.
"""

from __future__ import annotations

import re

from bot.news.date_yardsticks import yardstick_at
from bot.news.tense import Signal, Tense, as_tense, signal_near
from bot.news.tense_phrases import DEMANDED, GATHERINGS, OCCASIONS

_PLANNED_THEN = re.compile(
    r"\b(?:was|were|had\sbeen)\s(?:[a-z]+ly\s)?"
    r"(?:(?:expected|scheduled|set|slated|supposed|(?:un)?likely)\s(?:to|for)|(?:due|expected)\s(?:on|in)"
    r"|due\b|to(?=\s[a-z])"  # "talks were to resume in April", "The bonds were due Dec. 15"
    r"|on\strack\sto)\b"
    # "had hoped to act by the end of February": a plan of a past before
    r"|\bhad\s(?:hoped|planned|promised|intended|wanted|aimed|pledged|vowed|threatened)\sto\b"
)
_PLAN_REACH = 60
_REPORTED = re.compile(r"\b(?:said|says|told|according\sto)\b")
# A future as seen from the past: "said it would", "promised to", "ahead of".
_SEEN_THEN = re.compile(
    r"\b(?i:would|ahead\sof|(?<!is\s)(?<!are\s)(?:promised|pledged|vowed|hoped|planned|aimed"
    r"|expected|intended|wanted)\sto"
    # (a deadline a demand set: "on Tuesday urged Iraq to comply by Friday")
    rf"|{DEMANDED})\b"
)
# A date that an occasion asked or prepared for owns ("called for a general strike on
# April 5", "the groundwork for a new round of political talks in Almaty on April 5";
# not "held an election on April 14", nor "upheld the ruling in June"): no verb's tense.
_OCCASION_ON = re.compile(
    r"\b(?:for\s(?:(?:a|an)\s)?|to\s[a-z]+\s(?:(?:a|an|the)\s)?)"  # ("to contest the election")
    r"(?:(?!(?:the|its|their|his|her|this|that)\s)[\w-]+\s){0,6}"  # "a nationwide day of"
    rf"(?:{OCCASIONS}|{GATHERINGS})\s"
    r"(?:(?:in|at)\s[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s)?(?:on|for|in)\s$"
)
_OCCASION_REACH = 64
_OVER = re.compile(r"\b(?i:last|latest|previous|final|most\srecent)\b")
_IS_DUE = re.compile(r"\b(?:is|are)\s(?:on\s|in\s)?$")
# Where a clause of its own starts: the future of "..., but the company now plans to"
# is not seen from the past of what comes before.
_CLAUSE_START = re.compile(r",\s(?:but|and|while|although|though)\s|;\s")


class ClauseTense:
    """The tense around one expression of a text, read on first use and kept.

    Most expressions resolve without it, so it is read only when asked for.
    `before` is the ClauseTense of the expression before this one in the same
    sentence (None for the first one there).
    """

    __slots__ = ("_before", "_bounds", "_end", "_own", "_read", "_reading", "_start", "_text")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        bounds: tuple[int, int],
        before: ClauseTense | None = None,
    ) -> None:
        self._text, self._start, self._end, self._bounds = text, start, end, bounds
        self._before = before
        self._own: Signal | None = None
        self._reading: Tense | None = None
        self._read = ""  # which of the two are known: "", "own", "reading" (both)

    @property
    def text(self) -> str:
        """The text the expression is in."""
        return self._text

    @property
    def start(self) -> int:
        """Where the expression starts in `text`."""
        return self._start

    @property
    def end(self) -> int:
        """Where the expression ends in `text`."""
        return self._end

    @property
    def own(self) -> Tense | None:
        """The tense of the expression's own clause (`tense_near`)."""
        return as_tense(self._signal())

    @property
    def planned_then(self) -> bool:
        """Whether the clause tells of a plan as it stood in the past: "was expected
        to vote on Friday" (ahead of the day the story was at, not of today)."""
        return self._plan() is not None

    def _plan(self) -> re.Match[str] | None:
        """The words of a plan as it stood just before the expression, if any."""
        lo = max(self._bounds[0], self._start - _PLAN_REACH)
        return _PLANNED_THEN.search(self._text, lo, self._start)

    @property
    def plan_called_off(self) -> bool:
        """Whether the clause itself tells of a plan as it stood, outside reported
        speech: "The vote was expected on Monday but was delayed" (not "Officials said
        a vote was expected on Tuesday": "said" shifts "is" back; not "banks, which were
        expected to reopen on Thursday, will stay closed until Tuesday")."""
        if not self.planned_here:
            return False
        return _REPORTED.search(self._text, self._bounds[0], self._bounds[1]) is None

    @property
    def planned_here(self) -> bool:
        """Whether a plan as it stood (`planned_then`) is told in the expression's own
        clause: no comma between ("..., which were expected to reopen on Thursday, will
        stay closed until Tuesday": not Tuesday's)."""
        plan = self._plan()
        return plan is not None and self._text.find(",", plan.end(), self._start) < 0

    @property
    def plan_reported(self) -> bool:
        """Whether a plan told in a simple past is reported speech, which shifts "is"
        back: "Officials said the vaccine was expected to be ready in October" (the plan
        still stands; not "had been scheduled for", a plan of a past before)."""
        plan = self._plan()
        return (
            plan is not None
            and not plan.group().startswith("had")
            and _REPORTED.search(self._text, self._bounds[0], plan.start()) is not None
        )

    @property
    def future_then(self) -> bool:
        """Whether a future told is one as seen from the past: "said it would return",
        "were deployed on Wednesday ahead of Thursday's ruling", "was expected to
        vote" (`planned_then`)."""
        lo = self._bounds[0]
        for clause in _CLAUSE_START.finditer(self._text, lo, self._start):
            lo = clause.end()
        return _SEEN_THEN.search(self._text, lo, self._start) is not None or self.planned_then

    @property
    def nearest(self) -> bool:
        """Whether a phrase says the date is the nearest of its name, either way
        (`tense_phrases`: "arrested ahead of the vote on Sunday")."""
        return self._signal() == "nearest"

    @property
    def scheduled(self) -> bool:
        """Whether the nearest marker is "is" or "are": "the vote is on Friday"."""
        return self._signal() == "scheduled"

    @property
    def compared(self) -> bool:
        """Whether the expression is named to compare with ("down from 8.2 percent in
        July"): what is compared with is over."""
        return yardstick_at(self._text, self._start)

    @property
    def after_occasion(self) -> bool:
        """Whether an occasion named just before owns the date ("called for a general
        strike on April 5"): the date has no tense of the clause's verb."""
        lo = max(self._bounds[0], self._start - _OCCASION_REACH)
        return _OCCASION_ON.search(self._text, lo, self._start) is not None

    @property
    def due(self) -> bool:
        """Whether the expression is what "is" or "are" just before it says a thing is
        due on: "The election is Nov. 5", "The vote is on Friday" (not "data for
        January is due")."""
        lo = max(self._bounds[0], self._start - 12)
        if _IS_DUE.search(self._text, lo, self._start) is None or not self.scheduled:
            return False
        # "The last confirmed sighting is Jan. 30": what is over
        return _OVER.search(self._text, self._bounds[0], self._start) is None

    def _signal(self) -> Signal | None:
        """The marker nearest the expression (`signal_near`), read once."""
        if not self._read:
            self._own = signal_near(self._text, self._start, self._end, self._bounds)
            self._read = "own"
        return self._own

    @property
    def reading(self) -> Tense | None:
        """The tense the expression is read in: its own, else the reading of the one
        before it in its sentence ("will lift the trophy on Sunday, May 28, after ...
        on Wednesday": no verb near "Wednesday", which is still read as future).
        A present-tense verb of its own ends the search: "left rates unchanged last
        month; its next meeting is March 31" reads March 31 in no tense."""
        # A loop, not recursion: thousands of expressions may share a sentence. Each
        # one walked keeps the answer, so reading all of them stays linear.
        walked: list[ClauseTense] = []
        clause: ClauseTense | None = self
        tense: Tense | None = None
        while clause is not None:
            if clause._read == "reading":
                tense = clause._reading
                break
            walked.append(clause)
            signal = clause._signal()
            if signal is not None:
                tense = as_tense(signal)
                break
            clause = clause._before
        for each in walked:
            each._reading, each._read = tense, "reading"
        return tense
