"""Rates keep their unit: "1,200 cases a week", "£6 a day", "$70 per barrel", "9 per 100,000"."""

from __future__ import annotations

from fractions import Fraction

import pytest
from extracted import count_at
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Estimate, parse_quantity
from claimcheck._rendering.draft import draft_claims
from claimcheck.mentions import extract


@pytest.mark.parametrize(
    ("text", "unit", "notation"),
    [
        ("The clinic sees about 1,200 cases a week.", "1 / week", "[1080, 1320]"),
        ("Carers are paid £6 a day.", "GBP / day", "[6, 6]"),
        ("Brent crude traded at $70 per barrel.", "USD / barrel", "[70, 70]"),
        ("The council spends £3 million a year on it.", "GBP / year", "[3000000, 3000000]"),
        ("Fees rose to €40 per month.", "EUR / month", "[40, 40]"),
        ("Inflation ran at 3 per cent per year.", "percent / year", "[3, 3]"),
        ("The plant treats 500 tonnes daily.", "tonne / day", "[500, 500]"),
        ("About 2 million visitors come annually.", "1 / year", "[1800000, 2200000]"),
        ("The scheme pays out 40 euros each week.", "EUR / week", "[40, 40]"),
        ("Guards earn $12 an hour.", "USD / hour", "[12, 12]"),
    ],
)
def test_a_rate_keeps_its_unit(text: str, unit: str, notation: str) -> None:
    estimate = parse_quantity(text)
    assert estimate.unit == Estimate(1, 1, unit).unit
    assert estimate.interval.notation() == notation


def test_a_count_per_a_number_of_people_is_a_share() -> None:
    estimate = parse_quantity("The region recorded 9 deaths per 100,000 people.")
    assert (estimate.lo, estimate.unit, estimate.relation) == (Fraction(9, 100_000), "", "share")
    assert parse_quantity("5 per million").lo == Fraction(5, 1_000_000)


@pytest.mark.parametrize(
    "text",
    ["He left 5,000 a year ago.", "Some 300 people came a day later.", "a 12-year-old and 2 a week before"],
)
def test_a_period_that_dates_an_event_is_no_rate(text: str) -> None:
    assert all("/" not in mention.estimate.unit for mention in extract(text) if mention.estimate)


_UNITS = {"a week": "1 / week", "a day": "1 / day", "per month": "1 / month", "a year": "1 / year",
          "annually": "1 / year", "per barrel": "1 / barrel", "each day": "1 / day"}  # fmt: skip
_CURRENCIES = {"": "", "$": "USD ", "£": "GBP ", "€": "EUR "}


@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(sorted(_UNITS)),
    st.sampled_from(sorted(_CURRENCIES)),
    st.sampled_from(["", "about ", "up to ", "at least ", "nearly "]),
    st.sampled_from(["", " new cases", " people"]),
)
def test_parse_quantity_keeps_a_rate_unit(value: int, rate: str, sign: str, hedge: str, noun: str) -> None:
    noun = noun if rate.startswith(("a ", "per ", "each ")) and not sign and "barrel" not in rate else ""
    estimate = parse_quantity(f"Officials said {hedge}{sign}{value:,}{noun} {rate}.")
    per = _UNITS[rate].split(" / ")[1]
    top = _CURRENCIES[sign].strip() or "1"
    assert estimate.unit == Estimate(1, 1, f"{top} / {per}").unit
    assert estimate.contains(Estimate(value, value, estimate.unit)) or hedge == "nearly "


def test_a_rate_mention_counts_the_thing_before_its_period_and_drafts_as_a_rate() -> None:
    text = "The clinic sees about 1,200 new cases a week, health officials said."
    (mention,) = extract(text)
    assert mention.estimate is not None
    assert (mention.text, mention.noun, mention.estimate.unit) == (
        "about 1,200 new cases a week",
        "new cases",
        "1 / week",
    )
    draft = draft_claims(text, "clinic.txt", [mention])
    assert 'quote = "about 1,200 new cases a week"' in draft
    quote = draft.split('quote = "')[1].split('"')[0]
    assert parse_quantity(quote).unit == "1 / week"


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The group earned $3.20 per share in the quarter.", "USD / share", Fraction(16, 5)),
        ("It paid a dividend of 45p a share.", "GBP / share", Fraction(9, 20)),
        ("Council tax works out at £1,900 per head.", "GBP / person", 1900),
        ("Dinner costs €60 a head.", "EUR / person", 60),
        ("The fund pays $1,200 per person.", "USD / person", 1200),
        ("GDP per capita reached $45,000 last year.", "USD / person", 45_000),
        ("Income per head was £31,500 in London.", "GBP / person", 31_500),
        ("Earnings per share of 82p beat forecasts.", "GBP / share", Fraction(82, 100)),
    ],
)
def test_per_share_and_per_person_are_rates(text: str, unit: str, value: Fraction | int) -> None:
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.unit) == (value, Estimate(1, 1, unit).unit)


def test_shares_and_people_after_a_figure_are_still_counts() -> None:
    assert parse_quantity("The fund sold 5,000 shares.").unit == ""
    assert parse_quantity("Police arrested 12 persons.").unit == ""
    assert parse_quantity("He bought 300 head of cattle.").unit == ""


def test_a_change_in_earnings_per_share_is_no_rate_of_a_percentage() -> None:
    found = [(m.text, m.estimate.unit, m.estimate.relation) for m in extract("Earnings per share rose 12%.")]
    assert found == [("rose 12%", "", "ratio")]


