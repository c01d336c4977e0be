"""The clause a date expression dates, trimmed to read on its own.

"The summit was initially scheduled for June 12 in Singapore, although Trump
called it off last Thursday, citing North Korea's "hostility."" gives, for
"last Thursday", "Trump called it off, citing North Korea's "hostility"":
the clause is cut at clause boundaries (";", ", although", ", but", ...),
relative time words are dropped (they would be wrong out of context; the
event carries its date), and `clause_tidy` drops connectives and asides
("however") and sentence-cases the result without a trailing stop.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from bot.news.clause_tidy import tidy
from bot.news.event_asides import participle_aside
from bot.news.event_coordination import (
    BUT_OWN_SUBJECT,
    CLAUSE_VERBS,
    coordinated_end,
    coordinated_start,
)
from bot.news.event_drop import drop_expression
from bot.news.event_openers import opener_end
from bot.news.event_relative import relative_clause, trailing_relative_start
from bot.news.sentences import APPOSED_RELATIVE, RELATIVE_ASIDE, inside_quotes, sentence_tuple
from bot.news.temporal_lexicon import MONTH_PATTERN, PAST_FORMS, PAST_MARKERS, WEEKDAY_PATTERN

# ", where they will face France": a relative clause with a subject of its own.
_COMMA_BRANCH = (
    r",(?P<q>[\"”’']?)\s+(?:although|though|"
    + BUT_OWN_SUBJECT
    + r"|while|whereas|adding|saying|noting|according to"
    # ", prompting the U.N. to tighten sanctions on March 7": an effect of its own
    r"|prompting|sparking|triggering"
    # ", with Apple Intelligence features arriving later this fall": a clause of its own.
    r"|with(?=\s+(?:[\w'’-]+\s+){1,5}?[a-z]{2,}ing\b)"
    r"|(?:where|when)(?=\s+(?:they|he|she|it|we|the|a|an|his|her|its|their|[A-Z]\w+)\s)"
    # ", and the U.S. barred ...", ", after talks collapsed on Tuesday": a clause with
    # its own subject and verb (not a list, nor ", as he had in February", which
    # leaves its verb out).
    r"|(?:and|after|before|because|as(?!\s+(?:they|he|she|we)\s(?:had|has|have|did|does|do"
    r"|was|were|is|are)\s+(?:in|on|at|last|earlier|this|the|a)\s))"
    # ", and two weeks later their house was sold": a time of its own may come first
    r"(?=\s+(?:(?:[\w-]+\s){1,2}(?:later|earlier)\s|then\s)?"
    r"(?:they|he|she|we|the|a|an|his|her|its|their|another|some|many|most|several|all|both"
    r"|[A-Z]\w+|[a-z]+s"
    # ("Exports fell in January, and inflation rose in February": a bare noun, its verb next)
    r"|(?!(?:then|also|later|still|again|even|just|only|once|soon|thus|now)\b)"
    r"(?![a-z]+(?:ed|ly)\b)[a-z]{4,}(?=\s(?:rose|fell|grew|was|were|is|are|has|had|will"
    r"|[a-z]{3,}ed)\b))\s[^,;.:]{0,60}?"
    r"\b(?:will|would|was|were|is|are|has|have|had|said|says|could|should|can|may|must"
    rf"|{CLAUSE_VERBS}|[a-z]{{3,}}ed)\b)"
    # ", and by the early hours of Saturday, ministers had agreed": an opening
    # phrase of its own between commas.
    r"|(?:and|but)(?=\s+(?:on|in|by|at|during|over|late|early|later|earlier|last|this|next)\s"
    r"[^,;.:]{1,40},\s))\s+"
)
# A clause inside a clause, with no comma: "after official data showed ...".
_SUBORDINATE = re.compile(
    r"\s(?:after|before|because|when|while|once|as|since|until)\s+"
    # A pronoun subject would not read on its own: "before it is reported" ("he" and
    # "she" are told as the person named before them, `event_people`).
    r"(?!(?:it|they|we|this|that|these|those)\s)"
    r"(?=(?:[\w'’()-]+\s+){1,6}?"
    rf"(?:is|are|has|says|showed|{'|'.join(sorted(PAST_MARKERS))}|[a-z]{{3,}}ed)\b)"
)
# A reported clause: "said on Thursday that the House would vote next week".
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told|announced|added|warned|insisted|argued|noted|predicted|promised"
    r"|pledged|vowed|confirmed|claimed|stressed)\s(?:[^,;:()\"“”]{0,40}?\s)?that\s+"
    r"(?!(?:we|our|this|that|these|those)\s)"  # (they would not read alone)
    r"(?=(?:[\w'’()-]+\s+){1,6}?(?:would|will|could|should|might|may|can|is|are|was|were"
    rf"|has|had|have|{'|'.join(sorted(PAST_MARKERS))}|[a-z]{{3,}}ed)\b)"
)
# "... in retaliation for a strike on its embassy", "after the quake hit": an event a
# later date dates (not "for its cars in March", "over the next decade").
_SAID_LAST = re.compile(
    r",\s[^,;:]{1,50}?\s(?:said|says|told\s\w+|announced|showed|shows)\s(?:on\s)?$"
)
_AND_VERB = re.compile(r"\sand\s(?:was|were|is|are|has|have|had|will|[a-z]{3,}ed)\b")
_EVENT_AFTER_PREPOSITION = re.compile(
    r"\s(?:after|before|following|retaliation\sfor|response\sto)\s+"
    r"(?P<event>(?:a|an|the|its|his|her|their)\s)"
)
# Verbs after which "before" is "in front of": "appeared before a judge on Wednesday".
_IN_FRONT_OF = re.compile(
    r"\b(?:appear\w*|testif\w*|stood|stands?|standing|brought|went|came|go(?:es)?|hauled"
    r"|paraded|taken)$"
)
# The look-ahead names every branch's first character: most positions fail at once.
_BOUNDARY = re.compile(
    r"(?=[\s;,])(?:\s*;\s*|\s+[–—]\s+|" + _COMMA_BRANCH + r"|\s+(?:although|whereas)\s+)"
)
# `_BOUNDARY` where only its comma branch can match: starting with a ",", it is
# searched from comma to comma, not tried at every position.
_COMMA_BOUNDARY = re.compile(_COMMA_BRANCH)
_SHARED_SUBJECT = re.compile(
    r"(?:will|would|was|were|is|are|has|have|had|can|could|may|might|should|did|does|do"
    r"|also|then|later|still)\b|[a-z]+ed\b"
)
_ABSOLUTE = re.compile(rf"(?<![A-Za-z]){MONTH_PATTERN}(?![a-z])|\d{{4}}|\d{{1,2}}/\d")
# Words that open the subject of a clause under "after" or "before": "before her party".
_CLAUSE_LEADS = frozenset("the a an his her their its".split())
_EFFECTS = ("prompting", "sparking", "triggering")
_REACH = 400


@functools.lru_cache(maxsize=1024)
def _is_absolute(expression: str) -> bool:
    """Whether an expression names its date outright ("June 12", "2017")."""
    return _ABSOLUTE.search(expression) is not None


def _boundaries(text: str) -> Iterator[re.Match[str]] | tuple[()]:
    """`_BOUNDARY`'s matches in `text`, found the cheapest way: most sentences have
    nothing that its branches other than the comma one need (plain substring
    tests are cheap), and some have no comma either."""
    if ";" in text or "–" in text or "—" in text or "although" in text or "whereas" in text:
        return _BOUNDARY.finditer(text)
    if "," in text and _COMMA_BOUNDARY.search(text) is not None:
        return _COMMA_BOUNDARY.finditer(text)
    return ()


def _closed_aside(text: str, match: re.Match[str], start: int) -> bool:
    """An "according to ..." that a comma closes before the expression: an aside
    inside the clause, not the start of another."""
    return match.group().rstrip().endswith("according to") and "," in text[match.end() : start]


_LIST_ITEM = re.compile(r",\s(?:[\w'’.&-]+\s?){1,3}$")
_VERB_LIKE = re.compile(r"\b(?:said|says|is|are|was|were|has|had|will|[a-z]{3,}ed)\b")


def _ends_a_list(text: str, comma: int) -> bool:
    """Whether the comma at `comma` follows a short item after another comma, with no
    verb: ", Chrysler, and" (a list), not ", officials said Monday, and"."""
    item = _LIST_ITEM.search(text, max(0, comma - 40), comma)
    return item is not None and _VERB_LIKE.search(item.group()) is None


# A reported clause that opens with "it", "its", "they" or "their": taken only when
# the caller can tell of whom (`event_subjects`).
_PRONOUN_REPORTED = re.compile(r"(?:it|its|they|their)\s")


def _subordinate_start(
    text: str, after: int, start: int, lo: int, closes: bool, pronouns: bool = True
) -> int:
    """Where the last clause that `after` ... `start` of `text` opens with a
    conjunction, a subject and a verb starts ("after data showed"), else the
    last event named after "after", "following", ... ("in retaliation for a
    strike on its embassy on April 1"), when the expression `closes` its clause;
    else `lo`."""
    found = lo
    said_last = _SAID_LAST.search(text, after, start) is not None
    for match in _SUBORDINATE.finditer(text, after, start):
        # (not "fell in February as shipments slumped, the ministry said Monday": the
        # day is the saying's, which tells of the whole)
        found = lo if said_last else match.end()
    reported = _REPORTED_THAT.search(text, lo, start)
    if reported is not None and not pronouns and _PRONOUN_REPORTED.match(text, reported.end()):
        reported = None  # "Ford said on Tuesday that its sales rose": kept whole
    if reported is not None and reported.end() > max(found, after):
        found = reported.end()  # the day before it dated the saying
    if found == lo and closes and not said_last:
        # (not "died Friday after a long illness, his publicist said Sunday": the saying's)
        for match in _EVENT_AFTER_PREPOSITION.finditer(text, after, start):
            if match.end() < start and (
                _IN_FRONT_OF.search(text, max(0, match.start() - 20), match.start()) is None
            ):
                # (not "appeared before a judge on Wednesday", nor "before the summer":
                # the date itself)
                found = match.start("event")
    return found


def _event_clause_start(text: str, lo: int, start: int) -> int:
    """Where a clause under "after", "before" or "when" that opens with a name or
    a noun starts, when a simple main clause (no comma, no quotation) comes before
    it and the expression at `start` lies in it, else `lo`: "Milton came two weeks
    after Hurricane Helene struck ... on Sept. 26" dates Helene's landfall."""
    for match in _SUBORDINATE.finditer(text, lo, start):
        if any(mark in text[lo : match.start()] for mark in ',;:"“”'):
            break
        conjunction, following = text[match.start() : match.end() + 20].split()[:2]
        if (
            conjunction in ("after", "before", "when")
            and (following in _CLAUSE_LEADS or following[:1].isupper())
            # "The number of children dying before the age of five fell": after a
            # participle the word is a preposition of its phrase.
            and not text[lo : match.start()].endswith("ing")
            # (not "Two years after a storm hit the coast, survivors held a memorial on
            # Monday": the expression lies past the clause's comma)
            and "," not in text[match.end() : start]
            # (nor "was arrested before the attack and was released on March 20": the
            # main clause's second verb)
            and _AND_VERB.search(text, match.end(), start) is None
        ):
            return match.end()
    return lo


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `text` (a sentence) that contains text[start:end]; a boundary
    inside quotation marks ("not to divide, but to unify") is the speaker's, not
    the sentence's."""
    lo, hi = 0, len(text)
    for match in _boundaries(text):
        if inside_quotes(text, match.end()):
            continue
        if ";" not in match.group() and _SHARED_SUBJECT.match(text, match.end()):
            # "priced at $29, but will be free ...": one subject, one clause. After
            # a semicolon a new clause starts ("talks failed; later that month, ...").
            continue
        if match.end() <= start and _closed_aside(text, match, start):
            continue  # "The storm, according to forecasters, will hit on Thursday"
        if match.end() <= start and match.group().rstrip().endswith(_EFFECTS):
            continue  # ", prompting its closure on Tuesday": no clause of its own to read
        if match.start() == end and match.group().rstrip().endswith("when"):
            continue  # "since 2011, when Trump questioned ...": the date's own event
        if match.group().rstrip().endswith("and") and _ends_a_list(text, match.start()):
            continue  # "Ford, Chrysler, and General Motors"
        if match.end() <= start:
            lo = match.end()
        elif match.start() >= end:
            # Keep a closing quote that sits after the comma: "go to waste," adding
            hi = match.start() + 1 + len(match.group("q")) if match.group("q") else match.start()
            break
    return lo, hi


def clause_text(
    text: str,
    start: int,
    end: int,
    sentences: Sequence[tuple[int, int]] | None = None,
    dated_before: int = -1,
    dated_after: int = -1,
    pronouns: bool = True,
) -> str:
    """The clause of paragraph `text` dated by the expression at [start, end).

    `sentences` are the paragraph's sentence spans (computed when not given;
    pass them when dating many expressions of one paragraph). `dated_before` is
    where the expression before it that dates an event ends (-1: none): when
    that one dates the main clause, this one dates a clause of its own ("X on
    Friday defended her plans after data showed borrowing rose last month").
    `dated_after` is where the next expression starts (-1: none): a verb
    coordinated with "and" before it is that one's (`event_coordination`).
    With `pronouns` False, a reported clause opening with "it", "its", "they" or
    "their" is no clause of its own (for when no one is found that they stand for).
    """
    spans = sentence_tuple(text) if sentences is None else sentences
    index = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    s_lo, s_hi = spans[index] if index >= 0 and spans[index][1] > start else (0, len(text))
    # A run-on "sentence" is read only near the expression, so work stays linear.
    if s_lo < start - _REACH:
        s_lo = start - _REACH
    if s_hi > end + _REACH:
        s_hi = end + _REACH
    sentence = text[s_lo:s_hi]
    rel_start, rel_end = start - s_lo, end - s_lo
    source = _SOURCE_TAIL.search(sentence, 0, rel_start)
    if (
        source is not None
        and _SENTENCE_END.fullmatch(sentence, rel_end)
        and not s_lo <= dated_before <= s_lo + source.start()
    ):
        # "opened with $69.5 million, according to studio estimates Sunday": the day
        # of the source dates what it tells, the clause before it
        rel_start = rel_end = source.start()
    relative = relative_clause(sentence, rel_start, rel_end)
    if relative is not None:
        clause, rel_start = relative
        rel_end = rel_start + (end - start)
    else:
        lo, hi = _clause_bounds(sentence, rel_start, rel_end)
        if lo == 0 and rel_start <= 12 and sentence[rel_end:hi].strip() == "":
            # "In 2009, as the recession deepened, starts fell": the date opens the
            # main clause past the subordinate one
            subordinate = _SUBORDINATE_NEXT.match(sentence, hi)
            if subordinate is not None:
                hi = _clause_bounds(sentence, subordinate.end(), subordinate.end())[1]
        opening = _OPENING_CLAUSE.match(sentence) if lo == 0 else None
        if opening is not None and rel_end <= opening.end("clause"):
            # "While Apple's shares have fallen since September, Samsung's have risen"
            lo, hi = opening.start("clause"), opening.end("clause")
        elif lo == 0:
            lo = opener_end(sentence, rel_start)  # "Elected in 2016, he took office in ..."
        subject = ""
        if s_lo + lo <= dated_before < start:
            coordinated = coordinated_start(sentence, lo, dated_before - s_lo, rel_start)
            if coordinated is not None:
                subject, lo = coordinated  # "Stocks fell on Monday and rose on Tuesday"
            else:
                closes = not sentence[rel_end:hi].strip(" .,;:!?\"”’'")
                lo = _subordinate_start(
                    sentence, dated_before - s_lo, rel_start, lo, closes, pronouns
                )
        else:
            lo = _event_clause_start(sentence, lo, rel_start)
        if end < dated_after < s_lo + hi:
            hi = coordinated_end(sentence, rel_end, dated_after - s_lo) or hi
        clause = sentence[lo:hi]
        rel_start, rel_end = rel_start - lo, rel_end - lo
        if subject:
            clause = f"{subject} {clause}"
            rel_start, rel_end = rel_start + len(subject) + 1, rel_end + len(subject) + 1
    if "," in clause:
        clause, rel_start, rel_end = _without_dated_aside(clause, rel_start, rel_end)
    if not _is_absolute(clause[rel_start:rel_end]) and not inside_quotes(clause, rel_start):
        # (a quotation keeps its words: '"I will leave on Friday," he said')
        clause = drop_expression(clause, rel_start, rel_end)
    return tidy(clause)


# An "according to" a count that closes the sentence and holds the expression: the
# count's day is that of what it measures ("opened with $69.5 million, according to
# studio estimates Sunday", "leads by six points, according to a poll taken Thursday
# through Monday"); not testimony, an indictment, a report or results, which tell of
# another time, nor a count released later ("according to U.N. estimates released Monday").
_SOURCE_TAIL = re.compile(
    r",\saccording\sto\s(?:(?:a|an|the)\s)?(?:[\w'’.&-]+\s){0,4}?"
    r"(?:polls?|surveys?|(?:studio|box-office|industry|weekend)\sestimates"
    r"|(?:election|early|unofficial|official|partial|preliminary)\sreturns|tally|vote\scount)"
    r"(?:\s(?:taken|conducted))?\s"
    r"(?![^,;:\"“”()]{0,40}\b(?:released|published|issued|made|disclosed|prepared|out|posted"
    r"|filed|reported|from|since|kept|compiled|tracked|that|which|with)\b)"
    # (nor a day a preposition leads: "returns on Wednesday", "returns through Friday")
    r"[^,;:\"“”()]{0,40}(?<!\bon\s)(?<!\bin\s)(?<!\bthrough\s)(?<!\bby\s)$"
)
_SENTENCE_END = re.compile(r"[\s.!?\"”’')]*")


# A clause with a subject and a verb of its own that opens the sentence, up to its
# comma (not "When", "As", "While": what the main clause tells happened then too).
_OPENING_CLAUSE = re.compile(
    r"(?:Although|Though|Whereas|Because|Once|After|Before)\s"
    rf"(?P<clause>[^,;:\"“”]{{0,80}}?\b(?:is|are|was|were|has|have|had|will|would"
    rf"|{'|'.join(sorted(PAST_FORMS))}|[a-z]{{3,}}ed)\b[^,;:\"“”]{{0,120}}),"
)
_SUBORDINATE_NEXT = re.compile(
    r",\s(?:as|when|while|after|before|because|although|though|with)\s[^,;:\"“”]{1,120},\s"
)
# A date of its own inside an aside: a weekday, a month, a year.
_DATED = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|(?:1[89]|20)\d\d)\b")


