"""Taking a relative expression out of the text of the clause it dates: "said on
Friday that" -> "said that", with the preposition before it, unless a word needs it
("until Friday"), it names a noun's day ("in Tuesday's election") or the text would
lose its sense ("The figures, due on Thursday, ...")."""

from __future__ import annotations

import re
import string

from bot.news.temporal_lexicon import MONTH_PATTERN, WEEKDAY_PATTERN

# Words that need the expression after them ("until Friday", "less than two weeks ago"):
# a determiner makes it part of a noun ("in its last quarter"), a verb its object.
_KEEP_AFTER = frozenset(
    """until till by before after since from to between through than about nearly
    almost around roughly some beginning starting of as early late even only just least with
    throughout
    its their his her our the a an this that spend spends spent spending into""".split()
)
_DROP_WITH = frozenset("on in at during for over".split())
_DUE = re.compile(r",\sdue(?:\sout)?(?:\s(?:on|in))?$")
_PARTICLE_IN = re.compile(r"\b(?:sworn|swore|swear|swears|swearing)\s+in\s+$", re.I)  # "sworn in"
_LONE_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")  # (not "King")
# Another day joined to the expression: "closed on Good Friday and Easter Monday".
_AND_DAY = re.compile(
    rf"\s(?:and|or)\s(?:on\s)?(?:[A-Z][a-z]+\s)?(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN})"
)
# A noun and the participle that tells when it was made: "a poll released Friday".
_NOUN_PARTICIPLE = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|he|she|it|they|we|who|which|that)\s)"
    r"[a-z]+\s(?:released|published|conducted|taken)$"
)
_SET_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due|expected)\s+for$")
_APPOSED_PARTICIPLE = re.compile(r",\s(?:(?:a|an|the|its|his|her|their)\s[^,;:]{1,40}\s)?[a-z]+ed$")
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been)$")
_CLAUSE_OPENERS = frozenset(',;:"“')
_WORD_NEXT = re.compile(r"(?:['’]s)?\s+[A-Za-z]")
_RELATIVE_NEXT = re.compile(r",?\s+(?:which|when|whose)\b")
_ENDED_NEXT = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\b")
# Expressions that are adverbs before a verb too ("Apple today has introduced").
_ADVERBS = frozenset(("today", "yesterday", "tomorrow", "tonight"))
_VERB_NEXT = re.compile(
    r"\s+(?:was|were|is|are|will|would|has|had|have|could|should|might|can|did|does"
    r"|marks|marked|remains|remained|saw|brought|ended|ends|began|begins)\b"
)
_LETTERS = string.ascii_letters
# A subject set off by the comma before an expression, and the verb after the one that
# closes it: "The vote, on Tuesday, came" (not "In Paris, on Monday, the leaders met",
# "Still, on Thursday, shares rallied", "A week later, on Monday, ...").
_SUBJECT_ASIDE = re.compile(
    r"(?:The|A|An|His|Her|Its|Their|This|That|These|Those)\s"
    r"(?![^,;:\"“”]*\b(?:later|earlier|ago|after|before|day|week|month|year|morning|night"
    r"|evening|time)\b)[^,;:\"“”]{1,60},"
)
_VERB_AFTER = re.compile(
    r"(?!(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that|these|those|there)\b)"
    r"[a-z]+(?:ed|s)?\b"
)


def _opens_quote(head: str) -> bool:
    """Whether `head` ends with an opening quotation mark."""
    return head[-1:] == "“" or (head[-1:] == '"' and head[-2:-1] in ("", " ", ":"))


def _due_aside(core: str, text: str, end: int) -> bool:
    """Whether the expression ends an aside of when a thing is due (", due on Monday,")."""
    return _DUE.search(core) is not None and text[end : end + 1] == ","


