"""Propagation that creeps round a cycle is cut off, and the exact witness or LP still decides."""

from __future__ import annotations

from claimcheck import Claim, Estimate, Hierarchy, check
from claimcheck._solving.model import build_model, prepare
from claimcheck._solving.propagate import CLIMBS, Propagator
from claimcheck.claims import assign_ids

INF = float("inf")


def _propagated(claims: list[Claim], hierarchy: Hierarchy) -> Propagator:
    named = assign_ids(claims)
    _, estimates, prepared = prepare(named, hierarchy, None)
    propagator = Propagator(build_model(named, estimates, hierarchy, prepared=prepared), explore=True)
    propagator.run()
    return propagator


def _one_part() -> Hierarchy:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "all", ["only"])  # the part is its whole
    return hierarchy


def test_x_at_least_x_plus_12_through_a_one_part_partition_is_a_conflict():
    # only = all (one part) and only = all + 12: each turn of the cycle adds 12 up to a million
    claims = [
        Claim("at most 1,000,000", "x", {"place": "all"}, id="all"),
        Claim(Estimate(12, 12, relation="difference"), "x", {"place": "only"}, of="all", id="more"),
    ]
    propagator = _propagated(claims, _one_part())
    assert propagator.cut
    assert not propagator.exhausted
    assert not propagator.crossings  # it would take 83,000 turns to cross
    assert propagator.revisions < 10 * CLIMBS * len(propagator.constraints)
    report = check(claims, _one_part())
    assert [conflict.claims for conflict in report.conflicts] == [("more",)]


def test_a_multiple_of_a_part_of_itself_is_a_conflict():
    # at least double the whole, as a part of it: the lows double each turn without end
    hierarchy = Hierarchy()
    hierarchy.partition("place", "all", ["a", "b"])
    claims = [
        Claim("at least 100", "x", {"place": "all"}, id="all"),
        Claim(Estimate(2, INF, relation="ratio"), "x", {"place": "a"}, of="all", id="twice"),
    ]
    propagator = _propagated(claims, hierarchy)
    assert propagator.cut
    assert not propagator.exhausted
    report = check(claims, hierarchy)
    assert [conflict.claims for conflict in report.conflicts] == [("all", "twice")]
    # strictly more than double fits no figure at all, whatever the whole
    strictly = Claim(Estimate(2, INF, relation="ratio", low_open=True), "x", {"place": "a"}, of="all")
    assert [conflict.claims for conflict in check([claims[0], strictly], hierarchy).conflicts] == [("c2",)]


def test_a_whole_four_times_one_of_its_parts_converges_only_in_the_limit_and_holds():
    # members = fighters + others, members at least 4 times the fighters: the fighters' high and the
    # members' low approach their limits by a quarter of the last step each turn, never reaching them
    hierarchy = Hierarchy()
    hierarchy.partition("subject", "members", ["fighters", "others"])
    claims = [
        Claim("1,000 to 1,200", "fighters", id="fighters"),
        Claim("2,000 to 9,000", "others", id="others"),
        Claim(Estimate(4, 5, relation="ratio"), "members", of="fighters", id="times"),
    ]
    propagator = _propagated(claims, hierarchy)
    assert not propagator.exhausted
    assert not propagator.crossings
    report = check(claims, hierarchy)
    assert report.ok, str(report)
    # 3 × fighters <= others <= 4 × fighters: others of 2,000 need fighters of at most 666⅔
    clash = [*claims[:2], Claim("at most 2,500", "others", id="few"), claims[2]]
    report = check(clash, hierarchy)
    assert not report.ok
    assert {"few", "fighters", "times"} in [set(conflict.claims) for conflict in report.conflicts]
