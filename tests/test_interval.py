"""Exact interval arithmetic, checked against a brute-force oracle on small rational grids."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Estimate, ModelError
from claimcheck._values.interval import INF, Interval, to_magnitude
from claimcheck.strategies import estimates

# Ends are halves from -3 to 3; the oracle probes quarters, so every end and every point strictly between
# two neighbouring ends is probed, and one point beyond the extremes on either side.
ENDS = [Fraction(k, 2) for k in range(-6, 7)]
PROBES = [Fraction(k, 4) for k in range(-16, 17)]


@st.composite
def intervals(draw: st.DrawFn, *, unbounded: bool = False) -> Interval:
    """A non-empty interval with ends on the grid, optionally with an end at ±inf."""
    ends: list[Fraction | float] = list(ENDS)
    lo = draw(st.sampled_from([-INF, *ends] if unbounded else ends))
    hi = draw(st.sampled_from([*ends, INF] if unbounded else ends))
    low_open, high_open = draw(st.booleans()), draw(st.booleans())
    made = Interval.make(lo, hi, low_open=low_open, high_open=high_open) if lo <= hi else None
    if made is None:  # a reversed or empty draw: fall back to the closed point at lo
        return Interval(lo, lo) if lo != -INF else Interval(-INF, 0)
    return made


def members(interval: Interval) -> set[Fraction]:
    return {x for x in PROBES if interval.contains_value(x)}


def test_oracle_probes_see_every_piece() -> None:
    """The grids above are fine enough: two different intervals differ on some probe."""
    shapes = [
        Interval(lo, hi, low_open=a, high_open=b)
        for lo, hi in itertools.combinations_with_replacement(ENDS, 2)
        for a, b in itertools.product((False, True), repeat=2)
        if lo < hi or not (a or b)
    ]
    assert len({frozenset(members(shape)) for shape in shapes}) == len(shapes)


@given(intervals(unbounded=True), intervals(unbounded=True))
def test_intersection_is_the_common_members(a: Interval, b: Interval) -> None:
    both = a.intersection(b)
    common = members(a) & members(b)
    if both is None:
        assert not common
        assert not a.overlaps(b)
    else:
        assert members(both) == common
        assert a.overlaps(b)
        assert b.intersection(a) == both


@given(intervals(unbounded=True), intervals(unbounded=True))
def test_containment_is_subset(a: Interval, b: Interval) -> None:
    probed = members(b) <= members(a)
    # Unbounded ends reach past the probes: compare them directly.
    reaches = (a.lo <= b.lo) and (a.hi >= b.hi)
    assert a.contains(b) == (probed and reaches)


@given(intervals(), intervals())
def test_product_matches_brute_force(a: Interval, b: Interval) -> None:
    product = a * b
    corners = [x * y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    assert (product.lo, product.hi) == (min(corners), max(corners))
    # Every product of members is in the result, and an end is closed exactly when some product of
    # members reaches it (a non-zero extreme is only reached at a corner, and corners are probes).
    reached = {x * y for x in members(a) for y in members(b)}
    assert all(product.contains_value(value) for value in reached)
    assert product.low_open == (product.lo not in reached)
    assert product.high_open == (product.hi not in reached)


@given(intervals(), st.sampled_from(ENDS))
def test_scale_is_a_product_with_a_point(a: Interval, factor: Fraction) -> None:
    assert a.scale(factor) == a * Interval(factor, factor)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Interval(1, 2), Interval(0, INF, low_open=True), Interval(0, INF, low_open=True)),
        (Interval(-1, 1), Interval(0, INF), Interval(-INF, INF)),
        (Interval(0, 0), Interval(-INF, INF), Interval(0, 0)),
        (Interval(0, 1), Interval(2, INF), Interval(0, INF)),
        (Interval(0, 1, low_open=True), Interval(2, INF), Interval(0, INF, low_open=True)),
        (Interval(-INF, -1), Interval(2, 3), Interval(-INF, -2)),
    ],
)
def test_product_with_unbounded_ends(a: Interval, b: Interval, expected: Interval) -> None:
    """Zero times an unbounded end is zero: the unbounded value is never reached."""
    assert a * b == expected


def test_unbounded_ends_are_always_open() -> None:
    interval = Interval(-INF, INF)
    assert interval.low_open
    assert interval.high_open
    assert interval.notation() == "(-inf, inf)"
    assert Interval(0, INF).notation() == "[0, inf)"


def test_unbounded_intersection_and_containment() -> None:
    assert Interval(0, INF).intersection(Interval(-INF, 5, high_open=True)) == Interval(0, 5, high_open=True)
    assert Interval(-INF, INF).contains(Interval(0, INF))
    assert not Interval(0, INF).contains(Interval(-INF, INF))
    assert Interval(20, INF, low_open=True).contains_value(10**100)
    assert not Interval(20, INF, low_open=True).contains_value(20)


@pytest.mark.parametrize(
    ("lo", "hi", "low_open", "high_open"),
    [(2, 1, False, False), (1, 1, True, False), (1, 1, False, True), (INF, INF, False, False),
     (-INF, -INF, False, False), (INF, 5, False, False)],
)  # fmt: skip
def test_empty_sets_are_refused(lo, hi, low_open, high_open) -> None:
    with pytest.raises(ModelError):
        Interval(lo, hi, low_open=low_open, high_open=high_open)
    assert Interval.make(lo, hi, low_open=low_open, high_open=high_open) is None


def test_touching_ends_decide_overlap_exactly() -> None:
    """No epsilon: [0, 1/3] and [1/3, 1] share one point; [0, 1/3) and [1/3, 1] share none."""
    third = Fraction(1, 3)
    assert Interval(0, third).intersection(Interval(third, 1)) == Interval(third, third)
    assert Interval(0, third, high_open=True).intersection(Interval(third, 1)) is None
    assert Interval(0, "0.1").overlaps(Interval(0.1, 1))


def test_gap() -> None:
    assert Interval(0, 1).gap(Interval(3, 4)) == 2
    assert Interval(3, 4).gap(Interval(0, 1)) == 2
    assert Interval(0, 2).gap(Interval(1, 4)) == 0
    assert Interval(0, 1, high_open=True).gap(Interval(1, 2)) == 0


def test_scale_by_negative_swaps_the_open_ends() -> None:
    scaled = Interval(1, 2, low_open=True).scale(-2)
    assert scaled == Interval(-4, -2, high_open=True)
    assert Interval(1, 2).scale(0) == Interval(0, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, Fraction(5)), (0.1, Fraction(1, 10)), (Decimal("2.50"), Fraction(5, 2)), ("1/3", Fraction(1, 3)),
     (" 12.5 ", Fraction(25, 2)), (Fraction(2, 3), Fraction(2, 3)), ("inf", INF), ("-Infinity", -INF),
     (float("-inf"), -INF), (Decimal("Infinity"), INF)],
)  # fmt: skip
def test_to_magnitude_is_exact(value: object, expected: Fraction | float) -> None:
    assert to_magnitude(value) == expected


@pytest.mark.parametrize("value", [float("nan"), Decimal("NaN"), True, "twelve", "1/0", None, [1]])
def test_to_magnitude_refuses_non_numbers(value: object) -> None:
    with pytest.raises(ModelError):
        to_magnitude(value)


@given(st.lists(st.one_of(intervals(unbounded=True), estimates()), max_size=6))
def test_settled_all_makes_each_ranges_own_interval(ranges: list[Interval | Estimate]) -> None:
    # the intervals of a claim list's estimates made at once are each one's own, in order
    made = Interval.settled_all(ranges)
    expected = [item if isinstance(item, Interval) else item.interval for item in ranges]
    assert made == expected
    assert [(i.lo, i.hi, i.low_open, i.high_open) for i in made] == [
        (r.lo, r.hi, r.low_open, r.high_open) for r in ranges
    ]
