"""Figures that differ from another or are ages by the words around them, in extraction and claims files.

"cutting 33 minutes off the journey" is -33 minutes; "three years above that of men" +3 years (above and
below make a difference of any figure with a unit); "the median age rose to 41.6" is 41.6 years.
"""

from __future__ import annotations

import pytest
from extracted import count_at

from claimcheck import load, parse_quantity

# -- a figure taken off another ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The line will cut 33 minutes off the journey.", "cut 33 minutes off", "33 minutes less"),
        ("Trains go faster, cutting 33 minutes off it.", "cutting 33 minutes off", "33 minutes less"),
        ("She shaved 2.5 seconds off the world record.", "shaved 2.5 seconds off", "2.5 seconds less"),
        ("The bypass knocks 4 miles off the route.", "knocks 4 miles off", "4 miles less"),
        ("The sale knocked £2bn off its value.", "knocked £2bn off", "£2bn less"),
        ("The loss wiped 9% off the shares.", "wiped 9% off", "9% less"),
        ("It trimmed about 40 minutes off.", "trimmed about 40 minutes off", "about 40 minutes less"),
    ],
)
def test_a_figure_taken_off_another_is_a_difference(text, words, value):
    mention = count_at(text, words)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    found = (mention.estimate.interval, mention.estimate.unit, mention.estimate.relation)
    assert found == (meant.interval, meant.unit, meant.relation)
    assert parse_quantity(words).interval == meant.interval  # the words alone read it the same


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("The firm cut 3% of its staff.", "3%", "share"),  # no "off": a share cut
        ("They cut 300 jobs off the payroll.", "300", "amount"),  # a count taken off: no unit, no change
        ("They took 40 minutes to arrive.", "40 minutes", "amount"),
        ("Storms cut power to 2,000 homes.", "2,000", "amount"),
    ],
)
def test_a_verb_of_cutting_without_off_states_no_change(text, figure, relation):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.relation == relation


def test_a_claims_file_reads_a_figure_taken_off_as_extraction_does(tmp_path):
    text = "Trains will cover the route in 1 hour 52 minutes, cutting 33 minutes off the fastest journey."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "2 hours 25 minutes"\nsubject = "s"\n'
        '[[claim]]\nid = "saving"\nquote = "cutting 33 minutes"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    _, saving = load(tmp_path / "a.claims.toml").claims
    read = parse_quantity(saving.value)
    assert (read.interval, read.unit, read.relation) == (
        parse_quantity("33 minutes less").interval,
        "minute",
        "difference",
    )


# -- above and below make a difference of any figure with a unit -----------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three years above that of men", "3 years more"),
        ("40 minutes below the record", "40 minutes less"),
        ("2 hours above the average", "2 hours more"),
        ("6 inches below normal", "6 inches less"),
        ("5 metres above the flood mark", "5 metres more"),
        ("1.2C above the average", "1.2C warmer"),
        ("£5,000 above the asking price", "£5,000 more"),
    ],
)
def test_above_and_below_make_a_difference_of_any_unit(words, value):
    read, meant = parse_quantity(words), parse_quantity(value)
    assert (read.interval, read.unit, read.relation) == (meant.interval, meant.unit, meant.relation)


@pytest.mark.parametrize(
    ("words", "relation"),
    [
        ("30m below sea level", "amount"),  # a level named after it
        ("10km above the Earth", "amount"),
        ("5C below zero", "amount"),
        ("12 above the line", "amount"),  # a bare count is no difference
        ("inflation of 3.2% above the target", "share"),  # "of" before it: a level
    ],
)
def test_above_and_below_a_level_state_no_difference(words, relation):
    assert parse_quantity(words).relation == relation


def test_women_live_longer_in_any_spelling():
    longer = parse_quantity("women live three years longer than men")
    above = parse_quantity("three years above that of men")
    assert (longer.interval, longer.unit, longer.relation) == (above.interval, above.unit, above.relation)


# -- a bare figure after the name of an age statistic is in years ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "years"),
    [
        ("The median age rose to 41.6 in the census.", "41.6", "41.6 years"),
        ("The average age of farmers is 59.", "59", "59 years"),
        ("Life expectancy fell to 78.5 last year.", "78.5", "78.5 years"),
        ("The mean age of mothers was 30.9, up from 29.8 in 2010.", "29.8", "29.8 years"),
        ("The median age of women, at 43.0, was above that of men, 40.1.", "40.1", "40.1 years"),
        ("The typical age of a first-time buyer is now about 34.", "about 34", "about 34 years"),
    ],
)
def test_a_bare_figure_after_an_age_statistic_is_in_years(text, figure, years):
    mention = count_at(text, figure)
    meant = parse_quantity(years)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit) == (meant.interval, meant.unit)
    assert mention.estimate.text == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The median age of its 120 residents is 41.", "120"),  # a thing of its own
        ("The median age rose while 3 of the 4 towns shrank.", "3"),  # a count among others
        ("The average age rose. Sales hit 450 in May.", "450"),  # another sentence
        ("The average age of staff is 41 and the payroll 2,300.", "2,300"),  # no age
        ("Prices rose to 41.6 in May.", "41.6"),  # no age statistic
    ],
)
def test_a_figure_not_an_age_keeps_no_unit(text, figure):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.unit == ""


def test_a_claims_file_reads_an_age_as_extraction_does(tmp_path):
    text = "The median age rose to 41.6 in the 2024 census, when it had been 39.8 in 2014."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nid = "now"\nquote = "to 41.6"\nsubject = "median age"\n'
        '[[claim]]\nid = "then"\nquote = "been 39.8"\nsubject = "median age"\n',
        encoding="utf-8",
    )
    now, then = load(tmp_path / "a.claims.toml").claims
    assert (now.value, then.value) == ("41.6 years", "39.8 years")
    for claim, figure in ((now, "41.6"), (then, "39.8")):
        assert parse_quantity(claim.value).interval == count_at(text, figure).estimate.interval
