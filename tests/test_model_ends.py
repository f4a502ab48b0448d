"""A model's claim bounds scaled once (``Model.ends``), and the shortcuts the propagator takes from them.

``Model.ends`` turns every claim's bound into whole numbers on one scale and finds each cell's tightest
ends in the same pass. A run of every claim from the floors applies, for a cell whose bounds all share a
point, only its greatest lower end and least upper end; the witness's exact check reads only those two
ends per cell. These tests draw partitions with several claims per cell (some clashing, some below the
floor, some saying nothing) and compare each shortcut with the long way.
"""

from __future__ import annotations

import copy
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles import examples

from claimcheck import Claim, Estimate, Hierarchy
from claimcheck._solving.model import build_model, prepare
from claimcheck._solving.propagate import Propagator
from claimcheck.claims import assign_ids

if TYPE_CHECKING:
    import random

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)

INF = float("inf")


@st.composite
def _figures(draw):
    lo = Fraction(draw(st.integers(-5, 60)), draw(st.sampled_from([1, 2, 3])))
    width = Fraction(draw(st.integers(0, 30)), draw(st.sampled_from([1, 4])))
    side = draw(st.sampled_from(["both", "both", "above", "below"]))
    if side == "above":
        return Estimate(max(lo, 0), "inf", low_open=draw(st.booleans()))
    if side == "below":
        top = max(lo + width, 0)
        return Estimate(0, top, high_open=draw(st.booleans()) and top != 0)
    if width == 0:
        return Estimate(max(lo, 0), max(lo, 0))
    open_ends = {"low_open": draw(st.booleans()), "high_open": draw(st.booleans())}
    return Estimate(max(lo, 0), max(lo, 0) + width, **open_ends)


@st.composite
def partitions(draw):
    """A partition of 1–5 parts, several claims on some cells, the claims in a drawn order."""
    hierarchy = Hierarchy()
    parts = [f"district {p}" for p in range(draw(st.integers(1, 5)))]
    hierarchy.partition("place", "the city", parts)
    claims = [
        Claim(draw(_figures()), "voters", {"place": place})
        for place in ["the city", *parts]
        for _ in range(draw(st.integers(0, 4)))
    ]
    return hierarchy, draw(st.permutations(claims))


def _model(hierarchy, claims):
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy)
    return build_model(named, estimates, hierarchy, prepared=prepared)


def _state(prover):
    """Every cell's bounds with the claims they rest on, and the crossings in the order recorded."""
    bounds = [
        (low.value, low.strict, low.claims(), high.value, high.strict, high.claims())
        for low, high in zip(prover.low, prover.high, strict=True)
    ]
    crossings = [(c.cell, c.low.claims(), c.high.claims()) for c in prover.crossings]
    return bounds, crossings, prover.revisions, prover.exhausted


@settings(max_examples=examples(200), deadline=None)
@given(partitions())
def test_ends_hold_each_cells_tightest_ends(drawn):
    hierarchy, claims = drawn
    model = _model(hierarchy, claims)
    ends = model.ends()
    for number, bound in enumerate(model.bounds):
        row = ends.rows[number]
        interval = bound.interval
        assert row[:2] == (bound.claim, bound.cell)
        assert (row[2] is None) == (interval.lo == -INF)
        assert row[2] is None or Fraction(row[2], ends.scale) == interval.lo
        assert row[4] is None or Fraction(row[4], ends.scale) == interval.hi
    for cell in {bound.cell for bound in model.bounds}:
        mine = [bound for bound in model.bounds if bound.cell == cell]
        least = min(mine, key=lambda b: (b.interval.hi, -1 if b.interval.high_open else 0))
        greatest = max(mine, key=lambda b: (b.interval.lo, 1 if b.interval.low_open else 0))
        # the first bound with the least upper end and with the greatest lower end
        assert model.bounds[ends.lowest[cell]] is least
        assert model.bounds[ends.highest[cell]] is greatest


@settings(max_examples=examples(300), deadline=None)
@given(partitions())
def test_a_run_from_the_floors_applies_the_tightest_ends_to_the_same_effect(drawn):
    hierarchy, claims = drawn
    model = _model(hierarchy, claims)
    base = Propagator(model)
    assert base.applied is not None  # no share, difference, signed cell or own total here
    for explore in (True, False):
        short = base.fresh(explore=explore)
        long = copy.copy(base).fresh(explore=explore)
        long.applied = None
        assert short.run() == long.run()
        assert _state(short) == _state(long)


@settings(max_examples=examples(200), deadline=None)
@given(partitions(), st.randoms(use_true_random=False))
def test_the_exact_check_on_the_tightest_ends_is_the_check_on_every_bound(drawn, rng: random.Random):
    hierarchy, claims = drawn
    model = _model(hierarchy, claims)
    prover = Propagator(model)
    prover.run()
    every = copy.copy(prover)
    every.tightest = prover.scaled
    for _ in range(20):
        values = [rng.randint(0, 70 * prover.scale) for _ in model.cells]
        for factor in (1, 2):
            assert prover.meets(values, factor) == every.meets(values, factor)


@settings(max_examples=examples(200), deadline=None)
@given(partitions(), st.data())
def test_positions_are_the_rows_of_the_cells_asked_for_in_order(drawn, data):
    """``Ends.positions`` finds a few cells' rows by searching, many by one pass: the same positions."""
    hierarchy, claims = drawn
    model = _model(hierarchy, claims)
    ends = model.ends()
    cells = range(len(model.cells))
    few = set(data.draw(st.lists(st.sampled_from(cells), max_size=4))) if model.cells else set()
    for asked in (few, set(cells) | set(range(len(cells), len(cells) + 20))):  # (past 16 cells: one pass)
        expected = [number for number, bound in enumerate(model.bounds) if bound.cell in asked]
        assert ends.positions(asked) == expected
