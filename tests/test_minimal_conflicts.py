"""Every minimal conflict, and nothing else: check() against brute force over every claim subset.

The brute force decides each subset with an LP alone (no propagation, no witness, no search) over the
rows the engine's exact LP would solve for a model built from that subset's claims, here solved by
scipy's HiGHS (the data are small whole numbers and tenths, so a float tolerance cannot blur a
verdict), and keeps the infeasible subsets whose every one-smaller subset is feasible (a subset holding
an infeasible one is infeasible without a test).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING
from unittest import mock

import attrs
import pytest
from highs import largest_slack
from hypothesis import assume, event, given, reject, settings
from hypothesis import strategies as st
from profiles import examples

from claimcheck import Claim, Estimate, Hierarchy, check, engine
from claimcheck._solving import simplex
from claimcheck._solving.model import Model, build_model, prepare
from claimcheck._solving.propagate import Propagator
from claimcheck.claims import SUBJECT, assign_ids
from claimcheck.engine import MAX_CONFLICTS, _lp
from claimcheck.strategies import claim_sets, claim_sets_with_counts_of, hierarchies

if TYPE_CHECKING:
    from claimcheck._solving.simplex import Row


pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)


def float_solve(n: int, rows: list[Row]) -> list[float] | None:
    """Whether the rows have a non-negative solution (strict rows share a slack that is maximised)."""
    result = largest_slack(n, rows, [(0, None)] * n)
    if result.status == 2:
        return None
    if result.status != 0:  # HiGHS ended without a verdict (status 4: numerical trouble): no brute force
        reject()  # (in a property test the example is left out; in a plain test it is an error)
    strict = any(relation == "<" for _, relation, _ in rows)
    return [float(value) for value in result.x[:n]] if not strict or -result.fun > 1e-7 else None


def brute_force(claims: list[Claim], hierarchy: Hierarchy) -> set[frozenset[str]]:
    """The minimal infeasible subsets of ``claims``, by ids, deciding every subset on its own.

    Each subset is decided alone, by its own model: infeasible when bounds propagation crosses (sound:
    it only derives what the claims imply, the product of a share and its cell's total included) or when
    the float LP finds no solution (the linear part, a relaxation). What this checks is the search's
    completeness, that every minimal conflict of the set is listed, against deciding every subset.
    """
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy)  # as check reads them: signed subjects, wholes
    feasible: dict[frozenset[int], bool] = {}
    for size in range(len(named) + 1):
        for subset in map(frozenset, itertools.combinations(range(len(named)), size)):
            if not all(feasible[subset - {k}] for k in subset):
                feasible[subset] = False  # it holds an infeasible subset
                continue
            model = build_model(named, estimates, hierarchy, only=subset, prepared=prepared)
            prover = Propagator(model)
            prover.run()
            if prover.crossings:
                feasible[subset] = False
                continue
            with mock.patch.object(simplex, "solve", float_solve):
                feasible[subset] = _lp(model, None) is not None
    return {
        frozenset(named[k].id or "" for k in subset)
        for subset, ok in feasible.items()
        if not ok and all(feasible[subset - {k}] for k in subset)
    }


def listed(claims: list[Claim], hierarchy: Hierarchy | None = None) -> set[frozenset[str]]:
    report = check(claims, hierarchy)
    assert not report.conflicts_truncated
    return {frozenset(conflict.claims) for conflict in report.conflicts}


@settings(max_examples=examples(40), deadline=None)
@given(st.data())
def test_the_conflicts_listed_are_every_minimal_conflict(data):
    hierarchy = data.draw(hierarchies())
    claims = data.draw(claim_sets(hierarchy, max_size=7, max_value=30))
    report = check(claims, hierarchy)
    expected = brute_force(claims, hierarchy)
    assert not report.conflicts_truncated  # few claims: the search always finishes
    assert {frozenset(conflict.claims) for conflict in report.conflicts} == expected
    assert report.ok == (not expected)


def mirrored(value: Estimate) -> Estimate:
    """The figure below zero: "3 to 5" becomes "-5 to -3"."""
    return Estimate(-value.hi, -value.lo, low_open=value.high_open, high_open=value.low_open)


@st.composite
def other_shapes(draw: st.DrawFn) -> tuple[Hierarchy, list[Claim]]:
    """Claim sets beyond the plain strategy: counts among a base, negative figures and signed subjects,
    a facet that declares its whole, and a year that does not add up (sometimes cumulative)."""
    shape = draw(st.sampled_from(["counts", "signed", "whole", "year"]))
    facets = (SUBJECT, "place", "year") if shape == "year" else (SUBJECT, "place")
    hierarchy = draw(hierarchies(facets=facets, max_depth=1 if shape == "year" else 2))
    if shape == "year" and draw(st.booleans()):
        hierarchy.facet("year", cumulative=True, order=hierarchy.values("year"))
    if shape == "whole":
        hierarchy.facet("place", whole="place")
    if shape not in ("counts", "signed"):
        return hierarchy, draw(claim_sets(hierarchy, max_size=6, max_value=30))
    claims = draw(claim_sets_with_counts_of(hierarchy, max_size=6, max_value=30))
    if shape == "signed":
        for subject in hierarchy.values(SUBJECT):
            if draw(st.integers(0, 4)) == 0:
                hierarchy.signed(subject)
        claims = [
            attrs.evolve(claim, value=mirrored(claim.value))
            if claim.of is None and isinstance(claim.value, Estimate) and draw(st.booleans())
            else claim
            for claim in claims
        ]
    return hierarchy, claims


@settings(max_examples=examples(40), deadline=None)
@given(other_shapes())
def test_every_minimal_conflict_is_listed_for_other_shapes_of_claims(drawn):
    hierarchy, claims = drawn
    report = check(claims, hierarchy)
    assume(not report.errors)  # a claim the model leaves out (an error finding) is in no subset's test
    assert not report.conflicts_truncated
    assert {frozenset(conflict.claims) for conflict in report.conflicts} == brute_force(claims, hierarchy)


def said(model: Model, claim: int) -> set[tuple[object, ...]]:
    """What one claim's constraints say in a model, each cell named by its facets (not its number)."""
    keys = [
        frozenset((facet, value) for facet, value in zip(model.facets, key, strict=True) if value)
        for key in model.cells
    ]
    found: set[tuple[object, ...]] = set()
    found.update(("bound", keys[b.cell], b.interval) for b in model.bounds if b.claim == claim)
    for s in model.shares:
        if s.claim == claim:
            found.add(("share", keys[s.cell], keys[s.base], s.share, s.role))
    for d in model.differences:
        if d.claim == claim:
            found.add(("difference", keys[d.cell], keys[d.base], d.offset))
    return found


@settings(max_examples=examples(150), deadline=None)
@given(st.data())
def test_a_claim_means_the_same_whichever_claims_are_built_with_it(data):
    # what the search and the brute force rest on: a subset's test applies its claims as the whole
    # set's model reads them, so a claim built alone must say what it says among all the others
    hierarchy = data.draw(hierarchies())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=7, max_value=30)))
    _, estimates, prepared = prepare(claims, hierarchy)
    whole = build_model(claims, estimates, hierarchy, prepared=prepared)
    for k in range(len(claims)):
        alone = build_model(claims, estimates, hierarchy, only=[k], prepared=prepared)
        assert said(alone, k) == said(whole, k)


