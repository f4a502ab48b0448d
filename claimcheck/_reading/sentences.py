"""Split running text into sentences by their character offsets (private).

A plain scan, not a model: a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and brackets
after it) when the next sentence starts with a capital, a digit or an opening quote; at a blank line; and
at a line break that follows a finished sentence or precedes a capital (headlines and one-paragraph-a-line
articles). Abbreviations ("Mr.", "U.S.", "Feb.") and decimals ("1.5") do not end a sentence.
"""

from __future__ import annotations

import bisect
import re
import string
from typing import Final

__all__ = ["Sentences"]

#: Words that end with a full stop but rarely end a sentence; compared lower-case, without the stop.
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "gov",
        "sen", "rep", "st", "rev", "hon", "pres", "jr", "sr", "co", "corp", "inc", "ltd", "bros", "no",
        "nos", "vs", "etc", "approx", "est", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m",
        "p.m", "d.c",
    }
)  # fmt: skip

#: One more letter than the longest abbreviation has.
_LONGER: Final = 1 + max(len(word) for word in _ABBREVIATIONS)
#: After a terminator: the rest of it, its closing quotes/brackets, then space and a plausible opening.
_STOP_REST: Final = r"[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
_END: Final = re.compile(
    # Each kind is the empty group at the end of its branch: a stop after a longer word than any
    # abbreviation, after no letter ("in 2019.", "(CDC).") or an "!" or "?" ("stop"), a full stop that
    # may close an abbreviation ("dot"), a blank line, a single line break. (A pattern that starts with a
    # class of characters lets the regular expression engine skip every character outside it in a tight
    # loop of its own.)
    rf"[.!?\n](?:(?:(?<=[!?])|(?<=[A-Za-z]{{{_LONGER}}}\.)|(?<=[^A-Za-z\n]\.)){_STOP_REST}(?P<stop>)"
    rf"|(?<=\.){_STOP_REST}(?P<dot>)"
    r"|(?<=\n)[ \t]*\n\s*(?P<blank>)"
    r"|(?<=\n)(?=[ \t]*[\"“‘A-Z0-9])(?P<line>))"
)
#: The characters of a word before a full stop: ASCII letters, and stops inside it ("U.S").
_LETTERS: Final = frozenset(string.ascii_letters)
_WORD_CHARACTERS: Final = _LETTERS | {"."}
#: How far back the word before a full stop is read, in characters.
_WORD_REACH: Final = 12


class Sentences:
    """The sentence spans of one text, for looking up the sentence around an offset."""

    def __init__(self, text: str) -> None:
        """Find the sentences of ``text``."""
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        starts = self.starts
        ends = self.ends
        start = 0
        for match in _END.finditer(text):
            kind = match.lastgroup
            if kind == "stop":
                end = match.end()
            elif kind == "dot":
                if self._abbreviation(match.start()):
                    continue
                end = match.end()
            elif kind == "blank" or self._breaks_line(match.start()):
                end = match.start()
            else:
                continue
            # (The sentence between, without the white space around it.)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                starts.append(start)
                ends.append(end)
            start = match.end()
        self._add(start, len(text))

    def _abbreviation(self, position: int) -> bool:
        """Return whether the full stop at ``position`` closes an abbreviation rather than a sentence.

        (Only a stop that :data:`_END` finds after a word as short as an abbreviation is asked about.)
        """
        # The word is the letters and stops right before it (or before a line break right before it), from
        # its first letter and no further back than _WORD_REACH, and it ends with a letter.
        text = self.text
        low = max(0, position - _WORD_REACH)
        end = position - 1 if text[position - 1 : position] == "\n" else position
        if end <= low or text[end - 1] not in _LETTERS:
            return False
        start = end - 1
        while start > low and text[start - 1] in _WORD_CHARACTERS:
            start -= 1
        while text[start] not in _LETTERS:
            start += 1
        token = text[start:end].lower()
        # "U.S." and single initials ("George W. Bush") are abbreviations.
        return token in _ABBREVIATIONS or len(token) == 1

    def _breaks_line(self, position: int) -> bool:
        """Return whether a single line break at ``position`` ends a sentence.

        A hard-wrapped line ends in a lower-case word or a comma and runs on; any other line is a finished
        sentence, a heading or a paragraph.
        """
        before = self.text[max(0, position - 80) : position].rstrip(" \t")
        return not before or not (before[-1].islower() or before[-1] in ",;-–")

    def _add(self, start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            self.starts.append(start)
            self.ends.append(end)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the sentence holding ``start``, stretched to cover ``end`` if it runs over."""
        starts = self.starts
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            return (start, end)
        last = self.ends[index]
        if end <= last:  # (the sentence holds the span: ``start`` is at or after its start)
            return (starts[index], last)
        last = bisect.bisect_left(self.ends, end, lo=index)
        last = min(last, len(self.ends) - 1)
        return (min(self.starts[index], start), max(self.ends[last], end))

    def index(self, position: int) -> int:
        """Return the number of the sentence holding ``position`` (the one before it, between two)."""
        return max(bisect.bisect_right(self.starts, position) - 1, 0)
