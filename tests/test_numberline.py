"""The HTML number line draws the engine's model, never a model of its own (issue 9)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Claim, Estimate, check
from claimcheck._rendering.numberline import cells_of, verdict
from claimcheck._solving.model import meaning
from claimcheck._values.interval import Interval
from claimcheck.strategies import claim_sets, claim_sets_with_counts_of, hierarchies


def test_a_count_with_of_is_drawn_as_the_count_not_as_count_times_base():
    claims = [
        Claim("1.35 to 1.65 million", "people", id="all"),
        Claim("300", "deaths", of="all", id="count"),  # "300 of whom"
        Claim("at most 200", "deaths", id="cap"),
    ]
    (cell,) = cells_of(claims, {})
    assert [row.estimate.interval for row in cell.rows] == [Interval(300, 300), Interval(0, 200)]
    assert cell.gap == (200, 300)
    assert "a gap of 100" in verdict(cell)
    (conflict,) = check(claims).conflicts
    assert conflict.gap.amount.lo == 100


def test_a_share_is_drawn_as_the_amount_it_stands_for_and_rounding_is_drawn():
    claims = [
        Claim("5,000 to 7,000", "members", id="un"),
        Claim("roughly half", "fighters", of="un", id="half"),
        Claim(Estimate(3000, 3000, precision=1000), "fighters", id="three"),  # "3,000", rounded
    ]
    (cell,) = cells_of(claims, {})
    half, three = (row.estimate.interval for row in cell.rows)
    assert half == Interval(2250, 3850)
    assert three == Interval(2500, 3500, high_open=True)


@st.composite
def drawn_sets(draw: st.DrawFn) -> tuple[object, list[Claim]]:
    hierarchy = draw(hierarchies())
    strategy = draw(st.sampled_from([claim_sets, claim_sets_with_counts_of]))
    return hierarchy, draw(strategy(hierarchy))


@settings(max_examples=60)
@given(drawn_sets())
def test_the_number_line_draws_the_engines_cell_bounds(drawn):
    hierarchy, claims = drawn
    report = check(claims, hierarchy)  # type: ignore[arg-type]
    by_id = {claim.id: claim for claim in claims}
    overlaps = {frozenset(overlap.claims): overlap.estimate.interval for overlap in report.overlaps}
    for cell in cells_of(claims, {}, hierarchy=hierarchy):  # type: ignore[arg-type]
        stated = []
        for row in cell.rows:
            claim = by_id[row.claim_id]
            meant = meaning(claim, claim.estimate())
            if claim.of is None or (meant.relation == "amount" and meant.kind != "fraction"):
                # a figure of its own, or a count among its base: drawn as stated, never multiplied
                assert row.estimate.interval == meant.interval, (row, meant)
                stated.append(row)
            else:  # a share: the base's figure times the factor
                base = by_id[claim.of]
                base_meant = meaning(base, base.estimate())
                if base.of is None:
                    assert row.estimate.interval == base_meant.interval * meant.interval, row
        if len(stated) < 2:
            continue
        common: Interval | None = stated[0].estimate.interval
        for row in stated[1:]:
            common = common.intersection(row.estimate.interval) if common is not None else None
        ids = frozenset(row.claim_id for row in stated)
        if common is not None:  # the engine agrees on the same range for the same claims
            assert overlaps.get(ids) == common, (ids, overlaps)
        else:  # the engine finds the clash among these claims
            assert any(set(conflict.claims) <= ids for conflict in report.conflicts), (ids, str(report))
