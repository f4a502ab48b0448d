"""Relations between figures: what a claim with ``of`` means is decided by its wording, never its size.

Each test reads a short passage written for it; the claims are what a careful reader takes from it.
Until the parser reads "three times as many" and "12,000 more than", the relative figures are given as
estimates with their relation.
"""

from __future__ import annotations

import pytest

from claimcheck import Claim, Estimate, Hierarchy, ModelError, check
from claimcheck.claims import role


def times(lo: int | str, hi: int | str | None = None, **fields: bool) -> Estimate:
    """A multiple of a base figure: "three times as many" is times(3)."""
    return Estimate(lo, lo if hi is None else hi, relation="ratio", **fields)


def more(lo: int, hi: int | None = None, unit: str = "") -> Estimate:
    """A difference from a base figure: "12,000 more than" is more(12_000); "5,000 fewer" more(-5_000)."""
    return Estimate(lo, lo if hi is None else hi, unit, relation="difference")


# "St Mary's now employs 360 nurses, three times as many nurses as doctors: the staff list names 120
# doctors. The nursing staff has more than doubled since 2019, when it stood at 150." A union leaflet
# puts the number of doctors at 140.
NOW = {"year": "2024"}
HOSPITAL = [
    Claim("120", "doctors", NOW, id="staff list", source="the staff list"),
    Claim("360", "nurses", NOW, id="nurses"),
    Claim(times(3), "nurses", NOW, of="staff list", id="three times"),
    Claim("150", "nurses", {"year": "2019"}, id="2019"),
    Claim(times(2, "inf", low_open=True), "nurses", NOW, of="2019", id="doubled"),
]
UNION = Claim("140", "doctors", NOW, id="union", source="the union")


def test_multiples_of_their_bases_are_consistent() -> None:
    report = check(HOSPITAL)
    assert report.ok, report


def test_a_second_count_of_the_base_clashes_with_the_first_and_with_the_multiple() -> None:
    report = check([*HOSPITAL, UNION])
    assert sorted(conflict.claims for conflict in report.conflicts) == [
        ("nurses", "three times", "union"),
        ("staff list", "union"),
    ]
    multiple = next(c for c in report.conflicts if "three times" in c.claims)
    # the explanation does the arithmetic: three times 140 doctors is 420, but there are 360 nurses
    assert multiple.message == (
        "nurses (year: 2024): at most 360 (claim nurses), but at least 420 (3 × 140 doctors (year: 2024; "
        "the union, claim union) is 420; 3 times as many, claim three times)"
    )
    assert multiple.gap is not None
    assert multiple.gap.amount.lo == 60


def test_more_than_doubled_is_a_strict_lower_bound() -> None:
    # 300 nurses would be exactly double 150: "more than doubled" rules it out
    claims = [*HOSPITAL[3:], Claim("300", "nurses", NOW, id="count")]
    report = check(claims)
    assert [c.claims for c in report.conflicts] == [("2019", "doubled", "count")]
    assert check([*HOSPITAL[3:], Claim("301", "nurses", NOW, id="count")]).ok


def test_a_multiple_below_one_is_still_a_multiple() -> None:
    # "the clinic has half as many midwives as nurses" - a ratio of 1/2, read as a multiple
    claims = [
        Claim("40", "nurses", id="nurses"),
        Claim(times("1/2"), "midwives", of="nurses", id="half as many"),
        Claim("at least 25", "midwives", id="rota"),
    ]
    report = check(claims)
    assert [c.claims for c in report.conflicts] == [("nurses", "half as many", "rota")]


def test_a_range_of_multiples_bounds_both_figures() -> None:
    # "Between two and three times as many people fled to the coast as to the hills, where 4,000 arrived."
    h = Hierarchy()
    h.partition("place", "the province", ["coast", "hills"])
    claims = [
        Claim("4,000", "displaced", {"place": "hills"}, id="hills"),
        Claim(times(2, 3), "displaced", {"place": "coast"}, of="hills", id="ratio"),
    ]
    report = check(claims, h)
    assert report.ok
    province = next(item for item in report.implied if item.scope == {"place": "the province"})
    assert (province.estimate.lo, province.estimate.hi) == (12_000, 16_000)
    for coast, ok in [("8,000", True), ("12,000", True), ("7,999", False), ("12,001", False)]:
        stated = Claim(coast, "displaced", {"place": "coast"}, id="coast")
        assert check([*claims, stated], h).ok is ok, coast


