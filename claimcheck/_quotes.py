"""Find a claim's quote in its article (private).

Quotes are matched forgivingly: case, runs of white space (line breaks included), curly or straight
quotation marks and the kind of dash do not matter, so an editor can copy a passage from a rendered page.
The passage found is always reported in the article's own characters.
"""

from __future__ import annotations

import difflib
import re
from typing import Final, final

import attrs

__all__ = ["Passage", "closest_passage", "find_quote", "line_column"]

_FOLD: Final = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_QUOTE_MARKS: Final = "\"'“”„‘’"
_NUMBER: Final = re.compile(r"[0-9]+(?:[,.][0-9]+)*")


@final
@attrs.frozen
class Passage:
    """Where a quote stands in the article: character offsets and the 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _normalize(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for matching; return it with the original offset of each folded character."""
    chars: list[str] = []
    origins: list[int] = []
    in_space = False
    for offset, char in enumerate(text):
        if char.isspace():
            if not in_space and chars:
                chars.append(" ")
                origins.append(offset)
            in_space = True
            continue
        in_space = False
        for folded in char.translate(_FOLD).lower():
            chars.append(folded)
            origins.append(offset)
    return "".join(chars), origins


def _fold(words: str) -> str:
    return _normalize(words)[0].strip()


def find_quote(
    article: str,
    quote: str,
    *,
    prefix: str | None = None,
    suffix: str | None = None,
    any_numbers: bool = False,
) -> list[Passage]:
    """Return every place where ``quote`` stands in ``article``, narrowed by the words around it.

    Args:
        article: the article's text.
        quote: the words to find.
        prefix: words that must stand just before the quote, to pick one of several occurrences.
        suffix: words that must stand just after it.
        any_numbers: match the quote's words with any numbers in place of the quote's own digits, so
            "up to 500 fighters" finds "up to 600 fighters" after the article was corrected.
    """
    folded, origins = _normalize(article)
    needle = _fold(quote)
    if not needle:
        return []
    pieces = _NUMBER.split(needle) if any_numbers else [needle]
    number = r"(?<![0-9])[0-9]+(?:[,.][0-9]+)*(?![0-9])"
    pattern = re.compile(number.join(re.escape(piece) for piece in pieces))
    before, after = _fold(prefix or ""), _fold(suffix or "")
    found: list[Passage] = []
    position = 0
    while (match := pattern.search(folded, position)) is not None:
        start, end = match.span()
        if folded[:start].rstrip().endswith(before) and folded[end:].lstrip().startswith(after):
            first, last = origins[start], origins[end - 1] + 1
            found.append(Passage(first, last, *line_column(article, first)))
        position = start + 1
    return found


def closest_passage(article: str, quote: str) -> Passage | None:
    """Return the passage of ``article`` most like ``quote``, to suggest when the quote is not found.

    A first pass slides a window of the quote's length from word to word; a second tries the word
    boundaries around the best window, so the suggestion starts and ends on whole words.
    """
    folded, origins = _normalize(article)
    needle = _fold(quote)
    if not needle or not folded:
        return None
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    starts = [0] + [i + 1 for i, char in enumerate(folded) if char == " "]
    ends = [i for i, char in enumerate(folded) if char == " "] + [len(folded)]

    def score(start: int, end: int, best: float) -> float:
        matcher.set_seq1(folded[start:end])
        if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
            return 0.0
        return matcher.ratio()

    best, best_start = 0.0, 0
    for start in starts:
        ratio = score(start, start + len(needle), best)
        if ratio > best:
            best, best_start = ratio, start
    if best < 0.5:  # below half alike, a suggestion would mislead more than help
        return None
    reach = len(needle) // 2
    best, span = 0.0, (best_start, min(best_start + len(needle), len(folded)))
    for start in (s for s in starts if abs(s - best_start) <= reach):
        for end in (e for e in ends if abs(e - start - len(needle)) <= reach and e > start):
            ratio = score(start, end, best)
            if ratio > best:
                best, span = ratio, (start, end)
    first, last = origins[span[0]], origins[span[1] - 1] + 1
    while first < last - 1 and article[first] in _QUOTE_MARKS:
        first += 1
    while last > first + 1 and article[last - 1] in _QUOTE_MARKS:
        last -= 1
    return Passage(first, last, *line_column(article, first))