@settings(max_examples=examples(30), deadline=None)
@given(st.data())
def test_one_cell_stated_many_ways_lists_every_disjoint_pair(data):
    values = data.draw(st.lists(st.integers(0, 12), min_size=1, max_size=9))
    claims = [Claim(str(value), "marchers", id=f"k{n}") for n, value in enumerate(values)]
    expected = brute_force(claims, Hierarchy())
    assert len(expected) <= MAX_CONFLICTS
    assert listed(claims) == expected


# --- the shapes issue 11 found missing ---------------------------------------------------------------


def test_a_whole_with_two_parts_stated_four_ways():
    """Two counts of one rally, and a count of each half of the route, clash three ways."""
    h = Hierarchy()
    h.partition("place", "the route", ["Whitehall", "Trafalgar Square"])
    claims = [
        Claim("between 900 and 1,000", "marchers", {"place": "the route"}, id="police"),
        Claim("500", "marchers", {"place": "the route"}, id="council"),
        Claim("400", "marchers", {"place": "Whitehall"}, id="stewards-north"),
        Claim("450", "marchers", {"place": "Trafalgar Square"}, id="stewards-south"),
    ]
    assert listed(claims, h) == {
        frozenset({"police", "council"}),
        frozenset({"police", "stewards-north", "stewards-south"}),
        frozenset({"council", "stewards-north", "stewards-south"}),
    }


