"""Split text into the tokens the parser reads (private).

One regular expression, applied once from left to right, so tokenising is linear in the text's length.
"""

from __future__ import annotations

import re
from typing import Final, final

import attrs

__all__ = ["NUM", "SYM", "WORD", "Tokens", "phrase", "tokenize"]

NUM: Final = 0
WORD: Final = 1
SYM: Final = 2
#: A digit run too long to be a figure; never read as a number.
JUNK: Final = 3

#: Longer digit runs are identifiers or noise, and converting them would cost quadratic time.
_MAX_DIGITS: Final = 30

_TOKEN = re.compile(
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    # Vulgar fractions ("1½ million") are tokens of their own, never part of a word.
    r"|(?P<frac>[¼½¾⅐-⅞])"
    r"|(?P<word>[^\W\d_¼½¾⅐-⅞]+(?:['’][^\W\d_¼½¾⅐-⅞]+)*)"
    r"|(?P<sym><=|>=|=<|=>|\+/-|[^\s\w])"
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