def drop_expression(text: str, start: int, end: int) -> str:
    """Remove a relative expression (and an "on"/"in" before it) from `text`."""
    if text.endswith(("'s", "’s", "-quarter", "-half"), start, end):
        # "won 49.4% of the vote in Tuesday's election", "a rise in third-quarter
        # profit": it names the noun's day or period
        return text
    before = text[:start]
    # The word (ASCII letters) that white space separates from the expression,
    # within the last 20 characters, if any: "on", "until".
    tail = before[-20:]
    core = tail.rstrip()
    word_at = len(core.rstrip(_LETTERS))
    word = core[word_at:].lower() if len(core) < len(tail) else ""
    if word in _KEEP_AFTER or core.endswith(("'s", "’s")) or _due_aside(core, text, end):
        return text  # "until Friday", "the company's second quarter", "index, due on Monday,"
    if (word.endswith("ed") and _NOUN_PARTICIPLE.search(core) is not None) or (
        word == "on" and _NOUN_PARTICIPLE.search(core, 0, len(core) - 3) is not None
    ):
        # "A poll released Friday showed", "figures released on Friday": not "A poll
        # released showed"
        return text
    if word == "for" and _SET_FOR.search(core) is not None:
        return text  # "Talks scheduled for next month have been postponed"
    if (
        word.endswith("ed")
        and text[end : end + 1] == ","
        and _APPOSED_PARTICIPLE.search(before.rstrip()[-60:])
    ):
        return text  # "John Smith, a lawyer appointed last month, told": not "appointed,"
    after = text[end:]
    if after.startswith(" alone") and not after[6:7].isalpha():
        return text  # "On Tuesday alone, 40 people were killed": the day is the point
    head = before.rstrip()
    if head.endswith(" or") or after.startswith(" or ") or _AND_DAY.match(after):
        return text  # "later this year or early next year", "on Thursday and Sunday"
    # (Tests of the last character: cheaper than `endswith`, which parses its arguments.)
    if (not head or head[-1] in _CLAUSE_OPENERS) and _WORD_NEXT.match(after):
        # The expression is the subject ("Today marked ...", "that day has come").
        return text
    if (
        word not in _DROP_WITH
        and _VERB_NEXT.match(after)
        and text[start:end].lower() not in _ADVERBS
    ):
        return text  # the subject of a verb: "he said the previous year was a record"
    if _RELATIVE_NEXT.match(after) or _ENDED_NEXT.match(after):
        # "for the quarter, which ended Dec. 31", "in the week ended Oct. 20": the
        # clause needs its noun
        return text
    if word in ("later", "earlier", "far"):
        # "meet at the White House later Thursday", "have gained 50% so far this year"
        head = before[: len(before) - len(tail) + word_at].rstrip()
        if word == "far" and (head[-3:].lower() == " so" or head.lower() == "so"):
            head = head[:-3].rstrip()  # ("So far this year, the city has seen")
    if word in _DROP_WITH and not (word == "in" and _PARTICLE_IN.search(before)):
        head = before[: len(before) - len(tail) + word_at].rstrip()
        if word in ("in", "on") and head.endswith((" earlier", " later")):
            head = head.rsplit(None, 1)[0]  # "beat forecasts earlier in the week"
        if head[-5:].lower() in ("early", " late", "late") and (
            head.rsplit(None, 1)[-1].lower() in ("early", "late")
        ):
            return text  # "late on Saturday" stays whole, as "late Saturday" does
    after = after.lstrip()
    if not after.rstrip(".") and _COPULA_END.search(head) is not None:
        return text  # "The season opener is on Sunday": not "The season opener is"
    in_quote = _opens_quote(head)
    if after[:1] == "," and _LONE_PARTICIPLE.fullmatch(head):
        return after[1:].lstrip()  # "Speaking on Monday, the president said": the opener goes
    if after[:1] == "," and (head[-1:] in ",;:" or in_quote):
        # "failed; later that month, the union" -> "failed; the union";
        # 'said: "Today, the world lost' -> 'said: "the world lost'.
        after = after[1:].lstrip()
        if head[-1:] == "," and _SUBJECT_ASIDE.fullmatch(head) and _VERB_AFTER.match(after):
            head = head[:-1]  # "The first strike, on Thursday morning, hit" -> "... strike hit"
    return head + after if in_quote else f"{head} {after}"
