"""check(): exact consistency over cells, hierarchies and shares, with minimal conflicts."""

from __future__ import annotations

import gc
import random
from fractions import Fraction

import pytest

from claimcheck import Claim, Estimate, Hierarchy, ModelError, ParseError, check
from claimcheck.engine import MAX_CONFLICTS

IRAQ = {"place": "Iraq"}
BOTH = {"place": "Iraq and Syria"}
SYRIA = {"place": "Syria"}


@pytest.fixture
def h() -> Hierarchy:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    hierarchy.subset("subject", "fighters", of="members and supporters")
    return hierarchy


def ids(report):
    return [conflict.claims for conflict in report.conflicts]


# --- the seed article ---------------------------------------------------------------------------


def seed_claims(iraq: str = "400 to 500") -> list[Claim]:
    return [
        Claim(iraq, "fighters", IRAQ, id="iraq", source="Iraqi intelligence"),
        Claim("5,000 to 7,000", "members and supporters", BOTH, id="un", source="the UN"),
        Claim("roughly half", "fighters", BOTH, of="un", id="half", source="the UN"),
    ]


@pytest.mark.parametrize("iraq", ["400 to 500", "up to 500", "no more than 400 to 500"])
def test_the_seed_articles_figures_are_consistent(h, iraq):
    report = check(seed_claims(iraq), h)
    assert report.ok
    assert report.conflicts == ()
    assert report.errors == ()


def test_the_seed_article_implies_at_least_about_1500_fighters_in_syria(h):
    report = check(seed_claims(), h)
    syria = next(i for i in report.implied if i.subject == "fighters" and dict(i.scope) == SYRIA)
    # roughly half of 5,000-7,000 is at least 2,250; Iraq holds at most 500 of them
    assert syria.estimate.lo == 1_750
    assert syria.estimate.hi == Fraction(11, 20) * 7_000 - 400
    assert syria.estimate.lo >= Fraction(9, 10) * 1_500
    assert set(syria.claims) == {"iraq", "un", "half"}


def test_the_share_and_its_base_are_compared_without_widening(h):
    """Roughly half of 5,000-7,000 is 2,250-3,850: exactly, not half of each end independently."""
    top = Claim("3,850", "fighters", BOTH, id="top")
    above = Claim("more than 3,850", "fighters", BOTH, id="above")
    assert check([*seed_claims(), top], h).ok
    report = check([*seed_claims(), above], h)
    assert ids(report) == [("un", "half", "above")]


def test_a_share_uses_the_base_cell_even_when_the_base_figure_is_dropped(h):
    claims = [*seed_claims(), Claim("5,000", "members and supporters", BOTH, id="exact")]
    claims.append(Claim("3,000", "fighters", BOTH, id="f"))
    # 3,000 is more than 55% of 5,000: the base claim "un" is not needed for the clash
    assert ids(check(claims, h)) == [("half", "exact", "f")]


# --- exactness -----------------------------------------------------------------------------------


def test_touching_bounds_are_consistent():
    assert check([Claim("up to 500", "x"), Claim("at least 500", "x")]).ok


def test_an_open_end_makes_touching_bounds_conflict():
    report = check([Claim("fewer than 500", "x", id="a"), Claim("at least 500", "x", id="b")])
    assert ids(report) == [("a", "b")]
    assert report.conflicts[0].gap is not None
    assert report.conflicts[0].gap.amount.lo == 0


def test_touching_bounds_through_a_sum_are_decided_exactly(h):
    claims = [
        Claim("1,000", "x", BOTH, id="w"),
        Claim("at least 600", "x", IRAQ, id="a"),
        Claim("at least 400", "x", SYRIA, id="b"),
    ]
    assert check(claims, h).ok
    claims[2] = Claim("more than 400", "x", SYRIA, id="b")
    assert ids(check(claims, h)) == [("w", "a", "b")]


def test_three_claims_can_conflict_where_no_two_do(h):
    claims = [
        Claim("1,000", "fighters", BOTH, id="whole"),
        Claim("600 to 700", "fighters", IRAQ, id="a"),
        Claim("500 to 600", "fighters", SYRIA, id="b"),
    ]
    for dropped in range(3):
        assert check(claims[:dropped] + claims[dropped + 1 :], h).ok
    report = check(claims, h)
    assert ids(report) == [("whole", "a", "b")]
    assert report.conflicts[0].gap is not None
    assert report.conflicts[0].gap.amount.lo == 100


