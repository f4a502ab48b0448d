"""Which stretches of a text the parser reads (private): the rest cannot hold a figure.

Tokenising and parsing cost far more per character than one regular-expression search, and most of a news
article holds no figure. :func:`reading_spans` keeps the sentences where a figure can start (a digit, a
vulgar fraction or a word that can stand for a number: "two", "half", "dozens", "several", "doubled") and
leaves out, inside them, the spans that are read whole without the parser: dates, clock times, codes
(:func:`claimcheck._reading.kinds.special_spans`) and tables of bare figures
(:func:`claimcheck._reading.kinds.table_spans`, :func:`~claimcheck._reading.kinds.result_tables`). A figure
never starts or ends in a sentence with no such character or word, so leaving those sentences out changes no
reading; nor does leaving out a sentence that one such span holds whole (a line of a table).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from claimcheck._reading import words as lex

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["CORE_WORDS", "reading_spans"]

#: Words that can stand in a figure's core without any digit: spelled numbers, scales, shares, vague
#: amounts and multiples ("two", "a dozen", "half", "a third", "hundreds", "several", "doubled").
CORE_WORDS: Final = frozenset(
    {*lex.ONES, *lex.TENS, *lex.SCALES, *lex.DENOMINATORS, *lex.VULGAR, *lex.VAGUE_PLURALS, "half"}
    | {ws[1] if ws[0] in ("a", "an", "the") else ws[0] for ws in (*lex.QUANTIFIERS, *lex.MAJORITY)}
    | {*lex.MULTIPLES, *lex.MULTIPLES_BEFORE, *lex.FOLDS, *lex.FREQUENCIES}
)


_Node = dict[str, "_Node"]


def _trie(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words``, written as a trie: far faster than alternation."""
    tree: _Node = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: _Node) -> str:
        branches = [re.escape(letter) + pattern(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return pattern(tree)


_LETTER: Final = r"[^\W\d_]"
_VULGAR: Final = "¼½¾⅐-⅞"
#: Where a figure may start: a digit, a vulgar fraction, or a whole word of :data:`CORE_WORDS` (in
#: lower-cased text).
_FIGURE: Final = re.compile(rf"[0-9{_VULGAR}]|(?<!{_LETTER}){_trie(sorted(CORE_WORDS))}(?!{_LETTER})")
#: A digit or a vulgar fraction. (A pattern that starts with a class of characters lets the regular
#: expression engine skip every character outside it in a tight loop of its own.)
_DIGIT: Final = re.compile(f"[0-9{_VULGAR}]")
#: Every ASCII letter to its lower case and every other ASCII character to a space: the words of an ASCII
#: sentence are then the runs of letters that ``str.split`` finds.
_WORDS_ONLY: Final = str.maketrans(
    {chr(code): chr(code).lower() if chr(code).isalpha() else " " for code in range(128)}
)
#: The same for the bytes of a text encoded in ASCII (each other character one "?", then a space), and every
#: digit to "#": a text is translated once, and the words of each of its ASCII sentences are split from it.
_WORDS_ONLY_BYTES: Final = bytes.maketrans(
    bytes(range(128)),
    bytes(
        ord(chr(code).lower() if chr(code).isalpha() else "#" if chr(code).isdigit() else " ")
        for code in range(128)
    ),
)
#: The words of :data:`CORE_WORDS` that such a split can find (the others hold a character that is no
#: ASCII letter).
_CORE_BYTES: Final = frozenset(word.encode() for word in CORE_WORDS if word.isascii() and word.isalpha())
#: The one character whose lower case is longer ("İ" is "i̇"): where a text holds it, every sentence is read.
_LONGER_LOWER: Final = "\u0130"


#: How far a figure's words may reach past its sentence, in characters: a sentence is split after a
#: stop that an expression may hold ("ca. 500", "Rs. 500", "1,5 Mrd. Euro"), so that much of each
#: neighbour is read with it.
_REACH_BACK: Final = 24
_REACH_ON: Final = 48
_SPACE: Final = re.compile(r"[ \t\n]")
#: The first window :func:`_space_before` looks back through.
_LOOK_BACK: Final = 64


def reading_spans(
    text: str, sentences: tuple[Sequence[int], Sequence[int]], holes: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the stretches of ``text`` to read: the sentences that may hold a figure, less ``holes``.

    Each kept sentence takes in a little of its neighbours (up to white space), since the sentence
    splitter may cut an expression after a stop ("ca. 500").

    Args:
        text: the whole text.
        sentences: the starts and the ends of its sentences, in order.
        holes: spans read without the parser, sorted and not overlapping.

    >>> text = "The talks went on and on and on. Some 300 came; on 2024-02-26, two left."
    >>> reading_spans(text, ([0, 33], [32, 72]), [(51, 61)])
    [(10, 51), (61, 72)]
    """
    pairs = _outside(*sentences, holes)
    if _LONGER_LOWER in text:
        kept = list(pairs)
    else:
        words = _words(text)
        kept = []
        keep = kept.append
        for start, end in pairs:
            # (:func:`_holds_figure`'s test for a sentence in ASCII after a space, inline: most are.)
            if (start == 0 or text[start - 1].isspace()) and text[start:end].isascii():
                letters = words[start:end]
                if b"#" in letters or not _CORE_BYTES.isdisjoint(letters.split()):
                    keep((start, end))
            elif _holds_figure(text, start, end, words):
                keep((start, end))
    merged: list[tuple[int, int]] = []
    for first, last in kept:
        end = _space_after(text, last + _REACH_ON)
        # (The white space before ``first - _REACH_BACK`` is at most one past it: where that reaches the
        # last span, the sentence joins it whatever the white space is.)
        if merged and first - _REACH_BACK < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        start = _space_before(text, first - _REACH_BACK) if first > _REACH_BACK else 0
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spans: list[tuple[int, int]] = []
    at = 0  # the first hole that may cut the next span
    for start, end in merged:
        while at < len(holes) and holes[at][1] <= start:
            at += 1
        position = start
        index = at
        while index < len(holes) and holes[index][0] < end:
            if holes[index][0] > position:
                spans.append((position, holes[index][0]))
            position = max(position, holes[index][1])
            index += 1
        if position < end:
            spans.append((position, end))
    return spans


def _words(text: str) -> bytes:
    """The whole of ``text`` translated by :data:`_WORDS_ONLY_BYTES` (one byte a character)."""
    return text.encode("ascii", "replace").translate(_WORDS_ONLY_BYTES)


def _holds_figure(text: str, start: int, end: int, words: bytes | None = None) -> bool:
    """Whether :data:`_FIGURE` finds a figure in the lower case of ``text[start:end]``, a sentence.

    (Lower case changes no digit, no length but that of :data:`_LONGER_LOWER`, and no letter into a
    character that is none.) A sentence in ASCII after a space is split into its words instead, far
    faster: they are its runs of letters, and a word of :data:`CORE_WORDS` is one of them. ``words`` is the
    whole text translated by :data:`_WORDS_ONLY_BYTES`, if the caller has it: the sentence's words, and
    its digits, are read from it without a copy of their own.
    """
    sentence = text[start:end]
    if sentence.isascii() and (start == 0 or text[start - 1].isspace()):
        if words is not None:
            letters = words[start:end]
            return b"#" in letters or not _CORE_BYTES.isdisjoint(letters.split())
        if _DIGIT.search(sentence) is not None:
            return True
        return not CORE_WORDS.isdisjoint(sentence.translate(_WORDS_ONLY).split())
    if _DIGIT.search(sentence) is not None:
        return True
    low = max(start - 1, 0)  # (with the character before, for the lookbehind)
    return _FIGURE.search(text[low:end].lower(), start - low) is not None


def _outside(
    starts: Sequence[int], ends: Sequence[int], holes: Sequence[tuple[int, int]]
) -> Iterable[tuple[int, int]]:
    """The sentences that no one hole holds whole (a line of a table): no figure of theirs is read.

    (Each hole is looked up among the sentences, rather than each sentence among the holes: a text has
    far fewer holes, and most hold no sentence whole.)
    """
    held: set[int] = set()
    count = len(starts)
    for first, last in holes:
        index = bisect.bisect_left(starts, first)
        while index < count and ends[index] <= last:
            held.add(index)
            index += 1
    pairs = zip(starts, ends, strict=True)
    if not held:
        return pairs
    return [pair for index, pair in enumerate(pairs) if index not in held]


def _space_before(text: str, position: int) -> int:
    """The offset after the last white space at or before ``position`` (0 if none)."""
    end = position + 1
    width = _LOOK_BACK
    while True:  # look back in growing windows: a search back to the start each time would be quadratic
        low = max(0, end - width)
        found = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\t", low, end))
        if found >= 0 or low == 0:
            return found + 1
        width *= 8


def _space_after(text: str, position: int) -> int:
    """The offset of the first white space at or after ``position`` (the text's length if none)."""
    found = _SPACE.search(text, position)
    return len(text) if found is None else found.start()
