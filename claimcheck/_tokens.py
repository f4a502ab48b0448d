"""Split text into the tokens the parser reads (private).

One regular expression, applied once from left to right, so tokenising is linear in the text's length.
"""

from __future__ import annotations

import re
from typing import Final, final

import attrs

__all__ = [
    "CLOCK_TIME",
    "DATE",
    "ISO_DATE",
    "NOT_A_QUANTITY",
    "NOT_EQUAL",
    "NUM",
    "SYM",
    "TIME",
    "WORD",
    "Tokens",
    "phrase",
    "tokenize",
]

NUM: Final = 0
WORD: Final = 1
SYM: Final = 2
#: A digit run too long to be a figure; never read as a number.
JUNK: Final = 3
#: An ISO date ("2024-02-26") or a clock time ("10:30"): one token, never read as numbers, so neither
#: becomes a range ("2024-02") or two figures ("10", "30"). :mod:`claimcheck._kinds` names them in
#: running text, from the same patterns.
DATE: Final = 4
TIME: Final = 5
#: What each kind of token that is no quantity is, for error messages.
NOT_A_QUANTITY: Final = {DATE: "a date", TIME: "a clock time"}

#: An ISO calendar date, year-month-day. (Year-month alone, "2000-01", may be a span of years.)
ISO_DATE: Final = r"[12][0-9]{3}-(?:1[0-2]|0[1-9])-(?:3[01]|[12][0-9]|0[1-9])"
#: A clock time, hours and minutes with optional seconds: "10:30", "9:05:59". "3:1" is a ratio.
CLOCK_TIME: Final = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?"
#: Symbols that rule a value out ("<>30"); what follows them states no value.
NOT_EQUAL: Final = frozenset({"<>", "!=", "≠"})

#: Longer digit runs are identifiers or noise, and converting them would cost quadratic time.
_MAX_DIGITS: Final = 30

_TOKEN = re.compile(
    rf"(?P<date>(?<![0-9]){ISO_DATE}(?![0-9]))"
    rf"|(?P<time>(?<![0-9.,:]){CLOCK_TIME}(?![0-9]))"
    r"|(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    # Vulgar fractions ("1½ million") are tokens of their own, never part of a word.
    r"|(?P<frac>[¼½¾⅐-⅞])"
    r"|(?P<word>[^\W\d_¼½¾⅐-⅞]+(?:['’][^\W\d_¼½¾⅐-⅞]+)*)"
    r"|(?P<sym><=|>=|=<|=>|<>|!=|\+/-|[^\s\w])"
)


@final
@attrs.define(slots=True)
class Tokens:
    """Parallel lists of token kinds, lower-case texts and character offsets."""

    kinds: list[int] = attrs.field(factory=list)
    texts: list[str] = attrs.field(factory=list)
    starts: list[int] = attrs.field(factory=list)
    ends: list[int] = attrs.field(factory=list)

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.kinds)

    def adjacent(self, index: int) -> bool:
        """Return whether token ``index`` follows the previous one with no space between."""
        return index > 0 and self.starts[index] == self.ends[index - 1]


def tokenize(text: str) -> Tokens:
    """Return the tokens of ``text``: numbers, words (lower-cased, vulgar fractions too) and symbols."""
    tokens = Tokens()
    kinds, texts, starts, ends = tokens.kinds, tokens.texts, tokens.starts, tokens.ends
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        value = match.group()
        if group == "num":
            kind = NUM if len(value) <= _MAX_DIGITS else JUNK
        elif group in ("word", "frac"):
            kind = WORD
            value = value.lower().replace("’", "'")
        elif group == "date":
            kind = DATE
        elif group == "time":
            kind = TIME
        else:
            kind = SYM
        kinds.append(kind)
        texts.append(value)
        starts.append(match.start())
        ends.append(match.end())
    return tokens


def phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the token texts of a lexicon entry, so "approx." matches the tokens "approx" and "."."""
    return tuple(tokenize(" ".join(words)).texts)