def test_units_of_one_dimension_are_converted_exactly():
    mile = Claim(Estimate(0, 1, "mile"), "road", id="a")
    assert check([mile, Claim(Estimate(Fraction("1.609344"), "inf", "km"), "road", id="b")]).ok
    report = check([mile, Claim(Estimate(Fraction("1.6093441"), "inf", "km"), "road", id="b")])
    assert ids(report) == [("a", "b")]


def test_a_claim_below_zero_makes_its_subject_signed():
    # a figure stated negative is a signed amount (a loss, a net outflow), not a conflict by itself
    assert check([Claim(Estimate(-5, -1), "x", id="a")]).ok


def test_a_share_of_its_own_cell_is_solved_not_iterated():
    claims = [
        Claim("60", "x", id="base"),
        Claim(Estimate(0, Fraction(3, 10), kind="fraction"), "x", of="base", id="share"),
    ]
    assert ids(check(claims)) == [("base", "share")]


# --- the hierarchy ---------------------------------------------------------------------------------


def test_a_cell_is_at_most_any_cell_containing_it_through_any_facets():
    h = Hierarchy()
    h.subset("place", "Ramadi", of="Anbar")
    h.subset("place", "Anbar", of="Iraq")
    h.subset("subject", "commanders", of="fighters")
    claims = [
        Claim("at least 300", "commanders", {"place": "Ramadi"}, id="c"),
        Claim("up to 200", "fighters", {"place": "Iraq"}, id="f"),
    ]
    report = check(claims, h)
    assert ids(report) == [("c", "f")]
    assert report.conflicts[0].message == (
        "commanders in Ramadi (at least 300, claim c) cannot exceed fighters in Iraq (at most 200, claim f)"
    )


def test_a_claim_without_a_facet_is_about_the_whole_of_it():
    claims = [Claim("up to 100", "fighters", id="all"), Claim("200", "fighters", IRAQ, id="iraq")]
    assert ids(check(claims)) == [("all", "iraq")]


def test_cells_with_no_relation_do_not_interact():
    assert check([Claim("100", "fighters", IRAQ), Claim("5", "fighters", SYRIA)]).ok


def test_claims_about_cells_the_hierarchy_does_not_know_are_checked_alone(h):
    assert check([Claim("100", "tanks", IRAQ), Claim("up to 5", "tanks", {"place": "Mosul"})], h).ok


# --- conflicts: minimal, all of them, ordered ---------------------------------------------------


def test_every_minimal_conflict_is_reported_including_ones_sharing_a_claim():
    claims = [
        Claim("at least 600", "x", id="a"),
        Claim("at least 700", "x", id="b"),
        Claim("up to 500", "x", id="c"),
        Claim("5", "y", id="d"),
        Claim("6", "y", id="e"),
    ]
    assert ids(check(claims)) == [("a", "c"), ("b", "c"), ("d", "e")]


def test_conflicts_hidden_behind_a_cell_clash_are_found(h):
    claims = [
        Claim("up to 500", "x", IRAQ, id="a"),
        Claim("600 to 700", "x", IRAQ, id="b"),
        Claim("up to 550", "x", BOTH, id="c"),
    ]
    assert ids(check(claims, h)) == [("a", "b"), ("b", "c")]


def test_conflicts_are_in_a_deterministic_order_whatever_the_claims_order(h):
    claims = [
        Claim("1,000", "x", BOTH, id="w"),
        Claim("600 to 700", "x", IRAQ, id="a"),
        Claim("500 to 600", "x", SYRIA, id="b"),
        Claim("fewer than 10", "y", id="c"),
        Claim("10", "y", id="d"),
    ]
    expected = {frozenset(c) for c in ids(check(claims, h))}
    assert expected == {frozenset("wab"), frozenset("cd")}
    rng = random.Random(4)  # noqa: S311 - shuffling test data
    for _ in range(5):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        first, second = check(shuffled, h), check(shuffled, h)
        assert ids(first) == ids(second)
        assert {frozenset(c) for c in ids(first)} == expected


