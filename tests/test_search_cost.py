"""Shapes whose cost once ran away (issue 14's "cost bounded by size"), checked for their verdicts.

Timings live in bench/bench_engine.py; these tests pin what the fast paths must still get right: many
unrelated subjects, a long chain of shares (each a share of the one before), a conflict deep inside
such a chain, and the one-pass witness on tree-shaped models.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles import examples

from claimcheck import Claim, Estimate, Hierarchy, check
from claimcheck._solving import tree
from claimcheck._solving.model import build_model
from claimcheck._solving.propagate import Propagator, satisfies
from claimcheck.claims import assign_ids

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)


def test_unrelated_subjects_clash_only_inside_their_own_cell():
    """Three hundred figures about as many subjects; every tenth subject is stated twice, apart."""
    claims = []
    expected = set()
    for number in range(300):
        subject = f"schools in district {number}"
        claims.append(Claim(f"{100 + number}", subject, id=f"a{number}"))
        if number % 10 == 0:
            claims.append(Claim(f"at least {200 + number}", subject, id=f"b{number}"))
            expected.add(frozenset({f"a{number}", f"b{number}"}))
    report = check(claims)
    assert {frozenset(conflict.claims) for conflict in report.conflicts} == expected
    assert not report.conflicts_truncated


def chain(length: int) -> list[Claim]:
    """A survey's 5,000 to 7,000 respondents, then roughly 37% of the group before, ``length`` times."""
    claims = [Claim("5,000 to 7,000", "respondents", {"step": "0"}, id="s0")]
    claims += [
        Claim("roughly 37%", "respondents", {"step": str(step)}, of=f"s{step - 1}", id=f"s{step}")
        for step in range(1, length)
    ]
    return claims


def test_a_long_chain_of_shares_can_all_be_true():
    report = check(chain(400))
    assert report.ok
    assert not report.errors


def test_a_conflict_deep_in_a_chain_is_found_whole_and_minimal():
    """Step 150 is at most 41.2% of 41.2% … of 7,000, far below 1,000: every link of the chain is needed.

    Without s0 nothing caps the chain, without a link the cap stops short of step 150, and without
    "at least 1,000" nothing is too large.
    """
    claims = [*chain(300), Claim("at least 1,000", "respondents", {"step": "150"}, id="bad")]
    report = check(claims)
    assert not report.ok
    assert [set(conflict.claims) for conflict in report.conflicts] == [
        {f"s{step}" for step in range(151)} | {"bad"}
    ]
    assert not report.errors


def test_a_conflict_at_a_chain_s_start_leaves_the_rest_alone():
    claims = [*chain(60), Claim("at least 3,000", "respondents", {"step": "1"}, id="bad")]
    report = check(claims)
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"s0", "s1", "bad"}]


@st.composite
def forests(draw: st.DrawFn) -> list[Claim]:
    """Claims each tied to one earlier claim (a share, a multiple or a difference) or to none."""
    count = draw(st.integers(1, 8))
    claims: list[Claim] = []
    for number in range(count):
        scope = {"step": str(number)}
        lo = draw(st.integers(0, 40))
        hi = lo + draw(st.integers(0, 20))
        kind = draw(st.sampled_from(["bound", "share", "ratio", "difference", "at least"]))
        if number == 0 or kind == "bound":
            claims.append(Claim(Estimate(lo * 10, hi * 10), "people", scope, id=f"k{number}"))
            continue
        if kind == "at least":
            claims.append(Claim(Estimate(lo * 10, "inf"), "people", scope, id=f"k{number}"))
            continue
        base = f"k{draw(st.integers(0, number - 1))}"
        if kind == "difference":
            value = Estimate(lo - 30, hi - 30, relation="difference")
        else:
            value = (
                Estimate(lo, hi, "percent", relation="share")
                if kind == "share"
                else Estimate(lo / 10, hi / 10, relation="ratio")
            )
        claims.append(Claim(value, "people", scope, of=base, id=f"k{number}"))
    return claims


@settings(max_examples=examples(150), deadline=None)
@given(forests())
def test_the_one_pass_witness_solves_every_tree_propagation_finds_consistent(claims):
    """On a forest a fixpoint without crossings extends to a solution, and the walk finds one."""
    named = assign_ids(claims)
    estimates = [claim.estimate() for claim in named]
    model = build_model(named, estimates, Hierarchy())
    assert tree.is_forest(model)
    prover = Propagator(model)
    if not prover.run() or prover.crossings:
        assert not check(claims).ok
        return
    values = tree.witness(prover)
    assert values is not None
    assert satisfies(model, values)
    assert check(claims).ok


def test_an_accepted_set_across_two_subjects_is_tested_per_subject():
    """An accepted set naming a clashing pair and an unrelated claim is used; one of two unrelated is not."""
    claims = [
        Claim("120", "nurses", id="union"),
        Claim("at least 150", "nurses", id="ministry"),
        Claim("40", "doctors", id="hospital"),
        Claim("about 40", "doctors", id="press"),
    ]
    used = check(claims, accept=[(["union", "ministry", "hospital"], "two counts, two dates")])
    assert used.ok
    assert not used.warnings
    unused = check(claims, accept=[(["union", "hospital"], "never clashed")])
    assert not unused.ok
    assert [warning.rule for warning in unused.warnings] == ["unused-accept"]