# "The ministry now counts 62,000 displaced, 12,000 more than its previous estimate of 50,000."
def test_a_difference_adds_to_its_base() -> None:
    claims = [
        Claim("50,000", "displaced", {"report": "March"}, id="march"),
        Claim(more(12_000), "displaced", {"report": "June"}, of="march", id="more"),
        Claim("62,000", "displaced", {"report": "June"}, id="june"),
    ]
    assert check(claims).ok


def test_a_difference_that_does_not_add_up_is_a_conflict_with_its_arithmetic() -> None:
    # a wire story gives the June figure as 60,000
    claims = [
        Claim("50,000", "displaced", {"report": "March"}, id="march"),
        Claim(more(12_000), "displaced", {"report": "June"}, of="march", id="more"),
        Claim("60,000", "displaced", {"report": "June"}, id="wire", source="the wire"),
    ]
    report = check(claims)
    assert [c.claims for c in report.conflicts] == [("march", "more", "wire")]
    explanation = report.conflicts[0].message
    assert "(50,000 displaced (report: March; claim march) + 12,000 is 62,000; 12,000 more, claim more)" in (
        explanation
    )
    assert report.conflicts[0].gap is not None
    assert report.conflicts[0].gap.amount.lo == 2_000


def test_fewer_than_is_a_negative_difference_and_bounds_the_base() -> None:
    # "This year's intake, 5,000 fewer than last year's, was at least 46,000."
    claims = [
        Claim(more(-5_000), "students", {"year": "2024"}, of="last year", id="fewer"),
        Claim("at least 46,000", "students", {"year": "2024"}, id="intake"),
        Claim("at most 50,000", "students", {"year": "2023"}, id="last year"),
    ]
    report = check(claims)
    assert [c.claims for c in report.conflicts] == [("fewer", "intake", "last year")]
    assert "50,000 students (year: 2023; claim last year) − 5,000 is 45,000; 5,000 fewer, claim fewer" in (
        report.conflicts[0].message
    )
    # the intake puts last year's at 51,000 or more
    for last_year, ok in [("at most 51,000", True), ("fewer than 51,000", False)]:
        stated = Claim(last_year, "students", {"year": "2023"}, id="last year")
        assert check([*claims[:2], stated]).ok is ok, last_year


def test_a_difference_in_money_is_converted_to_the_cell_unit() -> None:
    # "The 2024 budget is $2.5bn, $300m more than in 2023, when it was $2.1bn."
    claims = [
        Claim(Estimate(2_100, 2_100, "USD"), "budget", {"year": "2023"}, id="2023"),
        Claim("$2.5bn", "budget", {"year": "2024"}, id="2024"),
        Claim(more(300_000_000, unit="USD"), "budget", {"year": "2024"}, of="2023", id="rise"),
    ]
    report = check(claims)
    assert not report.ok  # 2,100 dollars plus $300m is not $2.5bn: the units are honoured
    right = [Claim("$2.2bn", "budget", {"year": "2023"}, id="2023"), *claims[1:]]
    assert check(right).ok


def test_a_difference_in_another_dimension_is_a_unit_mismatch() -> None:
    claims = [
        Claim("40 km", "trail", {"year": "2023"}, id="old"),
        Claim(more(3_000_000, unit="USD"), "trail", {"year": "2024"}, of="old", id="rise"),
    ]
    report = check(claims)
    assert [error.rule for error in report.errors] == ["unit-mismatch"]


# "Of the 2,000 people on board, 1 of them is still missing; rescuers say at most 10 are unaccounted for."
def test_a_plain_count_with_of_is_a_count_among_its_base_whatever_its_size() -> None:
    claims = [
        Claim("2,000", "passengers", id="aboard"),
        Claim("at most 10", "missing", id="rescuers"),
        Claim("1", "missing", of="aboard", id="one"),
    ]
    report = check(claims)
    assert report.ok, report


def test_a_count_with_of_is_at_most_its_base() -> None:
    # "300 of whom were children": 300 children among 250 evacuees cannot be
    claims = [Claim("250", "evacuees", id="all"), Claim("300", "children", of="all", id="children")]
    assert [c.claims for c in check(claims).conflicts] == [("all", "children")]