def test_the_number_of_conflicts_is_capped():
    claims = [Claim(str(n), "x", id=f"k{n}") for n in range(1, 13)]  # 66 disjoint pairs
    assert len(check(claims).conflicts) == MAX_CONFLICTS


# --- explanations ---------------------------------------------------------------------------------


def test_a_containment_conflict_is_explained_with_both_figures(h):
    claims = [Claim("up to 500", "fighters", BOTH, id="a"), Claim("at least 600", "fighters", IRAQ, id="b")]
    conflict = check(claims, h).conflicts[0]
    assert conflict.message == (
        "fighters in Iraq (at least 600, claim b) cannot exceed "
        "fighters in Iraq and Syria (at most 500, claim a)"
    )
    assert conflict.gap is not None
    assert (conflict.gap.amount.lo, conflict.gap.relative) == (100, Fraction(1, 5))


def test_an_explanation_names_each_claims_source():
    claims = [
        Claim("at most 40,000", "displaced", id="a", source="aid agencies"),
        Claim("more than 45,000", "displaced", id="b", source="local officials"),
    ]
    explanation = check(claims).conflicts[0].message
    assert explanation == (
        "displaced: at most 40,000 (aid agencies, claim a), but more than 45,000 (local officials, claim b)"
    )


def test_a_sum_conflict_is_explained_with_the_arithmetic(h):
    claims = [
        Claim("1,000", "x", BOTH, id="w"),
        Claim("600 to 700", "x", IRAQ, id="a"),
        Claim("500 to 600", "x", SYRIA, id="b"),
    ]
    explanation = check(claims, h).conflicts[0].message
    assert "at least 1,100" in explanation
    assert "(600 x in Iraq (claim a) + 500 x in Syria (claim b) is 1,100)" in explanation
    assert "at most 1,000 (claim w)" in explanation


def test_a_share_conflict_is_explained_through_the_share(h):
    explanation = check([*seed_claims(), Claim("4,000", "fighters", BOTH, id="f")], h).conflicts[0]
    # "roughly half" is 45% to 55%: 55% of the UN's 7,000 is 3,850
    assert (
        "(55% of 7,000 members and supporters in Iraq and Syria (the UN, claim un) is 3,850; roughly half"
    ) in explanation.message
    assert "at most 3,850" in explanation.message


# --- overlaps and implied bounds ---------------------------------------------------------------


def test_agreeing_claims_about_one_figure_overlap_on_their_common_range():
    report = check([Claim("400 to 500", "x", IRAQ, id="a"), Claim("up to 450", "x", IRAQ, id="b")])
    (overlap,) = report.overlaps
    assert (overlap.claims, overlap.estimate.lo, overlap.estimate.hi) == (("a", "b"), 400, 450)
    assert (overlap.subject, dict(overlap.scope)) == ("x", IRAQ)
    assert str(overlap.estimate) == "400–450"


def test_claims_that_disagree_have_no_overlap():
    assert check([Claim("5", "x"), Claim("6", "x")]).overlaps == ()


def test_implied_bounds_cover_only_unstated_cells_and_name_their_claims(h):
    claims = [Claim("1,000", "x", BOTH, id="w"), Claim("at least 600", "x", IRAQ, id="a")]
    report = check(claims, h)
    assert [(i.subject, dict(i.scope), i.estimate.lo, i.estimate.hi, i.claims) for i in report.implied] == [
        ("x", SYRIA, 0, 400, ("w", "a"))
    ]


def test_an_inconsistent_component_implies_nothing(h):
    claims = [Claim("1,000", "x", BOTH, id="w"), Claim("at least 1,600", "x", IRAQ, id="a")]
    assert check(claims, h).implied == ()


# --- errors ------------------------------------------------------------------------------------------


def test_incompatible_units_in_one_cell_are_an_error_finding_not_an_exception():
    report = check([Claim("$5 million", "cash", id="a"), Claim("5 km", "cash", id="b")])
    assert not report.ok
    (error,) = report.errors
    assert error.claims == ("a", "b")
    assert "measure different things" in error.message


