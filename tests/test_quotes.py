"""Quote matching: the fast fold agrees with the character-by-character one, and its costs stay bounded."""

from __future__ import annotations

import difflib
import re
from typing import ClassVar

from hypothesis import given
from hypothesis import strategies as st

from claimcheck._reading import quotes
from claimcheck._reading.quotes import (
    _normalize,
    _normalize_by_character,
    closest_passage,
    count_quote,
    find_quote,
    line_column,
)

TRICKY = list("aB \n\t\u00a0\u2003“”‘’–—\u0130ßΣσ.,1\x1c\x1f\x85\u2028")


@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40))
def test_the_fast_fold_agrees_with_folding_each_character(text):
    folded, origins = _normalize.__wrapped__(text)
    expected, expected_origins = _normalize_by_character(text)
    assert folded == expected
    assert [origins[index] for index in range(len(folded))] == expected_origins


@given(st.text(alphabet=st.sampled_from(["a", "\n", "b"]), max_size=5000), st.data())
def test_line_column_counts_lines_in_long_texts(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert line_column(text, offset) == (
        text.count("\n", 0, offset) + 1,
        offset - (text.rfind("\n", 0, offset) + 1) + 1,
    )


def test_a_quote_found_many_times_is_found_every_time():
    article = "Up to 5 fighters.\n" * 3_000
    found = find_quote(article, "up to 5 fighters")
    assert len(found) == 3_000
    assert (found[-1].line, found[-1].column) == (3_000, 1)


def test_prefix_and_suffix_narrow_in_a_long_article():
    article = "Officials said up to 5 fighters left. " * 500 + "Police said up to 5 fighters left."
    (only,) = find_quote(article, "up to 5 fighters", prefix="police said", suffix="left")
    assert article[only.start : only.end] == "up to 5 fighters"
    assert only.start == len("Officials said up to 5 fighters left. ") * 500 + len("Police said ")


def test_the_closest_passage_is_found_among_many_paragraphs():
    article = "The council said 40 schools reopened after the floods.\n" * 2_000
    article += "Aid groups counted 7,000 displaced families in the south.\n"
    near = closest_passage(article, "aid groups count 7,000 displaced familys")
    assert near is not None
    assert article[near.start : near.end].startswith("Aid groups counted 7,000 displaced families")
    assert near.line == 2_001


# -- bounded cost: linear searches, a hint whose work depends on the quote alone (issue 14) ---------

_TOKENS = ["a", "b", "fighters", "1", "22", "1,5", "3.0", "500", "1,500", "a1", ",", "."]


def _reference(article: str, quote: str, *, any_numbers: bool) -> list[tuple[int, int]]:
    """Every overlapping place by one regular expression: figures whole, any figure for a figure."""
    number = r"(?<![0-9])(?<![0-9][,.])[0-9]+(?:[,.][0-9]+)*(?![,.]?[0-9])"
    pieces = re.split(r"[0-9]+(?:[,.][0-9]+)*", quote)
    figures = re.findall(r"[0-9]+(?:[,.][0-9]+)*", quote)
    figures = [number if any_numbers else _whole(figure) for figure in figures]
    pattern = "".join(re.escape(piece) + figure for piece, figure in zip(pieces, [*figures, ""], strict=True))
    return [(m.start(1), m.end(1)) for m in re.finditer(f"(?=({pattern}))", article)]


def _whole(figure: str) -> str:
    return rf"(?<![0-9])(?<![0-9][,.]){re.escape(figure)}(?![,.]?[0-9])"


@given(
    st.lists(st.sampled_from(_TOKENS), max_size=40),
    st.lists(st.sampled_from(_TOKENS[:-2]), min_size=1, max_size=4),  # a quote of words and figures
    st.booleans(),
)
def test_quotes_are_found_with_whole_figures_exactly_where_a_pattern_finds_them(words, quoted, any_numbers):
    article, quote = " ".join(words), " ".join(quoted)
    found = find_quote(article, quote, any_numbers=any_numbers)
    assert [(p.start, p.end) for p in found] == _reference(article, quote, any_numbers=any_numbers)
    assert count_quote(article, quote, any_numbers=any_numbers) == len(found)
    assert find_quote(article, quote, any_numbers=any_numbers, most=2) == found[:2]


def test_a_figure_is_never_found_inside_a_longer_one():
    article = "In 2019, 1,500 fighters left and 3.5 percent stayed."
    assert find_quote(article, "500 fighters") == []
    assert find_quote(article, "5 percent") == []
    (renumbered,) = find_quote(article, "500 fighters", any_numbers=True)
    assert article[renumbered.start : renumbered.end] == "1,500 fighters"


def test_a_text_holding_the_figure_placeholder_is_still_searched_right():
    article = "up to 500 fighters\x00 and up to 600 fighters"
    found = find_quote(article, "up to 400 fighters", any_numbers=True)
    assert [article[p.start : p.end] for p in found] == ["up to 500 fighters", "up to 600 fighters"]


class _Counting(difflib.SequenceMatcher):  # type: ignore[type-arg]
    """A matcher that records the length of every sequence it compares against the quote."""

    compared: ClassVar[list[int]] = []

    def set_seq1(self, a: object) -> None:
        type(self).compared.append(len(a))  # type: ignore[arg-type]
        super().set_seq1(a)


def test_the_closest_passage_compares_a_few_quote_sized_windows_whatever_the_article(monkeypatch):
    monkeypatch.setattr(quotes.difflib, "SequenceMatcher", _Counting)
    paragraph = "The council said {} schools reopened in the north after the floods receded. "
    target = "".join(f"Aid groups counted {n},000 displaced families in district {n}. " for n in range(1, 40))
    quote = target.replace("counted", "count").replace("families", "familys")[:1_900]
    work = []
    for size in (500, 1_000, 2_000):
        article = "".join(paragraph.format(n) for n in range(size)) + target
        _Counting.compared = []
        near = closest_passage(article, quote)
        assert near is not None
        assert article[near.start :].startswith("Aid groups counted 1,000 displaced families in district 1.")
        assert abs(near.end - near.start - len(quote)) < len(quote) // 10
        assert len(_Counting.compared) <= quotes._CANDIDATES + 1
        assert max(_Counting.compared) <= 2 * len(quote)
        work.append(sum(_Counting.compared))
    assert max(work) <= 1.01 * min(work)  # the work stays the same as the article doubles
