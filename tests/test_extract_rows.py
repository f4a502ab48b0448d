"""Tests for tables of results read whole: rows of a label and figures, and lines of match scores.

A results table pasted into an article ("Arsenal 38 86 30.2" line after line, "Leeds 2-1 Fulham; …") is
one ``table`` mention, like a run of bare figures (``kinds.table_spans``): its figures are columns of a
table, not claims each. Fewer figures than a table holds are read one by one, as before. The lookaheads
that let the scanning expressions skip text fast must change no span they find.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st
from test_mentions import check_offsets

from claimcheck._reading import kinds as kinds_module
from claimcheck._reading.kinds import TABLE_FIGURES, result_tables, special_spans, table_spans
from claimcheck.mentions import extract


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract(text)]


# -- rows of results -----------------------------------------------------------------------------------------

_LEAGUE = (
    "Final standings (played, points, goal difference):\n"
    "Arsenal 38 89 +62\n"
    "Man City 38 86 +55\n"
    "Nott'm Forest 38 66 +12\n"
    "Brighton & Hove Albion 38 61 -3\n"
    "The top four qualify for the Champions League."
)


def test_rows_of_a_label_and_figures_are_one_table_from_the_first_label() -> None:
    mentions = extract(_LEAGUE)
    table = mentions[0]
    assert table.kind == "table"
    assert table.text == _LEAGUE.split("\n", 1)[1].rsplit("\n", 1)[0]
    assert table.estimate is None
    assert table.noun is None
    assert [(m.text, m.kind) for m in mentions[1:]] == [("four", "count")]


def test_rows_with_a_percentage_or_set_apart_by_pipes_tabs_or_commas_are_tables() -> None:
    polls = "Labour 34% 41%\nConservative 30% 28%\nLib Dem 12% 11%\nGreen 6% 7%"
    assert kinds(polls) == [(polls, "table")]
    piped = "| Leeds | 1,200 | 340 | 5.5 |\n| Wolves | 980 | 310 | 4.1 |\n| Fulham | 1,050 | 290 | 3.9 |"
    assert kinds(piped) == [(piped[2:-2], "table")]
    tabbed = "North\t12\t15\t9\nSouth\t22\t30\t41\nEast\t38\t27\t19"
    assert kinds(tabbed) == [(tabbed, "table")]
    commas = "Spending, 1,200, 1,350, 1,500\nIncome, 1,100, 1,300, 1,650\nDebt, 400, 450, 300"
    assert kinds(commas) == [(commas, "table")]


def test_rows_with_too_few_figures_between_them_or_of_uneven_length_are_read_figure_by_figure() -> None:
    # Two rows of three: six figures, fewer than a table holds.
    short = "Arsenal 38 89 62\nLeeds 38 70 12"
    assert [kind for _, kind in kinds(short)] == ["count"] * 6
    # One row alone is no table, however long.
    assert "table" not in {kind for _, kind in kinds("Turnout 41 39 44 47")}
    # Rows of uneven length are not one table.
    ragged = "Arsenal 38 89 62 20\nLeeds 38 70\nWolves 38 41 9 2 7"
    assert "table" not in {kind for _, kind in kinds(ragged)}


def test_a_line_of_prose_is_no_row() -> None:
    text = "Police said 12 people were hurt and 3 arrested.\nThe count went on 14 15 16.\nIt ended 17 18 19."
    assert "table" not in {kind for _, kind in kinds(text)}
    # A figure with a unit ends no row: "km" after the last figure.
    routes = "Route A 12 15 9 km\nRoute B 22 30 41 km\nRoute C 8 7 6 km"
    assert "table" not in {kind for _, kind in kinds(routes)}


def test_a_row_that_holds_a_date_is_no_row() -> None:
    text = "Deadline March 12 2024\nFiled April 3 2024\nPaid May 9 2024\nClosed June 1 2024"
    assert "table" not in {kind for _, kind in kinds(text)}
    assert ("March 12 2024", "date") in kinds(text)


def test_result_tables_need_rows_one_after_another() -> None:
    text = "Arsenal 38 89 62\nLeeds 38 70 12\n\nWolves 38 41 9\nFulham 38 40 -2"
    assert result_tables(text, []) == []
    together = text.replace("\n\n", "\n")
    assert result_tables(together, []) == [(0, len(together), "table")]


# -- lines of match scores -----------------------------------------------------------------------------------


def test_lines_of_scores_holding_a_table_of_figures_are_one_table() -> None:
    text = (
        "Saturday's results:\nLeeds 2-1 Fulham; Wolves 0-3 Burnley\nArsenal 1-1 Chelsea\n"
        "Everton 2-0 Brentford\nBoth managers were pleased."
    )
    table = "Leeds 2-1 Fulham; Wolves 0-3 Burnley\nArsenal 1-1 Chelsea\nEverton 2-0 Brentford"
    assert kinds(text) == [(table, "table")]


def test_scores_between_longer_names_and_with_spaced_dashes_make_a_table_too() -> None:
    lines = "Man City 3 - 0 Aston Villa, Spurs 1–1 Hull City\nNott'm Forest 2-2 West Ham; Leeds 0-1 Stoke."
    assert kinds(f"Results:\n{lines}\nMore on Sunday.") == [(lines[:-1], "table")]
    basketball = "Celtics 102-98 Lakers; Bulls 88-91 Knicks; Heat 110-104 Nets; Suns 99-97 Jazz"
    assert kinds(basketball) == [(basketball, "table")]


def test_a_line_of_scores_that_holds_a_date_is_no_table() -> None:
    text = "Leeds 2-1 Fulham; Wolves 0-3 Burnley; May 3-5 June; Arsenal 1-1 Chelsea"
    assert "table" not in {kind for _, kind in kinds(text)}


def test_three_scores_are_read_side_by_side_as_before() -> None:
    text = "Saturday's results:\nLeeds 2-1 Fulham; Wolves 0-3 Burnley\n\nArsenal 1-1 Chelsea"
    assert [kind for _, kind in kinds(text)] == ["count"] * 6


# -- every span stays inside the text, and nothing crashes -----------------------------------------------

_NAMES = st.sampled_from(["Leeds", "Man City", "Nott'm Forest", "St. Mirren", "About", "May", "Q1", "&", "x"])
_CELLS = st.sampled_from(["12", "-3", "+45", "56.7", "1,200", "12.5%", "2024", "0", "2-1", "10:30", "km"])
_GAPS = st.sampled_from([" ", "\t", " | ", ", ", "; ", "  "])
_ROW = st.builds(
    lambda name, gaps, cells, end: name + "".join(g + c for g, c in zip(gaps, cells, strict=False)) + end,
    _NAMES,
    st.lists(_GAPS, min_size=1, max_size=6),
    st.lists(_CELLS, min_size=1, max_size=6),
    st.sampled_from(["", " ", " |", ".", "\r"]),
)
_TABLES = st.lists(_ROW, max_size=8).flatmap(
    lambda rows: st.lists(st.sampled_from(["\n", "\n\n", "; "]), min_size=len(rows), max_size=len(rows)).map(
        lambda breaks: "".join(row + gap for row, gap in zip(rows, breaks, strict=True))
    )
)


@given(_TABLES)
def test_extract_keeps_its_offsets_on_rows_and_tables(text: str) -> None:
    mentions = extract(text)
    check_offsets(text, mentions)
    for mention in mentions:
        if mention.kind == "table":
            assert sum(ch.isdigit() for ch in mention.text) >= 2


@given(_TABLES)
def test_every_row_table_holds_enough_figures_and_ends_in_one(text: str) -> None:
    for start, end, _ in result_tables(text, []):
        assert text[end - 1].isdigit() or text[end - 1] == "%"
        assert len(re.findall(r"[0-9]+(?:[.,][0-9]+)*", text[start:end])) >= TABLE_FIGURES


# -- the lookaheads that skip text fast change nothing -------------------------------------------------------

_DENSE_PIECES = st.sampled_from(
    "0 1 2 12 26 30 1400 2024 2024-02-26 10:30 1:42.4 3pm 3 p.m. 3am a.m. 26th of February May , ; | - – . "
    "/ : \n \t $ £ m bn tn % k GMT UTC hrs hours o'clock T Z + - Sept. Sep Jan Jane Mayor 9/11 +44".split(" ")
)
_DENSE = st.lists(st.tuples(_DENSE_PIECES, st.sampled_from(["", " ", ", ", " | ", "\n"])), max_size=40).map(
    lambda pairs: "".join(piece + glue for piece, glue in pairs)
)
#: Every kind of start the fast skips must let through.
_STARTS = (
    "On 26th of February, 3am, 3 a.m., 3pm, 10.30pm, 1400 GMT, 1400UTC, 1400 hours GMT, 6 o'clock, 1:42.4, "
    "26 February 2024, May 2024, 2024-02-26T10:30Z, 1995-01, 26/02/2024, +1-222-2222-2222, 12-34-56. "
    "Lists: 1,2,3,4,5,6,7,8 and $1m-$2m-$3m-$4m-$5m-$6m-$7m-$8m; 1%2%3%4%5%6%7%8% and $1tn $2tn $3tn $4tn "
    "$5tn $6tn $7tn $8tn; 1 | 2 | 3 | 4\n| 5 | 6 | 7 | 8 |"
)


def _without(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    source = pattern.pattern
    assert source.count(lookahead) == 1
    return re.compile(source.replace(lookahead, ""))


@example(_STARTS)
@given(_DENSE)
def test_the_fast_skip_of_special_spans_changes_no_span(text: str) -> None:
    slow = _without(kinds_module._SPECIAL, kinds_module._SPECIAL_START)
    assert [m.span() for m in slow.finditer(text)] == [m.span() for m in kinds_module._SPECIAL.finditer(text)]
    assert special_spans(text) == [(m.start(), m.end(), m.lastgroup) for m in slow.finditer(text)]


@example(_STARTS)
@given(_DENSE)
def test_the_fast_skip_of_tables_changes_no_table(text: str) -> None:
    slow = _without(kinds_module._TABLE, kinds_module._TABLE_START)
    assert [m.span() for m in slow.finditer(text)] == [m.span() for m in kinds_module._TABLE.finditer(text)]
    assert table_spans(text, []) == [(*m.span(), "table") for m in slow.finditer(text)]
