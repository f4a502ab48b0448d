"""Changes, comparisons and bases that reporters print in words, read as the figures they relate.

A change as a noun with "of" after any words ("a real-terms cut of 8.6%"), points after the change of a
percentage ("61 per cent, up 2 points"), a swing, a verb of adding with "to", comparatives of price and
pace ("£12 cheaper than", "three minutes slower"), a bare figure compared with a rate or a multiple with
words between ("48 per 100,000 people in the week to Sunday, up from 31", "15.3 times average earnings,
against 6.9 times"), the base a change is measured from restating a rate ("£5,640 per pupil, up 3.1% on
this year's £5,470"), and a few everyday units. Each in several spellings, by extraction and by a claims
file's quote alike; sentences written for these tests.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest

from claimcheck import Claim, Hierarchy, check, extract, load, parse_quantity
from claimcheck.parse import scan
from claimcheck.units import LEVELS, TEMPERATURES

if TYPE_CHECKING:
    from pathlib import Path

F = Fraction


def _at(text: str, figure: str) -> tuple[str, Fraction, Fraction, str]:
    """The reading of the one count mention of ``text`` whose text is ``figure``."""
    (found,) = [m.estimate for m in extract(text) if m.text == figure and m.kind == "count"]
    assert found is not None
    return found.relation, Fraction(found.lo), Fraction(found.hi), found.unit


def _relative(text: str) -> tuple[str, str, Fraction, Fraction, str]:
    """The one mention of ``text`` that relates its figure to another: its text and reading.

    The parser's own reading of the mention's words (``scan``) is the same.
    """
    related = ("ratio", "difference")
    (found,) = [m for m in extract(text) if m.estimate is not None and m.estimate.relation in related]
    estimate = found.estimate
    assert estimate is not None
    assert [match.estimate for match in scan(text) if match.estimate.text == estimate.text] == [estimate]
    return found.text, estimate.relation, Fraction(estimate.lo), Fraction(estimate.hi), estimate.unit


# -- a change as a noun with "of", whatever words stand before it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "value", "unit"),
    [
        ("Schools face a real-terms cut of 8.6% in funding per pupil.", "ratio", F(914, 1000), ""),
        ("Schools face a real terms cut of 8.6% in funding.", "ratio", F(914, 1000), ""),
        ("Nurses were offered a rise of 4 per cent.", "ratio", F(104, 100), ""),
        ("Fees saw an increase of 12% on last year.", "ratio", F(112, 100), ""),
        ("Sales showed a year on year rise of 5%.", "ratio", F(105, 100), ""),
        ("The economy managed annual growth of 2.1%.", "ratio", F(1021, 1000), ""),
        ("Vacancies saw a further drop of 1,200 in March.", "difference", F(-1200), ""),
        ("The firm made a sharp reduction of £2m in costs.", "difference", F(-2_000_000), "GBP"),
        ("The bank announced a surprise cut of 25 basis points.", "difference", F(-1, 4), "percent"),
        # a word of measure written without its hyphens before the rise or fall after the figure
        ("Schools face an 8.6% real terms cut.", "ratio", F(914, 1000), ""),
        ("Sales showed a 5% year on year rise.", "ratio", F(105, 100), ""),
        ("The grocer posted a 3% like for like fall.", "ratio", F(97, 100), ""),
    ],
)  # fmt: skip
def test_a_change_named_by_a_noun_with_of_is_a_change(text, relation, value, unit):
    assert _relative(text)[1:] == (relation, value, value, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("9,800 people moved to the island and 5,750 left, a net gain of 4,050.", "4,050"),
        ("The shares of the vote add up to 100%.", "up to 100%"),
        ("The firm is adding 300 jobs to its payroll.", "300"),
    ],
)
def test_a_net_gain_a_sum_and_an_added_count_are_no_changes(text, figure):
    (found,) = [m for m in extract(text) if m.text == figure]
    assert found.estimate is not None
    assert found.estimate.relation in ("amount", "share")


@pytest.mark.parametrize(
    ("text", "relation", "value", "unit"),
    [
        ("Nurses were offered a 5% pay rise.", "ratio", F(105, 100), ""),
        ("The council set a 4.99% council tax rise.", "ratio", F(10499, 10000), ""),
        ("Ministers approved a £2m funding cut.", "difference", F(-2_000_000), "GBP"),
        ("Savers welcomed the 3% interest increase.", "difference", F(3), "percent"),
        # a rate's change printed in per cent is in points of the rate
        ("The bank announced a 0.25% rate rise.", "difference", F(1, 4), "percent"),
        ("Borrowers face a 0.5% mortgage rate cut.", "difference", F(-1, 2), "percent"),
    ],
)
def test_a_change_named_between_its_figure_and_its_rise_is_a_change(text, relation, value, unit):
    assert _relative(text)[1:] == (relation, value, value, unit)


@pytest.mark.parametrize(
    ("text", "figure", "reading"),
    [
        ("Prices rose 5% as costs rise.", "rose 5%", ("ratio", F(105, 100), F(105, 100), "")),
        ("He holds a 5% stake.", "5%", ("share", F(5), F(5), "percent")),
        ("It had a 5% share of the rise.", "5%", ("share", F(5), F(5), "percent")),
    ],
)
def test_words_that_name_no_change_leave_the_percentage_as_it_is(text, figure, reading):
    assert _at(text, figure) == reading


# -- points after the change of a percentage, and swings ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout was 61 per cent, up 2 points on 2019.", F(2)),
        ("Approval was 41%, a fall of 3 points on May.", F(-3)),
        ("Approval stood at 41%, down 3 points.", F(-3)),
    ],
)
def test_points_after_a_change_of_a_percentage_are_percentage_points(text, value):
    assert _relative(text)[1:] == ("difference", value, value, "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout was 59%, 8 points lower than in 2019.", F(-8)),
        ("Support stood at 47 per cent, 5 points higher than in May.", F(5)),
    ],
)
def test_points_compared_after_a_percentage_are_percentage_points(text, value):
    assert _relative(text)[1:] == ("difference", value, value, "percent")


@pytest.mark.parametrize(
    ("text", "relation", "value", "unit"),
    [
        ("Fares will rise by an average of 4.9% in March.", "ratio", F(1049, 1000), ""),
        ("Rents rose an average of 8% last year.", "ratio", F(108, 100), ""),
        ("Wages rose by an average of £1,200.", "difference", F(1200), "GBP"),
    ],
)
def test_a_change_by_an_average_is_that_change(text, relation, value, unit):
    assert _relative(text)[1:] == (relation, value, value, unit)


def test_points_of_an_index_stay_points():
    assert _relative("The FTSE closed at 7,400, a fall of 30 points.")[1:] == ("difference", -30, -30, "")


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Labour won the seat on a 3.2% swing from the Conservatives.", F(32, 10), F(32, 10)),
        ("The party needed a swing of 4.5% to win.", F(45, 10), F(45, 10)),
        ("Polls pointed to a swing of about 4 per cent.", F(36, 10), F(44, 10)),
        ("The Tories needed a 6 per cent swing.", F(6), F(6)),
    ],
)
def test_a_swing_is_a_change_in_points_never_a_share(text, lo, hi):
    assert _relative(text)[1:] == ("difference", lo, hi, "percent")


# -- a verb of adding with "to" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The roadworks are adding 20 minutes to the journey.", F(20), "minute"),
        ("The levy is adding £300 to household bills.", F(300), "GBP"),
        ("The diversion adds 12 minutes to the trip.", F(12), "minute"),
        ("The detour added 5km to the route.", F(5), "kilometer"),
    ],
)
def test_adding_a_figure_to_another_is_a_rise(text, value, unit):
    assert _relative(text)[1:] == ("difference", value, value, unit)


def test_taking_a_figure_off_is_still_a_fall():
    text = "The line will cut 33 minutes off the journey."
    assert _relative(text)[1:] == ("difference", -33, -33, "minute")


# -- comparatives of price and pace ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "value", "unit"),
    [
        ("Tickets cost £40, £12 cheaper than last year.", "difference", F(-12), "GBP"),
        ("The seats are £40 dearer than in May.", "difference", F(40), "GBP"),
        ("Fares are 20% cheaper than in May.", "ratio", F(4, 5), ""),
        ("The new route is three minutes slower than the old one.", "difference", F(3), "minute"),
        ("He finished 0.11 seconds quicker than the record.", "difference", F(-11, 100), "second"),
        ("Trains will run 15mph faster than today.", "difference", F(15), "mile_per_hour"),
        ("The bus is 10 km/h slower than the tram.", "difference", F(-10), "kilometer_per_hour"),
    ],
)
def test_a_comparative_of_price_or_pace_is_a_difference(text, relation, value, unit):
    assert _relative(text)[1:] == (relation, value, value, unit)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Tickets were £40, 12 cheaper than in May.", "12", F(-12), "GBP"),
        ("The trip took 52 minutes, 3 slower than planned.", "3", F(3), "minute"),
        ("Trains run at 125mph, 15 faster than today.", "15", F(15), "mile_per_hour"),
    ],
)
def test_a_bare_margin_borrows_the_unit_and_keeps_the_comparison(text, figure, value, unit):
    assert _at(text, figure) == ("difference", value, value, unit)


def test_a_margin_without_a_comparative_still_borrows_only_the_unit():
    text = "He won in 46.9 seconds, 0.2 outside the world record."
    assert _at(text, "0.2") == ("amount", F(1, 5), F(1, 5), "second")


@pytest.mark.parametrize("text", ["Her car is 30% faster.", "Airlines added 12 cheaper flights."])
def test_a_comparative_that_says_no_direction_or_names_a_thing_compares_nothing(text):
    assert all(m.estimate is None or m.estimate.relation != "difference" for m in extract(text))


# -- a bare figure compared with a rate or a multiple, words between -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "relation", "value", "unit"),
    [
        ("Flu cases rose to 48 per 100,000 people in the week to Sunday, up from 31 the week before.", "31",
         "share", F(31, 100_000), ""),
        ("Flu reached 48 per 100,000, up sharply from 31.", "31", "share", F(31, 100_000), ""),
        ("Inflation hit 4.1% in the year to March, down sharply from 6.8.", "6.8", "share", F(68, 10),
         "percent"),
        ("Prices rose to $5.2bn last year, up from 4.8.", "4.8", "amount", F(4_800_000_000), "USD"),
        ("Homes cost 15.3 times average earnings, against 6.9 times in 2002.", "6.9", "ratio", F(69, 10),
         ""),
        ("Homes cost 8 times earnings, compared with 4 times in 1997.", "4", "ratio", F(4), ""),
    ],
)  # fmt: skip
def test_a_bare_figure_compared_with_a_figure_before_reads_as_it_does(text, figure, relation, value, unit):
    assert _at(text, figure) == (relation, value, value, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The council spent £5m on roads at its 12 depots, up from 10.", "10"),
        ("She scored 3 times in May, against 5 times in April.", "5"),
    ],
)
def test_a_figure_after_a_count_borrows_nothing(text, figure):
    assert _at(text, figure) == ("amount", int(figure), int(figure), "")


# -- the base a change is measured from, restating a rate -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Schools will get £5,640 per pupil for its 86,200 pupils, up 3.1% on this year's £5,470.", "£5,470",
         F(5470), "GBP / person"),
        ("Tenants now pay £1,150 a month, 7.8% more than the £1,067 of a year ago.", "£1,067", F(1067),
         "GBP / month"),
        ("A day pass costs £6 a day, up 20p from last year's £5.80.", "£5.80", F(29, 5), "GBP / day"),
    ],
)  # fmt: skip
def test_the_base_of_a_change_of_a_rate_is_per_what_the_rate_is_per(text, figure, value, unit):
    assert _at(text, figure) == ("amount", value, value, unit)


def test_the_base_of_a_change_of_a_total_stays_a_total():
    text = "Revenue was £486m, up 3.1% on last year's £471m."
    assert _at(text, "£471m") == ("amount", 471_000_000, 471_000_000, "GBP")


# -- units ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The drive reads at 450MB/s.", "megabyte / second"),
        ("It copies files at up to 7GB/s.", "gigabyte / second"),
        ("A siren of 85dB woke the street.", "decibel"),
        ("Traffic noise reached 85 decibels.", "decibel"),
        ("Noise above 85 dB damages hearing.", "decibel"),
        ("Pressure fell to 960 hPa at the storm's eye.", "hectopascal"),
        ("The pumps move 300 m3/h of water.", "cubic_meter / hour"),
    ],
)
def test_everyday_units_of_speed_noise_and_pressure_are_read(text, unit):
    (found,) = [m for m in extract(text) if m.kind == "count"]
    assert found.estimate is not None
    assert found.estimate.unit == unit


def test_decibels_never_add_up():
    hierarchy = Hierarchy()
    hierarchy.partition("street", "town", ["north", "south"])
    claims = [
        Claim("80 dB", "noise", {"street": "north"}, id="north"),
        Claim("80 dB", "noise", {"street": "south"}, id="south"),
        Claim("83 dB", "noise", {"street": "town"}, id="town"),
    ]
    report = check(claims, hierarchy)
    assert report.ok
    (finding,) = report.warnings
    assert finding.rule == "level-sum"
    assert finding.claims == ("north", "south", "town")
    assert "sound levels" in finding.message
    assert "temperatures" not in finding.message


def test_a_decibel_level_goes_below_zero_and_keeps_a_band_around_zero():
    """Decibels are levels: no floor of zero, and "about 0 dB" keeps a band of one unit, as "about 0C"."""
    (quiet,) = [m for m in extract("The hum measured -5 dB at the fence.") if m.kind == "count"]
    assert quiet.estimate is not None
    assert quiet.estimate.unit == "decibel"
    assert quiet.estimate.lo == -5
    assert parse_quantity("below 10 dB").lo == -float("inf")
    assert TEMPERATURES < LEVELS
    assert "decibel" in LEVELS - TEMPERATURES  # "warmer" and the Celsius/Fahrenheit map are not for decibels
    for text in ("about 0C", "about 0 dB"):
        about_zero = parse_quantity(text)
        assert (about_zero.lo, about_zero.hi) == (-1, 1), text


# -- claims files: the quote read as the article reads it ----------------------------------------------


def _values(tmp_path: Path, article: str, quote: str, *, of: bool) -> str:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "a.claims.toml"
    claims = f"""
        article = "a.txt"

        [[claim]]
        id = "base"
        value = "50"
        subject = "thing"

        [[claim]]
        id = "quoted"
        quote = "{quote}"
        subject = "thing"
        """
    path.write_text(textwrap.dedent(claims) + ('of = "base"\n' if of else ""), encoding="utf-8")
    (value,) = [claim.value for claim in load(path).claims if claim.id == "quoted"]
    return value


@pytest.mark.parametrize(
    ("article", "quote", "related", "plain"),
    [
        ("Tickets were £40, 12 cheaper than in May.", "12", "£12 cheaper than", "£12"),
        ("Tickets cost £40, £12 cheaper than in May.", "£12", "£12 cheaper than", "£12"),
        ("The trip takes 40 minutes, three minutes slower than before.", "three minutes",
         "three minutes slower than", "three minutes"),
        ("Homes cost 15.3 times average earnings, against 6.9 times in 2002.", "6.9", "6.9 times", "6.9"),
        ("Schools face an 8.6% real-terms cut.", "8.6%", "8.6% real-terms cut", "8.6%"),
        ("Sales showed a 10% rise this year.", "10%", "10% rise", "10%"),
        ("Nurses got a 5% pay rise.", "5%", "5% pay rise", "5%"),
        ("The bank announced a 0.25% rate rise.", "0.25%", "0.25% rate rise", "0.25%"),
        ("Labour won on a swing of 3.2% from the Tories.", "3.2%", "swing of 3.2%", "3.2%"),
        # the quote states the change itself ("up 3 points" is a change, as "rose 3%" is): without of it
        # keeps its own words, the points of no percentage in them
        ("Approval was 41%, down 3 points on May.", "down 3 points", "down 3 percentage points", "down 3"),
        ("Approval was 41%, down 3 points on May.", "3 points", "down 3 percentage points", "3"),
        ("The roadworks are adding 20 minutes to the journey.", "adding 20 minutes", "adding 20 minutes to",
         "20 minutes"),
    ],
)  # fmt: skip
def test_a_quote_reads_the_comparison_only_for_a_claim_with_of(tmp_path, article, quote, related, plain):
    assert _values(tmp_path, article, quote, of=True) == related
    assert _values(tmp_path, article, quote, of=False) == plain


@pytest.mark.parametrize(
    ("article", "quote", "value"),
    [
        ("Schools will get £5,640 per pupil for its 86,200 pupils, up 3.1% on this year's £5,470.", "£5,470",
         "£5,470 per pupil"),
        ("Tenants now pay £1,150 a month, 7.8% more than the £1,067 of a year ago.", "the £1,067",
         "£1,067 a month"),
    ],
)  # fmt: skip
def test_a_quoted_base_of_a_change_of_a_rate_is_per_what_the_rate_is_per(tmp_path, article, quote, value):
    assert _values(tmp_path, article, quote, of=False) == value
    assert parse_quantity(value).unit.startswith("GBP / ")


# -- a period after a hedge -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lo", "hi", "unit"),
    [
        ("Patients waited more than a year.", F(1), float("inf"), "year"),
        ("The repair took under an hour.", F(0), F(1), "hour"),
        ("Talks lasted almost a week.", F(9, 10), F(1), "week"),
        ("Strikes may go on for up to a month.", F(0), F(1), "month"),
    ],
)
def test_a_period_after_a_hedge_is_one_of_the_period(text, lo, hi, unit):
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.unit) == (lo, hi, unit)


@pytest.mark.parametrize("text", ["The levy costs £5 a year.", "It opened a year ago."])
def test_a_period_alone_is_no_figure_of_its_own(text):
    assert all(m.estimate is None or m.estimate.unit != "year" for m in extract(text))


def test_a_claims_file_quotes_a_period_after_a_hedge(tmp_path):
    value = _values(tmp_path, "The repair took under an hour.", "under an hour", of=False)
    assert (parse_quantity(value).hi, parse_quantity(value).unit) == (1, "hour")
