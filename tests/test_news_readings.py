"""Readings the sixth set of news passages needed, each on sentences of its own (not the passages').

Markets' verbs of change ("shed 2.3%", "gained 0.8%"), a change in index points restated in per cent,
a speed over a journey's time, money per resident, and ages or lengths compared ("two years older").
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import pytest

from claimcheck import Claim, check, extract, load, parse_quantity
from claimcheck.parse import scan

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("The Nikkei shed 1.4% on Monday.", Fraction(986, 1000)),
        ("Shares in the miner lost 6% in early trading.", Fraction(94, 100)),
        ("The pound gained 0.8% against the dollar.", Fraction(1008, 1000)),
        ("The Dax added 1.2% by the close.", Fraction(1012, 1000)),
        ("Gold advanced 0.5% to a record.", Fraction(1005, 1000)),
        ("Bank shares slumped 9% after the results.", Fraction(91, 100)),
        ("The rouble plummeted 20% in a week.", Fraction(80, 100)),
    ],
)
def test_a_markets_verb_before_a_percentage_states_a_change(text: str, ratio: Fraction) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.lo) == ("ratio", ratio)


def test_a_markets_verb_before_money_states_a_change() -> None:
    estimate = parse_quantity("The group added $3bn in market value.")
    assert (estimate.relation, estimate.lo, estimate.unit) == ("difference", 3_000_000_000, "USD")


@pytest.mark.parametrize(
    "text", ["The carmaker shed 3,000 jobs.", "They lost 3 games in a row.", "The party gained 12 seats."]
)
def test_the_same_verbs_before_a_count_count_things(text: str) -> None:
    (estimate,) = [match.estimate for match in scan(text)]
    assert estimate.relation == "amount"


def _claims_file(tmp_path: Path, article: str, claims: str) -> Path:
    (tmp_path / "story.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "story.claims.toml"
    path.write_text(f'article = "story.txt"\n{claims}', encoding="utf-8")
    return path


_CLOSES = """
[[claim]]
id = "before"
quote = "{before}"
subject = "index"
scope = {{ day = "Monday" }}

[[claim]]
id = "now"
quote = "to {now}"
subject = "index"
scope = {{ day = "Tuesday" }}

[[claim]]
id = "share"
quote = "or {share}"
subject = "index"
scope = {{ day = "Tuesday" }}
of = "before"
"""


@pytest.mark.parametrize(("share", "conflicts"), [("1.7%", 0), ("2.7%", 1)])
def test_a_percentage_after_a_change_in_points_restates_the_change(
    tmp_path: Path, share: str, conflicts: int
) -> None:
    # 8,210.4 less 140.2 points is 8,070.2, 1.71% down: "or 1.7%" is that fall, never 1.7% of the index
    article = f"The Dax fell 140.2 points, or {share}, to 8,070.2, from 8,210.4 on Monday."
    claims = _CLOSES.format(before="8,210.4", now="8,070.2", share=share)
    loaded = load(_claims_file(tmp_path, article, claims))
    assert loaded.claims[2].value == f"{share} less"
    assert len(check(loaded.claims, loaded.hierarchy).conflicts) == conflicts


def test_a_percentage_after_a_change_in_things_restates_the_change(tmp_path: Path) -> None:
    article = "Payrolls rose by 4,300 jobs, or 9%, to 52,100, from 47,800 a year earlier."
    loaded = load(_claims_file(tmp_path, article, _CLOSES.format(before="47,800", now="52,100", share="9%")))
    assert loaded.claims[2].value == "9% more"
    assert check(loaded.claims, loaded.hierarchy).ok


@pytest.mark.parametrize(
    ("speed", "over", "conflicts"),
    [
        ("90mph", "160 minutes", 0),  # 240 miles
        ("100mph", "160 minutes", 1),  # 266.7 miles
        ("about 90mph", "2.5 hours", 0),  # 202.5 to 247.5 miles
    ],
)
def test_a_speed_over_a_time_is_a_distance(speed: str, over: str, conflicts: int) -> None:
    claims = [Claim("240 miles", "distance", id="route"), Claim(speed, "distance", id="speed", over=over)]
    assert len(check(claims).conflicts) == conflicts


def test_a_speed_in_kilometres_an_hour_meets_a_distance_in_miles() -> None:
    # 120km/h for 90 minutes is 180km, 111.8 miles
    fits = [Claim("112 miles", "distance"), Claim("120km/h", "distance", over="90 minutes")]
    assert check(fits).ok
    clashes = [Claim("100 miles", "distance"), Claim("120km/h", "distance", over="90 minutes")]
    assert not check(clashes).ok


@pytest.mark.parametrize(
    "text",
    [
        "£240 per resident",
        "£240 a resident",
        "£240 for each resident",
        "£240 for every pupil",
        "£240 for each of its 81,000 residents",
        "£240 for each of the 3,100 people",
    ],
)
def test_money_for_each_person_is_a_rate_per_person(text: str) -> None:
    first = next(iter(scan(text))).estimate
    assert (first.unit, first.lo) == ("GBP / person", 240)


def test_the_number_of_people_after_each_of_stays_a_figure() -> None:
    found = [match.estimate.lo for match in scan("£240 for each of its 81,000 residents")]
    assert found == [240, 81_000]


def test_a_figure_for_each_resident_over_the_residents_is_the_total(tmp_path: Path) -> None:
    article = "The county will spend £19.4m, or £240 for each of its 81,000 residents, on roads."
    claims = """
[[claim]]
id = "total"
quote = "£19.4m"
subject = "roads spending"

[[claim]]
id = "per-head"
quote = "£240"
subject = "roads spending"
over = "81,000 residents"
"""
    loaded = load(_claims_file(tmp_path, article, claims))
    assert check(loaded.claims, loaded.hierarchy).ok  # £240 × 81,000 is £19.44m
    wrong = load(_claims_file(tmp_path, article.replace("£240", "£420"), claims.replace("£240", "£420")))
    assert [set(conflict.claims) for conflict in check(wrong.claims, wrong.hierarchy).conflicts] == [
        {"total", "per-head"}
    ]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("She is two years older than her brother.", 2, "year"),
        ("The bride was 4.5 years younger.", Fraction(-9, 2), "year"),
        ("The new route is 40 minutes longer than the old one.", 40, "minute"),
        ("The bypass is 3km shorter.", -3, "kilometer"),
    ],
)
def test_a_figure_older_younger_longer_or_shorter_is_a_difference(
    text: str, low: Fraction, unit: str
) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.lo, estimate.unit) == ("difference", low, unit)


def test_a_value_read_across_a_line_break_is_on_one_line(tmp_path: Path) -> None:
    article = "The county will spend £19.4m, or £240 for\neach of its 81,000 residents, on roads."
    claims = """
[[claim]]
id = "per-head"
quote = "£240"
subject = "roads spending"
over = "81,000 residents"
"""
    (claim,) = load(_claims_file(tmp_path, article, claims)).claims
    assert claim.value == "£240 for each of its 81,000 residents"


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("The Dax fell 140.2 points, or 1.7%, to 8,070.2.", Fraction(983, 1000)),
        ("Payrolls rose by 4,300 jobs, or 9%, to 52,100.", Fraction(109, 100)),
    ],
)
def test_extraction_reads_the_restated_change_past_its_unit(text: str, ratio: Fraction) -> None:
    found = [m.estimate for m in extract(text) if m.estimate is not None]
    assert [estimate.lo for estimate in found if estimate.relation == "ratio"] == [ratio]
