"""Printed precision: a figure stands for every value that rounds to it (issue 10 §1, engine side)."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import (
    Claim,
    ClaimsFileError,
    Estimate,
    Hierarchy,
    ModelError,
    Policy,
    check,
    load,
    parse_quantity,
)
from claimcheck._solving.model import meaning
from claimcheck._values.interval import INF, Interval
from claimcheck.strategies import claim_sets, hierarchies

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)

BILLION = 10**9


def pct(value: int | str, step: int | str = 1, **fields: object) -> Estimate:
    """A printed percentage, as the parser records it."""
    return Estimate(value, value, "percent", precision=Fraction(step), **fields)  # type: ignore[arg-type]


def interval(estimate: Estimate) -> Interval:
    relative = estimate.relation in ("ratio", "difference")  # a multiple or a difference needs a base
    return meaning(Claim(estimate, "x", of="base" if relative else None), estimate).interval


@pytest.mark.parametrize(
    ("estimate", "expected"),
    [
        (pct(12), Interval(Fraction(23, 2), Fraction(25, 2), high_open=True)),
        (pct("12.3", "0.1"), Interval(Fraction("12.25"), Fraction("12.35"), high_open=True)),
        (
            Estimate(11 * BILLION, 11 * BILLION, "USD", precision=BILLION),
            Interval(Fraction("10.5") * BILLION, Fraction("11.5") * BILLION, high_open=True),
        ),
        (
            Estimate(10_840_000_000, 10_840_000_000, "USD", precision=10_000_000),
            Interval(10_835_000_000, 10_845_000_000, high_open=True),
        ),
        (Estimate(1_200_000, 1_200_000, precision=100_000), Interval(1_150_000, 1_250_000, high_open=True)),
        (Estimate(40, 40, "km", precision=1), Interval(Fraction("39.5"), Fraction("40.5"), high_open=True)),
        (Estimate(350, 350), Interval(350, 350)),  # a whole count: exact as printed
        (Estimate(50, INF, kind="at_least"), Interval(50, INF)),
    ],
)
def test_a_printed_figure_means_every_value_that_rounds_to_it(estimate, expected):
    assert interval(estimate) == expected


def test_only_printed_ends_widen():
    # "up to 12%", "at least 20%": the floor is no printed figure, and the threshold is a limit the
    # writer chose, so neither end widens
    assert interval(Estimate(0, 12, "percent", kind="at_most", precision=1)) == Interval(0, 12)
    assert interval(Estimate(20, INF, "percent", kind="at_least", precision=1)) == Interval(20, INF)
    # an open end stays open, further out
    assert interval(Estimate(20, INF, "percent", low_open=True, precision=1)) == Interval(
        Fraction(39, 2), INF, low_open=True
    )
    # a negative figure widens outward on both sides
    assert interval(Estimate(-450, -450, "EUR", precision=1)) == Interval(
        Fraction(-901, 2), Fraction(-899, 2), high_open=True
    )


def test_meaning_keeps_the_reading_and_is_idempotent():
    printed = pct(12, text="12%", relation="share")
    meant = meaning(Claim(printed, "x"), printed)
    assert (meant.unit, meant.text, meant.relation, meant.precision) == ("percent", "12%", "share", None)
    assert meaning(Claim(meant, "x"), meant) == meant
    assert printed.lo == printed.hi == 12  # reading stays literal


def test_exact_reading_by_policy_or_by_claim():
    printed = pct(12)
    assert meaning(Claim(printed, "x"), printed, Policy(rounding="exact")) == printed
    assert meaning(Claim(printed, "x", exact=True), printed) == printed
    with pytest.raises(ModelError, match="rounding"):
        Policy(rounding="nearest")  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="exact"):
        Claim("12", "x", exact="yes")  # type: ignore[arg-type]


def teachers(*, exact: bool = False) -> list[Claim]:
    return [
        Claim("350", "teachers", id="all"),
        Claim("41", "teachers who strike", id="count"),
        Claim(pct(12, relation="share"), "teachers who strike", of="all", id="share", exact=exact),
    ]


def test_twelve_percent_of_350_fits_41_teachers():
    assert check(teachers()).ok
    # read exactly, 12% of 350 is 42: the false conflict the issue reports
    assert not check(teachers(), policy=Policy(rounding="exact")).ok
    assert not check(teachers(exact=True)).ok


def test_a_conversion_printed_beside_its_original_does_not_conflict():
    trail = [
        Claim(Estimate(40, 40, "km", precision=1), "trail length", id="km"),
        Claim(Estimate(25, 25, "mile", precision=1), "trail length", id="miles"),
    ]
    assert check(trail).ok
    assert not check(trail, policy=Policy(rounding="exact")).ok
    # rounding does not hide a real difference: 26 miles is 41.8 km
    wrong = [trail[0], Claim(Estimate(26, 26, "mile", precision=1), "trail length", id="miles")]
    assert [c.claims for c in check(wrong).conflicts] == [("km", "miles")]


def test_a_sum_in_miles_does_not_clash_with_parts_in_km_by_the_conversion():
    h = Hierarchy()
    h.partition("section", "whole line", ["north", "south"])
    line = [
        Claim(Estimate(900, 900, "mile", precision=1), "length", {"section": "whole line"}, id="total"),
        Claim(Estimate(600, 600, "km", precision=1), "length", {"section": "north"}, id="north"),
        Claim(Estimate(848, 848, "km", precision=1), "length", {"section": "south"}, id="south"),
    ]
    assert check(line, h).ok  # 1,448 km and 900 miles (1,448.4 km) are one length, rounded
    assert not check(line, h, policy=Policy(rounding="exact")).ok
    # a part 50 km longer is a real conflict, rounding or not
    longer = [*line[:2], Claim(Estimate(898, 898, "km", precision=1), "length", {"section": "south"})]
    assert not check(longer, h).ok


def test_whole_counts_stay_exact():
    # "17 dead" and "at least 18 dead" conflict: rounding a count changes nothing it can be
    report = check([Claim("17", "dead"), Claim("at least 18", "dead")])
    assert not report.ok


def test_the_explanation_says_when_a_bound_comes_from_rounding():
    report = check(
        [
            Claim(pct(8, text="8%"), "turnout", id="poll", source="the poll"),
            Claim(Estimate(9, 9, "percent"), "turnout", id="count"),
        ]
    )
    (conflict,) = report.conflicts
    assert "8% as printed: 7.5% to 8.5%" in conflict.message
    assert "the poll, claim poll" in conflict.message
    share = check(
        [
            Claim("350", "teachers", id="all"),
            Claim("45", "strikers", id="count"),
            Claim(pct(12, text="12%", relation="share"), "strikers", of="all", id="share"),
        ]
    )
    (conflict,) = share.conflicts
    assert "12% as printed: 11.5% to 12.5%" in conflict.message


def test_an_exact_figure_has_no_rounding_note():
    report = check([Claim(Estimate(8, 8, "percent"), "t"), Claim(Estimate(9, 9, "percent"), "t")])
    assert "as printed" not in report.conflicts[0].message


def test_claims_files_say_exact(tmp_path):
    path = tmp_path / "budget.claims.toml"
    path.write_text(
        '[[claim]]\nid = "line"\nvalue = "$12"\nsubject = "fee"\nexact = true\n'
        '[[claim]]\nid = "other"\nvalue = "$13"\nsubject = "fee"\n',
        encoding="utf-8",
    )
    loaded = load(path)
    assert [claim.exact for claim in loaded.claims] == [True, False]
    path.write_text('[[claim]]\nvalue = "12"\nsubject = "fee"\nexact = "yes"\n', encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="exact must be true or false") as caught:
        load(path)
    assert caught.value.rule == "invalid-field"
    assert caught.value.line == 4


_STEPS = st.sampled_from([None, Fraction(1), Fraction(10), Fraction(1, 2), Fraction(1, 100)])


@st.composite
def printed_claim_sets(draw: st.DrawFn) -> tuple[Hierarchy, list[Claim]]:
    """Claim sets whose figures carry a printed precision (or none)."""
    hierarchy = draw(hierarchies())
    claims = draw(claim_sets(hierarchy))
    return hierarchy, [
        attrs.evolve(claim, value=attrs.evolve(claim.value, precision=draw(_STEPS))) for claim in claims
    ]


@given(printed_claim_sets())
def test_rounding_only_widens(drawn):
    """Rounding never creates a conflict that the exact reading does not have."""
    hierarchy, claims = drawn
    for claim in claims:
        assert isinstance(claim.value, Estimate)
        assert interval(claim.value).contains(claim.value.interval)
    exact = check(claims, hierarchy, policy=Policy(rounding="exact"))
    printed = check(claims, hierarchy)
    if exact.ok:
        assert printed.ok, str(printed)


def test_the_contract_examples_read_from_text():
    """The parser records the printed precision; the engine widens by it (issue 10's examples)."""
    assert check([Claim("350", "t", id="all"), Claim("41", "s"), Claim("12%", "s", of="all")]).ok
    assert check([Claim("40 km", "trail"), Claim("25 miles", "trail")]).ok
    assert not check([Claim("40 km", "trail"), Claim("27 miles", "trail")]).ok
    h = Hierarchy()
    h.partition("section", "line", ["east", "west"])
    line = [
        Claim("900 miles", "length", {"section": "line"}),
        Claim("600 km", "length", {"section": "east"}),
        Claim("848 km", "length", {"section": "west"}),
    ]
    assert check(line, h).ok
    for text, low, high in [
        ("$11 billion", 10_500_000_000, 11_500_000_000),
        ("$10.84 billion", 10_835_000_000, 10_845_000_000),
        ("12.3%", Fraction("12.25"), Fraction("12.35")),
        ("1.2m", 1_150_000, 1_250_000),
    ]:
        claim = Claim(text, "x")
        assert interval(claim.estimate()) == Interval(low, high, high_open=True), text
    assert interval(Claim("350 teachers", "x").estimate()) == Interval(350, 350)
    assert interval(Claim("at least 50", "x").estimate()) == Interval(50, INF)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a hedge's band or the rounding's, whichever is wider, never both added
        ("about $2bn", 1_500_000_000, 2_500_000_000),
        ("about 40 km", 36, 44),
        ("nearly 12%", Fraction("10.8"), 12),
        # a threshold is a limit the writer chose: not widened
        ("more than $5bn", 5_000_000_000, INF),
        ("at least 40 km", 40, INF),
        ("up to $2bn", 0, 2_000_000_000),
        # shares and multiples in words: a tenth of their value, half of it either way
        ("one in five", Fraction("0.19"), Fraction("0.21")),
        ("twice as many", Fraction("1.9"), Fraction("2.1")),
    ],
)
def test_what_a_hedged_or_bounded_figure_means(
    text: str, low: Fraction | int, high: Fraction | float
) -> None:
    meant = meaning(Claim(text, "x"), parse_quantity(text))
    assert (meant.lo, meant.hi) == (low, high)


def test_words_of_a_share_or_a_multiple_are_read_as_a_reporter_rounds_them() -> None:
    """412 of 2,000 firms is "one in five"; 48 million passengers are "twice" 23 million."""
    firms = [
        Claim("2,000", "firms", id="all"),
        Claim("one in five", "cutting", of="all"),
        Claim("412", "cutting"),
    ]
    assert check(firms).ok
    rail = [
        Claim("48 million", "passengers", {"year": "2025"}),
        Claim("twice as many", "passengers", {"year": "2025"}, of="before"),
        Claim("23 million", "passengers", {"year": "2015"}, id="before"),
    ]
    assert check(rail).ok
    # beyond the words' rounding the clash stays: 470 is not one in five of 2,000 (23.5%)
    assert not check([*firms[:2], Claim("470", "cutting")]).ok
    # and a bound stays a bound: 4.8bn is not more than $5bn
    assert not check([Claim("more than $5bn", "deal"), Claim("$4.8bn", "deal")]).ok
