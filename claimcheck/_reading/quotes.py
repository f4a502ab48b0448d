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
from typing import TYPE_CHECKING, Final, final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["Passage", "closest_passage", "count_quote", "find_quote", "line_column"]

_FOLD: Final = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_QUOTE_MARKS: Final = "\"'“”„‘’"
_NUMBER: Final = re.compile(r"[0-9]+(?:[,.][0-9]+)*")
_SPACES: Final = re.compile(" {2,}")
_NUMBER_BEFORE: Final = re.compile(r"(?:[0-9]|[0-9][,.])\Z")
_NUMBER_AFTER: Final = re.compile(r"[,.]?[0-9]")


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
#: How many of the quote's rarest words vote for windows, and how many of each one's occurrences; the
#: rarest are chosen among its longest few, so counting them costs a few scans of the article.
_ANCHORS: Final = 8
_ANCHOR_HITS: Final = 2_000
_COUNTED: Final = 24
#: Quotes up to this long are compared character by character, longer ones word by word.
_BY_CHARACTER: Final = 300
#: How many characters or words the article may add between two matching runs that keep in step.
_SLACK: Final = 3


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


#: What stands for each figure in a skeleton (below); a text holding it is searched with a pattern instead.
_FIGURE: Final = "\x00"


@final
@attrs.frozen
class _Skeleton:
    """A folded text with each figure ("1,200", "3.5") shrunk to one :data:`_FIGURE`, and where they stood.

    A quote read "with any numbers" is then one literal search of the skeleton, linear in the article's
    length; a pattern with a number between every two words would cost the article's length times the
    quote's where the article repeats the quote's words.
    """

    text: str
    at: list[int]  # each figure's offset in the skeleton
    starts: list[int]  # and its span in the folded text
    ends: list[int]

    def folded(self, position: int) -> int:
        """The folded offset of a skeleton offset that is not a figure's."""
        index = bisect.bisect_left(self.at, position) - 1
        return position if index < 0 else self.ends[index] + position - self.at[index] - 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The folded span of a skeleton span."""
        return self._start(start), self._end(end)

    def _start(self, start: int) -> int:
        index = bisect.bisect_left(self.at, start)
        return self.starts[index] if index < len(self.at) and self.at[index] == start else self.folded(start)

    def _end(self, end: int) -> int:
        last = end - 1
        index = bisect.bisect_left(self.at, last)
        return self.ends[index] if index < len(self.at) and self.at[index] == last else self.folded(last) + 1


@functools.lru_cache(maxsize=8)
def _skeleton(folded: str) -> _Skeleton:
    pieces: list[str] = []
    at: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    position = length = 0
    for match in _NUMBER.finditer(folded):
        start, end = match.span()
        pieces.append(folded[position:start])
        length += start - position
        at.append(length)
        length += 1
        starts.append(start)
        ends.append(end)
        position = end
    pieces.append(folded[position:])
    return _Skeleton(_FIGURE.join(pieces), at, starts, ends)


def _literal(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every place where ``needle`` stands in ``text``, overlapping ones too."""
    position = text.find(needle)
    while position != -1:
        yield position, position + len(needle)
        position = text.find(needle, position + 1)