# An attribution that ends the sentence: ", officials said Wednesday".
_DATED_ATTRIBUTION = re.compile(
    r",\s[^,;:\"“”]{1,60}?\s(?:said|says|told|added|announced|reported)\b[^,;:\"“”]{0,40}$"
)


_AGE_BEFORE = re.compile(r",\s\d{1,3}$")


def _without_dated_aside(clause: str, start: int, end: int) -> tuple[str, int, int]:
    """`clause` without a relative or participle aside, or a closing attribution
    (", the central bank said Tuesday"), that holds a date of its own,
    which is another event ("The Lakers, who lost to Boston on Thursday, host the
    Warriors on Saturday" -> "The Lakers host the Warriors on Saturday"); the
    expression at [start, end) shifted to match."""
    spans = []
    if "wh" in clause:  # (", a former senator who served from 1980 to 1992,": one too)
        spans = [aside.span() for aside in RELATIVE_ASIDE.finditer(clause)]
        spans += [aside.span() for aside in APPOSED_RELATIVE.finditer(clause)]
    participle = participle_aside(clause)
    if participle is not None:  # "The company, founded in 1990, said ...": from comma to comma
        spans.append((participle.end("subject"), participle.end("aside") + 1))
    said = _DATED_ATTRIBUTION.search(clause, end)
    if said is not None and _DATED.search(clause, said.start(), said.end()):
        return clause[: said.start()], start, end  # ", the central bank said Tuesday"
    trailing = trailing_relative_start(clause)
    # "set April 14 for the vote to replace Chavez, who died Tuesday"; not "for the
    # quarter, which ended Dec. 31", which tells of the expression itself.
    if trailing is not None and trailing > end and _DATED.search(clause, trailing):
        return clause[:trailing], start, end
    for lo, hi in spans:
        if lo <= start < hi or _DATED.search(clause, lo, hi) is None:
            continue
        if clause[hi : hi + 2].strip()[:1].isdigit():
            continue  # ", which ended December 30, 2006": the comma is the date's
        age = _AGE_BEFORE.search(clause, 0, lo)
        if age is not None:
            lo = age.start()  # "John Smith, 54, who was arrested on Friday, appeared"
        cut = hi - lo - 1  # keep one comma's place as a space
        clause = clause[:lo] + " " + clause[hi:]
        if hi <= start:
            start, end = start - cut, end - cut
        return clause, start, end
    return clause, start, end
