"""Cluster items by the rare terms they share, in one pass over an inverted index.

Each item is compared with the clusters that hold one of its terms (never with
every other item): it joins the cluster it shares enough with, and clusters it
links together merge. Work is about (items x terms per item x clusters per
term), which stays small because a term held by too many items indexes nothing.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

# An item joins a cluster when the terms they share weigh this much (a name or
# word pair counts double) over at least three terms: two common names ("white
# house", "donald trump") alone do not make two articles one story.
LINK_WEIGHT = 4.0
LINK_MIN_SHARED = 3
NAME_WEIGHT = 2.0
# Only an item's first (most telling) terms index it.
LINK_TERMS = 16
# A term in more than max(COMMON_FLOOR, 2 * sqrt(n)) items is too common to link.
COMMON_FLOOR = 12
# Items further apart than this (in days) from a cluster's span do not join it.
MAX_DAYS_APART = 3
# In clusters bigger than this, a term held by one member counts this much.
SMALL_CLUSTER = 3
LONE_TERM_SHARE = 0.5


def term_weight(term: str) -> float:
    """Weight of a shared term: names and word pairs (with a space) say more than a word."""
    return NAME_WEIGHT if " " in term else 1.0


def _link_terms(terms: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(terms[:LINK_TERMS]))


class _Clusters:
    """Clusters under union-find: members, span of days and how many members hold each term."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.members: list[list[int]] = []
        self.days: list[tuple[int, int] | None] = []
        self.terms: list[Counter[str]] = []

    def find(self, c: int) -> int:
        """The cluster `c` has been merged into (path-halving union-find)."""
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def new(self, item: int, day: int | None, terms: Sequence[str]) -> int:
        """Open a cluster holding `item` alone; return its index."""
        self.parent.append(len(self.parent))
        self.members.append([item])
        self.days.append((day, day) if day is not None else None)
        self.terms.append(Counter(terms))
        return len(self.parent) - 1

    def near(self, c: int, day: int | None) -> bool:
        """Whether `day` falls within MAX_DAYS_APART of the days cluster `c` spans."""
        span = self.days[c]
        if day is None or span is None:
            return True
        return span[0] - MAX_DAYS_APART <= day <= span[1] + MAX_DAYS_APART

    def add(self, c: int, item: int, day: int | None, terms: Sequence[str]) -> None:
        """Put `item` (with its day and terms) into cluster `c`."""
        self.members[c].append(item)
        self.terms[c].update(terms)
        span = self.days[c]
        if day is not None:
            self.days[c] = (min(span[0], day), max(span[1], day)) if span else (day, day)

    def merge(self, keep: int, other: int) -> None:
        """Fold cluster `other` into `keep`."""
        self.parent[other] = keep
        self.members[keep].extend(self.members[other])
        self.members[other] = []
        self.terms[keep].update(self.terms[other])
        self.terms[other] = Counter()
        a, b = self.days[keep], self.days[other]
        if a is None or b is None:
            self.days[keep] = a or b
        else:
            self.days[keep] = (min(a[0], b[0]), max(a[1], b[1]))

    def shared_weight(self, c: int, term: str, weight: float) -> float:
        """What a term weighs as evidence for joining cluster c.

        In a cluster of more than a few members, a term only one member holds is
        half the evidence: otherwise a big story, whose members together use
        many words, would swallow any article that shares a few of them.
        """
        if len(self.members[c]) <= SMALL_CLUSTER or self.terms[c][term] > 1:
            return weight
        return weight * LONE_TERM_SHARE


def cluster_by_terms(
    term_lists: Sequence[Sequence[str]], days: Sequence[int | None]
) -> list[list[int]]:
    """Group indices of items (terms and day ordinal each) into clusters, in first-seen order."""
    link = [_link_terms(terms) for terms in term_lists]
    df: Counter[str] = Counter(t for terms in link for t in terms)
    too_common = max(COMMON_FLOOR, int(2 * math.sqrt(len(link))))
    weight_of = {t: term_weight(t) for t, k in df.items() if 2 <= k <= too_common}
    clusters = _Clusters()
    find = clusters.find
    shared_weight = clusters.shared_weight
    holding: dict[str, set[int]] = defaultdict(set)
    # Syndicated copies have the very same terms: they join the first copy's cluster.
    copies: dict[tuple[tuple[str, ...], int | None], int] = {}
    for item, terms in enumerate(link):
        useful = [t for t in terms if t in weight_of]
        day = days[item]
        key = (tuple(terms), day)
        if terms and key in copies:
            clusters.add(find(copies[key]), item, day, useful)
            continue
        # cluster -> [weight of the terms shared with the item, how many terms]
        tally: dict[int, list[float]] = {}
        for term in useful:
            held = holding.get(term)
            if not held:
                continue
            roots = {find(c) for c in held} if len(held) > 1 else (find(next(iter(held))),)
            for c in roots:
                w = shared_weight(c, term, weight_of[term])
                entry = tally.get(c)
                if entry is None:
                    tally[c] = [w, 1.0]
                else:
                    entry[0] += w
                    entry[1] += 1.0
        linked = sorted(
            c
            for c, (w, n) in tally.items()
            if w >= LINK_WEIGHT and n >= LINK_MIN_SHARED and clusters.near(c, day)
        )
        if linked:
            home = linked[0]
            for other in linked[1:]:
                clusters.merge(home, other)
            clusters.add(home, item, day, useful)
        else:
            home = clusters.new(item, day, useful)
        copies[key] = home
        for term in useful:
            holding[term].add(home)
    return [sorted(m) for m in clusters.members if m]


def centrality(term_lists: Sequence[Sequence[str]], members: Sequence[int]) -> dict[int, float]:
    """How much of each member's terms the other members of its cluster share."""
    if len(members) == 1:
        return {members[0]: 0.0}
    link = {i: _link_terms(term_lists[i]) for i in members}
    counts: Counter[str] = Counter(t for terms in link.values() for t in terms)
    return {i: sum(term_weight(t) * (counts[t] - 1) for t in link[i]) for i in members}
