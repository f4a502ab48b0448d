"""Tests for what extraction reads whole or leaves out (claimcheck._reading.regions and kinds.table_spans).

A run of bare figures set out as a list or a table is one ``table`` mention; dates, times and codes are gaps
no expression starts in; sentences with no digit or number word are never tokenised, which must change no
reading.
"""

from __future__ import annotations

import re
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck._reading.regions import (
    _FIGURE,
    _LONGER_LOWER,
    CORE_WORDS,
    _holds_figure,
    _words,
    reading_spans,
)
from claimcheck._reading.sentences import _ABBREVIATIONS as ABBREVIATIONS
from claimcheck._reading.sentences import Sentences
from claimcheck.mentions import extract
from claimcheck.parse import scan


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract(text)]


# -- tables ------------------------------------------------------------------------------------------------


def test_a_long_run_of_bare_figures_is_one_table_mention() -> None:
    text = "Daily admissions since the first of the month: 12, 15, 9, 22, 30, 41, 38, 27. Staff tested 300."
    mentions = extract(text)
    assert [(m.text, m.kind) for m in mentions] == [
        ("12, 15, 9, 22, 30, 41, 38, 27", "table"),
        ("300", "count"),
    ]
    table = next(m for m in mentions if m.kind == "table")
    assert table.estimate is None
    assert table.noun is None
    assert text[table.sentence[0] : table.sentence[1]].startswith("Daily admissions")


def test_a_pasted_list_of_ones_is_one_mention_however_long() -> None:
    text = "Values: " + ",".join(["1"] * 5000) + "."
    mentions = extract(text)
    assert [(m.start, m.end, m.kind) for m in mentions] == [(8, len(text) - 1, "table")]


def test_table_rows_join_across_single_line_breaks_and_a_blank_line_ends_a_table() -> None:
    text = (
        "| 1,200 | 3,400 | 560 | 78 |\n| 900 | 1,100 | 2,300 | 45 |\n\n"
        "| 12 | 15 | 18 | 20 |\n| 31 | 32 | 33 | 34 |"
    )
    assert kinds(text) == [
        ("1,200 | 3,400 | 560 | 78 |\n| 900 | 1,100 | 2,300 | 45", "table"),
        ("12 | 15 | 18 | 20 |\n| 31 | 32 | 33 | 34", "table"),
    ]


def test_seven_figures_of_prose_stay_single_figures() -> None:
    found = kinds("The seven wards reported 12, 15, 9, 22, 30, 41 and 38 cases.")
    assert "table" not in {kind for _, kind in found}
    assert ("12", "count") in found
    assert ("38", "count") in found


def test_figures_dressed_alike_make_a_table_and_mixed_ones_do_not() -> None:
    assert kinds("Bids: $16m-$96m-$43m-$93m-$92m-$65m-$64m-$61m-$20m.") == [
        ("$16m-$96m-$43m-$93m-$92m-$65m-$64m-$61m-$20m", "table")
    ]
    shares = "12.3% 56.8% 1.5% 2% 3% 4% 5% 6% 7%"
    assert kinds(f"Shares: {shares}") == [(shares, "table")]
    found = extract("Prices: 12, $15, 9, 22, 30, 41, 38, 27, 19.")
    assert "table" not in {m.kind for m in found}
    assert [m.text for m in found][:2] == ["12", "$15"]


def test_a_figure_with_a_unit_or_percent_after_a_run_is_left_out_of_the_table() -> None:
    assert kinds("Rates: 12, 15, 9, 22, 30, 41, 38, 27, 19%.") == [
        ("12, 15, 9, 22, 30, 41, 38, 27", "table"),
        ("19%", "count"),
    ]
    assert kinds("Stops: 12, 15, 9, 22, 30, 41, 38, 27, 19 km away.")[-1] == ("19 km", "count")


# -- dates, times and codes are gaps -------------------------------------------------------------------------


def test_no_expression_starts_inside_a_date() -> None:
    assert kinds("On February 26 to 30 people came.") == [("February 26", "date"), ("30", "count")]
    assert kinds("Filed on 2024-02-26 to 40 offices, at 10:30 to 50 staff.") == [
        ("2024-02-26", "date"),
        ("40", "count"),
        ("10:30", "time"),
        ("50", "count"),
    ]


def test_a_figure_before_a_date_is_read_on_its_own() -> None:
    found = [(m.text, m.kind, str(m.estimate)) for m in extract("in the 13 weeks to 30 September 2024")]
    assert found == [("13 weeks", "count", "13 week"), ("30 September 2024", "date", "None")]


# -- sentences with no figure are not read -----------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        piece.replace("_", " ")
        for piece in (
            "The council said . ! ? \n \n\n “ ” ( ) - , ; ca. Rs. Mrd. Euro Mr. U.S. approx. max. c. up_to "
            "about between and to from rose fell by more_than fewer_than the of whom half a_third two "
            "twenty-two hundreds several dozen doubled 500 5,000 1.5 million m bn % per_cent km a_week "
            "people fighters Resolution 2014 February 26 10:30 or_more respectively times"
        ).split(" ")
    ]
)


@given(st.lists(_PIECES, max_size=50).map(" ".join))
def test_leaving_out_sentences_with_no_figure_changes_no_reading(text: str) -> None:
    sentences = Sentences(text)
    within = reading_spans(text, (sentences.starts, sentences.ends), [])
    assert list(scan(text, within=within)) == list(scan(text))


_WORDY = st.lists(
    st.sampled_from(
        [*sorted(CORE_WORDS), "TWO", "Half", "Several", "the", "twos", "aone", "x", "é", "ótwo", "ΣTWO", "Ⅰ"]
    )
    | st.text(alphabet=" \n\t\u00a0-_'’“”.,;()é٣½7ΣAbT", max_size=3),
    max_size=12,
).map("".join)