def test_a_count_among_staff_clashes_with_the_staff_total_behind_a_cell_clash():
    """Volunteers are among the staff: 'at least 120 volunteers' clashes with 80 staff as well."""
    h = Hierarchy()
    h.subset("subject", "volunteers", of="staff")
    claims = [
        Claim("15", "volunteers", id="site"),
        Claim("25", "volunteers", id="report"),
        Claim("80", "staff", id="accounts"),
        Claim("at least 120", "volunteers", id="press"),
    ]
    assert listed(claims, h) == {
        frozenset({"site", "report"}),
        frozenset({"site", "press"}),
        frozenset({"report", "press"}),
        frozenset({"accounts", "press"}),
    }


# --- the cap -------------------------------------------------------------------------------------


def test_the_list_stops_at_the_cap_and_says_so():
    claims = [Claim(str(n), "x", id=f"k{n}") for n in range(1, 13)]  # 66 disjoint pairs
    report = check(claims)
    assert len(report.conflicts) == MAX_CONFLICTS
    assert report.conflicts_truncated
    assert report.to_dict()["conflicts_truncated"] is True


def test_a_complete_list_says_it_is_complete():
    report = check([Claim("5", "x", id="a"), Claim("6", "x", id="b")])
    assert not report.conflicts_truncated
    assert report.to_dict()["conflicts_truncated"] is False


# --- accepted conflicts never hide one nobody accepted (issue 14) ----------------------------------


def sixty_disputed_counts() -> tuple[list[Claim], list[tuple[list[str], str]]]:
    """Sixty towns, each counted twice with different results; the first 59 disputes are accepted."""
    claims = []
    for town in range(60):
        claims.append(Claim(str(100 + town), "voters", {"town": f"t{town}"}, id=f"official {town}"))
        claims.append(Claim(str(200 + town), "voters", {"town": f"t{town}"}, id=f"observers {town}"))
    accepted = [([f"official {t}", f"observers {t}"], "the article reports the dispute") for t in range(59)]
    return claims, accepted


def test_a_conflict_nobody_accepted_fails_the_report_beyond_the_cap():
    claims, accepted = sixty_disputed_counts()
    report = check(claims, accept=accepted)
    assert not report.ok
    failing = [conflict for conflict in report.conflicts if conflict.acknowledged is None]
    assert [conflict.claims for conflict in failing] == [("official 59", "observers 59")]
    assert len(report.conflicts) == MAX_CONFLICTS
    assert report.conflicts_truncated


def test_when_every_conflict_is_accepted_the_report_passes():
    claims, accepted = sixty_disputed_counts()
    everything = [*accepted, (["official 59", "observers 59"], "also reported as a dispute")]
    report = check(claims, accept=everything)
    assert report.ok
    assert all(conflict.acknowledged is not None for conflict in report.conflicts)


def test_a_conflict_partly_outside_an_accepted_set_is_not_acknowledged():
    h = Hierarchy()
    h.subset("subject", "volunteers", of="staff")
    claims = [
        Claim("15", "volunteers", id="site"),
        Claim("80", "staff", id="accounts"),
        Claim("at least 120", "volunteers", id="press"),
    ]
    report = check(claims, h, accept=[(["site", "press"], "two dates")])
    by_claims = {conflict.claims: conflict.acknowledged for conflict in report.conflicts}
    assert by_claims == {("site", "press"): "two dates", ("accounts", "press"): None}
    assert not report.ok


def test_an_accepted_set_that_can_all_be_true_is_a_warning():
    claims = [Claim("5", "x", id="a"), Claim("5 to 6", "x", id="b")]
    report = check(claims, accept=[(["a", "b"], "old dispute")])
    assert report.ok
    assert [(warning.rule, warning.severity) for warning in report.warnings] == [("unused-accept", "warning")]


# --- conflicts people can read ---------------------------------------------------------------------


def test_two_shares_of_one_total_are_apart_in_percentage_points():
    """64% and 60% of one road network: 3 points apart once each is read as printed (63.5 vs 60.5)."""
    claims = [
        Claim("61,237 miles", "roads", id="network"),
        Claim("64%", "paved roads", of="network", id="ministry"),
        Claim("60%", "paved roads", of="network", id="audit"),
    ]
    (conflict,) = check(claims).conflicts
    assert conflict.gap is not None
    assert str(conflict.gap) == "3 percentage points (about 1,836 miles); 4 percentage points as printed"
    assert conflict.gap.relative is None


