"""The temporal expression patterns, one per kind, and a gate for each.

Each pattern is a linear-time regular expression: alternations of fixed words,
optional groups and bounded digit runs, never nested unbounded repeats.
`temporal_scan` compiles them (gate first), decides which to run on a
paragraph and settles overlaps; `temporal_reach` knows how far each reaches
around the words it needs, so keep it in step when a pattern changes.
"""

from __future__ import annotations

from bot.news.temporal_lexicon import MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN

_YEAR = r"(?:1[89]|20)\d\d"
# Between a day and its year: "July 4, 1931", "July 4 1931", "July 4 in 1931".
_YEAR_JOIN = r"(?:,?\s{1,3}|\s{1,3}in\s{1,3})"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_MOD = (
    r"(?i:earlier|later|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|the\s+rest\s+of|end(?=-))"  # "end-March", "end-2012" (Reuters)
)
# "March 4 and 5": a second day after "and"/"to" only when what follows
# cannot make it a count ("March 4 and 5 others").
_AND_DAY = (
    r"\s(?:and|to|through|or)\s(?=[0-3]?\d(?:st|nd|rd|th)?"
    r"(?:[,.;:)]|$|\s(?:in|at|on|with|and|when|as|after|before|\d)))"
)
_LEFT = r"(?<![\w$£€¥.,/'-])"  # no word, number, currency or date piece just before