@given(_WORDY, st.data())
def test_a_sentence_holds_a_figure_where_the_pattern_finds_one_in_its_lower_case(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = _FIGURE.search(text.lower(), start, end) is not None
    assert _holds_figure(text, start, end) == found
    assert _holds_figure(text, start, end, _words(text)) == found  # the words read from the whole text


def test_only_one_character_has_a_longer_lower_case() -> None:
    # reading_spans reads every sentence of a text that holds it, as positions would shift otherwise.
    longer = [chr(code) for code in range(sys.maxunicode + 1) if len(chr(code).lower()) != 1]
    assert longer == [_LONGER_LOWER]


def test_sentences_with_no_figure_are_left_out() -> None:
    text = (
        "The talks went on late into the night without any agreement on the text. Some 300 came. "
        "Nobody else did, officials from the ministry of the interior said on television."
    )
    sentences = Sentences(text)
    spans = reading_spans(text, (sentences.starts, sentences.ends), [])
    read = "".join(text[start:end] for start, end in spans)
    assert "Some 300 came." in read
    assert "talks went" not in read
    assert "on television" not in read


def test_spelled_numbers_keep_their_sentence() -> None:
    assert kinds("Nothing happened. Twenty-two people were hurt. Nothing else.") == [("Twenty-two", "count")]
    assert kinds("Nothing happened. Turnout roughly doubled.")[0][1] == "count"


# -- parse_quantity reads a long text from the start, a stretch at a time ----------------------------------


def test_a_figure_across_the_end_of_the_first_stretch_is_read_whole() -> None:
    from claimcheck.parse import parse_quantity

    for padding in range(1_960, 2_010, 7):
        text = "x " * (padding // 2) + "between 5,000 and 7,000 members, respectively" + " filler" * 3_000
        assert str(parse_quantity(text)) == "5,000–7,000"


#: A hedge and "a"/"an" and a period, with no figure: what parse_quantity reads and scan does not start at.
_HEDGED_PERIOD = re.compile(
    r"\D*\b(?:a|an) (?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b\D*"
)


@given(st.lists(_PIECES, max_size=30).map(" ".join), st.integers(0, 3_000))
def test_reading_in_stretches_finds_what_reading_everything_finds(head: str, filler: int) -> None:
    from claimcheck.errors import ParseError
    from claimcheck.parse import parse_quantity

    text = "word " * filler + head + " and the talks went on" * 300
    first = next(scan(text), None)  # scan reads the whole text
    try:
        read = parse_quantity(text)
    except ParseError:
        read = None
    agreed = first is not None and read == first.estimate
    if not agreed and read is not None and _HEDGED_PERIOD.fullmatch(read.text):
        # documented: parse_quantity reads a period after a hedge ("more than a year", a quote's figure),
        # where scan starts only at a figure; scan's first figure, if any, comes after it
        assert first is None or text.index(read.text) + len(read.text) <= first.start
        return
    if first is None:
        with pytest.raises(ParseError):
            parse_quantity(text)
    else:
        assert parse_quantity(text) == first.estimate


# -- lines of match scores ---------------------------------------------------------------------------------

#: Names for a side: teams, and capitalised words the grammar reads (a hedge, a unit, a month, a rate word).
_NAMES = st.sampled_from(
    "Leeds Fulham Wolves Burnley Arsenal About Around Hours Miles Per May March Between Under Over Each "
    "Percent Points Times Million Dozens Half Kg Km Rose Fell Beat".split()
)
#: Up to three scores: four make a table of results, read whole (tests/test_extract_rows.py).
_ROWS = st.lists(st.tuples(_NAMES, st.integers(0, 25), st.integers(0, 25), _NAMES), min_size=1, max_size=3)


def test_a_line_of_scores_gives_each_side_as_a_count() -> None:
    text = "Saturday's results:\nLeeds 2-1 Fulham; Wolves 0-3 Burnley\nBoth managers were pleased."
    # the team after a score's second side is no thing it counts ("2-1 Fulham" counts no Fulham)
    assert [(m.text, m.kind, m.noun) for m in extract(text)] == [
        ("2", "count", None),
        ("1", "count", None),
        ("0", "count", None),
        ("3", "count", None),
    ]


@given(_ROWS)
def test_a_line_of_scores_reads_as_the_parser_reads_it(rows: list[tuple[str, int, int, str]]) -> None:
    # A line of nothing but scores is read without the parser; a space after it makes it go through the
    # parser (the line no longer ends at its last name): both must give the same mentions (the space
    # may only widen the sentence around them).
    line = "; ".join(f"{first} {a}-{b} {second}" for first, a, b, second in rows)
    for text in (line, f"Results:\n{line}\nThe table is unchanged."):
        spaced = text.replace(line, line + " ")
        assert [attrs.evolve(m, sentence=(0, 0)) for m in extract(text)] == [
            attrs.evolve(m, sentence=(0, 0)) for m in extract(spaced)
        ]


# -- the word before a full stop ------------------------------------------------------------------------

#: The word before a stop as a pattern reads it: letters and stops, from a letter to a letter, up to the stop
#: (or to a line break right before it), no further back than twelve characters.
_WORD_BEFORE_STOP = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)$")


@given(st.text(alphabet="Mr.USnoe \n\tAé1", max_size=20), st.data())
def test_the_word_before_a_stop_is_the_one_the_pattern_reads(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(text)))
    sentences = Sentences(text)
    word = _WORD_BEFORE_STOP.search(text, max(0, position - 12), position)
    token = word.group(1).lower() if word else None
    expected = token is not None and (token in ABBREVIATIONS or len(token) == 1)
    assert sentences._abbreviation(position) == expected