def test_a_tiny_relative_gap_is_not_printed_as_zero():
    claims = [Claim("1,000,000", "voters", id="a"), Claim("1,000,001", "voters", id="b")]
    (conflict,) = check(claims).conflicts
    assert str(conflict.gap) == "1 (0.0001%)"


def test_a_claim_in_many_conflicts_is_summed_up_once():
    claims = [
        Claim("100,000", "marchers", id="police", source="the police"),
        Claim("10,000", "marchers", id="stewards"),
        Claim("at most 15,000", "marchers", id="council"),
        Claim("9,000 to 11,000", "marchers", id="organisers"),
    ]
    report = check(claims)
    (summary,) = report.summaries
    assert (summary.claim, summary.others, summary.conflicts) == (
        "police",
        ("stewards", "council", "organisers"),
        3,
    )
    assert summary.message == (
        "the police's 100,000 (claim police) clashes with 3 other claims: stewards, council, organisers"
    )
    assert f"summary: {summary.message}" in str(report).splitlines()
    assert report.to_dict()["summaries"] == [summary.to_dict()]


def test_claims_in_fewer_conflicts_are_not_summed_up():
    assert check([Claim("5", "x", id="a"), Claim("6", "x", id="b"), Claim("7", "x", id="c")]).summaries == ()


def test_a_two_claim_conflict_is_one_line_without_steps():
    (conflict,) = check([Claim("fewer than 500", "x", id="a"), Claim("at least 500", "x", id="b")]).conflicts
    assert "\n" not in conflict.message
    assert conflict.steps == ()


def test_a_long_chain_is_a_headline_and_a_list_of_steps():
    """Volunteers among staff, counted by region: the arithmetic reads one step a line."""
    h = Hierarchy()
    h.partition("place", "the county", ["the north", "the south", "the coast"])
    h.subset("subject", "volunteers", of="staff")
    claims = [
        Claim("at most 50", "staff", {"place": "the county"}, id="budget", source="the council budget"),
        Claim("about 30", "volunteers", {"place": "the north"}, id="north", source="the northern office"),
        Claim("about 25", "volunteers", {"place": "the south"}, id="south", source="the southern office"),
        Claim("roughly 12", "volunteers", {"place": "the coast"}, id="coast", source="the coastal office"),
    ]
    (conflict,) = check(claims, h).conflicts
    assert "\n" not in conflict.message
    assert len(conflict.message) <= 200
    assert conflict.steps[-1].startswith("volunteers in the county cannot be both")
    assert any(step.startswith("so volunteers in the county is at least") for step in conflict.steps)
    assert all("\n" not in step for step in conflict.steps)
    assert all(f"    - {step}" in str(check(claims, h)).splitlines() for step in conflict.steps)


def test_a_zero_multiple_of_a_share_of_a_part_clashes_with_that_share():
    # "5% of the city's nurses are agency staff" and, for the whole region, "zero times that rate": no
    # agency nurses anywhere in the region, so none in the city, yet 5% of a staff that exists is more
    # than none (a share of a total says the total is not empty); the brute force once missed it
    hierarchy = Hierarchy()
    hierarchy.partition("place", "region", ["city"])
    claims = [
        Claim("5%", "agency nurses", {"place": "city"}, id="city"),
        Claim(Estimate(0, 0, relation="ratio"), "agency nurses", {"place": "region"}, of="city", id="region"),
    ]
    assert listed(claims, hierarchy) == brute_force(claims, hierarchy) == {frozenset({"city", "region"})}


