"""Quote matching: the fast fold agrees with the character-by-character one, and its costs stay bounded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck._reading.quotes import (
    _normalize,
    _normalize_by_character,
    closest_passage,
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
