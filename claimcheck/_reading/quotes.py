"""Find a claim's quote in its article (private).

Quotes are matched forgivingly: case, runs of white space (line breaks included), curly or straight
quotation marks and the kind of dash do not matter, so an editor can copy a passage from a rendered page.
The passage found is always reported in the article's own characters.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections import Counter
from typing import Final, final

import attrs

__all__ = ["Passage", "closest_passage", "find_quote", "line_column"]

_FOLD: Final = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_QUOTE_MARKS: Final = "\"'“”„‘’"
_NUMBER: Final = re.compile(r"[0-9]+(?:[,.][0-9]+)*")
_SPACES: Final = re.compile(" {2,}")


@final
@attrs.frozen
class Passage:
    """Where a quote stands in the article: character offsets and the 1-based line and column."""

    start: int
    end: int
    line: int
    column: int


#: Quotes longer than this get no "closest passage" hint: comparing them costs too much for what it helps.
_HINT_LIMIT: Final = 2_000
#: How many candidate windows the closest-passage hint compares character by character.
_CANDIDATES: Final = 16
#: How many of the quote's rarest words vote for windows, and how many of each one's occurrences.
_ANCHORS: Final = 8
_ANCHOR_HITS: Final = 2_000


@functools.lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer("\n", text)]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``."""
    if len(text) < 4096:  # short texts: counting beats building an index
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return line, column
    starts = _line_starts(text)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@final
class _Origins:
    """Where each character of a folded text stands in the original, kept as runs.

    Folding keeps every character but shrinks each run of white space to one space, so the offsets are
    a few runs of consecutive numbers; a list of millions of offsets would cost more than the search.
    """

    __slots__ = ("_folded", "_original")

    def __init__(self, folded: list[int], original: list[int]) -> None:
        self._folded, self._original = folded, original

    def __getitem__(self, index: int) -> int:
        run = bisect.bisect_right(self._folded, index) - 1
        return self._original[run] + index - self._folded[run]


@functools.lru_cache(maxsize=8)  # each claim of a file searches the same article: fold it once
def _normalize(text: str) -> tuple[str, _Origins | list[int]]:
    """Fold ``text`` for matching; return it with the original offset of each folded character."""
    table = {ord(char): " " if char.isspace() else char.translate(_FOLD).lower() for char in set(text)}
    if any(len(folded) != 1 for folded in table.values()):
        return _normalize_by_character(text)
    full = text.translate(table)  # one character for one, every white space a space
    lead = len(full) - len(full.lstrip(" "))  # no space leads
    folded_starts, original_starts = [0], [lead]
    shift = lead
    for run in _SPACES.finditer(full, lead):  # only runs of two or more shift what follows
        start, end = run.span()
        at = start - shift
        folded_starts += (at, at + 1)
        original_starts += (start, end)
        shift += end - start - 1
    folded = _SPACES.sub(" ", full[lead:])
    return folded, _Origins(folded_starts, original_starts)


def _normalize_by_character(text: str) -> tuple[str, list[int]]:
    """:func:`_normalize` for text with a character that folds to several ("İ" lowers to two)."""
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
        head = folded[max(0, start - len(before) - 1) : start].rstrip()
        tail = folded[end : end + len(after) + 1].lstrip()
        if head.endswith(before) and tail.startswith(after):
            first, last = origins[start], origins[end - 1] + 1
            found.append(Passage(first, last, *line_column(article, first)))
        position = start + 1
    return found


def _windows(folded: str, needle: str) -> list[int]:
    """Where windows of the needle's length most likely start in ``folded``: the best few, in order.

    The needle's rarest words in the article vote for the window each occurrence implies, so the hint
    costs a few scans of the article at C speed, whatever the quote's length; only the windows with most
    votes are then compared character by character.
    """
    words = {word: needle.find(word) for word in needle.split()}
    counts = {word: folded.count(word) for word in words}
    anchors = sorted((word for word in words if counts[word]), key=lambda w: (counts[w], -len(w)))
    votes: Counter[int] = Counter()
    for word in anchors[:_ANCHORS]:
        position = folded.find(word)
        for _ in range(_ANCHOR_HITS):
            if position == -1:
                break
            start = max(0, position - words[word])
            votes[folded.rfind(" ", 0, start) + 1] += 1  # the window starts on a word
            position = folded.find(word, position + 1)
    return sorted(start for start, _ in votes.most_common(_CANDIDATES))


def closest_passage(article: str, quote: str) -> Passage | None:
    """Return the passage of ``article`` most like ``quote``, to suggest when the quote is not found.

    The windows where the quote's rarest words point are compared; then the word boundaries around the
    best are tried, so the suggestion starts and ends on whole words. Quotes longer than a few paragraphs
    get no suggestion.
    """
    folded, origins = _normalize(article)
    needle = _fold(quote)
    if not needle or not folded or len(needle) > _HINT_LIMIT:
        return None
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)

    def score(start: int, end: int, best: float) -> float:
        matcher.set_seq1(folded[start:end])
        if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
            return 0.0
        return matcher.ratio()

    best, best_start = 0.0, 0
    for start in _windows(folded, needle):
        ratio = score(start, start + len(needle), best)
        if ratio > best:
            best, best_start = ratio, start
    if best < 0.5:  # below half alike, a suggestion would mislead more than help
        return None
    reach = len(needle) // 2
    low, high = max(0, best_start - reach), best_start + len(needle) + reach
    starts = [low] if low == 0 else []
    starts += [i + 1 for i in range(low, min(high, len(folded))) if folded[i] == " "]
    ends = [i for i in range(low, min(high, len(folded))) if folded[i] == " "]
    ends += [len(folded)] if high >= len(folded) else []
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