def test_a_multiple_of_a_rate_relates_rates_even_when_its_rate_is_left_out():
    """A multiple of a rate compares two rates; tested without the rate, it must not compare counts.

    "12% of the city's nurses are agency staff; across the region the rate is half as high; the county
    has 60% to 90% as many agency nurses as the city, 30 of them." All can hold (the county's rate is
    lower). Read as counts, "half as high" would make the region's agency nurses half the city's,
    fewer than the county's 30 alone: a brute force that built the region's rate and the county's count
    without the city's rate once listed them as a conflict the check rightly did not.
    """
    h = Hierarchy()
    h.partition("place", "the region", ["the city", "the county"])
    claims = [
        Claim("12%", "agency nurses", {"place": "the city"}, id="city rate"),
        Claim("half as high", "agency nurses", {"place": "the region"}, of="city rate", id="region rate"),
        Claim("60% to 90%", "agency nurses", {"place": "the county"}, of="city rate", id="county share"),
        Claim("30", "agency nurses", {"place": "the county"}, id="county count"),
    ]
    assert check(claims, h).ok
    assert brute_force(claims, h) == set()
    named = assign_ids(claims)
    estimates = [claim.estimate() for claim in named]
    whole = build_model(named, estimates, h)
    alone = build_model(named, estimates, h, only=[1])
    assert said(alone, 1) == said(whole, 1)
    ((kind, cell, base, *_),) = said(alone, 1)
    assert (kind, cell, base) == (
        "share",
        {("subject", " the share of agency nurses"), ("place", "the region")},
        {("subject", " the share of agency nurses"), ("place", "the city")},
    )


def test_a_share_of_a_cell_and_a_multiple_of_it_leave_one_minimal_conflict():
    """More than 85% of staff are nurses; other staff 60% to 90% as many as the nurses: they clash.

    The agency nurses' rate "at least 1.1 times" the nurses' and a roster of 3 to 5 other staff are
    no part of it. Read as counts, the multiple would leave no nurses at all (agency nurses, a part of
    the nurses, at least 1.1 times as many only when there are none), so no other staff against the
    roster: a conflict of the last three claims that the brute force once listed.
    """
    h = Hierarchy()
    h.partition("subject", "staff", ["nurses", "other staff"])
    h.partition("subject", "nurses", ["agency nurses", "permanent nurses"])
    claims = [
        Claim("more than 85%", "nurses", id="nurses"),
        Claim("60% to 90%", "other staff", of="nurses", id="others"),
        Claim("at least 1.1 times", "agency nurses", of="nurses", id="agency"),
        Claim("3 to 5", "other staff", id="roster"),
    ]
    assert listed(claims, h) == brute_force(claims, h) == {frozenset({"nurses", "others"})}


def test_a_rate_bounded_through_an_average_is_of_a_population():
    """A bound on a part's rate, carried down from its whole's, holds only where the part has members.

    "There are no agency nurses in the country; in the city the agency rate is half the staff nurses'
    national rate; the north has 30 staff nurses." The north's agency rate is 0%, and the search once
    carried that down to the city even where the city might have no nurses, then to the national
    rate: a conflict with the 30 staff nurses that it found with a national rate of 0% to 100%
    stated as well, and not with one of 10% to 100% (a bigger set passing where a smaller one failed).
    A multiple of a rate says both rates have members: the city has nurses, so its agency rate is 0%,
    and so is the staff nurses' national rate. With no agency nurses either, the country has no nurses
    at all, and the city none: the two claims clash alone, with each rate tied to its count and total
    (before that tie was decided, the search listed the 30 in the north, or a stated rate above zero,
    as a third claim of the conflict).
    """
    h = Hierarchy()
    h.partition("place", "the country", ["the north", "the south"])
    h.partition("place", "the north", ["the city", "the towns"])
    h.partition("subject", "nurses", ["agency nurses", "staff nurses"])
    expected = {frozenset({"multiple", "none"})}
    for low in ("0%", "10%"):
        claims = [
            Claim(f"{low} to 100%", "staff nurses", {"place": "the country"}, id="rate"),
            Claim("half as high", "agency nurses", {"place": "the city"}, of="rate", id="multiple"),
            Claim("0", "agency nurses", {"place": "the country"}, id="none"),
            Claim("30", "staff nurses", {"place": "the north"}, id="north"),
        ]
        assert listed(claims, h) == brute_force(claims, h) == expected, low


# --- a test of nearly all the claims starts from the first run's bounds (Propagator.without) ---------