def test_a_multiple_of_a_figure_in_another_unit_is_named_by_the_unit_its_own_cell_is_stated_in():
    # "twice" has no unit of its own: the clash is between the base's plain count and the kilometres
    # claim k gives the multiple's cell, and the message names each side's unit, not "a plain count" twice
    report = check(
        [
            Claim("5", "road", id="b"),
            Claim("twice", "rail", of="b", id="r"),
            Claim("40 km", "rail", id="k"),
        ]
    )
    (error,) = report.errors
    assert error.rule == "unit-mismatch"
    assert error.claims == ("b", "r")
    assert error.message == (
        "claim b (a plain count) and claim r (kilometer, as claim k states its figure) measure different "
        "things and cannot be compared"
    )
    dollars = check(
        [
            Claim("$5m", "budget", id="b"),
            Claim("twice", "spend", of="b", id="r"),
            Claim("40 km", "spend", id="k"),
        ]
    )
    (error,) = dollars.errors
    assert error.message == (
        "claim b (USD) and claim r (kilometer, as claim k states its figure) measure different things and "
        "cannot be compared"
    )


def test_an_of_naming_no_claim_is_an_error_finding():
    report = check([Claim("roughly half", "fighters", of="nobody", id="a")])
    assert not report.ok
    assert report.errors[0].claims == ("a",)
    assert "'nobody'" in report.errors[0].message


def test_bad_input_raises_claimcheck_errors():
    with pytest.raises(ModelError, match="Claim objects"):
        check(["up to 500"])  # type: ignore[list-item]
    with pytest.raises(ModelError, match="Hierarchy"):
        check([], {"place": "Iraq"})  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="claim c1"):
        check([Claim("no figure at all", "x")])


def test_no_claims_are_consistent():
    report = check([])
    assert report.ok
    assert (report.conflicts, report.overlaps, report.implied, report.errors) == ((), (), (), ())
    assert report.warnings == ()


# --- the exact LP behind the witness ---------------------------------------------------------


def test_without_a_witness_the_exact_lp_decides(h, monkeypatch):
    """Forcing every witness attempt to fail leaves the verdicts to the rational simplex."""
    from claimcheck._solving.propagate import Propagator

    def no_witness(_self: Propagator, _order: object, **_options: object) -> None:
        return None

    monkeypatch.setattr(Propagator, "witness", no_witness)
    assert check(seed_claims(), h).ok
    assert check([Claim("up to 500", "x"), Claim("at least 500", "x")]).ok
    claims = [
        Claim("1,000", "x", BOTH, id="w"),
        Claim("at least 600", "x", IRAQ, id="a"),
        Claim("more than 400", "x", SYRIA, id="b"),
    ]
    assert ids(check(claims, h)) == [("w", "a", "b")]


def test_the_simplex_handles_strict_rows_exactly():
    from claimcheck._solving.simplex import solve

    one = Fraction(1)
    total = ({0: one, 1: one}, "=", Fraction(1000))
    assert solve(2, [total, ({0: -one}, "<=", Fraction(-600)), ({1: -one}, "<=", Fraction(-400))])
    assert solve(2, [total, ({0: -one}, "<=", Fraction(-600)), ({1: -one}, "<", Fraction(-400))]) is None
    values = solve(2, [total, ({0: -one}, "<", Fraction(-600)), ({1: -one}, "<", Fraction(-300))])
    assert values is not None
    assert values[0] > 600
    assert values[1] > 300
    assert sum(values) == 1000


def test_a_whole_is_bounded_through_parts_that_sit_under_another_whole():
    h = Hierarchy()
    h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    h.subset("place", "Iraq", of="the Middle East")
    h.subset("place", "Syria", of="the Middle East")
    both = Claim("at least 1,000", "x", BOTH, id="both")
    assert check([both, Claim("up to 500", "x", {"place": "the Middle East"}, id="me")], h).ok
    report = check([both, Claim("up to 400", "x", {"place": "the Middle East"}, id="me")], h)
    assert ids(report) == [("both", "me")]
    assert "400 x in Iraq (within x in the Middle East, claim me) + 400 x in Syria" in (
        report.conflicts[0].message
    )


def test_a_check_leaves_the_garbage_collector_as_it_found_it(collector_state: bool) -> None:  # noqa: FBT001
    """check() pauses the cyclic collector while it runs (its objects live until it returns)."""
    with pytest.raises(ParseError):  # a check that fails half-way puts it back too
        check([Claim("5", "a"), Claim("no figure here", "b")])
    report = check([Claim("5", "a"), Claim("7", "a")])
    assert not report.ok
    assert gc.isenabled() is collector_state
