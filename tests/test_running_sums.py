"""The propagator's running sums agree with sums counted from scratch, at every revision of a sum.

A sum constraint keeps the totals of its parts' lows and highs (with counts of strict and infinite
ends) and a heap of the parts' widths, updated as one part changes instead of summed again. These
tests draw partitions (flat, two-level, some subjects signed, one-sided and open figures) and check,
each time a sum is revised during propagation and during a witness, that the totals equal a recount
from the current bounds and that the heap holds every part's current width.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles import examples

from claimcheck import Claim, Estimate, Hierarchy, check
from claimcheck._solving.model import build_model, prepare
from claimcheck._solving.propagate import Propagator
from claimcheck.claims import assign_ids

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)

INF = float("inf")


class _Checked(Propagator):
    """A propagator that recounts each sum's totals before revising it."""

    revised = 0

    def _revise_sum(self, number, whole, parts):
        running = self.running[number]
        if running is not None:
            totals, widths = running
            assert totals == _recount(self, parts)
            current = {}
            for negative, index in widths:
                current.setdefault(index, set()).add(-negative)
            for index, part in enumerate(parts):
                low, high = self.low[part].value, self.high[part].value
                width = INF if INF in (high, -low) else high - low
                assert width in current.get(index, ()), (index, width, current.get(index))
                assert all(entry >= width for entry in current[index])  # stale entries only wider
            _Checked.revised += 1
        super()._revise_sum(number, whole, parts)


def _recount(prover, parts):
    totals = [0, 0, 0, 0, 0, 0]
    for part in parts:
        for at, reason in ((0, prover.low[part]), (3, prover.high[part])):
            if isinstance(reason.value, float):
                totals[at + 2] += 1
            else:
                totals[at] += reason.value
                totals[at + 1] += reason.strict
    return totals


@st.composite
def partitions(draw):
    """A partition of 1–8 parts, some split again, with figures on parts and wholes."""
    hierarchy = Hierarchy()
    parts = [f"county {p}" for p in range(draw(st.integers(1, 8)))]
    hierarchy.partition("place", "the state", parts)
    places = ["the state", *parts]
    for part in parts:
        if draw(st.integers(0, 3)) == 0:
            towns = [f"{part} town {t}" for t in range(draw(st.integers(1, 4)))]
            hierarchy.partition("place", part, towns)
            places += towns
    if draw(st.booleans()):
        hierarchy.signed("votes")
    claims = [
        Claim(draw(_figures()), "votes", {"place": place})
        for place in places
        for _ in range(draw(st.integers(0, 2)))
    ]
    return hierarchy, claims


@st.composite
def _figures(draw):
    lo = Fraction(draw(st.integers(-20, 200)), draw(st.sampled_from([1, 2, 10])))
    width = Fraction(draw(st.integers(0, 60)), draw(st.sampled_from([1, 3])))
    side = draw(st.sampled_from(["both", "above", "below"]))
    if side == "above":
        return Estimate(lo, "inf", low_open=draw(st.booleans()))
    if side == "below":
        # "below 0" from a floor of 0 would be empty: its upper end stays closed
        high_open = draw(st.booleans()) and lo + width != 0
        return Estimate("-inf" if lo < 0 else 0, lo + width, high_open=high_open)
    open_ends = {"low_open": draw(st.booleans()), "high_open": draw(st.booleans())}
    if width == 0:
        open_ends = {"low_open": False, "high_open": False}
    return Estimate(lo, lo + width, **open_ends)


@settings(max_examples=examples(150))
@given(partitions())
def test_running_sums_agree_with_a_recount_at_every_revision(drawn):
    hierarchy, claims = drawn
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy)
    model = build_model(named, estimates, hierarchy, prepared=prepared)
    for explore in (True, False):
        prover = _Checked(model, explore=explore)
        if prover.run() and not prover.crossings:
            order = sorted(range(len(model.cells)), key=lambda cell: -len(model.cells[cell][1]))
            prover.witness(order)  # choices narrow the sums too, with their running totals
    # the verdict is the one check gives (the recount changed nothing)
    assert isinstance(check(claims, hierarchy).ok, bool)


def test_the_recount_is_exercised():
    hierarchy = Hierarchy()
    hierarchy.partition("place", "the state", ["north", "south", "east"])
    claims = [
        Claim(Estimate(100, 120), "votes", {"place": "the state"}),
        Claim(Estimate(30, "inf", low_open=True), "votes", {"place": "north"}),
        Claim(Estimate(0, 40), "votes", {"place": "south"}),
        Claim(Estimate(20, 25), "votes", {"place": "east"}),
    ]
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy)
    model = build_model(named, estimates, hierarchy, prepared=prepared)
    before = _Checked.revised
    prover = _Checked(model)
    assert prover.run()
    north = model.index[("votes", "north")]
    # north is at most the state's 120 less the others' least (0 and 20), and more than 30
    assert prover.real(prover.high[north].value) == 100
    assert prover.real(prover.low[north].value) == 35  # 100 less the others' most (40 and 25)
    assert _Checked.revised > before
