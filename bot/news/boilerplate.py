"""Recognise text that is not news: datelines, bylines, captions, boilerplate.

Lead-3 summaries fall for these ("WASHINGTON (Reuters) -", "By Jane Doe",
"Photo: ...", "Follow us on ..."); key points must not. Every pattern is
anchored and bounded, so each check runs in time linear in the text.
"""

from __future__ import annotations

import re

# "WASHINGTON (Reuters) - ", "NEW YORK, May 31 (AP) — ", "Madrid, 31 May (EFE).- ",
# "Seoul, South Korea (CNN) -- ", "NEW DELHI: ", "(CNN) -- ": a place (with its
# region), an optional date and agency, then a dash (or a colon after capitals).
_PLACE_WORD = r"[A-Z][\w.'’\-]{0,25}"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}
      (?:,[ ]{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})?)?
    (?P<date>,?[ ](?:[A-Z][a-z]{{2,8}}\.?[ ]\d{{1,2}}(?:,[ ]?\d{{4}})?
                   |\d{{1,2}}[ ][A-Z][a-z]{{2,8}}\.?(?:[ ]\d{{4}})?))?
    [ ]?(?P<agency>\([A-Za-z][A-Za-z .&\-/]{{0,24}}\))?
    [ ]?\.?[ ]?(?P<mark>[-–—]{{1,2}}|:|_)[ ]?""",
    re.VERBOSE,
)


# "By Jane Doe", "By MARIA CHENG, Associated Press", "By Ann Lee and Bo Park, CNN":
# capitalised names (with their particles), then an optional affiliation.
_NAME_WORD = r"[A-Z][\w.'’\-]*"
_NAME_PARTICLE = r"(?i:and)|de|da|di|van|von|der|la|le|al|bin"
_BYLINE_NAMES = rf"{_NAME_WORD}(?:\s(?:{_NAME_WORD}|{_NAME_PARTICLE})){{0,8}}"
_BYLINE = re.compile(
    rf"""^\s*(?:\(?\s*(?i:by|reporting\sby|writing\sby|editing\sby|additional\sreporting\sby
    |compiled\sby|written\sby)\s{_BYLINE_NAMES}(?:,\s{_NAME_WORD}(?:\s(?:{_NAME_WORD}|of|the|for|in|at|&)){{0,4}})?
    \s*\)?\.?\s*$
    |\(?\s*(?i:reporting|writing|editing|additional\sreporting)\sby\s)""",
    re.VERBOSE,
)

_CONTRIBUTED = re.compile(
    r"\bcontributed\s(?:reporting\s)?(?:to|for)\s(?:this|the)\s(?:report|story|article)\b",
    re.IGNORECASE,
)

# "Photo:", "Read more", "Follow us on ...": text that opens like this is not news.
# ("Photos released by police show ..." is news: a bare "photo" needs a colon.)
_BOILERPLATE_START = re.compile(
    r"""^\s*[(\[]?\s*(?:
      (?:photo|photos|image|images|picture|pictures|video|watch|listen|graphic|caption
        |related|(?:last\s)?updated|published|posted)\s?:
    |(?:file\sphoto|image\scopyright|image\scaption|media\splayback|read\smore|read\salso
        |see\salso|related\s(?:stories|articles|coverage)|more\son|follow\sus
        |follow\s\w+\son|subscribe|sign\sup|click\shere|copyright|share\sthis|advertisement
        |editor'?s\snote|all\srights\sreserved|this\sstory\shas\sbeen|this\sarticle
        |contact\s(?:us|the\sreporter)|e-?mail\s(?:us|the\sauthor))\b
    |follow\s@)""",
    re.VERBOSE | re.IGNORECASE,
)

_BOILERPLATE_ANYWHERE = re.compile(
    r"(?=[acfsnp©(])(?:all rights reserved|click here|follow us on|sign up for|subscribe to our"
    r"|©|\(c\) \d{4}|photo made available|newsletter)",
    re.IGNORECASE,
)

# An agency photo credit closing a caption: "EPA-EFE/JUSTIN LANE", "REUTERS/Kevin
# Lamarque", "AP Photo/Evan Vucci", "AFP PHOTO / JOHN DOE", "(Photo by Jane Doe/Getty
# Images)".
_PHOTO_CREDIT = re.compile(
    r"""(?:\b[A-Z][A-Za-z\-]{1,20}(?:[ ](?:Photo|PHOTO))?[ ]?/[ ]?[A-Z][\w.\-]{0,30}
      (?:[ ][\w.\-]{1,30}){0,4}
    |\bGetty[ ]Images|\bPhoto:[ ]?[\w.\-]{1,30}(?:[ ][\w.\-]{1,30}){0,4})\)?\.?\s*$""",
    re.VERBOSE,
)
_PHOTO_WORDS = re.compile(
    r"(?=[(p])(?:\((?:[LR]|C|center|centre|left|right)\)|\bpictured\b)", re.IGNORECASE
)


def dateline_end(text: str) -> int:
    """Offset where the news starts in a first paragraph: after its dateline, if any."""
    match = _dateline(text)
    return match.end() if match is not None else 0


def dateline_date(text: str) -> str | None:
    """The date a first paragraph's dateline gives ("LONDON, June 5, 2019 (Reuters) -"
    gives "June 5, 2019"), as written; None without a dateline or a date in it."""
    match = _dateline(text)
    date = match.group("date") if match is not None else None
    return date.strip(", ") if date else None


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline opening a first paragraph, if it has one."""
    head = text[:160]
    # A dateline ends in a dash or colon: most paragraphs have none to try the pattern on.
    # ("_" ends one on 1990s AP wire copy: "WASHINGTON (AP) _ President ...".)
    if (
        "-" not in head
        and ":" not in head
        and "—" not in head
        and "–" not in head
        and "_" not in head
    ):
        return None
    match = _DATELINE.match(head)
    if match is None:
        return None
    place, date, agency = match.group("place"), match.group("date"), match.group("agency")
    shouting = bool(place) and place.split(",")[0].upper() == place.split(",")[0]
    # Some evidence that this is a dateline and not a dash inside a sentence.
    if not (agency or (place and date) or shouting):
        return None
    if match.group("mark") == ":" and not shouting:
        return None
    rest = text[match.end() :]
    # What follows a dateline is a sentence: it opens with a capital, digit or quote.
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘"):
        return None
    return match


def is_byline(sentence: str) -> bool:
    """True for "By Jane Doe", "(Reporting by ...; Editing by ...)" and the like.

    Also for a contributor line: "AP writer Jane Doe contributed to this report."
    """
    return len(sentence) < 300 and (
        _BYLINE.match(sentence) is not None or _CONTRIBUTED.search(sentence) is not None
    )


def is_caption_like(sentence: str) -> bool:
    """True for a photo caption that slipped into the body (credit or L/R markers)."""
    tail = sentence[-120:]
    # Every credit holds a "/", "Getty" or "Photo:": most sentences need no search.
    may_credit = "/" in tail or "Getty" in tail or "Photo:" in tail
    return (may_credit and _PHOTO_CREDIT.search(tail) is not None) or (
        _PHOTO_WORDS.search(sentence) is not None
    )


def is_boilerplate(sentence: str) -> bool:
    """True for text that is not news: bylines, captions, calls to follow or subscribe."""
    return (
        is_byline(sentence)
        or _BOILERPLATE_START.match(sentence[:80]) is not None
        or _BOILERPLATE_ANYWHERE.search(sentence) is not None
        or is_caption_like(sentence)
    )
