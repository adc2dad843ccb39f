"""The names of the months and their abbreviations: one source for every reader of dates.

Words of the language, not facts of the world, so they are written here once; the header, dateline,
citation and date readers and the re-caser import them instead of keeping copies.
"""

from __future__ import annotations

NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december")

# every name and abbreviation, lower case -> the month's number ("jan", "january", "sep", "sept", "september")
NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(NAMES, start=1)},
    "sept": 9,
}

# a month's name or abbreviation in a regular expression (the callers add case-insensitivity and boundaries)
PATTERN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
