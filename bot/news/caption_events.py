"""What a photo caption shows, as the text of its event: the caption without
its date (and the "on" before it), credit and full place name."""

from __future__ import annotations

import re

from bot.news.clause_tidy import tidy
from bot.news.model import Caption
from bot.news.sentences import sentence_tuple

_ASIDE_START = re.compile(r"\s(?:as|while|after|amid)\s(?:they|he|she|it|the|a|an)\b")


def _without_aside_before_place(body: str, place: str) -> str:
    """Drop an "as they ..." aside that stands between the action and its place:
    "X meeting Y as they reportedly made efforts ... in New York City" becomes
    "X meeting Y in New York City"."""
    at_place = body.rfind(" in " + place)
    if at_place < 0:
        return body
    aside = _ASIDE_START.search(body, 0, at_place)
    if aside is None or len(body[: aside.start()].split()) < 4:
        return body
    return body[: aside.start()] + body[at_place:]


_PREPOSITION_END = re.compile(r"\s(?:on|in|at|during)\s+$")
# A label that files the photo, not what it shows: "FILE PHOTO: ", "FILE - ".
_FILE_LABEL = re.compile(r"(?:FILE\s+PHOTO|FILE|PHOTO)\s*[:\-–—]\s*")


def caption_text(caption: Caption, start: int, end: int) -> str:
    """What a photo caption shows, without its date, credit and full place name."""
    head = caption.text[:start]
    preposition = _PREPOSITION_END.search(head)
    if preposition is not None:
        head = head[: preposition.start()]  # "a party in Phoenix on Tuesday." -> "in Phoenix."
    body = head + caption.text[end:]
    if caption.credit and caption.credit in body:
        body = body[: body.rindex(caption.credit)]
    if caption.place and caption.place in body:
        short = caption.place.split(",")[0].strip()
        body = body.replace(caption.place, short, 1)
        body = _without_aside_before_place(body, short)
    shows = body.find(" shows ", 0, max(0, start))
    if 0 <= shows < len(body) // 2:
        body = body[shows + len(" shows ") :]
    label = _FILE_LABEL.match(body)
    if label is not None:
        body = body[label.end() :]
    sentences = sentence_tuple(body)
    if sentences:
        body = body[sentences[0][0] : sentences[0][1]]
    return tidy(body)
