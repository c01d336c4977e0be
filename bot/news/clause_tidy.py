"""A dated clause made to read on its own: sentence case, no connective or aside
at its start, no dangling word or stop at its end, one space between words.

`event_text` cuts the clause out of its sentence; `tidy` finishes it (captions'
events too).
"""

from __future__ import annotations

import functools
import re

_LEADING = re.compile(
    r"^(?:(?:and|but|although|though|while|whereas|however|yet|meanwhile"
    r")\b[,\s]*)+",
    re.IGNORECASE,
)
# A reported clause cut after "adding"/"saying" starts with a lower-case "that".
_LEAD_THAT = re.compile(r"^that\s+")
# Words left hanging where a clause was cut: "... to 444,000, which".
_DANGLING_WORDS = ("which", "who", "whom", "where", "and", "or", "but", "that", "while", "as")
# (not "that" as a pronoun: "rarely appeared in public after that")
_DANGLING = re.compile(rf"(?:[\s,]+(?:{'|'.join(_DANGLING_WORDS)}))+[\s,]*$")
_PRONOUN_THAT = re.compile(r"\b(?:after|before|since|like|of|than|about|with|for)\sthat[\s,.]*$")
_ASIDE = re.compile(
    r",\s*(?:however|though|meanwhile|too|also|in turn|according to [^,;]{1,80}),", re.IGNORECASE
)
# An age after a name, before its verb: "Modi, 73, is expected" (not ", 45, a retiree"
# or ", 27, who withdrew").
_AGE_ASIDE = re.compile(
    r"(?<=[a-z.]), \d{1,3}, (?!(?:a|an|the|and|or|who|whose|whom|which|that)\b)(?=[a-z])"
)
_SIDE_MARK = r"\((?:\d\w*\s)?[LRC]\)"  # a party or side: "(R)", "(1st L)"
_SIDE_MARKS = re.compile(r"\s*" + _SIDE_MARK)
# Searched first: with "(" to look for, not white space, it rejects a clause
# without side marks far faster than `_SIDE_MARKS` (which must try every position).
_SIDE_MARK_ALONE = re.compile(_SIDE_MARK)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_SPACES = re.compile(r"\s{2,}")
_SPACE_BEFORE_MARK = re.compile(r" (?=[,.;:!?])")
# The class of each ASCII character for `_tidy_spaces`: "c" a control character
# (white space other than " " is one), "s" the space, "m" a mark that takes no
# space before it, "x" any other.
_SPACE_CLASSES = bytes(
    ord(
        "c"
        if code < 32 or code == 127
        else "s"
        if code == 32
        else "m"
        if chr(code) in ",.;:!?"
        else "x"
    )
    for code in range(256)
)
_QUOTES = "\"”’'"
_STOPS = ",.;:"
_MAX_CHARS = 300
_MAX_INPUT = _MAX_CHARS * 3


def _first_group(match: re.Match[str]) -> str:
    """A match's first group (always taking part): `sub` without template parsing."""
    return match.group(1)


def _tidy_any_spaces(text: str) -> str:
    """`_tidy_spaces` for text with white space of any kind."""
    return _SPACE_BEFORE_PUNCT.sub(_first_group, _SPACES.sub(" ", text))


def _tidy_spaces(text: str) -> str:
    """One space for each run of white space, none before punctuation.

    ASCII text (nearly all) is mapped to its characters' classes in one C pass
    (`bytes.translate`), whose plain substring searches tell what there is to do
    (in most clauses nothing) faster than `isprintable` and a regex would.
    """
    if not text.isascii():
        return _tidy_any_spaces(text)
    classes = text.encode().translate(_SPACE_CLASSES).decode()
    if "c" in classes:
        return _tidy_any_spaces(text)
    # Without control characters the only white space is " ".
    runs = "ss" in classes
    if not runs and "sm" not in classes:
        return text
    if runs:
        text = _SPACES.sub(" ", text)
    # Now every run of white space is one " ": drop the one before each mark.
    return _SPACE_BEFORE_MARK.sub("", text)


def _rstrip_commas(text: str) -> str:
    """`text` without the white space and commas it ends with."""
    text = text.rstrip()
    while text.endswith(","):
        text = text[:-1].rstrip()
    return text


def _strip_end(text: str) -> str:
    """`text` without the stops, commas and white space it ends with; a closing
    quote after them stays ("... hostility."" -> "... hostility"")."""
    body = text.rstrip(_STOPS)
    if body[-1:].isalnum():
        return body  # most clauses: "... called it off." (no space or quote to look past)
    body = text.rstrip()
    quote = body[-1:]
    if quote and quote in _QUOTES:
        body = body[:-1]
    else:
        quote = ""
    # Stops and white space may alternate ("hostility. ,"): strip both until neither ends it.
    body = body.rstrip(_STOPS)
    while body[-1:].isspace():
        body = body.rstrip().rstrip(_STOPS)
    return body + quote


# The first three letters of each word `_LEADING` strips.
_LEADING_HEADS = frozenset(("and", "but", "alt", "tho", "whi", "whe", "how", "yet", "mea"))


def _may_lead(text: str) -> bool:
    """Whether `_LEADING` may match `text`: it starts with a connective's first three
    letters (a non-ASCII one may match an ASCII letter case-insensitively: "K", "ſ")."""
    head = text[:3]
    return not head.isascii() or head.lower() in _LEADING_HEADS


# Two expressions of one clause that are both kept ("from June 12 to June 14")
# give the same clause one after the other: the last one is remembered.
@functools.lru_cache(maxsize=1)
def tidy(text: str) -> str:
    """Sentence-case a clause and strip connectives, asides and the final stop."""
    # Only the start is ever shown, and a bounded input keeps every pass below cheap.
    if len(text) > _MAX_INPUT:
        text = text[:_MAX_INPUT]
    # Each pass below that cannot match (checked in one cheap step) is skipped.
    if "(" in text and _SIDE_MARK_ALONE.search(text) is not None:
        text = _SIDE_MARKS.sub("", text)
    # No pass adds a comma: with fewer than two there is no aside and no ",".
    two_commas = text.count(",") > 1
    if two_commas:
        text = _ASIDE.sub("", text)
        text = _AGE_ASIDE.sub(" ", text)
    text = _tidy_spaces(text).strip(" ,;:")
    if _may_lead(text):
        # A leading "however, " goes with the connectives: `_LEADING` takes it.
        leading = _LEADING.match(text)
        if leading is not None:
            text = text[leading.end() :].strip(" ,;:")
    if text[:4] == "that":
        text = _LEAD_THAT.sub("", text)
    # A dropped expression may leave a dangling word, before the stop too ("by the
    # end of the year or early next year." -> "... the year or.").
    if _rstrip_commas(text.rstrip(".")).endswith(_DANGLING_WORDS) and not (
        text.endswith(("that", "that.")) and _PRONOUN_THAT.search(text)
    ):
        text = _DANGLING.sub("", text.rstrip("."))
    text = _strip_end(text)
    if two_commas and ",," in text:
        text = text.replace(",,", ",")
    if len(text) > _MAX_CHARS:
        text = text[:_MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    first = text[:1]
    if "A" <= first <= "Z" or (first.isalpha() and first.isupper()) or first.isdigit():
        return text  # already sentence-cased, or a number ("200 people have died")
    word = text.split(None, 1)[0] if text.strip() else ""
    if any(ch.isupper() for ch in word[1:]):
        return text  # "iPhone sales", "eBay": a name's own case
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text  # '"2010 is going to be a pivotal year"': a number opens it
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text