@settings(max_examples=examples(400), deadline=None)
@given(st.data())
def test_a_run_less_some_claims_ends_where_a_fresh_run_of_the_rest_does(data):
    hierarchy = data.draw(hierarchies())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=10, max_value=30)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    every = frozenset(range(len(claims)))
    first = Propagator(model, explore=True)
    first.run(every)
    # the search removes a claim of each conflict found, and perhaps more
    removed = {data.draw(st.sampled_from(sorted(crossing.claims()))) for crossing in first.crossings}
    removed |= set(data.draw(st.lists(st.sampled_from(sorted(every)), max_size=3)))
    again = first.without(removed)
    if again is None:  # a run it cannot start from: signed cells, own shares, rates' totals, a cut
        assert (
            first.cut
            or first.exhausted
            or first.signed
            or model.family
            or model.averages
            or any(share.role == "own share" for share in model.shares)
        )
        return
    fresh = Propagator(model, explore=True)
    fresh.run(every - removed)
    assume(not (again.cut or fresh.cut or again.exhausted or fresh.exhausted))
    event("conflicts left" if fresh.crossings else "consistent rest" if first.crossings else "consistent")
    assert again.wanted == every - removed
    assert bool(again.crossings) == bool(fresh.crossings)
    if not fresh.crossings:  # one fixpoint, however it was reached
        assert _ends(again) == _ends(fresh)
    for crossing in again.crossings:  # what it finds rests on the claims kept
        assert crossing.claims().isdisjoint(removed)


def _ends(prover: Propagator) -> list[tuple[object, ...]]:
    """Every cell's bounds: each end's value and whether it is open."""
    return [
        (low.value, low.strict, high.value, high.strict)
        for low, high in zip(prover.low, prover.high, strict=True)
    ]


def test_a_search_past_a_conflict_tests_the_rest_from_the_first_run():
    # twenty counties add up to the state, one county's figure planted far above its own and the state's:
    # the test of every claim but the planted one starts from the exploring run's bounds
    hierarchy = Hierarchy()
    counties = [f"county {n}" for n in range(20)]
    hierarchy.partition("place", "the state", counties)
    claims = [Claim(Estimate(90, 110), "voters", {"place": county}, id=county) for county in counties]
    claims.append(Claim(Estimate(1_800, 2_200), "voters", {"place": "the state"}, id="state"))
    claims.append(Claim(Estimate(5_000, "inf"), "voters", {"place": "county 3"}, id="planted"))
    with mock.patch.object(Propagator, "without", autospec=True, side_effect=Propagator.without) as spy:
        report = check(claims, hierarchy)
    assert {frozenset(conflict.claims) for conflict in report.conflicts} == {
        frozenset({"planted", "county 3"}),
        frozenset({"planted", "state"}),
    }
    assert spy.call_count >= 1


def test_a_bound_refused_at_a_crossing_is_offered_again_without_the_bound_it_crossed():
    # "at least 20" crosses "up to 10" and is refused; "up to 5" then narrows the cell. Without "up to
    # 10", "at least 20" and "up to 5" still clash, though neither bound the first run kept rests on it
    claims = assign_ids(
        [
            Claim(Estimate(0, 10), "marchers", id="ten"),
            Claim(Estimate(20, "inf"), "marchers", id="twenty"),
            Claim(Estimate(0, 5), "marchers", id="five"),
        ]
    )
    _, estimates, prepared = prepare(claims, Hierarchy())
    model = build_model(claims, estimates, Hierarchy(), prepared=prepared)
    first = Propagator(model, explore=True)
    first.run(frozenset({0, 1, 2}))
    assert [crossing.claims() for crossing in first.crossings] == [frozenset({0, 1})]
    again = first.without({0})
    assert again is not None
    assert [crossing.claims() for crossing in again.crossings] == [frozenset({1, 2})]


@settings(max_examples=examples(60), deadline=None)
@given(st.data())
def test_pieces_read_off_a_walk_are_the_pieces_joined_claim_by_claim(data):
    """A set less one claim falls into the same pieces whether joined claim by claim or read off a walk."""
    hierarchy = data.draw(hierarchies())
    claims = assign_ids(data.draw(claim_sets_with_counts_of(hierarchy, max_size=12, max_value=30)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    oracle = engine._Oracle(model, hierarchy)
    every = engine._claims_of(model)
    nodes = {
        claim: tuple(sorted({oracle.background[cell] for cells in tied for cell in cells}))
        for claim, tied in oracle.ties.items()
    }
    assume(all(len(found) <= 2 for found in nodes.values()))
    walked = engine._Pieces(every, nodes)
    with mock.patch.object(engine, "_WALKED", len(every) + 1):  # joined claim by claim
        for claim in sorted(every):
            joined = oracle.pieces(every - {claim})
            assert sorted(map(sorted, walked.without(claim))) == sorted(map(sorted, joined)), claim
