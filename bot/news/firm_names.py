"""Firms whose names read as a person's ("Morgan Stanley said", "Eli Lilly and Co",
"Barrick Gold"): `name_rules.is_known_firm` keeps them out of the people found."""

from __future__ import annotations

# Firms whose names read as a person's: "Morgan Stanley said" is not a man.
KNOWN_FIRMS = frozenset(
    (
        "anglo american",
        "arthur andersen",
        "barrick gold",
        "best buy",
        "bear stearns",
        "charles river",
        "charles schwab",
        "dean witter",
        "dow jones",
        "edward jones",
        "eli lilly",
        "ernst young",
        "general dynamics",
        "general electric",
        "general mills",
        "goldman sachs",
        "harley davidson",
        "harris teeter",
        "john deere",
        "john lewis",
        "jones lang",
        "jp morgan",
        "merrill lynch",
        "morgan keegan",
        "morgan stanley",
        "paine webber",
        "piper jaffray",
        "raymond james",
        "reynolds american",
        "robert half",
        "sherwin williams",
        "smith barney",
        "thomas cook",
        "virgin atlantic",
        "warner chilcott",
        "wells fargo",
        "william hill",
    )
)
