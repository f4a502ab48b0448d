"""The report: findings as value objects, str() for a terminal, to_dict() with a stable schema."""

from __future__ import annotations

import json
from fractions import Fraction

import attrs
import pytest

from claimcheck import (
    Claim,
    Conflict,
    ErrorFinding,
    Estimate,
    Gap,
    Hierarchy,
    Implied,
    Overlap,
    Report,
    check,
)
from claimcheck.report import SCHEMA_VERSION, describe


@pytest.fixture
def h() -> Hierarchy:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    return hierarchy


def mixed_report(h: Hierarchy) -> Report:
    return check(
        [
            Claim("up to 500", "fighters", {"place": "Iraq and Syria"}, id="a", source="the army"),
            Claim("at least 600", "fighters", {"place": "Iraq"}, id="b"),
            Claim("100 to 200", "tanks", {"place": "Iraq"}, id="c"),
            Claim("at least 150", "tanks", {"place": "Iraq"}, id="d"),
            Claim("1,000", "cars", {"place": "Iraq and Syria"}, id="e"),
            Claim("at least 300", "cars", {"place": "Iraq"}, id="f"),
            Claim("roughly half", "recruits", of="nobody", id="g"),
        ],
        h,
    )


def test_ok_is_false_with_a_conflict_or_an_error_finding_and_true_otherwise():
    assert Report().ok
    assert not Report(conflicts=[Conflict(("a", "b"), "why")]).ok
    assert not Report(errors=[ErrorFinding(("a",), "what")]).ok
    assert Report(overlaps=[Overlap(("a", "b"), 1, 2)]).ok


def test_findings_are_frozen_values_with_tuples_of_ids():
    conflict = Conflict(["a", "b"], "why", Gap(Fraction(1, 2), relative=Fraction(1, 10)))
    assert conflict.claims == ("a", "b")
    assert conflict == Conflict(("a", "b"), "why", Gap(Fraction(1, 2), relative=Fraction(1, 10)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        conflict.explanation = "other"  # type: ignore[misc]


def test_a_gap_reads_as_an_amount_and_a_percentage():
    assert str(Gap(100, relative=Fraction(1, 5))) == "100 (20%)"
    assert str(Gap(Fraction(25_000_000), unit="USD")) == "$25 million"


def test_overlap_and_implied_give_their_range_as_an_estimate():
    overlap = Overlap(("a", "b"), 400, 450, high_open=True)
    assert overlap.estimate == Estimate(400, 450, high_open=True)
    implied = Implied("fighters", {"place": "Syria"}, 1_750, "inf", claims=("a",))
    assert str(implied.estimate) == "≥ 1,750"


def test_figures_are_named_as_a_reader_would():
    assert describe("fighters", {"place": "Iraq"}) == "fighters in Iraq"
    assert describe("cash", {"year": "2023", "Place": "Iraq"}) == "cash in Iraq (year: 2023)"


def test_str_gives_a_verdict_then_every_finding(h):
    text = str(mixed_report(h))
    lines = text.splitlines()
    assert lines[0] == "inconsistent: 1 conflict(s), 1 error(s)"
    assert lines[1] == "conflict 1: claims a, b (gap 100 (20%))"
    assert lines[2] == (
        "  fighters in Iraq (at least 600, claim b) cannot exceed "
        "fighters in Iraq and Syria (at most 500, the army, claim a)"
    )
    assert "'nobody'" in text
    assert "agree: tanks in Iraq is 150–200 (claims c, d)" in lines
    assert "implied: cars in Syria is ≤ 700 (from claims e, f)" in lines


def test_to_dict_is_json_ready_exact_and_stable(h):
    report = mixed_report(h)
    data = report.to_dict()
    assert data == mixed_report(h).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["ok"] is False
    assert list(data) == ["schema_version", "ok", "conflicts", "overlaps", "implied", "errors"]
    (conflict,) = data["conflicts"]
    assert conflict["claims"] == ["a", "b"]
    assert conflict["gap"] == {"amount": "100", "unit": "", "relative": "1/5"}
    (overlap,) = data["overlaps"]
    assert overlap == {
        "claims": ["c", "d"],
        "subject": "tanks",
        "scope": {"place": "Iraq"},
        "low": "150",
        "high": "200",
        "low_open": False,
        "high_open": False,
        "unit": "",
        "text": "150–200",
    }
    implied = next(item for item in data["implied"] if item["scope"] == {"place": "Syria"})
    assert (implied["low"], implied["high"], implied["claims"]) == ("0", "700", ["e", "f"])
    (error,) = data["errors"]
    assert error["claims"] == ["g"]


def test_unbounded_ends_are_written_as_inf():
    data = Report(implied=[Implied("x", {}, Fraction(1, 3), "inf", claims=("a",))]).to_dict()
    assert (data["implied"][0]["low"], data["implied"][0]["high"]) == ("1/3", "inf")
