"""A rate keeps its denominator: "£1.50 a pint", "$40 per barrel", "£30,000-a-year"; and look-alikes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import extract, parse_quantity

# -- rates keep their denominator ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "words"),
    [
        ("Beer sells at £1.50 a pint.", "GBP / pint", "£1.50 a pint"),
        ("Milk was 45p a pint.", "GBP / pint", "45p a pint"),
        ("Bread costs £1.20 a loaf of the cheapest kind.", "GBP / loaf", "£1.20 a loaf"),
        ("Coffee is $3 per cup.", "USD / cup", "$3 per cup"),
        ("Seats went for £40 a ticket.", "GBP / ticket", "£40 a ticket"),
        ("Flats were sold at £200,000 a unit.", "GBP / unit", "£200,000 a unit"),
        ("Schools get £6,000 per pupil.", "GBP / person", "£6,000 per pupil"),
        ("There were 15 pupils per teacher.", "1 / person", "15 pupils per teacher"),
        ("Oil traded at $40 per barrel.", "USD / barrel", "$40 per barrel"),
        ("He drove at 30 miles an hour.", "mile / hour", "30 miles an hour"),
        ("Staff are paid £9.50 an hour.", "GBP / hour", "£9.50 an hour"),
        # a rate hyphened to its figure
        ("The scheme costs £1.2 billion-a-year.", "GBP / year", "£1.2 billion-a-year"),
        ("She took a £30,000-a-year job.", "GBP / year", "£30,000-a-year"),
        ("Cleaners earn £9.50-an-hour.", "GBP / hour", "£9.50-an-hour"),
        ("It runs a $1bn-a-year business.", "USD / year", "$1bn-a-year"),
        ("The $40-a-barrel oil price held.", "USD / barrel", "$40-a-barrel"),
        ("Take a one-a-day pill.", "1 / day", "one-a-day"),
    ],
)
def test_a_rate_keeps_its_denominator(text, unit, words):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)
    assert parse_quantity(words).unit == unit  # the grammar alone reads it the same


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # a count and an indirect object, not a rate: "gave 500 [people] a home"
        ("The council gave 500 a home last year.", "500", ""),
        ("They found 2,000 a job.", "2,000", ""),
        # a thing after a figure is counted, never a unit
        ("Fans drank 8 pints each.", "8 pints each", "1 / item"),  # 8 a fan: pints are no unit
        ("Some 5,000 tickets were sold.", "Some 5,000", ""),
        # "once per unit" counts no rate; "a 15-a-side game" is no rate either
        ("Each is checked once per unit.", None, None),
        ("They played a 15-a-side game.", "15", ""),
        ("It cost £40-a-", "£40", "GBP"),  # a hyphened rate cut off at the end of the text
    ],
)
def test_words_that_only_look_like_a_rate(text, words, unit):
    counts = [m for m in extract(text) if m.kind == "count"]
    if words is None:
        assert counts == []
        return
    (mention,) = counts
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)


def test_a_price_per_thing_never_converts_or_sums_with_a_total():
    from claimcheck._reading.words import RATE_THINGS
    from claimcheck.units import THINGS, canonical_unit, dimension

    assert set(RATE_THINGS.values()) <= THINGS  # every word names a thing the units know
    assert dimension(canonical_unit("GBP / pint")) != dimension(canonical_unit("GBP / liter"))
    assert dimension(canonical_unit("GBP / pint")) != dimension(canonical_unit("GBP"))


@given(
    amount=st.sampled_from(["£1.50", "$40", "€2.3bn", "45p", "£9.50", "$1,200"]),
    opener=st.sampled_from(["a", "per"]),
    thing=st.sampled_from(sorted({"pint", "cup", "ticket", "unit", "pupil", "household", "barrel", "year"})),
    hyphened=st.booleans(),
)
def test_extraction_and_the_grammar_read_a_rate_alike(amount, opener, thing, hyphened):
    words = f"{amount}-{opener}-{thing}" if hyphened else f"{amount} {opener} {thing}"
    (mention,) = [m for m in extract(f"Prices were {words} last spring.") if m.kind == "count"]
    read = parse_quantity(words)
    assert mention.estimate is not None
    found = (mention.text, mention.estimate.unit, mention.estimate.interval)
    assert found == (read.text, read.unit, read.interval)
    assert " / " in read.unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # a rate with the time it starts at, after it
        ("Drivers will pay £6 a day from Monday.", "£6 a day", "GBP / day"),
        ("Fines rise to £100 a week from June.", "£100 a week", "GBP / week"),
        ("The charge has been £12.50 a day since April.", "£12.50 a day", "GBP / day"),
        ("Staff will work 20 hours a week from September.", "20 hours a week", "hour / week"),
        ("It will cost $3 per day from next year.", "$3 per day", "USD / day"),
        # a time, no rate: "a year ago", "a year earlier", "a year from now"
        ("Prices were £6 a year ago.", "£6", "GBP"),
        ("It was 3.4% a year earlier.", "3.4%", "percent"),
        ("Fares will be £6 a year from now.", "£6", "GBP"),
    ],
)
def test_a_rate_keeps_its_period_before_the_time_it_starts(text, words, unit):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)
    read = parse_quantity(text)
    assert (read.text, read.unit) == (words, unit)  # the grammar alone reads it the same
