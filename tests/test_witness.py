"""The propagator's witness: what it returns meets the model exactly, in fractions.

A witness fixes cells one at a time in the propagator's scaled units; with ``closed`` it looks for whole
numbers in doubled units, rounding every bound it derives inward. Either way it checks its values in
scaled units (whole numbers, :meth:`Propagator.meets`) before returning them. These tests hold that
check to the one in fractions (:func:`satisfies`): on drawn claim sets, every witness returned meets the
model, and the two checks agree on the witness's values and on values moved off them.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, Estimate, Hierarchy
from claimcheck._solving import wholes
from claimcheck._solving.model import Model, build_model, prepare
from claimcheck._solving.propagate import Propagator, satisfies
from claimcheck.claims import assign_ids
from claimcheck.engine import _Orders
from claimcheck.strategies import claim_sets, consistent_claim_sets, hierarchies

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)


def _model(claims: list[Claim], hierarchy: Hierarchy) -> Model:
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy)
    return build_model(named, estimates, hierarchy, prepared=prepared)


def _orders(model: Model) -> list[list[int]]:
    cells = range(len(model.cells))
    return [list(cells), list(reversed(cells))]


@given(st.data())
def test_every_witness_meets_the_model_and_both_checks_agree(data):
    hierarchy = data.draw(hierarchies())
    drawn = st.one_of(claim_sets(hierarchy), consistent_claim_sets(hierarchy))
    model = _model(data.draw(drawn), hierarchy)
    prover = Propagator(model)
    if not prover.run() or prover.crossings:
        return
    for order in _orders(model):
        for options in ({}, {"closed": True}, {"closed": True, "whole": True, "sparse": True}):
            values = prover.witness(order, **options)
            if values is None:
                continue
            assert satisfies(model, values)
            scaled = [value * prover.scale for value in values]
            assert prover.meets(scaled, 1)
            # moved off the witness, the scaled check still says what the check in fractions says
            cell = data.draw(st.integers(0, len(values) - 1))
            step = data.draw(st.sampled_from([Fraction(-1), Fraction(-1, 2), Fraction(1, 3), Fraction(1)]))
            moved = list(values)
            moved[cell] += step
            assert prover.meets([value * prover.scale for value in moved], 1) == satisfies(model, moved)


@given(st.data())
def test_the_whole_witness_on_plain_lists_chooses_what_the_one_on_reasons_does(data):
    # sums and containments alone: the witness in whole numbers runs on lists of ends (wholes.choose);
    # the same witness on Reason objects must close the same ends, choose the same values and fail alike
    hierarchy = data.draw(hierarchies())
    drawn = st.one_of(claim_sets(hierarchy), consistent_claim_sets(hierarchy))
    model = _model(data.draw(drawn), hierarchy)
    prover = Propagator(model)
    if not prover.run() or prover.crossings or not wholes.applies(prover):
        return
    for order in _orders(model):
        for sparse in (False, True):
            before = prover.revisions
            plain = wholes.witness(prover, order, sparse=sparse)
            work = prover.revisions - before  # the search's work budget counts a witness's revisions
            assert plain == prover.witness(order, closed=True, whole=True, sparse=sparse)
            assert work == prover.revisions - before - work
            if plain is not None:
                assert satisfies(model, plain)


class _FractionShares(Propagator):
    """A propagator whose whole-number witness revises shares in fractions, rounded after (as it once did)."""

    def _revise_whole_share(self, number, cell, base, ratio, claim):
        self._revise_plain_share(number, cell, base, ratio, claim)


@given(st.data())
def test_the_whole_witness_revises_shares_in_whole_numbers_as_fractions_rounded_would(data):
    # a whole-number witness rounds every bound a share derives inward; it divides whole numbers once
    # instead of rounding a fraction, and must find the same bounds: the same values and the same work
    hierarchy = data.draw(hierarchies())
    drawn = st.one_of(claim_sets(hierarchy), consistent_claim_sets(hierarchy))
    model = _model(data.draw(drawn), hierarchy)
    provers = [Propagator(model), _FractionShares(model)]
    if not all(prover.run() and not prover.crossings for prover in provers):
        return
    for order in _orders(model):
        for sparse in (False, True):
            found = []
            for prover in provers:
                before = prover.revisions
                values = prover.witness(order, closed=True, whole=True, sparse=sparse)
                found.append((values, prover.revisions - before))
            assert found[0] == found[1]


def _fighters(supporters: Estimate) -> tuple[Model, Propagator, list[int]]:
    """Members 2.4 to 2.9 times more than 100 and at most 120 fighters, and the supporters as given."""
    hierarchy = Hierarchy()
    hierarchy.partition("subject", "members", ["fighters", "supporters"])
    claims = [
        Claim(Estimate(100, 120, low_open=True), "fighters", id="fighters"),
        Claim(Estimate(Fraction(12, 5), Fraction(29, 10), relation="ratio"), "members", of="fighters"),
        Claim(supporters, "supporters", of="fighters"),
    ]
    model = _model(claims, hierarchy)
    prover = Propagator(model)
    assert prover.run()
    assert not prover.crossings
    fighters_first = sorted(range(len(model.cells)), key=lambda cell: model.cells[cell] != ("fighters",))
    return model, prover, fighters_first


def test_a_whole_witness_on_multiples_is_whole_numbers_in_doubled_units():
    model, prover, order = _fighters(Estimate(Fraction(7, 5), Fraction(8, 5), relation="ratio"))
    values = prover.witness(order, closed=True, whole=True)
    assert values is not None
    assert satisfies(model, values)
    assert all((2 * prover.scale * value).denominator == 1 for value in values)
    assert 100 < values[model.index[("fighters",)]] <= 120


def test_a_witness_that_needs_a_fraction_is_found_with_fractions_allowed():
    # one and a half times 110.5 fighters (221 in doubled units) is 165.75: no whole number of
    # supporters, in doubled units or not, so the whole-number witness fails where fractions succeed
    model, prover, order = _fighters(Estimate(Fraction(3, 2), Fraction(3, 2), relation="ratio"))
    assert prover.witness(order, closed=True, whole=True) is None
    values = prover.witness(order, closed=True)
    assert values is not None
    assert satisfies(model, values)
    assert 100 < values[model.index[("fighters",)]] <= 120


def test_a_run_never_moves_the_floors_a_fresh_run_starts_from():
    # "At least 120 nurses and at least 40 doctors": the run narrows the lower bounds, never the floors
    # (once the same list on a model with no signed cell), and a fresh run starts from the floors again
    for claims in (
        [Claim("at least 120", "nurses", id="nurses"), Claim("at least 40", "doctors", id="doctors")],
        [Claim("at least 120", "nurses", id="nurses"), Claim("-€450m", "net income", id="loss")],
    ):
        model = _model(claims, Hierarchy())
        prover = Propagator(model)
        floors = [(reason.value, reason.strict) for reason in prover.floors]
        prover.run()
        assert [(reason.value, reason.strict) for reason in prover.floors] == floors
        assert any(low is not floor for low, floor in zip(prover.low, prover.floors, strict=True))
        fresh = prover.fresh()
        assert [(reason.value, reason.strict) for reason in fresh.low] == floors
        assert prover.witness(_orders(model)[0]) is not None
        assert [(reason.value, reason.strict) for reason in prover.floors] == floors


def _levels(model: Model, hierarchy: Hierarchy) -> list[list[int]]:
    """Each cell's depth in each facet, as the engine's witness orders count them."""
    return _Orders(model, hierarchy).depths


@given(st.data())
def test_a_witness_holding_the_sums_above_back_meets_the_model_wherever_the_walk_finds_one(data):
    # with each cell's depths, the sums above the parts of the sum being chosen wait until the choices
    # move on: other values, checked exactly; the walk runs where that meets a dead end after holding
    hierarchy = data.draw(hierarchies())
    drawn = st.one_of(claim_sets(hierarchy), consistent_claim_sets(hierarchy))
    model = _model(data.draw(drawn), hierarchy)
    prover = Propagator(model)
    if not prover.run() or prover.crossings or not wholes.applies(prover):
        return
    levels = _levels(model, hierarchy)
    for order in [_Orders(model, hierarchy).first, *_orders(model)]:
        held, _ = wholes._attempt(prover, order, sparse=True, levels=levels)
        if held is not None:
            assert satisfies(model, _real(prover, held))
        walked = wholes.witness(prover, order, sparse=True)
        found = wholes.witness(prover, order, sparse=True, levels=levels)
        if found is not None:
            assert satisfies(model, found)
        if walked is not None:
            assert found is not None
        assert wholes.holds(prover, order, sparse=True, levels=levels) == (found is not None)


def _real(prover: Propagator, doubled: list[int]) -> list[Fraction]:
    """Values in the prover's doubled units (a whole-number witness's), as fractions."""
    return [Fraction(value, 2 * prover.scale) for value in doubled]


def _grid() -> tuple[Model, Hierarchy, list[Claim]]:
    """Two regions of three areas of eight districts each, crossed with fighters and supporters.

    Each figure lies around its cell's true count, every whole's more tightly than its parts add up
    to, so choosing a district's figure narrows the wholes above it.
    """
    hierarchy = Hierarchy()
    hierarchy.partition("subject", "members", ["fighters", "supporters"])
    tree = {"the country": ["the north", "the south"]}
    for region in tree["the country"]:
        tree[region] = [f"{region} area {area}" for area in range(3)]
        for area in tree[region]:
            tree[area] = [f"{area} district {district}" for district in range(8)]
    for whole, parts in tree.items():
        hierarchy.partition("place", whole, parts)
    truth: dict[tuple[str, str], int] = {}

    def count(subject: str, place: str) -> int:
        if (subject, place) not in truth:
            if subject == "members":
                truth[subject, place] = count("fighters", place) + count("supporters", place)
            elif place in tree:
                truth[subject, place] = sum(count(subject, part) for part in tree[place])
            else:
                truth[subject, place] = 100 + 37 * len(truth) % 200
        return truth[subject, place]

    claims = []
    for place in tree["the country"] + [area for region in tree["the country"] for area in tree[region]]:
        for subject in ("fighters", "supporters", "members"):
            true = count(subject, place)
            claims.append(Claim(f"between {true - 20} and {true + 25}", subject, {"place": place}))
    for area in (area for region in tree["the country"] for area in tree[region]):
        for place in tree[area]:
            for subject in ("fighters", "supporters", "members"):
                true = count(subject, place)
                claims.append(Claim(f"between {true - 30} and {true + 40}", subject, {"place": place}))
    return _model(claims, hierarchy), hierarchy, claims


def test_a_witness_on_a_grid_holds_the_sums_above_back_and_revises_fewer():
    model, hierarchy, _ = _grid()
    prover = Propagator(model)
    assert prover.run()
    assert not prover.crossings
    order = _Orders(model, hierarchy).first
    before = prover.revisions
    walked = wholes.witness(prover, order, sparse=True)
    walk = prover.revisions - before
    values, held = wholes._attempt(prover, order, sparse=True, levels=_levels(model, hierarchy))
    work = prover.revisions - before - walk
    assert walked is not None
    assert values is not None
    assert held
    assert satisfies(model, _real(prover, values))
    assert work < walk


def test_a_dead_end_after_holding_sums_back_runs_the_walk(monkeypatch):
    model, hierarchy, _ = _grid()
    prover = Propagator(model)
    assert prover.run()
    order = _Orders(model, hierarchy).first
    walked = wholes.witness(prover, order, sparse=True)

    def dead_end(self):
        if self.held:
            raise wholes._DeadEnd
        self.near = None

    monkeypatch.setattr(wholes._Choices, "_release", dead_end)
    assert wholes._attempt(prover, order, sparse=True, levels=_levels(model, hierarchy)) == (None, True)
    assert wholes.witness(prover, order, sparse=True, levels=_levels(model, hierarchy)) == walked


@given(st.data())
def test_the_exact_check_of_a_run_less_some_claims_is_the_check_of_the_claims_kept(data):
    # a test started from the exploring run (every claim but a few) checks the cells those few bound
    # row by row and every other cell by its tightest ends: the same verdict as checking the claims kept
    hierarchy = data.draw(hierarchies())
    model = _model(data.draw(claim_sets(hierarchy, max_size=10, max_value=30)), hierarchy)
    first = Propagator(model, explore=True)
    first.run()
    claims = sorted({bound.claim for bound in model.bounds})
    if not claims:
        return
    removed = set(data.draw(st.lists(st.sampled_from(claims), min_size=1, max_size=3)))
    again = first.without(removed)
    if again is None:  # a run it cannot start from (signed cells, own shares, rates' totals, a cut)
        return
    assert again.gone == removed
    kept = {*claims, *(share.claim for share in model.shares)}
    kept |= {difference.claim for difference in model.differences}
    kept -= removed
    # values at and beside the claims' ends, where the two checks could differ
    ends = {cell: [Fraction(0)] for cell in range(len(model.cells))}
    for bound in model.bounds:
        for end in (bound.interval.lo, bound.interval.hi):
            if isinstance(end, Fraction):
                ends[bound.cell] += [end, end - Fraction(1, 2), end + Fraction(1, 2)]
    # one draw of a random generator, not one draw a cell: drawing ~200 values a round was most of the cost
    rng = data.draw(st.randoms(use_true_random=False))
    for _ in range(10):
        values = [max(rng.choice(ends[cell]), Fraction(0)) for cell in range(len(model.cells))]
        scaled = [value * again.scale for value in values]
        assert again.meets(scaled, 1) == satisfies(model, values, kept)