# How far each pattern reaches around the words it needs is in `temporal_reach`:
# keep it in step when a pattern changes.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"),
    ("slash", rf"(?<![\w/.,])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>{_YEAR}|\d\d)(?![\w/])"),
    (
        "mdy",
        rf"(?<![A-Za-z])(?:(?P<wd>{WEEKDAY_PATTERN}),?\s{{1,3}})?(?P<mon>{MONTH_PATTERN})"
        rf"\s{{0,3}}(?P<d>{_DAY})(?:(?:\s?[-–]\s?|{_AND_DAY})(?P<d2>{_DAY}))?(?![\d:.,]\d)(?!\w)"
        rf"(?:{_YEAR_JOIN}(?P<y>{_YEAR})(?!\w))?",
    ),
    (
        "dmy",
        rf"(?:(?P<wd>{WEEKDAY_PATTERN}),?\s{{1,3}})?(?:(?i:the)\s)?(?<![\w.,$£€-])"
        rf"(?P<d>{_DAY})(?:(?:\s?[-–]\s?|\s(?:and|to|through|or)\s)(?P<d2>{_DAY}))?\s{{1,3}}(?:of\s)?"
        rf"(?P<mon>{MONTH_PATTERN})(?![A-Za-z])(?:{_YEAR_JOIN}(?P<y>{_YEAR})(?!\w))?",
    ),
    (
        "month_year",
        rf"(?:(?P<mod>{_MOD})[\s-]{{1,3}})?(?<![A-Za-z])(?P<mon>{MONTH_PATTERN})"
        rf"(?:\s{{1,3}}of)?,?\s{{1,3}}(?P<y>{_YEAR})(?!\w)",
    ),
    (
        "month",
        rf"(?:(?P<rel>(?i:last|next|this|early|mid|late|the\s+end\s+of|the\s+beginning\s+of"
        rf"|the\s+start\s+of|the\s+middle\s+of|end(?=-)|the\s+(?:following|next|previous)))"
        rf"[\s-]{{1,3}}"
        # "retook the islands that June.": the year in focus's (not "said that June was").
        rf"|(?P<that>(?i:that))\s(?={_MONTH_FULL}(?:\s?[,.;:!?)\"”]|\s(?:and|when|as|after"
        r"|before|in|at|with|to|until|for)\b|$)))?(?<![A-Za-z])"
        rf"(?P<mon>{_MONTH_FULL})(?![A-Za-z])",
    ),
    # With a modifier the year may follow a hyphen ("mid-2011"); without one it
    # must not follow a number, a currency sign or a date piece.
    (
        "year",
        rf"(?:(?<![A-Za-z])(?P<mod>{_MOD})[\s-]{{1,3}}|{_LEFT})(?P<y>{_YEAR})(?![\w%/-]|[.,]\d)",
    ),
    (
        "decade",
        r"(?:(?P<the>(?i:the))\s{1,3})?(?:(?P<mod>(?i:early|mid|late))[\s-]{1,3})?"
        r"(?<![\w'])(?:(?P<c>1[89]|20)(?P<d>\d)0|['’](?P<d2>\d)0|(?P<d3>\d)0)['’]?s(?!\w)",
    ),
    # "the 19th century", "the early twentieth century"; not "20th-century art" (a
    # modifier), "the 5th century BC" nor a name ("20th Century Fox", "the Twentieth
    # Century Fund": a capitalised "Century" before a capitalised word).
    (
        "century",
        r"(?:(?P<the>(?i:the))\s{1,3})?(?:(?P<mod>(?i:early|mid|late))[\s-]{1,3})?(?<![\w-])"
        r"(?:(?P<n>1\d|2[0-2]|[1-9])(?:st|nd|rd|th)|(?P<word>(?i:tenth|eleventh|twelfth"
        r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
        r"|twentieth|twenty[\s-]first|twenty[\s-]second)))\s{1,3}(?i:century)(?![\w-])"
        r"(?!\s{1,3}B\.?C)(?(the)|(?!(?<=Century)\s{1,3}[A-Z]))",
    ),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%])"),
    (
        "weekday",
        r"(?:(?:(?i:the)\s{1,3}(?=(?i:next|following|previous|coming)))?"
        rf"(?P<rel>(?i:last|next|this\s+past|this|coming|past|previous|following))\s{{1,3}})?"
        # (a preposition before the day, for "on Tuesday week")
        r"(?P<prep>(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s))?"
        rf"(?<![A-Za-z])(?P<wd>{WEEKDAY_PATTERN})"
        r"(?:\s(?P<part>(?i:morning|afternoon|evening|night)))?(?P<owner>['’]s)?(?![A-Za-z])"
        # "Monday last week", "Wednesday of last week": that day of the week named.
        r"(?:\s{1,3}(?:of\s{1,3})?(?P<week>(?i:last|next|this))\s{1,3}(?i:week)(?![\w'’-])"
        # British "on Tuesday week": a week after that Tuesday (not "Tuesday week-long",
        # "a Monday-to-Friday week", "on Wednesday week ending Nov. 27").
        r"|(?(rel)(?!)|(?(prep)(?<=day)\s(?P<week_on>week)(?![\w'’-])"
        r"(?!\s(?:ending|ended|of|(?:after|on|over|to|by)\sweek|in,)\b)|(?!))))?",
    ),
    (
        "deictic",
        r"(?i:(?<![\w-])(?:(?P<mod>earlier|later)\s{1,3}"
        r"|the\s{1,3}day\s{1,3}(?:(?P<beyond_before>before)\s{1,3}(?=yesterday)"
        r"|(?P<beyond_after>after)\s{1,3}(?=tomorrow)))?"
        r"(?P<word>today|tonight|yesterday|tomorrow)(?:['’]s)?"
        r"(?:\s(?P<part>morning|afternoon|evening|night))?(?![\w-]))",
    ),
    (
        "daypart",
        r"(?i:(?<![\w-])(?P<rel>this|last)\s{1,3}(?P<part>morning|afternoon|evening|night)(?!\w))",
    ),
    (
        "unit_rel",
        rf"(?:(?P<mod>{_MOD})[\s-]{{1,3}})?(?i:(?<![\w-])(?P<rel>this\s+past|this|last|next|the\s+last"
        r"|the\s+past|the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+next"
        r"|the\s+prior|the\s+preceding|the\s+latest|the\s+most\s+recent|that(?:\s+same)?"
        r"|the\s+same)\s{1,3}(?P<fiscal>(?:fiscal|financial)\s{1,3}(?=year))?(?P<unit>week|weekend|month|year|decade"
        r"|century|quarter"
        r"|spring|summer|autumn|fall|winter)(?:['’]s)?(?![\w-]))",
    ),
    (
        "unit_the",
        # "later in the week": the week in focus, as "in the week" is.
        rf"(?:(?P<mod>{_MOD})|(?P<in_mod>(?i:earlier|later|early|late))\s{{1,3}}(?i:in))"
        r"\s{1,3}(?i:the\s{1,3}(?P<fiscal>(?:fiscal|financial)\s{1,3}(?=year))?(?P<unit>day|week|month|year|decade"
        r"|century|quarter))"
        r"(?!\w)",
    ),
    (
        "unit_after",
        # "the night before", "the morning after": that part of the day before or after
        r"(?i:(?<![\w-])the\s{1,3}(?P<unit>day|week|month|year|night|morning|evening|afternoon)"
        r"\s{1,3}(?P<dir>before|after|earlier|later|previous|prior)(?!\w))",
    ),
    (
        "ago",
        rf"(?i:(?<![\w-])(?P<n>{NUMBER_PATTERN})"
        r"[\s-]{1,3}(?P<unit>day|week|fortnight|month|year|decade)s?"
        r"(?P<half>\s{1,3}and\s{1,3}a\s{1,3}half)?['’]?\s{1,3}"
        r"(?P<dir>ago|from\s+now|from\s+today|hence|earlier|later|before|after|afterwards?"
        r"|previously|prior|time)"
        # "seven years ago this month", "a year ago today": that day or period back then
        # "a week ago Sunday": that Sunday a week back
        # ("10 years ago on Wednesday": that Wednesday, ten years back)
        rf"(?:(?<=ago)\s{{1,3}}(?:on\s{{1,3}}(?={WEEKDAY_PATTERN}))?"
        rf"(?P<same>this\s{{1,3}}(?:week|month)|today|{WEEKDAY_PATTERN}))?(?!\w))",
    ),
    # "the week after next", "the Tuesday after next", "the weekend before last".
    (
        "after_next",
        rf"(?i:(?<![\w-])the\s{{1,3}}(?P<unit>week|weekend|month|year|{WEEKDAY_PATTERN})\s{{1,3}}"
        r"(?P<dir>after\s{1,3}next|before\s{1,3}last)(?![\w-])(?!\s{1,3}(?:[A-Z]|\d|week|month|year)))",
    ),
    # "a week from Tuesday", "10 days from Friday": counted from the weekday ahead.
    (
        "from_weekday",
        rf"(?i:(?<![\w-])(?P<n>{NUMBER_PATTERN})[\s-]{{1,3}}(?P<unit>day|week|fortnight|month)s?"
        rf"\s{{1,3}}from\s{{1,3}}(?P<from_wd>{WEEKDAY_PATTERN})(?!\w))",
    ),
    (
        "anchored",
        r"(?i:(?<![\w-])(?P<rel>the\s+next|the\s+following|the\s+previous|the\s+preceding"
        r"|the\s+prior|the\s+same|that\s+same|that)\s{1,3}"
        r"(?P<unit>day|morning|afternoon|evening|night)(?!\w))",
    ),
    (
        "the_day",
        r"(?<![\w-])(?i:on|for|in|end|ended|ending|ends|close|closed|closing|closes|finish"
        r"|finished|finishing|finishes|start|started|starting|starts)\s(?P<core>the\s(?:same\s)?day)"
        r"(?!\w)",
    ),
    (
        "the_unit",
        # ("the year's best-selling album": the year in focus, as "for the year" is)
        # ("his third victory of the year", "the biggest deal of the year")
        r"(?<![\w-])(?:(?i:for|in|during|throughout|over|within)\s"
        r"|(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th)|best|worst|biggest"
        r"|highest|lowest|largest|top)\s(?:(?!day|week|month|quarter|half|time)[a-z-]+\s){0,2}?"
        r"of\s(?=the\s(?:year|month)\b)"
        r"|(?=(?i:the)\s(?:year|month)['’]s\s[a-z]))(?P<core>(?i:the\s(?:entire\s|whole\s"
        r"|full\s|(?P<fiscal>(?:fiscal|financial)\s(?=year)))?(?P<unit>year|month|week|quarter)))(?![\w-])",
    ),
    # "for the ninth straight day": the streak's last day; not "for the second
    # consecutive session", a count of sittings of a market or a body.
    (
        "streak_day",
        r"(?i:(?<![\w-])(?:a|the)\s{1,3}(?:second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s{1,3}(?:straight|consecutive|successive)"
        r"\s{1,3}(?:day|trading\s{1,3}day)(?!\w))",
    ),
    # "the first Monday of March", "the last Friday in June 2019", "the second
    # Tuesday of next month".
    (
        "nth_weekday",
        r"(?i:(?<![\w-])the\s{1,3}(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th"
        rf"|5th))\s{{1,3}}(?P<wd>{WEEKDAY_PATTERN})\s{{1,3}}(?i:of|in)\s{{1,3}}"
        rf"(?:(?P<mon>{_MONTH_FULL})(?:,?\s{{1,3}}(?P<y>{_YEAR}))?"
        r"|(?P<rel>(?i:this|next|last|the))\s(?i:month))(?![\w-])",
    ),
    # "the last week of March", "the first week of next month".
    (
        "nth_week",
        r"(?i:(?<![\w-])the\s{1,3}(?P<ord>first|second|third|fourth|last|final)\s{1,3}"
        r"(?:full\s{1,3})?week\s{1,3}(?:of|in)\s{1,3})"
        rf"(?:(?P<mon>{_MONTH_FULL})(?:,?\s{{1,3}}(?P<y>{_YEAR}))?"
        r"|(?P<rel>(?i:this|next|last|the))\s(?i:month))(?![\w-])",
    ),
    # "on the 20th": a day of the month alone, after a preposition and before what
    # ends the phrase ("on the 18th hole" is no date).
    (
        "day_alone",
        r"(?<![\w-])(?i:on|by|until|till|before|after|from|since|through|for)\s"
        r"(?P<core>(?i:the)\s(?P<d>[1-9]|[12]\d|3[01])(?i:st|nd|rd|th))(?![\w-])"
        r"(?=\s?[,.;:)!?\"”’—–]|\s(?:and|or|but|when|at|as|after|before|with|to|until|till|in|for)\b|\s*$)",
    ),
    (
        "vague",
        r"(?i:(?<![\w-])(?P<word>now|currently|nowadays|presently|at\s+present|right\s+now"
        r"|these\s+days|recently|lately|soon|shortly"
        # "a few days ago", "weeks ago": a past no count tells (a counted one is "ago")
        # (not "billions of years ago", an age)
        r"|(?:(?:a\s+few|several|some|many|a\s+couple\s+of)\s+|(?<!of\s))(?:days|weeks|months|years)"
        r"\s+ago)(?![\w-]))",
    ),
    (
        "vague_the",
        r"(?<![\w-])(?i:in|(?P<to>to|for))\s(?P<core>(?i:the\s(?:near\s|distant\s|recent\s)?"
        r"(?P<word>past|future)"
        r"|(?P<word2>recent|the\scoming)\s(?:years|months|weeks|days)"
        # "in the months ahead", "in the weeks to come"
        r"|the\s(?:years|months|weeks|days)\s(?P<word3>ahead|to\scome)))(?![\w-])",
    ),
    (
        "vague_term",
        # "in the near term" ahead; "for the time being", "at the moment" now (not "to
        # stay in the moment").
        r"(?<![\w-])(?i:in|for|over|at)\s(?P<core>(?i:the\s(?P<word>(?:near|short|long|medium)"
        r"[\s-]term|time\sbeing|(?<!in\sthe\s)moment)))(?![\w-])",
    ),
    (
        "that_time",
        # "by that time"; "At the time, the state was nearly bankrupt" (not "at the
        # time of the attack", another event's)
        r"(?<![\w-])(?i:by|at|until|till|before|after)\s(?P<core>(?i:that)\stime(?!\w)"
        r"|(?<=[Aa]t\s)(?i:the)\stime(?=\s?[,.;:!?)]|$))",
    ),
    (
        "same_period",
        # "the comparable period last year", "the corresponding quarter a year earlier"
        r"(?i:(?<![\w-])the\s{1,3}(?:same|comparable|corresponding)\s{1,3}"
        r"(?P<unit>month|period|quarter|weekend|week|time|day)"
        r"\s{1,3}(?:a\s{1,3}year\s{1,3}(?:ago|earlier|before)|last\s{1,3}year"
        r"|of\s{1,3}the\s{1,3}(?:last|previous|prior)\s{1,3}year"
        r"|the\s{1,3}(?:previous|prior)\s{1,3}year"
        # "the same month of 2012", "the same period in 2011"
        r"|(?:of|in)\s{1,3}(?P<sy>(?:19|20)\d\d))(?!\w))",
    ),
    (
        "year_end",
        r"(?<![\w-])(?P<prep>(?i:by|at|before|after|until|till|through|since|from|to|around|near"
        r"|toward|towards))\s(?P<core>(?i:year)(?:[-\s]|['’]s\s)end|(?P<mid>(?i:mid-?year)))"
        r"(?![\w-])",
    ),
    (
        "year_ago",
        r"(?i:(?<![\w-])the\s{1,3}(?:year-(?:ago|earlier)|prior-year)\s{1,3}"
        r"(?P<unit>period|quarter|month|week|half)(?!\w))",
    ),
    (
        "month_rel_year",
        # "May last year", "1 April last year", "June 30 next year", "Oct. 5, of that year".
        rf"(?:{_LEFT}(?P<d>{_DAY})\s{{1,3}}(?:of\s{{1,3}})?)?(?<![A-Za-z])(?P<mon>{MONTH_PATTERN})"
        rf"(?:\s{{1,3}}(?P<d2>{_DAY})(?:\s?[-–]\s?(?P<d3>{_DAY}))?(?![\w:]),?)?"  # "Aug. 15-17"
        r"(?:,?\s{1,3}of\s{1,3}|\s{1,3})"
        # "Oct. 5 of that year": the year in focus; "in March of the following year"
        r"(?P<rel>(?i:this|next|last|that|the\s{1,3}(?:same|following|next|previous|prior)))"
        r"\s{1,3}(?i:year)(?!\w)",
    ),
    (
        "weekend",
        r"(?i:(?<![\w-])the\s{1,3}weekend(?!\w))",
    ),
    (
        "quarter",
        # "the fiscal third quarter"; "the June quarter" (and "the October-December
        # quarter") is the one that ends in June.
        # ("the 1996 third quarter", as the Journal writes it)
        r"(?i:(?<![\w-])(?:the\s{1,3}(?:(?P<ty>(?:19|20)\d\d)\s{1,3}(?=fiscal|first|second|third|fourth))?"
        r"|(?P<owner>last|next|this)\s{1,3}year['’]s\s{1,3}"
        r"|(?P<oy>(?:19|20)\d\d)['’]s\s{1,3})?"
        r"(?:fiscal\s{1,3})?(?:(?P<ord>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)"
        rf"|(?<=the\s)(?-i:(?:(?P<qfrom>{_MONTH_FULL})[-–])?(?P<qmon>{_MONTH_FULL})))"
        # ("the July-September period" too, after two months)
        r"[\s-]{1,3}(?P<unit>quarter|half|(?(qfrom)period|(?!)))"
        r"(?:\s{1,3}of\s{1,3}(?:(?:fiscal\s{1,3})?(?P<y>(?:19|20)\d\d)"
        r"|(?P<rel>this|last|next|the\s+previous|the\s+current|the\s+same|the)"
        r"\s{1,3}(?:fiscal\s{1,3})?year)|,?\s{1,3}(?P<y2>(?:19|20)\d\d)"
        # "the fourth quarter last year"; "the first quarter a year ago"
        r"|\s{1,3}(?P<rel_year>this|last|next)\s{1,3}year(?!['’])"
        r"|\s{1,3}(?P<year_back>a\s{1,3}year\s{1,3}(?:ago|earlier|before)))?(?!\w))"
        # "first-quarter earnings", "fourth-quarter economic growth": results are told
        # of a quarter that has begun.
        r"(?:(?=[\s-]{1,3}(?:(?i:economic|gross|domestic|product|retail|net)\s{1,3}){0,3}"
        r"(?P<results>(?i:earnings|results|profits?|revenues?|loss(?:es)?|figures|report"
        r"|growth|gdp|(?<=domestic\s)product|sales|output|data)\b)))?",
    ),
    # "the final three months of 2012", "the first six months of the year": a
    # quarter or a half, read as "the fourth quarter of 2012" is.
    (
        "months_of",
        r"(?i:(?<![\w-])the\s{1,3}(?P<ord>first|final|last)\s{1,3}(?P<months>three|six|3|6)"
        r"\s{1,3}months\s{1,3}of\s{1,3}(?:(?P<y>(?:19|20)\d\d)"
        r"|(?P<rel>this|last|next|the)\s{1,3}year)(?!\w))",
    ),
    (
        "year_range",
        rf"(?<![\w$£€.,/-])(?P<y>{_YEAR})\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\w%/-]|[.,]\d)",
    ),
    (
        "fiscal",
        # "FY14": two digits only right after "FY"
        rf"(?<![\w-])(?:(?:(?i:fiscal)\s{{1,3}}(?:(?i:year)\s{{1,3}})?|FY\s?)(?P<y>{_YEAR})"
        r"|FY(?P<yy>\d\d)"
        rf"|(?:(?i:the)\s{{1,3}})?(?P<yb>{_YEAR})\s{{1,3}}(?i:fiscal\s{{1,3}}year))"
        r"(?![\w%/-]|[.,]\d)",
    ),
    # "Q3", "Q3 2009"; a half only with its year ("H1 2023": not "H2", hydrogen).
    (
        "qcode",
        rf"(?<!\w)(?:Q(?P<q>[1-4])(?:\s{{1,3}}(?P<y>{_YEAR}))?|H(?P<h>[12])\s{{1,3}}(?P<y2>{_YEAR}))"
        r"(?!\w)",
    ),
    (
        "holiday",
        r"(?:(?P<rel>(?i:last|next|this|past|coming))\s{1,3})?(?<![A-Za-z])"
        r"(?P<name>Christmas\s(?:Day|Eve)|Christmas|New\sYear['’]s\s(?:Day|Eve)|Boxing\sDay"
        r"|Halloween|Valentine['’]s\sDay|Easter\s(?:Sunday|Monday|weekend)|Easter|Thanksgiving\sDay"
        r"|Palm\sSunday|(?:Holy|Maundy)\sThursday|Good\sFriday|Holy\sSaturday|Ash\sWednesday"
        r"|Pentecost"
        r"|Thanksgiving|Labor\sDay|Memorial\sDay|Veterans\sDay|Juneteenth|Presidents['’]?\sDay"
        r"|Martin\sLuther\sKing(?:\sJr\.?)?\sDay|MLK\sDay|Columbus\sDay"
        r"|(?:St\.?|Saint)\sPatrick['’]s\sDay|Fourth\sof\sJuly|July\sFourth|(?<![\d/.])9/11(?![\d/])"
        r"|May\sDay|Passover|Rosh\sHashanah|Yom\sKippur|Father['’]s\sDay|Election\sDay)"
        # "over the Memorial Day weekend in 1997", "the holiday weekend in 2004": that year's
        rf"(?:(?:\s(?:holiday\s)?(?:weekend|holiday)\s(?:in|of)\s|{_YEAR_JOIN})(?P<y>{_YEAR}))?"
        r"(?![\w'’-])",
    ),
    (
        "season",
        r"(?:(?P<rel>(?i:this|last|next|early|late|mid))[\s-]{1,3})?(?<![\w-])"
        rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?P<y>{_YEAR}))?(?!\w)",
    ),
)

