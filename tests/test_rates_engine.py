"""Rates in the engine: a rate and a total never meet by accident; `over` turns a rate into a total."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, ClaimsFileError, Estimate, Hierarchy, ModelError, check, load, parse_quantity
from claimcheck._solving.model import _power_bounds, meaning

WEEKLY = Estimate(1080, 1320, "1 / week", kind="about", nominal=1200, text="about 1,200 cases a week")


def test_a_weekly_rate_over_four_weeks_fits_nearly_5000():
    claims = [
        Claim(WEEKLY, "cases", over="4 weeks", id="rate"),
        Claim(Estimate(4500, 5000, kind="nearly", nominal=5000), "cases", id="month"),
    ]
    report = check(claims)
    assert report.ok, str(report)
    assert not report.errors


def test_a_weekly_rate_over_four_weeks_clashes_with_1000():
    claims = [
        Claim(WEEKLY, "cases", over="4 weeks", id="rate"),
        Claim(Estimate(1000, 1000), "cases", id="month"),
    ]
    report = check(claims)
    assert [conflict.claims for conflict in report.conflicts] == [("rate", "month")]
    assert "about 1,200 cases a week over 4 weeks: 4,320 to 5,280" in report.conflicts[0].message


def test_the_parser_reads_the_rate_the_engine_multiplies():
    claims = [Claim("about 1,200 cases a week", "cases", over="4 weeks"), Claim("nearly 5,000", "cases")]
    assert check(claims).ok
    assert not check([claims[0], Claim("1,000", "cases")]).ok


def test_a_rate_and_a_total_in_one_cell_are_a_unit_mismatch_not_a_conflict():
    report = check([Claim(WEEKLY, "cases", id="rate"), Claim(Estimate(1000, 1000), "cases", id="month")])
    assert not report.ok
    assert not report.conflicts
    (error,) = report.errors
    assert error.rule == "unit-mismatch"
    assert error.claims == ("rate", "month")
    assert "claim rate is a rate" in error.message
    assert 'over = "4 weeks"' in error.message


def test_a_money_rate_over_a_period():
    daily = Estimate(6, 6, "GBP / day", precision=1)  # "£6 a day": £5.50 up to below £6.50
    week = [Claim(daily, "spending", over="a week", id="rate")]
    assert check([*week, Claim(Estimate(40, 40, "GBP"), "spending")]).ok
    assert not check([*week, Claim(Estimate(50, 50, "GBP"), "spending")]).ok
    total = meaning(week[0], daily)
    assert (total.unit, total.lo, total.hi) == ("GBP", Fraction("38.5"), Fraction("45.5"))


def test_a_period_in_other_units_converts_exactly():
    claim = Claim(Estimate(7, 7, "1 / day"), "admissions", over="2 weeks")
    assert meaning(claim, claim.value).interval.lo == 98  # type: ignore[arg-type]
    year = Claim(Estimate(52, 52, "1 / year"), "admissions", over="6 months")
    assert meaning(year, year.value).interval.lo == 26  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["March", "march 2024", "2024", "", "the spring", "12%"])
def test_over_is_a_duration_with_a_unit(text):
    with pytest.raises(ModelError, match="'over' must be a duration"):
        Claim("1,200 a week", "cases", over=text)


def test_over_a_measure_needs_a_rate_per_its_unit():
    # "4 km" is a measure: a rate per km covers it, a rate per week does not
    with pytest.raises(ModelError, match="no rate per a unit of the measure"):
        check([Claim("1,200 a week", "cases", over="4 km", id="weekly")])


def test_over_on_a_figure_that_is_no_rate_is_an_error():
    with pytest.raises(ModelError, match="no rate per unit of time"):
        check([Claim("5,000", "cases", over="4 weeks", id="total")])


def test_rates_add_up_over_a_partition():
    h = Hierarchy()
    h.partition("clinic", "region", ["north", "south"])
    claims = [
        Claim(Estimate(300, 300, "1 / week"), "cases", {"clinic": "north"}, over="4 weeks", id="north"),
        Claim(Estimate(200, 200, "1 / week"), "cases", {"clinic": "south"}, over="4 weeks", id="south"),
        Claim(Estimate(1800, 1800), "cases", {"clinic": "region"}, id="region"),
    ]
    report = check(claims, h)
    assert [conflict.claims for conflict in report.conflicts] == [("north", "south", "region")]


def test_claims_files_say_over(tmp_path):
    path = tmp_path / "clinic.claims.toml"
    path.write_text(
        '[[claim]]\nid = "rate"\nvalue = "about 1,200 cases a week"\nsubject = "cases"\nover = "4 weeks"\n'
        '[[claim]]\nid = "month"\nvalue = "nearly 5,000"\nsubject = "cases"\n',
        encoding="utf-8",
    )
    loaded = load(path)
    assert loaded.claims[0].over == "4 weeks"
    assert check(loaded.claims, loaded.hierarchy).ok
    path.write_text(
        '[[claim]]\nid = "rate"\nvalue = "1,200 a week"\nsubject = "cases"\nover = "March"\n',
        encoding="utf-8",
    )
    with pytest.raises(ClaimsFileError, match="month's name") as caught:
        load(path)
    assert (caught.value.rule, caught.value.line) == ("invalid-field", 5)


def test_rates_per_a_thing_are_averages_over_a_partition_never_a_sum():
    # "£27 a head across the county: £30 in primary schools and £24 in secondary" was summed (£54 a head
    # at least), a false conflict: a figure per person, per household or per game is an average over its
    # cell's things, between its parts' (weighted by numbers nobody stated), never their sum
    phases = Hierarchy()
    phases.partition("phase", "all schools", ["primary", "secondary"])
    per_head = [
        Claim("£27 a head", "spending", {"phase": "all schools"}),
        Claim("£30 a head", "spending", {"phase": "primary"}),
        Claim("£24 a head", "spending", {"phase": "secondary"}),
    ]
    assert check(per_head, phases).ok
    homes = [Claim("2.4 per household", "residents", {"phase": p}) for p in ("all schools", "primary")]
    assert check(homes, phases).ok  # a part's average is no more bounded by its whole's
    # a rate per unit of time is a flow: its parts add up as before
    weekly = [
        Claim("1,200 a week", "cases", {"phase": "all schools"}),
        Claim("900 a week", "cases", {"phase": "primary"}),
        Claim("800 a week", "cases", {"phase": "secondary"}),
    ]
    assert not check(weekly, phases).ok
    # over a cumulative facet an average may fall while the toll grows
    days = Hierarchy()
    days.facet("day", cumulative=True, order=["Monday", "Tuesday"])
    falling = [Claim("£40 a head", "aid", {"day": "Monday"}), Claim("£35 a head", "aid", {"day": "Tuesday"})]
    assert check(falling, days).ok
    assert not check([Claim("40", "aid", {"day": "Monday"}), Claim("35", "aid", {"day": "Tuesday"})], days).ok


def test_speeds_are_averages_over_a_partition_never_a_sum():
    # "averaging 50mph on the motorway and 30mph on the A-roads, 42mph for the whole route": a speed is an
    # average however it is spelled (mph, km/h, knots), never the sum of its stretches' speeds
    route = Hierarchy()
    route.partition("stretch", "route", ["motorway", "A-roads"])
    for unit in ("mph", "km/h", " knots"):
        speeds = [
            Claim(f"42{unit}", "average speed", {"stretch": "route"}),
            Claim(f"50{unit}", "average speed", {"stretch": "motorway"}),
            Claim(f"30{unit}", "average speed", {"stretch": "A-roads"}),
        ]
        assert check(speeds, route).ok, unit
        # claims on one stretch are still compared
        assert not check(
            [*speeds, Claim(f"about 60{unit}", "average speed", {"stretch": "motorway"})], route
        ).ok
    # a distance is an amount: the stretches add up to the route
    lengths = [Claim("300 miles", "length", {"stretch": s}) for s in ("route", "motorway", "A-roads")]
    assert not check(lengths, route).ok


def test_a_count_per_class_or_per_school_is_a_rate():
    # "27 pupils per class" dropped its rate (a plain 27), so class sizes by phase were summed: "27.1 per
    # class overall, 29.4 in primary and 24.3 in secondary" was a false conflict
    assert parse_quantity("an average of 27.1 pupils per class").unit == "1 / class"
    assert parse_quantity("£52,000 per school").unit == "GBP / school"
    phases = Hierarchy()
    phases.partition("phase", "all", ["primary", "secondary"])
    sizes = [("27.1", "all"), ("29.4", "primary"), ("24.3", "secondary")]
    assert check([Claim(f"{v} pupils per class", "class size", {"phase": p}) for v, p in sizes], phases).ok
    total = [Claim("27 pupils per class", "pupils", over="1,200 classes"), Claim("32,400", "pupils")]
    assert check(total).ok
    assert not check([total[0], Claim("42,400", "pupils")]).ok


@pytest.mark.parametrize(
    ("annualised", "ok"),
    [
        ("an annualised rate of 7.4%", True),  # compounded: 1.006 to the twelfth power
        ("an annualised 7.2%", True),  # simply twelve times 0.6%, as some outlets print it
        ("7.3% annualised", True),
        ("an annualised rate of 8.0%", False),  # beyond both readings
        ("an annualised rate of 6.9%", False),
    ],
)
def test_an_annualised_rate_over_a_month_is_compounded_or_simple(annualised, ok):
    # "rose 0.6% in June, an annualised rate of 7.4%" was a share of 7.4% of May's price (a false
    # conflict), and "rose 2% a year" with over = "3 years" a share of 6% of its base
    prices = [
        Claim("£200,000", "price", {"month": "May"}, id="may"),
        Claim("£201,200", "price", {"month": "June"}),
    ]
    claim = Claim(annualised, "price", {"month": "June"}, of="may", over="1 month")
    assert check([*prices, claim]).ok is ok
    assert parse_quantity(annualised).unit == "percent / year"


def test_a_yearly_rate_of_growth_over_years_with_a_base_is_the_factor_it_grows_by():
    base = Claim("100", "index", {"year": "2021"}, id="base")
    grown = Claim("rose 2% a year", "index", {"year": "2024"}, of="base", over="3 years")
    assert check([base, grown, Claim("106.1", "index", {"year": "2024"})]).ok  # 1.06 simple, 1.0612 compound
    # "2%" as printed is 1.5% to 2.5% a year: 1.045 to 1.0769 in three years
    assert not check([base, grown, Claim("108", "index", {"year": "2024"})]).ok
    quarter = Claim("an annualised rate of -2.4%", "index", {"year": "2024"}, of="base", over="3 months")
    assert check([base, quarter, Claim("99.4", "index", {"year": "2024"})]).ok
    assert not check([base, quarter, Claim("98.4", "index", {"year": "2024"})]).ok


@given(
    st.fractions(min_value=Fraction(1, 2), max_value=Fraction(2), max_denominator=10_000),
    st.integers(1, 36),
    st.integers(1, 12),
)
def test_power_bounds_hold_the_power_exactly_and_closely(base, numerator, denominator):
    # the annualised reading's fractional powers: rationals below and above, checked by exact powers
    least, most = _power_bounds(base, Fraction(numerator, denominator))
    power = Fraction(numerator, denominator)
    whole = power.numerator // power.denominator
    q = power.denominator
    assert least**q <= base ** (power.numerator) <= most**q
    if power - whole > 0 and Fraction(9, 10) <= base <= Fraction(11, 10):
        assert most - least <= base**whole * Fraction(1, 100)
