"""Policy: every default interpretation can be overridden, and bad values are refused."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck import Estimate, ModelError, Policy, parse_quantity
from claimcheck._values.interval import INF, Interval
from claimcheck.policy import DEFAULT_VAGUE


def read(text: str, policy: Policy | None = None) -> str:
    return parse_quantity(text, policy=policy).interval.notation()


def test_defaults() -> None:
    policy = Policy()
    assert (policy.about, policy.nearly, policy.floor) == (Fraction(1, 10), Fraction(9, 10), 0)
    assert dict(policy.vague) == dict(DEFAULT_VAGUE)


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("about 500", "[475, 525]"),
        ("roughly half", "[19/40, 21/40]"),
        ("500 or so", "[475, 525]"),
        ("just over 500", "(500, 525]"),
        ("just under 500", "[475, 500)"),
        ("some 2,000-3,000", "[1900, 3150]"),
        ("up to about 500", "[0, 525]"),
    ],
)
def test_about(text: str, notation: str) -> None:
    """A newsroom that reads "about" as ±5% gets ±5% wherever "about" and its kin appear."""
    newsroom = Policy(about=Fraction(1, 20))
    assert read(text, newsroom) == notation
    assert read(text) != notation


@pytest.mark.parametrize(
    ("text", "notation"),
    [("nearly 500", "[400, 500]"), ("almost half", "[2/5, 1/2]"), ("close to 40%", "[32, 40]")],
)
def test_nearly(text: str, notation: str) -> None:
    assert read(text, Policy(nearly=Fraction(4, 5))) == notation
    assert read(text) != notation


def test_nearly_leaves_about_alone() -> None:
    assert read("about 500", Policy(nearly=Fraction(4, 5))) == "[450, 550]"


def test_vague_takes_public_estimates() -> None:
    policy = Policy(vague={"a few": Estimate(3, 5), "hundreds": Estimate(200, 1000, high_open=True)})
    assert parse_quantity("a few", policy=policy).interval.notation() == "[3, 5]"
    assert parse_quantity("hundreds", policy=policy).interval.notation() == "[200, 1000)"
    with pytest.raises(ModelError, match="plain-count Estimate"):
        Policy(vague={"a few": Estimate(3, 5, "km")})


def test_vague_overrides_one_amount_and_keeps_the_rest() -> None:
    policy = Policy(vague={"a few": Interval(3, 5), "hundreds": Interval(200, 1000, high_open=True)})
    assert read("a few", policy) == "[3, 5]"
    assert read("a few hundred", policy) == "[300, 500]"
    assert read("hundreds of fighters", policy) == "[200, 1000)"
    assert read("hundreds of thousands", policy) == "[200000, 1000000)"
    assert read("several", policy) == "[3, 9]"
    assert read("thousands", policy) == "[1000, 1000000)"


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("up to 500", "(-inf, 500]"),
        ("fewer than 100", "(-inf, 100)"),
        ("no more than 400 to 500", "(-inf, 500]"),
        ("about 500 or less", "(-inf, 550]"),
        ("at least 20", "[20, inf)"),
        ("about 500", "[450, 550]"),
    ],
)
def test_floor_minus_infinity_for_signed_quantities(text: str, notation: str) -> None:
    """With no floor, a bound with no lower end is unbounded below (a change in temperature, say)."""
    assert read(text, Policy(floor=-INF)) == notation


def test_floor_below_zero() -> None:
    policy = Policy(floor=-100)
    assert read("up to 500", policy) == "[-100, 500]"
    assert read("fewer than 100", policy) == "[-100, 100)"
    assert read("below -200", policy) == "(-inf, -200)"


def test_policy_accepts_exact_spellings() -> None:
    assert Policy(about="0.05").about == Fraction(1, 20)
    assert Policy(about=0.05).about == Fraction(1, 20)
    assert Policy(nearly=0).nearly == 0
    assert Policy(floor="-inf").floor == -INF


@pytest.mark.parametrize(
    "kwargs",
    [
        {"about": 1},
        {"about": Fraction(3, 2)},
        {"about": -0.1},
        {"about": INF},
        {"about": "ten percent"},
        {"about": float("nan")},
        {"nearly": 1},
        {"nearly": -1},
        {"nearly": None},
        {"floor": 10},
        {"floor": INF},
        {"floor": "zero"},
        {"vague": {"a few": (2, 5)}},
        {"vague": {"a fwe": Interval(2, 5)}},
        {"vague": [("a few", Interval(2, 5))]},
    ],
)
def test_bad_values_raise_model_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ModelError):
        Policy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen_and_comparable() -> None:
    policy = Policy(about=Fraction(1, 20))
    with pytest.raises(AttributeError):
        policy.about = Fraction(1, 10)  # type: ignore[misc]
    assert policy == Policy(about=Fraction(1, 20))
    assert policy != Policy()