def test_a_share_is_decided_by_its_wording_not_its_size() -> None:
    assert role(Claim("x", "a", of="b"), Estimate(1, 1)) == "count"
    assert role(Claim("x", "a", of="b"), Estimate(40, 40, "percent")) == "share"
    assert role(Claim("x", "a", of="b"), Estimate(3, 3, relation="ratio")) == "ratio"
    assert role(Claim("x", "a", of="b"), Estimate("1/2", "1/2", kind="fraction")) == "share"
    assert role(Claim("x", "a", of="b"), Estimate(500, 500, relation="difference")) == "difference"
    assert role(Claim("x", "a"), Estimate(40, 40, "percent")) == "own share"
    assert role(Claim("x", "a"), Estimate(40, 40)) == "amount"


@pytest.mark.parametrize(
    ("value", "words"),
    [(times(3), "a multiple needs the figure it multiplies"), (more(500), "a difference needs")],
)
def test_a_relative_figure_without_a_base_is_a_model_error(value: Estimate, words: str) -> None:
    with pytest.raises(ModelError, match=words) as caught:
        Claim(value, "nurses", id="n")
    assert "add of =" in str(caught.value)
    assert "claim n" in str(caught.value)


def test_a_difference_from_the_same_figure_is_an_error_finding() -> None:
    claims = [
        Claim("110", "toll", id="toll"),
        Claim(more(20), "toll", of="toll 2", id="rise"),
        Claim("90", "toll", id="toll 2"),
    ]
    report = check(claims)
    assert [error.rule for error in report.errors] == ["difference-of-itself"]
    assert "different scopes" in report.errors[0].message


def test_a_share_in_a_unit_is_refused() -> None:
    claims = [
        Claim("40 km", "road", id="road"),
        Claim(Estimate(5, 5, "km", relation="share"), "paved road", of="road", id="paved"),
    ]
    report = check(claims)
    assert [error.rule for error in report.errors] == ["unit-mismatch"]


def test_relations_chain_through_a_hierarchy() -> None:
    # "Aid agencies count 9,000 refugees across the two camps; the northern camp holds twice as many as
    # the southern one, which the UN puts at 3,500."
    h = Hierarchy()
    h.partition("camp", "both camps", ["north", "south"])
    claims = [
        Claim("9,000", "refugees", {"camp": "both camps"}, id="agencies", source="aid agencies"),
        Claim(times(2), "refugees", {"camp": "north"}, of="un", id="twice"),
        Claim("3,500", "refugees", {"camp": "south"}, id="un", source="the UN"),
    ]
    report = check(claims, h)
    # twice 3,500 is 7,000 in the north, 10,500 in all: more than the agencies' 9,000
    assert [c.claims for c in report.conflicts] == [("agencies", "twice", "un")]
    assert check([*claims[:2], Claim("3,000", "refugees", {"camp": "south"}, id="un")], h).ok


# The same passages as the words a claims file quotes: the parser reads the relation.
def test_the_hospital_passage_in_words() -> None:
    claims = [
        Claim("120 doctors", "doctors", NOW, id="staff list", source="the staff list"),
        Claim("360 nurses", "nurses", NOW, id="nurses"),
        Claim("three times as many", "nurses", NOW, of="staff list", id="three times"),
        Claim("150", "nurses", {"year": "2019"}, id="2019"),
        Claim("more than doubled", "nurses", NOW, of="2019", id="doubled"),
    ]
    assert check(claims).ok
    union = Claim("140 doctors", "doctors", NOW, id="union", source="the union")
    report = check([*claims, union])
    assert sorted(conflict.claims for conflict in report.conflicts) == [
        ("nurses", "three times", "union"),
        ("staff list", "union"),
    ]
    multiple = next(c for c in report.conflicts if "three times" in c.claims)
    # "three times" in words is 2.85 to 3.15 times: 2.85 × 140 is 399, more than the 360 nurses
    assert "2.85 × 140 doctors (year: 2024; the union, claim union) is 399; three times as many" in (
        multiple.message
    )


def test_differences_in_words() -> None:
    # "Police now say 62,000 marched, 12,000 more than they said on Saturday; organisers' count
    # fell by 5,000 from 90,000 to 80,000."
    claims = [
        Claim("50,000", "marchers", {"count": "police, Saturday"}, id="saturday"),
        Claim("62,000", "marchers", {"count": "police, Sunday"}, id="sunday"),
        Claim("12,000 more than", "marchers", {"count": "police, Sunday"}, of="saturday", id="more"),
        Claim("90,000", "marchers", {"count": "organisers, before"}, id="before"),
        Claim("5,000 fewer than", "marchers", {"count": "organisers, after"}, of="before", id="fell"),
        Claim("80,000", "marchers", {"count": "organisers, after"}, id="after"),
    ]
    report = check(claims)
    assert [c.claims for c in report.conflicts] == [("before", "fell", "after")]
    assert (
        "(90,000 marchers (count: organisers, before; claim before) − 5,000 is 85,000; 5,000 fewer than"
    ) in report.conflicts[0].message