def _renumbered(folded: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every place where ``needle`` stands in ``folded`` with any figures in place of its own."""
    if _FIGURE in folded or _FIGURE in needle:  # the skeleton would mistake it for a figure: a pattern
        number = r"(?<![0-9])[0-9]+(?:[,.][0-9]+)*(?![0-9])"
        pattern = re.compile(number.join(re.escape(piece) for piece in _NUMBER.split(needle)))
        position = 0
        while (match := pattern.search(folded, position)) is not None:
            yield match.span()
            position = match.start() + 1
        return
    skeleton = _skeleton(folded)
    for start, end in _literal(skeleton.text, _NUMBER.sub(_FIGURE, needle)):
        yield skeleton.span(start, end)


def _inside_figure(folded: str, start: int, end: int) -> bool:
    """Whether the span starts or ends inside a figure: "500 fighters" in "1,500 fighters" is not there."""
    if folded[start].isdigit() and _NUMBER_BEFORE.search(folded, max(0, start - 2), start):
        return True
    return folded[end - 1].isdigit() and _NUMBER_AFTER.match(folded, end) is not None


def _places(
    article: str, quote: str, prefix: str | None, suffix: str | None, *, any_numbers: bool
) -> Iterator[tuple[int, int]]:
    """The folded spans where ``quote`` stands with ``prefix`` before it and ``suffix`` after it."""
    folded = _normalize(article)[0]
    needle = _fold(quote)
    if not needle:
        return
    before, after = _fold(prefix or ""), _fold(suffix or "")
    spans = _renumbered(folded, needle) if any_numbers else _literal(folded, needle)
    figures = not any_numbers and (needle[0].isdigit() or needle[-1].isdigit())
    if not (before or after or figures):
        yield from spans
        return
    for start, end in spans:
        if figures and _inside_figure(folded, start, end):
            continue
        head = folded[max(0, start - len(before) - 1) : start].rstrip()
        tail = folded[end : end + len(after) + 1].lstrip()
        if head.endswith(before) and tail.startswith(after):
            yield start, end


def find_quote(
    article: str,
    quote: str,
    *,
    prefix: str | None = None,
    suffix: str | None = None,
    any_numbers: bool = False,
    most: int | None = None,
) -> list[Passage]:
    """Return every place where ``quote`` stands in ``article``, narrowed by the words around it.

    The search is linear in the article's length, whatever the quote.

    Args:
        article: the article's text.
        quote: the words to find.
        prefix: words that must stand just before the quote, to pick one of several occurrences.
        suffix: words that must stand just after it.
        any_numbers: match the quote's words with any numbers in place of the quote's own digits, so
            "up to 500 fighters" finds "up to 600 fighters" after the article was corrected.
        most: stop after this many places (:func:`count_quote` counts them all).
    """
    origins = _normalize(article)[1]
    found: list[Passage] = []
    for start, end in _places(article, quote, prefix, suffix, any_numbers=any_numbers):
        if most is not None and len(found) >= most:
            break
        first, last = origins[start], origins[end - 1] + 1
        found.append(Passage(first, last, *line_column(article, first)))
    return found


def count_quote(
    article: str,
    quote: str,
    *,
    prefix: str | None = None,
    suffix: str | None = None,
    any_numbers: bool = False,
) -> int:
    """Return how many places :func:`find_quote` would find, without placing each one."""
    return sum(1 for _ in _places(article, quote, prefix, suffix, any_numbers=any_numbers))


def _windows(folded: str, needle: str) -> list[int]:
    """Where windows of the needle's length most likely start in ``folded``: the best few, in order.

    The needle's rarest words in the article vote for the window each occurrence implies, so the hint
    costs a few scans of the article at C speed, whatever the quote's length; only the windows with most
    votes are then compared.
    """
    words = {word: needle.find(word) for word in needle.split()}
    longest = sorted(words, key=lambda word: (-len(word), words[word]))[:_COUNTED]
    counts = {word: folded.count(word) for word in longest}
    anchors = sorted((word for word in longest if counts[word]), key=lambda w: (counts[w], -len(w)))
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


def _units(text: str, *, by_words: bool) -> tuple[str | list[str], Sequence[int], Sequence[int]]:
    """What similarity compares in ``text`` (its characters or its words), with where each starts and ends."""
    if not by_words:
        return text, range(len(text)), range(1, len(text) + 1)
    words = list(re.finditer(r"\S+", text))
    return [word.group() for word in words], [word.start() for word in words], [word.end() for word in words]


def _aligned(blocks: list[difflib.Match]) -> tuple[difflib.Match, difflib.Match]:
    """The first and last matching blocks that keep in step with the longest one.

    A block keeps in step when the article's characters (or words) between it and the blocks kept so
    far are not many more than the quote's (a typo, a changed word, a few words left out); a block far
    off matched a common word by chance, and the passage does not stretch to it.
    """
    core = max(blocks, key=lambda block: block.size)
    first = last = core
    for block in reversed(blocks[: blocks.index(core)]):
        if _in_step(block, first, block.size):
            first = block
    for block in blocks[blocks.index(core) + 1 :]:
        if _in_step(last, block, block.size):
            last = block
    return first, last


def _in_step(before: difflib.Match, after: difflib.Match, size: int) -> bool:
    """Whether two blocks keep in step: a longer block may stand further off than a chance match."""
    in_article, in_quote = after.a - before.a - before.size, after.b - before.b - before.size
    return in_article <= 2 * (in_quote + size) + _SLACK


def closest_passage(article: str, quote: str) -> Passage | None:
    """Return the passage of ``article`` most like ``quote``, to suggest when the quote is not found.

    The windows where the quote's rarest words point are compared with the quote (character by
    character for a sentence, where a typo costs one character; word by word for longer quotes); the
    best is aligned with the quote and widened to whole words. The cost is bounded by the quote's length,
    whatever the article's; quotes longer than a few paragraphs get no suggestion.
    """
    folded, origins = _normalize(article)
    needle = _fold(quote)
    if not needle or not folded or len(needle) > _HINT_LIMIT:
        return None
    by_words = len(needle) > _BY_CHARACTER
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(_units(needle, by_words=by_words)[0])
    best, best_start = 0.0, 0
    for start in _windows(folded, needle):
        matcher.set_seq1(_units(folded[start : start + len(needle)], by_words=by_words)[0])
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            ratio = matcher.ratio()
            if ratio > best:
                best, best_start = ratio, start
    if best < 0.5:  # below half alike, a suggestion would mislead more than help
        return None
    # Align the quote with the best window and what surrounds it; the matched stretch is the passage.
    low = max(0, best_start - len(needle) // 2)
    region = folded[low : best_start + len(needle) + len(needle) // 2]
    units, starts, ends = _units(region, by_words=by_words)
    matcher.set_seq1(units)
    head, tail = _aligned([block for block in matcher.get_matching_blocks() if block.size])
    first, last = starts[head.a], ends[tail.a + tail.size - 1]
    first = region.rfind(" ", 0, first) + 1  # widened to whole words
    last = len(region) if (space := region.find(" ", last)) == -1 else space
    first, last = origins[low + first], origins[low + last - 1] + 1
    while first < last - 1 and article[first] in _QUOTE_MARKS:
        first += 1
    while last > first + 1 and article[last - 1] in _QUOTE_MARKS + ",;:":
        last -= 1
    return Passage(first, last, *line_column(article, first))
