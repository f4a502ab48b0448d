"""The HTML number line draws the engine's model, never a model of its own (issue 9).

The check hands its reading of every figure several claims state to the page (``Report.figures``); the
page draws it and never models the claims again.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Claim, Estimate, Hierarchy, check
from claimcheck._rendering.numberline import cells_of, verdict
from claimcheck._solving.model import meaning
from claimcheck._values.interval import Interval
from claimcheck.claims import role
from claimcheck.findings import check_file
from claimcheck.html import render_html
from claimcheck.strategies import claim_sets, claim_sets_with_counts_of, hierarchies

FLOOD = Path(__file__).parents[1] / "docs" / "examples" / "flood.claims.toml"


def drawn(claims: list[Claim], hierarchy: Hierarchy | None = None):
    return cells_of(check(claims, hierarchy), claims, {})


def test_a_count_with_of_is_drawn_as_the_count_not_as_count_times_base():
    claims = [
        Claim("1.35 to 1.65 million", "people", id="all"),
        Claim("300", "deaths", of="all", id="count"),  # "300 of whom"
        Claim("at most 200", "deaths", id="cap"),
    ]
    (cell,) = drawn(claims)
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
    (cell,) = drawn(claims)
    half, three = (row.estimate.interval for row in cell.rows)
    assert half == Interval(2250, 3850)
    assert three == Interval(2500, 3500, high_open=True)
    assert cell.rows[0].label == "half · roughly half of un → 2,250–3,850"


def test_a_fraction_or_a_percentage_built_by_hand_is_a_share_on_the_line_as_in_the_check():
    # Estimate(kind="fraction") keeps relation "amount", yet "0.4 of them" is a share, not a count of 0.4:
    # the number line asks claims.role, as the engine does, and draws 0.4 × 500
    staff = Claim("500", "staff", id="staff")
    for share in (Estimate("0.4", "0.4", kind="fraction"), Estimate(40, 40, "percent")):
        claims = [
            staff,
            Claim(share, "volunteers", of="staff", id="share"),
            Claim("190", "volunteers", id="n"),
        ]
        (cell,) = drawn(claims)
        assert [row.estimate.interval for row in cell.rows] == [Interval(200, 200), Interval(190, 190)]
        assert cell.gap == (190, 200)
        assert [c.claims for c in check(claims).conflicts] == [("staff", "share", "n")]


def test_a_difference_and_a_multiple_are_drawn_from_their_base():
    # "three times as many nurses as doctors"; "12 more nurses than last year's 348"
    claims = [
        Claim("120", "doctors", id="doctors"),
        Claim(Estimate(3, 3, relation="ratio"), "nurses", of="doctors", id="times"),
        Claim("348", "nurses", {"year": "2023"}, id="before"),
        Claim(Estimate(12, 12, relation="difference"), "nurses", {"year": "2024"}, of="before", id="more"),
        Claim("360", "nurses", {"year": "2024"}, id="now"),
    ]
    cells = drawn(claims)
    assert [[row.claim_id for row in cell.rows] for cell in cells] == [["more", "now"]]
    (cell,) = cells
    assert [row.estimate.interval for row in cell.rows] == [Interval(360, 360), Interval(360, 360)]
    assert cell.rows[0].label == "more · 12 of before → 360"


def test_shares_of_a_cells_own_total_are_drawn_in_percent():
    # "55% of men back the bill", and another poll's 60% of the same men
    men = {"sex": "men"}
    claims = [Claim("55%", "backers", men, id="a"), Claim("60%", "backers", men, id="b")]
    (cell,) = drawn(claims)
    assert cell.title == "backers (sex: men)"
    assert [row.estimate.unit for row in cell.rows] == ["percent", "percent"]
    assert cell.gap == (Fraction(111, 2), Fraction(119, 2))


def test_a_claim_the_check_could_not_use_is_named_not_drawn():
    claims = [Claim("300 km", "x", id="a"), Claim("$5", "x", id="b"), Claim("310 km", "x", id="c")]
    (figure,) = check(claims).figures
    assert figure.claims == ("a", "b", "c")
    assert figure.estimates[1] is None
    (cell,) = drawn(claims)
    assert [row.claim_id for row in cell.rows] == ["a", "c"]
    (note,) = cell.left_out
    assert note.startswith("b: not drawn (claim a (kilometer) and claim b (USD) measure different things")


def test_the_page_draws_the_report_and_never_models_the_claims_again(monkeypatch):
    result = check_file(FLOOD)
    assert result.report is not None
    assert result.report.figures

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the page built a model of its own")

    monkeypatch.setattr("claimcheck._solving.model.build_model", refuse)
    monkeypatch.setattr("claimcheck.engine.build_model", refuse)
    monkeypatch.setattr("claimcheck._solving.model.prepare", refuse)
    page = render_html(result)
    assert page.count('<svg class="numberline"') == len(result.report.figures)


@st.composite
def drawn_sets(draw: st.DrawFn) -> tuple[Hierarchy, list[Claim]]:
    hierarchy = draw(hierarchies())
    strategy = draw(st.sampled_from([claim_sets, claim_sets_with_counts_of]))
    return hierarchy, draw(strategy(hierarchy))


def _expected(claim: Claim, by_id: dict[str, Claim]) -> Interval | None:
    """The values a claim stands for, from its own reading and its base's; None when the base is relative."""
    meant = meaning(claim, claim.estimate())
    said = role(claim, claim.estimate())
    if said in ("amount", "count"):  # a figure of its own, or a count among its base: never multiplied
        return meant.interval
    if said == "own share":  # a percentage of the cell's own total
        return meant.interval.scale(1) if meant.unit == "percent" else meant.interval.scale(100)
    base = by_id[claim.of or ""]
    if role(base, base.estimate()) not in ("amount", "count"):  # drawn from another figure, or in percent
        return None
    base_meant = meaning(base, base.estimate()).interval
    if said == "difference":
        return base_meant + meant.interval
    factor = meant.interval.scale(Fraction(1, 100)) if meant.unit == "percent" else meant.interval
    return base_meant * factor.intersection(Interval(0, float("inf")))  # type: ignore[operator]


@settings(max_examples=60)
@given(drawn_sets())
def test_the_number_line_draws_the_engines_cell_bounds(drawn_set):
    hierarchy, claims = drawn_set
    report = check(claims, hierarchy)
    by_id = {claim.id: claim for claim in claims}
    overlaps = {frozenset(overlap.claims): overlap.estimate.interval for overlap in report.overlaps}
    cells = cells_of(report, claims, {})
    assert [[row.claim_id for row in cell.rows] for cell in cells] == [
        [k for k, value in zip(figure.claims, figure.estimates, strict=True) if value is not None]
        for figure in report.figures
    ]
    for cell in cells:
        stated = []
        for row in cell.rows:
            claim = by_id[row.claim_id]
            expected = _expected(claim, by_id)
            if expected is not None:
                assert row.estimate.interval == expected, (row, expected)
            if role(claim, claim.estimate()) in ("amount", "count", "own share"):
                stated.append(row)
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


@pytest.mark.parametrize("unit", ["", "percent"])
def test_an_own_share_in_any_unit_of_a_share_is_drawn_in_percent(unit):
    value = Estimate("0.3", "0.3", kind="fraction") if not unit else Estimate(30, 30, "percent")
    claims = [Claim(value, "backers", id="a"), Claim("between 25% and 35%", "backers", id="b")]
    (cell,) = drawn(claims)
    assert cell.rows[0].estimate.interval == Interval(30, 30)
    assert "Every claim allows 30%." in verdict(cell)