def test_a_per_share_figure_never_sums_with_a_total() -> None:
    from claimcheck import Claim, check

    report = check([Claim("$3.20 per share", "earnings", id="eps"), Claim("$410m", "earnings", id="net")])
    assert [(f.rule, f.claims) for f in report.errors] == [("unit-mismatch", ("eps", "net"))]
    assert not report.conflicts


_MEASURES = {"square kilometre": "square_kilometer", "sq km": "square_kilometer", "hectare": "hectare",
             "square mile": "square_mile", "km": "kilometer", "litre": "liter"}  # fmt: skip


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["people", "residents", "trees", "new homes", "cases"]),
    st.sampled_from(sorted(_MEASURES)),
)
def test_a_count_of_things_per_a_measure_is_a_density(value: int, noun: str, measure: str) -> None:
    """ "400 people per square kilometre": the counted thing may stand between the figure and "per"."""
    text = f"The district has {value:,} {noun} per {measure}."
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    unit = f"1 / {_MEASURES[measure]}"
    assert (mention.estimate.unit, mention.estimate.nominal, mention.noun) == (unit, value, noun)
    assert parse_quantity(text).unit == mention.estimate.unit


@pytest.mark.parametrize(
    ("text", "notation"),
    [("about 150 per 100 people", "[27/20, 33/20]"), ("about 12bn per 100,000", "[108000, 132000]")],
)
def test_a_hedged_count_per_a_whole_beyond_one_is_not_stopped_at_one(text: str, notation: str) -> None:
    """A share stops at its whole; "150 per 100 people" is beyond it, and "about" widens it both ways."""
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation()) == ("share", notation)


# -- a change of money per a period or a thing is a change of the rate, never a level of it ------------


@pytest.mark.parametrize(
    ("text", "figure", "interval", "unit"),
    [
        (
            "Rents rose by £83 a month, to an average of £1,250.",
            "rose by £83 a month",
            "[83, 83]",
            "GBP / month",
        ),
        (
            "Fares went up by 20p a journey in January.",
            "went up by 20p a journey",
            "[1/5, 1/5]",
            "GBP / journey",
        ),
        ("Wages rose by £1.20 an hour.", "rose by £1.20 an hour", "[6/5, 6/5]", "GBP / hour"),
        ("Rents were up £83 a month on last year.", "up £83 a month", "[83, 83]", "GBP / month"),
        ("Diesel fell 4p a litre over the month.", "fell 4p a litre", "[-1/25, -1/25]", "GBP / liter"),
        (
            "The council cut spending by $2m a year.",
            "$2m a year",
            "[-2000000, -2000000]",
            "USD / year",
        ),
        # a rise or fall named after money per a period, with "a" before it
        ("Tenants face a £83-a-month rise.", "£83-a-month rise", "[83, 83]", "GBP / month"),
        ("An £83 a month increase hit tenants.", "£83 a month increase", "[83, 83]", "GBP / month"),
        ("Workers got a 50p-an-hour pay rise.", "50p-an-hour pay rise", "[1/2, 1/2]", "GBP / hour"),
        ("Drivers saw a 4p-a-litre cut at the pumps.", "4p-a-litre cut", "[-1/25, -1/25]", "GBP / liter"),
    ],
)
def test_a_change_of_money_per_a_period_or_a_thing_changes_the_rate(
    text: str, figure: str, interval: str, unit: str
) -> None:
    # beside "average rent is £1,250 a month", a level of £83 a month would be a false conflict
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert (mention.estimate.relation, mention.estimate.interval.notation()) == ("difference", interval)
    assert mention.estimate.unit == Estimate(1, 1, unit).unit
    assert parse_quantity(text) == mention.estimate


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # growth per period: a rate of growth, read as it is printed
        ("Prices rose by 3% a year over the decade.", "3% a year", "percent / year"),
        ("Cases rose by 1,200 a week.", "1,200 a week", "1 / week"),
        # a level after "to" is no change
        ("Rents rose to £1,250 a month.", "£1,250 a month", "GBP / month"),
    ],
)
def test_a_growth_rate_or_a_level_after_a_change_stays_a_rate(text: str, figure: str, unit: str) -> None:
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert (mention.estimate.relation, mention.estimate.unit) == ("amount", Estimate(1, 1, unit).unit)


_CHANGE_WAYS = {
    "rose by": 1,
    "went up by": 1,
    "increased by": 1,
    "fell by": -1,
    "dropped by": -1,
    "was cut by": -1,
}
_PERIODS = {"a month": "month", "a week": "week", "an hour": "hour", "per night": "day", "a year": "year"}


@given(
    st.integers(min_value=1, max_value=9_999),
    st.sampled_from(sorted(_CHANGE_WAYS)),
    st.sampled_from(["£", "$", "€"]),
    st.sampled_from(sorted(_PERIODS)),
)
def test_a_change_of_money_per_a_period_is_a_difference_in_that_rate(
    value: int, verb: str, sign: str, period: str
) -> None:
    text = f"The charge {verb} {sign}{value:,} {period}, officials said."
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    currency = {"£": "GBP", "$": "USD", "€": "EUR"}[sign]
    assert mention.estimate.relation == "difference"
    assert mention.estimate.unit == Estimate(1, 1, f"{currency} / {_PERIODS[period]}").unit
    assert (
        mention.estimate.interval.notation()
        == f"[{_CHANGE_WAYS[verb] * value}, {_CHANGE_WAYS[verb] * value}]"
    )
    assert parse_quantity(text) == mention.estimate


def test_a_verb_after_money_per_a_period_is_no_change_of_it() -> None:
    mention = count_at("Bills of £100 a month rise with usage.", "£100 a month")
    assert mention.estimate is not None
    assert mention.estimate.relation == "amount"
