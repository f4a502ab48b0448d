"""Estimate: construction and validation, readable forms, exact conversion, comparison and scaling."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given

from claimcheck import Estimate, ModelError, UnitError, parse_quantity
from claimcheck._values.interval import INF, Interval
from claimcheck.quantity import format_magnitude
from claimcheck.strategies import estimates


def test_construction_converts_exactly_and_canonicalises_the_unit() -> None:
    estimate = Estimate("0.1", Decimal("2.5"), "km")
    assert (estimate.lo, estimate.hi) == (Fraction(1, 10), Fraction(5, 2))
    assert estimate.unit == "kilometer"
    assert estimate.kind == "range"
    assert Estimate(0.1, 0.1).lo == Fraction(1, 10)
    assert Estimate(5, 5).kind == "exact"
    assert Estimate(1, 2, "km") == Estimate(1, 2, "kilometer")


def test_unbounded_ends_are_open() -> None:
    estimate = Estimate(20, INF, low_open=True, kind="above")
    assert estimate.high_open
    assert estimate.interval == Interval(20, INF, low_open=True)
    assert Estimate(-INF, 5).low_open


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((500, 400), {}),
        ((5, 5), {"low_open": True}),
        ((5, 5), {"high_open": True}),
        ((INF, INF), {}),
        ((float("nan"), 5), {}),
        (("five", 5), {}),
        ((True, 5), {}),
        ((1, 2), {"kind": "approximately"}),
        ((1, 2), {"unit": 5}),
        ((1, 2), {"nominal": float("nan")}),
    ],
)
def test_invalid_estimates_raise_model_error(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(ModelError):
        Estimate(*args, **kwargs)  # type: ignore[arg-type]


def test_unknown_unit_raises_unit_error() -> None:
    with pytest.raises(UnitError, match="'furlong'"):
        Estimate(1, 2, "furlong")


@pytest.mark.parametrize(
    ("estimate", "text"),
    [
        (Estimate(400, 500), "400–500"),
        (Estimate(0, 500, kind="at_most"), "≤ 500"),
        (Estimate(0, 100, high_open=True, kind="below"), "< 100"),
        (Estimate(20, INF, kind="at_least"), "≥ 20"),
        (Estimate(20, INF, low_open=True, kind="above"), "> 20"),
        (Estimate(20, 35, low_open=True), "> 20 and ≤ 35"),
        (Estimate(2250, 2750, kind="about", nominal=2500), "≈ 2,500 (2,250–2,750)"),
        (Estimate(450, 500, kind="nearly", nominal=500), "≈ 500 (450–500)"),
        (Estimate(-INF, INF), "any value"),
        (Estimate(12500, 12500), "12,500"),
        (Estimate(Fraction(1, 3), Fraction(1, 3), kind="fraction"), "1/3"),
        (Estimate(25_000_000, 50_000_000, "USD"), "$25 million–$50 million"),
        (Estimate(1_250_000, 1_250_000, "EUR"), "€1.25 million"),
        (Estimate(5, 5, "AUD"), "AUD 5"),
        (Estimate(30, 30, "percent"), "30%"),
        (Estimate(12, 15, "km"), "12 km–15 km"),
        (Estimate(3, 3, "mph"), "3 mph"),
        (Estimate("123456789.123", "123456789.123"), "123,456,789.123"),
    ],
)
def test_str_forms(estimate: Estimate, text: str) -> None:
    assert str(estimate) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(25_000_000), "25 million"),
        (Fraction(1_500_000_000), "1.5 billion"),
        (Fraction(1_234_567), "1,234,567"),
        (Fraction(-5, 2), "-2.5"),
        (Fraction(1, 3), "1/3"),
        (Fraction(1, 10**13), "0.0000000000001"),
        (Fraction(34250, 9), "3,805.55…"),
        (Fraction(-34250, 9), "-3,805.55…"),
        (Fraction(2, 3), "2/3"),
        (Fraction(1, 700), "0.00142…"),
        (Fraction("0.000000000001"), "0.000000000001"),
        (INF, "∞"),
        (-INF, "-∞"),
    ],
)
def test_format_magnitude_is_exact(value: Fraction | float, text: str) -> None:
    assert format_magnitude(value) == text


def test_mile_converts_to_kilometres_exactly() -> None:
    kilometres = Estimate(1, 1, "mile").to("km")
    assert kilometres.lo == kilometres.hi == Fraction("1.609344")
    assert kilometres.unit == "kilometer"
    assert parse_quantity("up to 1 mile").to("km").interval == Interval(0, Fraction("1.609344"))


def test_conversion_keeps_open_ends_nominal_and_kind() -> None:
    estimate = Estimate(0, 1, "mile", high_open=True, kind="below").to("m")
    assert estimate.interval == Interval(0, 1609344 / Fraction(1000), high_open=True)
    assert estimate.kind == "below"
    about = parse_quantity("about 2 km").to("meter")
    assert (about.nominal, about.lo, about.hi, about.kind) == (2000, 1800, 2200, "about")
    assert Estimate(5, INF, "km").to("m").interval == Interval(5000, INF)


def test_square_kilometres_convert_to_hectares() -> None:
    assert parse_quantity("12 square kilometres").to("hectare").lo == 1200


def test_percent_converts_to_a_dimensionless_share() -> None:
    thirty = parse_quantity("30%")
    assert thirty.to("").lo == Fraction(3, 10)
    assert thirty.to("dimensionless").unit == ""
    assert thirty.low.to("dimensionless").magnitude == Fraction(3, 10)


@pytest.mark.parametrize(("source", "target"), [("USD", "EUR"), ("GBP", "USD"), ("km", "kg"), ("USD", "")])
def test_incompatible_units_never_convert(source: str, target: str) -> None:
    with pytest.raises(UnitError, match="measure different things"):
        Estimate(1, 2, source).to(target)


def test_comparisons_across_units() -> None:
    two_km = Estimate(0, 2, "km")
    mile = Estimate(1, 1, "mile")
    assert two_km.contains(mile)
    assert not Estimate(0, 1, "km").contains(mile)
    assert two_km.intersection(mile) == Estimate(Fraction("1.609344"), Fraction("1.609344"), "km")
    assert two_km.overlaps(mile)
    assert two_km.contains(Fraction(3, 2))
    assert not two_km.contains(3)


def test_currencies_are_never_compared() -> None:
    with pytest.raises(UnitError, match="cannot be compared"):
        Estimate(1, 1, "USD").overlaps(Estimate(1, 1, "EUR"))
    with pytest.raises(UnitError):
        parse_quantity("$5m").contains(parse_quantity("£5m"))


def test_touching_bounds_are_exact() -> None:
    assert parse_quantity("up to 500").overlaps(parse_quantity("at least 500"))
    assert not parse_quantity("fewer than 500").overlaps(parse_quantity("at least 500"))
    assert parse_quantity("fewer than 500").intersection(parse_quantity("more than 500")) is None


def test_scale_by_a_share_is_exact() -> None:
    """ "roughly half" of 5,000–7,000 is 2,250–3,850: 0.45 × 5,000 to 0.55 × 7,000."""
    scaled = parse_quantity("5,000 to 7,000").scale(parse_quantity("roughly half"))
    assert (scaled.lo, scaled.hi) == (2250, 3850)
    assert str(scaled) == "2,250–3,850"


def test_scale_by_a_percentage_and_by_numbers() -> None:
    assert parse_quantity("5,000 to 7,000").scale(parse_quantity("30%")).interval == Interval(1500, 2100)
    assert Estimate(2, 4, "km").scale(Fraction(1, 2)) == Estimate(1, 2, "km")
    assert Estimate(2, 4).scale(-1) == Estimate(-4, -2)
    assert parse_quantity("fewer than 100").scale(parse_quantity("half")).interval == Interval(
        0, 50, high_open=True
    )
    assert parse_quantity("more than 100").scale(parse_quantity("a third")).interval == Interval(
        Fraction(100, 3), INF, low_open=True
    )


def test_scale_refuses_units_and_unbounded_factors() -> None:
    with pytest.raises(UnitError, match="scale factor"):
        Estimate(1, 2).scale(Estimate(1, 1, "km"))
    with pytest.raises(ModelError, match="unbounded"):
        Estimate(1, 2).scale(INF)


def test_low_and_high_are_pint_quantities() -> None:
    estimate = parse_quantity("400 to 500 km")
    assert estimate.low.magnitude == 400
    assert estimate.high.magnitude == 500
    assert str(estimate.low.units) == "kilometer"
    assert estimate.high.to("meter").magnitude == 500_000
    above = parse_quantity("more than 20")
    assert above.high.magnitude == INF
    assert str(above.low.units) == "dimensionless"


def test_dimension() -> None:
    assert Estimate(1, 2).dimension == ""
    assert Estimate(1, 2, "percent").dimension == ""
    assert Estimate(1, 2, "km").dimension == "[length]"
    assert Estimate(1, 2, "USD").dimension == "[currency_USD]"


# -- properties over the public strategies ----------------------------------------------------------


@given(estimates())
def test_any_estimate_is_written_and_contains_itself(estimate: Estimate) -> None:
    assert str(estimate)
    assert estimate.contains(estimate)
    assert estimate.intersection(estimate) == estimate
    assert estimate.to("") == estimate


@given(estimates(), estimates())
def test_overlap_and_intersection_agree(a: Estimate, b: Estimate) -> None:
    both = a.intersection(b)
    assert a.overlaps(b) == b.overlaps(a) == (both is not None)
    if both is not None:
        assert a.contains(both)
        assert b.contains(both)


@given(estimates(unit="mile"))
def test_conversion_round_trips_exactly(estimate: Estimate) -> None:
    there = estimate.to("km")
    assert there.lo == estimate.lo * Fraction("1.609344")
    assert there.to("mile") == estimate


@given(estimates(max_value=10_000), estimates(max_value=100, unit="percent"))
def test_scaling_by_a_percentage_is_the_interval_product(count: Estimate, share: Estimate) -> None:
    scaled = count.scale(share)
    assert scaled.interval == count.interval * share.interval.scale(Fraction(1, 100))
    assert scaled.unit == count.unit
