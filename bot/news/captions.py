"""Photo captions: spot the credit that ends a caption, read its date and place.

A caption is a paragraph that ends in a photo credit ("... May 31, 2018.
EPA-EFE/JUSTIN LANE", "... (AP Photo/Evan Vucci)", "... Photograph: Justin
Lane/EPA") or carries a keyword credit ("Photo: NAME/AGENCY"). The credit must
stand on its own after a sentence end or in brackets, so body sentences that
merely mention Reuters or AP are not taken for captions.

Every pattern here has bounded repetition and is only tried on a bounded tail
of the paragraph (or at a bounded number of keyword positions), so the work is
linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.news.model import Caption
from bot.news.temporal_lexicon import MONTHS

# One word of a photographer's or agency's name: capitalised ("Justin", "LANE",
# "O'Neil", "J.", "al-Assad"), or a lowercase particle inside a name.
_NAME_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]{0,30}"
    r"|(?:de|da|del|della|der|den|di|du|dos|das|van|von|al|el|bin|ibn|la|le|y|of|and|the)"
    r"(?![\w'’]))"
)
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,7}}"

# Agencies written first, then a slash and the photographer: EPA-EFE/JUSTIN LANE.
_LEAD_AGENCIES = (
    "EPA-EFE|EFE-EPA|EPA|EFE|ANSA|REUTERS|Reuters|AFP PHOTO|AFP Photo|AFP|"
    "AP Photo|AP PHOTO|AP|Xinhua|XINHUA|KCNA|Yonhap|YONHAP|Kyodo|KYODO|dpa|DPA|"
    "TASS|Sputnik|SPUTNIK|Anadolu Agency|UPI|ZUMA|SIPA|ABACA|PA|POOL|Pool|"
    "IMAGO|Imago|NurPhoto|SANA|WAFA|IRNA|Handout|HANDOUT"
)
# Agencies written last, after the photographer: Drew Angerer/Getty Images.
_TAIL_AGENCIES = (
    "Getty Images|AFP|EPA-EFE|EPA|EFE|Reuters|REUTERS|AP|Bloomberg|Shutterstock|"
    "REX|Rex|Xinhua|XINHUA|PA Images|PA Wire|PA|Alamy|Anadolu Agency|NurPhoto|"
    "LightRocket|Corbis|Redux|Pool|POOL|ANSA|dpa|DPA|KCNA|Yonhap|Kyodo|TASS|"
    "Sputnik|UPI|ZUMA|Zuma Press|SIPA|Sipa USA|ABACA|IMAGO|Imago|USA TODAY|"
    "The New York Times|The Washington Post|The Guardian|Bloomberg News|iStockphoto|iStock"
)
_VIA = rf"(?: (?:via|for) (?:{_TAIL_AGENCIES}|{_NAME}))?"
_SLASH = r" ?/ ?"
_FILE_NOTE = r"(?:, ?(?:File|FILE|file|Pool|POOL|Handout))?"

_LEAD_CREDIT = rf"(?:{_LEAD_AGENCIES}){_SLASH}{_NAME}(?:{_SLASH}{_NAME}){{0,3}}{_FILE_NOTE}{_VIA}"
# "Pool Photo via AP" and "KCNA/via REUTERS": a source handed out through an agency.
_THROUGH_AGENCY = rf"{_NAME}(?:{_SLASH}| )via (?:{_TAIL_AGENCIES})"
_TAIL_CREDIT = (
    rf"{_NAME}(?:{_SLASH}{_NAME}){{0,2}}{_SLASH}"
    rf"(?:{_TAIL_AGENCIES}|{_THROUGH_AGENCY}){_FILE_NOTE}{_VIA}"
)
_VIA_CREDIT = _THROUGH_AGENCY
_BARE_CREDIT = (
    r"(?:Getty Images(?: for [A-Z][\w ]{0,40})?|Shutterstock|AP Photo|AFP PHOTO|AFP Photo)"
)
_KEYWORD = (
    r"(?:Photo credit|Image credit|Image source|Photo source|Photographs?|Photographer|"
    r"Photos?|PHOTO|Pictures?|Pic|Images?|Credit|Foto)"
)
_KEYWORD_CREDIT = (
    rf"{_KEYWORD}(?: ?:| by:?|,) ?{_NAME}(?:(?:{_SLASH}|, | via | for ){_NAME}){{0,4}}{_FILE_NOTE}"
)

_CREDIT = re.compile(
    rf"(?:{_KEYWORD_CREDIT}|{_LEAD_CREDIT}|{_TAIL_CREDIT}|{_VIA_CREDIT}|{_BARE_CREDIT})"
)
# Where a credit may begin: after a sentence end, a closing quote or bracket,
# a separator bar or dash, or a full stop glued to a capital ("2018.REUTERS/").
_CREDIT_START = re.compile(r"""(?:[.!?"”’)\]]\s+|\s[|–—-]\s+|[.!?](?=[A-Z])|[|]\s*)""")
# A keyword credit anywhere in the paragraph ("Photo: NAME/AGENCY. Pompeo ...").
_KEYWORD_ANYWHERE = re.compile(
    rf"(?:^|(?<=[.!?|(\[])|(?<=[.!?|(\[\]\"”:;] ))(?P<credit>{_KEYWORD_CREDIT})"
    r"(?=$|[.;|)\]]|\s[|–—-]\s)"
)

# Cheap pre-checks: every credit form has one of these, and most body text has none.
_KEYWORD_HINT = re.compile(r"Photo|PHOTO|Image|Pic|Credit|Foto")
_CREDIT_HINT = re.compile(r"/| via |Getty Images|Shutterstock|Photo|PHOTO|Image|Pic|Credit|Foto")
_TAIL_WINDOW = 260  # longest credit we look for, with room for its lead-in
_MAX_STARTS = 8  # candidate credit starts tried, nearest to the end first


def _normalise(text: str) -> str:
    """Collapse white space runs to one space and trim."""
    return " ".join(text.split())


def _end_credit(text: str) -> str | None:
    """The credit ending `text` (already normalised), or None."""
    core = text.rstrip(". ")
    if not core or not _CREDIT_HINT.search(core, max(0, len(core) - _TAIL_WINDOW)):
        return None
    if core.endswith(")"):
        opening = core.rfind("(", max(0, len(core) - _TAIL_WINDOW))
        if opening >= 0:
            inner = core[opening + 1 : -1].strip()
            if _CREDIT.fullmatch(inner):
                return inner
    window_start = max(0, len(core) - _TAIL_WINDOW)
    tail = core[window_start:]
    starts = [m.end() for m in _CREDIT_START.finditer(tail)]
    if window_start == 0:
        starts.insert(0, 0)
    for start in reversed(starts[-_MAX_STARTS:]):
        candidate = tail[start:].strip()
        if candidate and _CREDIT.fullmatch(candidate):
            return candidate
    return None


def split_credit(paragraph: str) -> tuple[str, str] | None:
    """Return (paragraph, credit) when `paragraph` is a photo caption, else None.

    A caption ends in a photo credit (`EPA-EFE/NAME`, `REUTERS/Name`,
    `(AP Photo/Name)`, `AFP PHOTO / NAME`, `(Photo by Name/Getty Images)`,
    `Photograph: Name/Agency`, `Xinhua/Name`, `Getty Images`) standing after a
    sentence end or in brackets, or contains a keyword credit such as
    `Photo: NAME/AGENCY`. The paragraph comes back trimmed, credit included.
    """
    text = _normalise(paragraph)
    if not text:
        return None
    credit = _end_credit(text)
    if credit is None:
        match = _KEYWORD_ANYWHERE.search(text) if _KEYWORD_HINT.search(text) else None
        if match is None:
            return None
        credit = match.group("credit")
    return paragraph.strip(), credit


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_CAPTION_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH}) (?P<d1>\d{{1,2}}){_ORDINAL},? (?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL} (?P<m2>{_MONTH}),? (?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b"
)
_WEEKDAY_TAIL = re.compile(
    r"(?:,? (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?(?: on)?$"
)
_LEADING_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ")
_PLACE_INTRO = re.compile(r"\b(?:in|at|near|outside|from) ")
# A place: capitalised words ("New York City", "D.C.", "USA") with a few
# lowercase joiners ("Rio de Janeiro", "Isle of Man"), in comma-separated parts.
_PLACE_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]{0,30}|de|da|del|do|of|the|upon|am|an|sur|la|le|on)"
_PLACE = re.compile(
    rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,5}}(?:, {_PLACE_WORD}(?: {_PLACE_WORD}){{0,5}}){{0,4}}"
)
_PLACE_WINDOW = 160
# Words that make a date the day a photo was released, not taken.
_RELEASE_WORDS = re.compile(
    r"(?i:issued|released|made available|published|distributed)\W{1,3}(?:on )?$"
)
_RELEASE_WINDOW = 25
_PLACE_AFTER = re.compile(
    rf",? (?:in|at|near|outside) (?P<place>[A-ZÀ-ÖØ-Þ][^()]{{0,{_PLACE_WINDOW}}}?)"
    r"(?=\.? \(|\. [A-Z]|\.?\s*$)"
)


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The calendar date a `_CAPTION_DATE` match names, or None if impossible."""
    if match.group("y3"):
        year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
    else:
        month_name = match.group("m1") or match.group("m2")
        day_text = match.group("d1") or match.group("d2")
        year_text = match.group("y1") or match.group("y2")
        month = MONTHS[month_name.rstrip(".").lower()]
        day, year = int(day_text), int(year_text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def written_date(text: str) -> dt.date | None:
    """The date `text` consists of ("May 31, 2018", "31 May 2018", "2018-05-31",
    "Thursday, May 31, 2018"), or None if it says anything else or no real date."""
    text = _normalise(text).rstrip(".")
    weekday = _LEADING_WEEKDAY.match(text)
    if weekday is not None:
        text = text[weekday.end() :]
    match = _CAPTION_DATE.fullmatch(text)
    return _date_of(match) if match is not None else None


def _place_before(text: str, end: int) -> str | None:
    """The place named right before position `end` ("in New York, USA, <date>")."""
    before = text[max(0, end - _PLACE_WINDOW) : end].rstrip(" ,")
    weekday = _WEEKDAY_TAIL.search(before)
    if weekday is not None:
        before = before[: weekday.start()].rstrip(" ,")
    intros = list(_PLACE_INTRO.finditer(before))
    if not intros:
        return None
    candidate = before[intros[-1].end() :]
    # "in downtown Portland, Ore." / "in central Kyiv": skip a lowercase lead-in word or two.
    for _ in range(2):
        if candidate[:1].islower() and " " in candidate:
            candidate = candidate.split(" ", 1)[1]
    if not candidate[:1].isupper() or not _PLACE.fullmatch(candidate):
        return None
    return candidate


def _place_after(text: str, start: int) -> str | None:
    """The place named right after a date ("May 31, 2018, in Washington.")."""
    match = _PLACE_AFTER.match(text, start)
    if match is None:
        return None
    candidate = match.group("place").rstrip(" ,")
    if text.startswith(".", match.end()) and "." in candidate.rsplit(" ", 1)[-1]:
        candidate += "."  # the stop also closes an abbreviation: "Washington, D.C."
    return candidate if _PLACE.fullmatch(candidate) else None


def caption_date_place(text: str) -> tuple[dt.date | None, str | None]:
    """The date a caption gives for its photo and the place named just before it.

    The last full date in the caption wins ("Photo made available on May 31,
    2018 ... in New York City, New York, USA, May 30, 2018." -> May 30), except
    that a release date ("(issued 02 June 2018)") only counts when it is the
    only one. The
    place is the run of capitalised, comma-separated names after the last
    "in"/"at"/"near" before that date, weekday dropped, unless one is named
    right after it (AP style: "Thursday, May 31, 2018, in Washington."), which
    is the more specific. Either may be None.
    """
    text = _normalise(text)
    last: re.Match[str] | None = None
    found: dt.date | None = None
    last_release: tuple[re.Match[str], dt.date] | None = None
    for match in _CAPTION_DATE.finditer(text):
        day = _date_of(match)
        if day is None:
            continue
        window = text[max(0, match.start() - _RELEASE_WINDOW) : match.start()]
        if _RELEASE_WORDS.search(window):
            last_release = match, day
        else:
            last, found = match, day
    if last is None and last_release is not None:
        last, found = last_release
    if last is None:
        return None, None
    return found, _place_after(text, last.end()) or _place_before(text, last.start())


def separate_captions(blocks: list[str]) -> tuple[tuple[Caption, ...], tuple[str, ...]]:
    """Separate photo captions from body paragraphs, both with white space collapsed.

    A credit standing alone (after a blank line) joins the paragraph before it
    to make one caption when that paragraph gives a full date, as captions do.
    """
    captions: list[Caption] = []
    paragraphs: list[str] = []
    previous_was_body = False
    for block in blocks:
        paragraph = " ".join(block.split())
        if not paragraph:
            continue
        found = split_credit(paragraph)
        if found is None:
            paragraphs.append(paragraph)
            previous_was_body = True
            continue
        caption_text, credit = found
        if caption_text == credit and previous_was_body and _CAPTION_DATE.search(paragraphs[-1]):
            # A credit on its own after a blank line belongs to the dated caption before it.
            caption_text = f"{paragraphs.pop()} {credit}"
        previous_was_body = False
        day, place = caption_date_place(caption_text)
        captions.append(Caption(text=caption_text, credit=credit, date=day, place=place))
    return tuple(captions), tuple(paragraphs)
