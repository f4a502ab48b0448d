"""The judging side's shortcuts change no verdict: each is compared with the full tests it skips.

``kinds.context_kind`` tells a hedged or united figure a count without reading the word before it where
``_counted_plainly`` finds no test that could apply, and ``kinds.result_tables`` tries as rows or scores only
the lines that ``_placed_lines`` finds a place in. Both are speed, not reading: with the shortcut turned off,
every verdict and every table must be the same.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from claimcheck._reading import kinds
from claimcheck.parse import scan

#: Pieces of prose around figures: hedges, units, ages, ordinals, years, names, dashes and line breaks.
_PIECES = (
    "up to", "about", "between", "and", "under", "over", "above", "below", "aged", "Age", "ages", "a", "the",
    "one", "half", "a third", "third", "fourth", "$25 million", "30%", "£4m", "12", "1,200", "2019", "1990s",
    "737-800", "4K", "2.1", "22nd", "year-old", "years old", "-year-old", "old", "s", "term", "of", "them",
    "people", "Leeds", "Fulham", "Man City", "HDMI", "iOS", "Resolution", "pm", "GMT", "children", "were",
    "-", "–", ",", ".", ";", "|", "(", ")", "\n", "\t", "  ", "€", "per", "cent", "sub-", "half-mast",
)  # fmt: skip
_SEPARATORS = ("", " ", " ", " ", "-", "\n", ", ")

prose = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(piece + separator for piece, separator in parts)
)


def _verdicts(text: str) -> list[object]:
    """The verdict of ``context_kind`` on every figure the parser reads, and on every short span of words.

    (A span that starts or ends with white space is no figure: it is left out.)
    """
    spans = [(m.start, m.end, m.estimate.kind == "exact" and not m.estimate.unit) for m in scan(text)]
    spans += [
        (s, e, plain)
        for s in range(len(text))
        for e in (s + 1, min(s + 4, len(text)))
        for plain in (True, False)
        if text[s:e] and text[s:e].strip() == text[s:e]
    ]
    return [kinds.context_kind(text, s, e, plain=plain) for s, e, plain in spans]


@given(prose)
@example("aged between 18 and 65, up to 500 people and a third term; about 30% under 16s")
@example("children under 5 and 40 years old, the over 65s")
def test_a_figure_told_a_count_at_once_is_one_by_every_test(text: str) -> None:
    quick = _verdicts(text)
    with mock.patch.object(kinds, "_counted_plainly", return_value=False):
        assert _verdicts(text) == quick


_CELLS = ("12", "3", "45.6", "1,200", "7%", "-3", "+7", "0")
_LABELS = ("Leeds", "Man City", "St. Mirren", "Q1", "Brighton & Hove", "Nott'm Forest", "x")
row = st.tuples(
    st.sampled_from(("", "| ", " ")),
    st.sampled_from(_LABELS),
    st.lists(st.tuples(st.sampled_from((" ", "\t", " | ", ", ", "; ")), st.sampled_from(_CELLS)), max_size=5),
    st.sampled_from(("", " |", " ", "\r", ".")),
).map(lambda parts: parts[0] + parts[1] + "".join(gap + cell for gap, cell in parts[2]) + parts[3])
score = st.tuples(
    st.sampled_from(_LABELS),
    st.integers(0, 120),
    st.sampled_from(("-", " - ", "–")),
    st.integers(0, 120),
    st.sampled_from(_LABELS),
).map(lambda parts: f"{parts[0]} {parts[1]}{parts[2]}{parts[3]} {parts[4]}")
lines = st.lists(
    st.one_of(row, st.lists(score, min_size=1, max_size=3).map("; ".join), prose), min_size=1, max_size=8
).map("\n".join)


@given(lines)
@example("Arsenal 38 89 +62\nMan City 38 86 +55\nLeeds 2-1 Fulham; Wolves 0-3 Burnley\nCeltics 102-98 Lakers")
@example("| Leeds | 1,200 | 340 | 5.5 |\n| Wolves | 980 | 310 | 4.1 | \r\n| Hull | 1,050 | 290 | 3.9 |\nEnd")
def test_tables_of_results_found_at_their_places_are_those_of_every_line(text: str) -> None:
    specials = kinds.special_spans(text)
    others = sorted([*specials, *kinds.table_spans(text, specials)])
    placed = kinds.result_tables(text, others)
    every_line = lambda text, patterns, _places: kinds._lines(text, patterns)  # noqa: E731
    with mock.patch.object(kinds, "_placed_lines", every_line):
        assert kinds.result_tables(text, others) == placed
