"""Firms (and a few places) whose names read as a person's ("Morgan Stanley said", "Eli
Lilly and Co", "Barrick Gold", "Abu Dhabi"): `is_known_firm` keeps them out of
the people found."""

from __future__ import annotations

from bot.news.name_tokens import Token, is_role_word

# Firms whose names read as a person's: "Morgan Stanley said" is not a man.
KNOWN_FIRMS = frozenset(
    (
        "a.p. moller-maersk",
        "abu dhabi",
        "abu ghraib",
        "abu kamal",
        "agent orange",
        "albert park",
        "american express",
        "anglo american",
        "ann arbor",
        "arthur andersen",
        "bank leumi",
        "barrick gold",
        "bear stearns",
        "best buy",
        "beverly hills",
        "bristol-myers squibb",
        "campbell soup",
        "central park",
        "charles river",
        "charles schwab",
        "columbia pictures",
        "columbia records",
        "dean witter",
        "dick's sporting",
        "dow jones",
        "edward jones",
        "eli lilly",
        "ernst young",
        "general dynamics",
        "general electric",
        "general mills",
        "gilead sciences",
        "goldman sachs",
        "gorky park",
        "h.j. heinz",
        "harley davidson",
        "harris teeter",
        "hewlett packard",
        "hyde park",
        "j.c. penney",
        "j.m. smucker",
        "j.p. morgan",
        "john deere",
        "john lewis",
        "johnson johnson",
        "jones lang",
        "jp morgan",
        "l.l. bean",
        "live nation",
        "lockheed martin",
        "marks spencer",
        "merrill lynch",
        "morgan grenfell",
        "morgan hill",
        "morgan park",
        "morgan guaranty",
        "morgan keegan",
        "morgan stanley",
        "northrop grumman",
        "novo nordisk",
        "paine webber",
        "paramount pictures",
        "philip morris",
        "piper jaffray",
        "pratt whitney",
        "procter gamble",
        "r.r. donnelley",
        "raymond james",
        "reynolds american",
        "robert half",
        "rolls royce",
        "sanford bernstein",
        "sheikh jarrah",
        "sherwin williams",
        "smith barney",
        "sony pictures",
        "t. rowe price",
        "thomas cook",
        "time warner",
        "tyson foods",
        "umm qasr",
        "universal pictures",
        "victoria park",
        "virgin atlantic",
        "walt disney",
        "warner bros",
        "warner chilcott",
        "wells fargo",
        "william hill",
    )
)


def is_known_firm(words: list[Token]) -> bool:
    """Whether the words are a firm's name that reads as a person's ("Wells Fargo")."""
    if len(words) < 2:
        return False
    lowered = [w.core.lower() for w in words]
    if len(words) <= 3 and " ".join(lowered) in KNOWN_FIRMS:
        return True
    # "Abu Dhabi Investment Authority": a name that opens with one is the firm's or the
    # place's (not "General Mills Inc Chief Executive Ken Powell": a title and a name)
    return " ".join(lowered[:2]) in KNOWN_FIRMS and not any(map(is_role_word, lowered[2:]))
