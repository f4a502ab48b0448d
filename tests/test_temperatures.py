"""Temperatures: read with their scale, never summed, never floored at zero, Celsius never turned into
Fahrenheit (the conversion is affine, not a factor). Sentences written for this file, labelled by reading.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, Hierarchy, check, parse_quantity
from claimcheck.mentions import extract


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Seville hit 44C on Sunday.", 44, "degree_Celsius"),
        ("Phoenix saw 118F.", 118, "degree_Fahrenheit"),
        ("It fell to -12C overnight in Oslo.", -12, "degree_Celsius"),
        ("The thermometer showed 38°C.", 38, "degree_Celsius"),
        ("Highs of 31 °C are expected.", 31, "degree_Celsius"),
        ("Water boils at 212 degrees Fahrenheit.", 212, "degree_Fahrenheit"),
        ("a night of minus 5 degrees Celsius", -5, "degree_Celsius"),
        ("Temperatures reached 35 degrees C in Athens.", 35, "degree_Celsius"),
        ("It was minus 5 degrees in the valley.", -5, "degree"),
    ],
)
def test_temperatures_keep_their_scale(text: str, value: int, unit: str) -> None:
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.unit) == (value, value, unit)


@pytest.mark.parametrize("text", ["a 40c stamp", "Group 3C", "room 40 C"])
def test_a_lower_case_or_spaced_letter_is_no_temperature(text: str) -> None:
    assert parse_quantity(text).unit != "degree_Celsius"


def test_a_temperature_below_a_figure_goes_below_zero() -> None:
    estimate = parse_quantity("Warming must stay below 1.5C.")
    assert (estimate.lo, estimate.hi, estimate.unit) == (float("-inf"), 1.5, "degree_Celsius")


def test_extract_reads_a_heatwave_report() -> None:
    text = "Madrid recorded 42C (108F) on Monday, and nights stayed above 25C."
    found = [(m.text, m.estimate.lo, m.estimate.unit) for m in extract(text) if m.estimate is not None]
    assert found == [
        ("42C", 42, "degree_Celsius"),
        ("108F", 108, "degree_Fahrenheit"),
        ("above 25C", 25, "degree_Celsius"),
    ]


def test_two_readings_of_one_temperature_can_conflict() -> None:
    report = check([Claim("44C", "Seville high", id="a"), Claim("41C", "Seville high", id="b")])
    assert [conflict.claims for conflict in report.conflicts] == [("a", "b")]


def test_a_gap_between_temperatures_is_in_degrees_never_a_share() -> None:
    report = check([Claim("0C", "low", id="a"), Claim("-3C", "low", id="b")])
    gap = report.conflicts[0].gap
    assert (gap.amount.lo, gap.amount.unit, gap.relative) == (2, "degree_Celsius", None)
    assert str(gap) == "2 °C; 3 °C as printed"


def test_celsius_and_fahrenheit_convert_exactly_by_the_affine_map() -> None:
    # heat-record.txt: "46.1C (115F)" is one figure on two scales (46.1C is 114.98F)
    assert check([Claim("40C", "Seville high", id="c"), Claim("104F", "Seville high", id="f")]).ok
    assert check([Claim("46.1C", "high", id="c"), Claim("115F", "high", id="f")]).ok
    report = check([Claim("46.1C", "high", id="c"), Claim("119F", "high", id="f")])
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"c", "f"}]
    assert not report.errors
    # bounds keep their ends: above 86F is above 30C, so "at most 30C" clashes and "at most 30.1C" fits
    assert not check([Claim("above 86F", "low", id="f"), Claim("at most 30C", "low", id="c")]).ok
    assert check([Claim("above 86F", "low", id="f"), Claim("at most 30.1C", "low", id="c")]).ok


def test_a_difference_of_temperatures_converts_without_the_offset() -> None:
    # 5.4F more than 20C is 23C; 3F more is 21.67C
    claims = [
        Claim("20C", "high", {"day": "Monday"}, id="monday"),
        Claim("5.4F more", "high", {"day": "Tuesday"}, of="monday", id="rise"),
        Claim("23C", "high", {"day": "Tuesday"}, id="tuesday"),
    ]
    assert check(claims).ok
    claims[1] = Claim("9F more", "high", {"day": "Tuesday"}, of="monday", id="rise")
    assert not check(claims).ok


def test_a_temperature_with_no_scale_named_is_not_converted() -> None:
    report = check([Claim("40C", "high", id="c"), Claim("40 degrees", "high", id="d")])
    assert [(f.rule, f.claims) for f in report.errors] == [("unit-mismatch", ("c", "d"))]


def test_temperatures_of_parts_do_not_add_up_to_the_whole() -> None:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "Spain", ["north", "south"])
    claims = [
        Claim("21C", "average high", {"place": "north"}, id="north"),
        Claim("30C", "average high", {"place": "south"}, id="south"),
        Claim("26C", "average high", {"place": "Spain"}, id="spain"),
    ]
    report = check(claims, hierarchy)
    assert not report.conflicts
    # a warning: the claims are consistent, only their sum is not checked, so the report passes
    assert report.ok
    assert [(f.rule, f.claims) for f in report.warnings] == [("level-sum", ("north", "south", "spain"))]


def test_a_negative_temperature_needs_no_signed_subject() -> None:
    report = check([Claim("-8C", "low", id="a"), Claim("below 0C", "low", id="b")])
    assert report.ok


def test_about_a_temperature_is_at_least_a_degree_either_way() -> None:
    assert parse_quantity("about 0C").interval.notation() == "[-1, 1]"
    assert parse_quantity("about 40C").interval.notation() == "[36, 44]"  # the policy band, as for any figure
    assert check([Claim("about 0C", "low", id="a"), Claim("-1C", "low", id="b")]).ok


@given(tenths=st.integers(-500, 600), celsius_first=st.booleans())
def test_a_conversion_printed_to_the_degree_never_clashes(tenths: int, *, celsius_first: bool) -> None:
    # "46.1C (115F)": a Celsius figure to a tenth and its Fahrenheit conversion rounded to a whole degree
    celsius = Fraction(tenths, 10)
    fahrenheit = round(celsius * Fraction(9, 5) + 32)
    claims = [Claim(f"{float(celsius):.1f}C", "high", id="c"), Claim(f"{fahrenheit}F", "high", id="f")]
    assert check(claims if celsius_first else claims[::-1]).ok


@given(st.integers(-500, 600), st.integers(2, 20))
def test_a_conversion_off_by_more_than_its_rounding_clashes(tenths: int, off: int) -> None:
    celsius = Fraction(tenths, 10)
    fahrenheit = round(celsius * Fraction(9, 5) + 32) + off
    report = check([Claim(f"{float(celsius):.1f}C", "high", id="c"), Claim(f"{fahrenheit}F", "high", id="f")])
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"c", "f"}]