# A gate per pattern, first character then first two (as the pattern can start:
# "la" for "last"/"late", "Ja" for "January"): the engine rejects most positions
# in a step or two instead of trying every branch of a leading alternation.
GATES: dict[str, str] = {
    "holiday": r"(?=[LlNnTtPpCcBHVEMJSFGA9RY])",
    "month_year": r"(?=[EeMmLlTtJFASOND])(?=(?i:ea|la|mi|th|en)|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)",
    "month": r"(?=[LlNnTtEeMmJFASOND])(?=(?i:la|ne|th|ea|mi|en)|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)",
    "year": r"(?=[EeMmLlTt12])(?=(?i:ea|la|mi|th|en)|1[89]|20)",
    "unit_the": r"(?=[EeMmLlTt])(?=(?i:ea|la|mi|th))",
    "decade": r"(?=[TtEeMmLl12'\d])",
    "century": r"(?=[TtEeMmLlFfSsNn\d])",
    "weekday": r"(?=[LlNnTtCcPpFfMSW])(?=(?i:la|ne|th|co|pa|pr|fo)|Mo|Tu|We|Th|Fr|Sa|Su)",
    "unit_rel": r"(?=[EeLlMmTtNn])(?=(?i:ea|la|mi|th|ne))",
    "season": r"(?=[TtLlNnEeMmSsWwAaFf])",
    "dmy": r"(?=[MTWFS\dTt])",
    "mdy": r"(?=[MTWFSJAOND])",
    "ago": r"(?=[AaOoTtFfSsEeNnHh\d])",
    "unit_after": r"(?=[Tt])",
    "anchored": r"(?=[Tt])",
    "the_day": r"(?=[OoFfIiEeCcSs])",
    "the_unit": r"(?=[FfIiDdTtOoWwBbHhLlSs\d])",
    "same_period": r"(?=[Tt])",
    "year_ago": r"(?=[Tt])",
    "streak_day": r"(?=[AaTt])",
    "nth_weekday": r"(?=[Tt])",
    "nth_week": r"(?=[Tt])",
    "day_alone": r"(?=[OoBbUuTtAaFfSs])",
    "vague": r"(?=[NnCcPpAaRrTtLlSsDdWwMmYy])",
    "vague_term": r"(?=[IiFfOoAa])",
    "deictic": r"(?=[EeLlTtYy])",
    "quarter": r"(?=[TtFfSsLlNn1234])",
    "months_of": r"(?=[Tt])",
}