def test_one_of_them_in_words_is_a_count() -> None:
    claims = [
        Claim("2,000 people", "passengers", id="aboard"),
        Claim("at most 10", "missing", id="rescuers"),
        Claim("1 of them", "missing", of="aboard", id="one"),
    ]
    assert check(claims).ok


def test_a_multiple_in_words_without_of_is_refused_when_checked() -> None:
    with pytest.raises(ModelError, match="add of ="):
        check([Claim("three times as many", "nurses", id="x")])


def test_a_negative_difference_never_makes_its_subject_signed():
    # "5,000 fewer than" is a change, not a negative figure: staff stay a count, floored at zero.
    before = Claim("2,000", "staff", {"year": "2019"}, id="before")
    report = check([before, Claim("5,000 fewer than", "staff", {"year": "2020"}, of="before", id="after")])
    assert [conflict.claims for conflict in report.conflicts] == [("before", "after")]
    fits = Claim("9,000", "staff", {"year": "2019"}, id="before")
    assert check([fits, Claim("5,000 fewer than", "staff", {"year": "2020"}, of="before")]).ok


# --- multiples of rates, decided exactly (issue 10 §3): a rate is its count over its total -----------
# "More than 85% of the staff at Northgate General are nurses, and the share of the staff who are agency
# nurses is at least one and a half times that," a union newsletter says. No share of the staff passes
# all of it.


def _staff(*under: tuple[str, str]) -> Hierarchy:
    """Subjects counted among a hospital's staff (each under the whole named beside it)."""
    hierarchy = Hierarchy()
    for subject, whole in under:
        hierarchy.subset("subject", subject, of=whole)
    return hierarchy


def test_a_multiple_of_a_rate_that_takes_a_share_past_all_of_its_total_clashes() -> None:
    hierarchy = _staff(("nurses", "staff"), ("agency nurses", "staff"))
    nurses = Claim("more than 85%", "nurses", id="nurses")
    agency = Claim(times("3/2", "inf"), "agency nurses", of="nurses", id="agency")
    report = check([nurses, agency], hierarchy)
    assert [c.claims for c in report.conflicts] == [("nurses", "agency")]
    # a tenth more than 85% is 93.5% or more, which the agency nurses can be
    fits = Claim(times("11/10", "inf"), "agency nurses", of="nurses", id="agency")
    assert check([nurses, fits], hierarchy).ok


def test_a_rate_among_a_part_is_at_most_all_of_that_part() -> None:
    # the agency nurses counted among the nurses, the nurses among the staff: two totals, still decided
    hierarchy = _staff(("nurses", "staff"), ("agency nurses", "nurses"))
    nurses = Claim("more than 85%", "nurses", id="nurses")
    for factor, ok in [(times("3/2", "inf"), False), (times("11/10", "inf"), True)]:
        agency = Claim(factor, "agency nurses", of="nurses", id="agency")
        assert check([nurses, agency], hierarchy).ok is ok, factor


def test_a_multiple_of_a_rate_meets_the_counts_behind_both_rates() -> None:
    # "Northgate's 200 staff include at most 30 agency nurses. Nurses are 10% of the staff, and the
    # agency rate is twice the nurses' rate": twice 10% of 200 is 40 agency nurses, not at most 30
    hierarchy = _staff(("nurses", "staff"), ("agency nurses", "staff"))
    claims = [
        Claim("200", "staff", id="staff"),
        Claim("at most 30", "agency nurses", id="agency count"),
        Claim("10%", "nurses", id="nurses", exact=True),
        Claim(times(2), "agency nurses", of="nurses", id="twice"),
    ]
    report = check(claims, hierarchy)
    assert [c.claims for c in report.conflicts] == [("staff", "agency count", "nurses", "twice")]
    # one and a half times 10% of 200 is 30 agency nurses: it fits
    fits = Claim(times("3/2"), "agency nurses", of="nurses", id="twice")
    assert check([*claims[:3], fits], hierarchy).ok
