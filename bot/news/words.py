"""Word-level helpers shared by key-point selection, story grouping and briefings.

Content words are lower-cased word tokens that are not function words or
reporting verbs, with a possessive "'s" dropped, so that "Pompeo's" and
"Pompeo" count as the same word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_PLAIN_WORD = re.compile(r"[^\W_]+")

# Function words, reporting verbs and other words that say nothing about the story.
STOPWORDS = frozenset(
    """a about above after again against all almost also although am among an and any
    are aren't as at be became because become been before being below between both
    but by can cannot could couldn't did didn't do does doesn't doing don't down
    during each either else even ever every few for from further had hadn't has
    hasn't have haven't having he he'd he'll he's her here hers herself him himself
    his how however i i'd i'll i'm i've if in into is isn't it it's its itself just
    least less let like made make many may me might more most much must my myself
    neither no nor not now of off often on once one only or other our ours
    ourselves out over own per quite rather same say says said saying see seen she
    she'd she'll she's should shouldn't since so some still such than that that's
    the their theirs them themselves then there there's these they they'd they'll
    they're they've this those though through thus to too told under until up upon
    us very via was wasn't we we'd we'll we're we've were weren't what what's when
    where whether which while who who's whom whose why will with within without
    won't would wouldn't yet you you'd you'll you're you've your yours yourself
    yourselves according added adding also announced asked claimed commented
    confirmed continued explained noted reported stated suggested believed told
    tell telling think thought going get got mr mrs ms dr year years week weeks day
    days time times today yesterday tomorrow monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september
    october november december""".split()
)


def normalise(word: str) -> str:
    """Lower-case a word token and drop a possessive ending ("Trump's" -> "trump")."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    elif lower.endswith("s'"):
        lower = lower[:-1]
    return lower


def word_tokens(text: str) -> list[str]:
    """All word tokens of `text`, normalised, in order (stop words included)."""
    lower = text.lower()
    if len(lower) != len(text):
        # A letter that lower-cases to two ("İ") would shift the tokens: one at a time.
        return [normalise(m.group(0)) for m in _WORD.finditer(text)]
    # Lower-casing the whole text first finds the same tokens, already lower-case.
    # A token ends in a letter or digit, so only "'s" can end one.
    return [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(lower.replace("’", "'"))]


def is_content_word(word: str) -> bool:
    """True for a normalised token that carries meaning: not a stop word, not one character."""
    return len(word) > 1 and word not in STOPWORDS


def content_words(text: str) -> list[str]:
    """The content words of `text`, normalised, in order (duplicates kept)."""
    return [w for w in word_tokens(text) if len(w) > 1 and w not in STOPWORDS]


def word_set(text: str) -> frozenset[str]:
    """The distinct content words of `text`, fast and rough (hyphens and stops split words)."""
    return frozenset(
        w for w in _PLAIN_WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS
    )


_NAME_WORD = re.compile(r"[^\s,;:()\"“”]+")
_WORD_TAIL = re.compile(r"(?:['’]s?)?[.!?]*$")


def _bare(word: str) -> str:
    """A name's last word without what may follow it in text: "Pompeo's", "Kagan."."""
    return _WORD_TAIL.sub("", word)


def names_in(text: str, names: Iterable[str]) -> set[str]:
    """The `names` ("Luiz Inacio Lula da Silva") written whole in `text`, word for
    word; in one pass over the text, however many names there are (testing each
    name with `in` would read the text once per name)."""
    table: dict[tuple[str, ...], str] = {}
    for each in names:
        key = tuple(each.split())
        if key:
            table[key] = each
    lengths = sorted({len(words) for words in table})
    found: set[str] = set()
    tokens = _NAME_WORD.findall(text)
    for i in range(len(tokens)):
        for length in lengths:
            words = tuple(tokens[i : i + length])
            if len(words) < length:
                break
            name = table.get(words) or table.get((*words[:-1], _bare(words[-1])))
            if name is not None:
                found.add(name)
    return found
