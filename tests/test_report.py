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
from claimcheck.errors import ModelError
from claimcheck.report import SCHEMA_VERSION, Deferred, deferring, describe


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


def test_ok_fails_on_an_unacknowledged_error_and_never_on_a_warning():
    assert Report().ok
    assert not Report(conflicts=[Conflict(("a", "b"), "why")]).ok
    assert Report(conflicts=[Conflict(("a", "b"), "why", acknowledged="reported on purpose")]).ok
    assert Report(conflicts=[Conflict(("a", "b"), "why", severity="warning")]).ok
    assert not Report(errors=[ErrorFinding(("a",), "what")]).ok
    assert Report(warnings=[ErrorFinding(("a",), "what", rule="unused-accept", severity="warning")]).ok
    assert Report(overlaps=[Overlap(("a", "b"), Estimate(1, 2))]).ok


def test_errors_and_warnings_hold_only_their_own_severity():
    warning = ErrorFinding(("a",), "stale", rule="unused-accept", severity="warning")
    with pytest.raises(ModelError, match="severity 'error'"):
        Report(errors=[warning])
    with pytest.raises(ModelError, match="severity 'warning'"):
        Report(warnings=[ErrorFinding(("a",), "what")])
    with pytest.raises(ModelError, match="severity"):
        ErrorFinding(("a",), "what", severity="fatal")  # type: ignore[arg-type]


def test_a_conflict_has_a_message_rule_and_severity_like_an_error_finding():
    conflict = Conflict(["a", "b"], "why", Gap(Estimate(1, 1), relative=Fraction(1, 10)))
    assert (conflict.claims, conflict.message, conflict.rule, conflict.severity) == (
        ("a", "b"),
        "why",
        "conflict",
        "error",
    )
    assert conflict == Conflict(("a", "b"), "why", Gap(Estimate(1, 1), relative=Fraction(1, 10)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        conflict.message = "other"  # type: ignore[misc]


def test_a_gap_reads_as_an_amount_and_a_percentage():
    assert str(Gap(Estimate(100, 100), relative=Fraction(1, 5))) == "100 (20%)"
    assert str(Gap(Estimate(25_000_000, 25_000_000, "USD"))) == "$25 million"
    with pytest.raises(ModelError, match="amount must be an Estimate"):
        Gap(100)  # type: ignore[arg-type]


def test_overlap_and_implied_carry_their_range_as_an_estimate_in_one_order():
    overlap = Overlap(("a", "b"), Estimate(400, 450, high_open=True), subject="x")
    implied = Implied(("a",), Estimate(1_750, "inf"), subject="fighters", scope={"place": "Syria"})
    assert overlap.estimate.hi == 450
    assert overlap.estimate.high_open
    assert str(implied.estimate) == "≥ 1,750"
    assert [field.name for field in attrs.fields(Overlap)] == [field.name for field in attrs.fields(Implied)]
    with pytest.raises(ModelError, match="estimate must be an Estimate"):
        Overlap(("a",), 400)  # type: ignore[arg-type]


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
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["ok"] is False
    assert list(data) == [
        "schema_version",
        "ok",
        "conflicts",
        "conflicts_truncated",
        "summaries",
        "overlaps",
        "implied",
        "errors",
        "warnings",
        "figures",
    ]
    # the tanks in Iraq, stated twice: each claim's values as the check read them, exact strings
    (figure,) = data["figures"]
    assert (figure["claims"], figure["subject"], figure["scope"]) == (["c", "d"], "tanks", {"place": "Iraq"})
    ends = [(value["low"], value["high"]) for value in figure["estimates"]]
    assert ends == [("100", "200"), ("150", "inf")]
    (conflict,) = data["conflicts"]
    assert conflict["claims"] == ["a", "b"]
    assert (conflict["rule"], conflict["severity"]) == ("conflict", "error")
    assert conflict["message"].startswith("fighters in Iraq (at least 600, claim b) cannot exceed")
    assert (conflict["gap"]["amount"]["low"], conflict["gap"]["relative"]) == ("100", "1/5")
    (overlap,) = data["overlaps"]
    assert overlap["claims"] == ["c", "d"]
    assert (overlap["subject"], overlap["scope"]) == ("tanks", {"place": "Iraq"})
    assert {key: overlap["estimate"][key] for key in ("low", "high", "low_open", "unit", "display")} == {
        "low": "150",
        "high": "200",
        "low_open": False,
        "unit": "",
        "display": "150–200",
    }
    implied = next(item for item in data["implied"] if item["scope"] == {"place": "Syria"})
    ends = (implied["estimate"]["low"], implied["estimate"]["high"])
    assert (ends, implied["claims"]) == (("0", "700"), ["e", "f"])
    (error,) = data["errors"]
    assert error["claims"] == ["g"]


def test_unbounded_ends_are_written_as_inf():
    data = Report(implied=[Implied(("a",), Estimate(Fraction(1, 3), "inf"), subject="x")]).to_dict()
    estimate = data["implied"][0]["estimate"]
    assert (estimate["low"], estimate["high"]) == ("1/3", "inf")


def _agreeing() -> list[Claim]:
    """Two figures each stated by agreeing claims (overlaps and figures), one of them in a unit."""
    return [
        Claim("between 40 and 60 km", "road", id="r1"),
        Claim("about 50 km", "road", id="r2"),
        Claim("1,200 to 1,500", "fighters", {"place": "Iraq"}, id="f1"),
        Claim("more than 1,300", "fighters", {"place": "Iraq"}, id="f2"),
        Claim("1,000 to 2,000", "fighters", {"place": "Iraq"}, id="f3"),
    ]


def test_a_report_is_the_same_value_whether_or_not_its_figures_were_read(h):
    """A report's overlaps and figures are made on first read: nothing a caller sees tells when."""
    import copy
    import pickle

    read, unread = check(_agreeing(), h), check(_agreeing(), h)
    assert [str(overlap.estimate) for overlap in read.overlaps] == ["> 1,300 and ≤ 1,500", "45 km–55 km"]
    assert [len(figure.estimates) for figure in read.figures] == [2, 3]
    assert read == unread
    assert hash(read) == hash(check(_agreeing(), h))
    assert repr(check(_agreeing(), h)) == repr(read)
    assert pickle.loads(pickle.dumps(check(_agreeing(), h))) == read  # noqa: S301 - our own bytes
    assert copy.deepcopy(check(_agreeing(), h)) == read
    assert check(_agreeing(), h).to_dict() == read.to_dict()
    assert str(check(_agreeing(), h)) == str(read)
    assert attrs.evolve(check(_agreeing(), h).overlaps[0]) == read.overlaps[0]
    fresh = check(_agreeing(), h)
    assert isinstance(fresh.overlaps[0].estimate, Estimate)
    assert all(isinstance(item, Estimate) for item in fresh.figures[1].estimates)
    assert fresh.figures is fresh.figures  # made once, then kept
    assert type(check(_agreeing(), h).figures) is tuple
    assert type(check(_agreeing(), h).overlaps[0]) is Overlap
    assert attrs.evolve(check(_agreeing(), h)) == read
    with pytest.raises(ModelError, match="only its overlaps and figures"):
        deferring(fresh, conflicts=Deferred(tuple, ()))
    changed = [*_agreeing()[:4], Claim("1,000 to 1,400", "fighters", {"place": "Iraq"}, id="f3")]
    assert check(changed, h) != read
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fresh.overlaps[0].estimate = Estimate(1, 2)  # type: ignore[misc]
