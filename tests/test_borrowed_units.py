"""A bare figure borrows the unit of the figure it is compared with: "fell to 3.1 per cent from 3.4"."""

from __future__ import annotations

import pytest
from extracted import count_at
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import extract, load, parse_quantity

# -- a bare figure borrows the unit of the figure it is compared with ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The jobless rate fell to 3.1 per cent from 3.4 in May.", "3.4", "3.4 per cent"),
        ("Inflation rose to 4.2% from 3.9 in March.", "3.9", "3.9%"),
        ("Unemployment was 3.1%, up from 2.9 a year ago.", "2.9", "2.9%"),
        ("The rate was 3.1% against 3.4 a year earlier.", "3.4", "3.4%"),
        ("Turnout was 64% compared with 58 in 2019.", "58", "58%"),
        ("Revenue rose to $5.2bn from 4.8 a year earlier.", "4.8", "$4.8bn"),
        ("Revenue was $5.2bn, compared with 4.8bn in 2023.", "4.8bn", "$4.8bn"),
        ("Milk rose to 45p a pint from 40 in the spring.", "40", "40p a pint"),
        ("Oil fell to $40 a barrel from a revised 43.", "43", "$43 a barrel"),
        ("The high was 38C, down from 41 on Monday.", "41", "41C"),
        ("The rate fell to 3.1 per cent in May from 3.4 in April.", "3.4", "3.4 per cent"),
        # a margin after a comma: the figure it is measured against gives its unit, however far apart
        ("He ran the hurdles in 46.9 seconds, 0.2 outside the world record.", "0.2", "0.2 seconds"),
        ("Her best jump was 8.9 metres, 0.05 off the record.", "0.05", "0.05 metres"),
    ],
)
def test_a_bare_figure_borrows_the_unit_of_the_figure_it_is_compared_with(text, figure, value):
    mention = count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    found = (mention.estimate.interval, mention.estimate.unit, mention.estimate.precision)
    assert found == (meant.interval, meant.unit, meant.precision)
    assert mention.estimate.text == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He raised £40 from 3 donors.", "3"),  # a count of its own thing
        ("Prices rose to £40 from 3 in 1990.", "3"),  # too far apart to be one change's ends
        ("The 3.1% rate held, and 4,000 jobs went.", "4,000"),  # no word joins them
        ("The rate was 3.1%. From 4 on, the shop shut.", "4"),  # another sentence
        # "below" after a percentage would make points a relative change: no margin word
        ("The share was 3.1%, 0.4 below the target.", "0.4"),
    ],
)
def test_a_bare_figure_not_compared_with_one_keeps_no_unit(text, figure):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.unit == ""


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The jobless rate fell to 3.1 per cent from 3.4 in May.", "3.4", "3.4 per cent"),
        ("Revenue rose to $5.2bn from 4.8 a year earlier.", "4.8", "$4.8bn"),
        ("He raised £40 from 3 donors.", "3", "3"),
    ],
)
def test_claims_files_read_a_borrowed_unit_as_extraction_does(tmp_path, text, quote, value):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "c"\nquote = "{quote}"\nsubject = "s"\n', encoding="utf-8"
    )
    (claim,) = load(tmp_path / "a.claims.toml").claims
    assert claim.value == value
    mention = count_at(text, quote)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit) == (
        parse_quantity(value).interval,
        parse_quantity(value).unit,
    )


@given(
    lead=st.sampled_from(["3.1%", "3.1 per cent", "$5.2bn", "£1.50 a pint", "40C", "€12 million", "45p"]),
    join=st.sampled_from([" from ", ", up from ", ", down from ", " compared with ", " against "]),
    number=st.sampled_from(["2.9", "4", "1.2", "3.15", "38"]),
)
def test_a_borrowed_unit_reads_as_the_grammar_reads_the_figure_with_it(lead, join, number):
    from claimcheck._reading.relations import borrowing

    text = f"The figure was {lead}{join}{number} in May."
    mention = count_at(text, number)
    with_unit = parse_quantity(borrowing(lead, number) or number)
    lead_value = parse_quantity(lead)
    assert mention.estimate is not None
    if mention.estimate.unit:  # borrowed: the grammar's reading of the figure with the lead's unit
        assert (mention.estimate.interval, mention.estimate.unit) == (with_unit.interval, with_unit.unit)
        assert with_unit.unit == lead_value.unit
    else:  # not borrowed only where the two are more than ten times apart
        assert with_unit.nominal > lead_value.nominal * 10 or lead_value.nominal > with_unit.nominal * 10


def test_a_borrowed_unit_is_read_under_the_callers_policy():
    from claimcheck import Policy

    text = "The rate fell to 3.1 per cent from about 3.5 in May."
    wide = [m for m in extract(text, policy=Policy(about=0.2)) if m.text == "about 3.5"]
    assert [m.estimate.interval.notation() for m in wide if m.estimate] == ["[14/5, 21/5]"]
    assert [m.estimate.unit for m in wide if m.estimate] == ["percent"]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The rate rose to 48 per 100,000, up from 31.", "31", "31 per 100,000"),
        ("Deaths fell to 9 per million from 12 last year.", "12", "12 per million"),
    ],
)
def test_a_bare_figure_borrows_a_rate_per_a_whole(text, figure, value):
    mention = count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.relation) == (meant.interval, meant.relation)
