"""Explanations do the arithmetic with the claims' own figures, in the figures' own units.

Every passage is written for these tests and labelled by reading it: the expected sums, products and
gaps are worked out by hand from the printed figures (widened by their printed precision, as
docs/engine.md says a figure is read).
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

from claimcheck import Claim, Hierarchy, Policy, check
from claimcheck.cli import main
from claimcheck.quantity import Estimate, format_magnitude

ROOT = Path(__file__).parent


def _poll() -> Hierarchy:
    poll = Hierarchy()
    poll.partition("sex", "all asked", ["men", "women"])
    poll.subset("subject", "backers", of="respondents")
    return poll


def test_a_multiple_states_its_product():
    # "The ward has 360 nurses, three times as many as its doctors" beside the union's "140 doctors":
    # three times 140 is 420 (in words, 2.85 to 3.15 times: at least 399), more than 360
    claims = [
        Claim("360", "nurses", id="nurses"),
        Claim(Estimate(3, 3, relation="ratio", text="three times as many"), "nurses", of="union", id="x3"),
        Claim("140", "doctors", id="union", source="the union"),
    ]
    (conflict,) = check(claims).conflicts
    assert conflict.message == (
        "nurses: at most 360 (claim nurses), but at least 420 (3 × 140 doctors (the union, claim union) "
        "is 420; three times as many, claim x3)"
    )


def test_the_base_of_a_multiple_is_the_figure_divided_by_it():
    # "360 nurses, three times as many as doctors"; a later paragraph: "doctors, 15 more than midwives"
    # with "at least 110 midwives": 360 / 3 is 120 doctors, but 110 + 15 is 125
    claims = [
        Claim("360", "nurses", id="nurses"),
        Claim(Estimate(3, 3, relation="ratio"), "nurses", of="doctors", id="x3"),
        Claim("at least 1", "doctors", id="doctors"),
        Claim(Estimate(15, 15, relation="difference"), "doctors", of="midwives", id="more"),
        Claim("at least 110", "midwives", id="midwives"),
    ]
    (conflict,) = check(claims).conflicts
    assert set(conflict.claims) == {"nurses", "x3", "more", "midwives"}
    steps = "\n".join(conflict.steps)
    assert "so doctors is at most 120 (360 nurses ÷ 3 is 120; 3 times as many, claim x3)" in steps
    assert "so doctors is at least 125 (110 midwives + 15 is 125; 15 more, claim more)" in steps


def test_a_difference_states_its_sum():
    # "Enrolment fell by 1,200 to 14,500, from 16,100 last year": 16,100 less 1,200 is 14,900
    claims = [
        Claim("16,100", "students", {"year": "2023"}, id="last"),
        Claim("1,200 fewer than", "students", {"year": "2024"}, of="last", id="fell"),
        Claim("14,500", "students", {"year": "2024"}, id="now"),
    ]
    (conflict,) = check(claims).conflicts
    assert conflict.message == (
        "students (year: 2024): at least 14,900 (16,100 students (year: 2023; claim last) − 1,200 is "
        "14,900; 1,200 fewer than, claim fell), but at most 14,500 (claim now)"
    )
    assert str(conflict.gap) == "400 (2.8%)"


def test_a_share_of_a_base_states_its_product():
    # "Of the 2,400 workers at the plant, 38% (some 1,100 people) voted to strike": 38% as printed is at
    # most 38.5%, and 38.5% of 2,400 is 924, below "some 1,100" (990 at the least)
    claims = [
        Claim("2,400", "workers", id="staff"),
        Claim("38%", "strikers", of="staff", id="share"),
        Claim("some 1,100", "strikers", id="count"),
    ]
    (conflict,) = check(claims).conflicts
    assert "(38.5% of 2,400 workers (claim staff) is 924; 38% as printed: 37.5% to 38.5%, claim share)" in (
        conflict.message
    )


def test_a_count_among_its_base_says_so():
    # "620 of the party's 580 councillors backed the motion": a count among a base is at most the base
    claims = [Claim("580", "councillors", id="council"), Claim("620", "backers", of="council", id="backers")]
    (conflict,) = check(claims).conflicts
    assert conflict.message == (
        "backers: at most 580 (a count among 580 councillors (claim council); 620, claim backers), "
        "but at least 620 (claim backers)"
    )


def test_a_share_of_its_own_cell_states_its_product_and_gaps_in_points():
    # "52% of the 480 men asked back the plan, some 300 of them": 52% as printed is below 52.5%, and
    # 52.5% of 480 is 252; 300 of 480 is 62.5%, 10 points above 52.5% (48 men)
    claims = [
        Claim("480", "respondents", {"sex": "men"}, id="asked"),
        Claim("52%", "backers", {"sex": "men"}, id="share"),
        Claim("300", "backers", {"sex": "men"}, id="count"),
    ]
    (conflict,) = check(claims, _poll()).conflicts
    assert "(less than 52.5% of 480 respondents (sex: men; claim asked) is less than 252; 52% as printed" in (
        conflict.message
    )
    assert conflict.gap is not None
    assert str(conflict.gap) == "10 percentage points (about 48); 10.5 percentage points as printed"
    assert (conflict.gap.amount.lo, conflict.gap.amount.unit) == (10, "percent")


def test_shares_of_their_own_cells_average_and_the_count_clash_gaps_in_points():
    # "Of 1,000 people asked, 55% of women and 48% of men back the plan; 560 of those asked back it":
    # an average of shares below 55.5% and 48.5% is below 55.5%, 555 of 1,000, so 560 is 0.5 points
    # (5 people) too many
    claims = [
        Claim("1,000", "respondents", {"sex": "all asked"}, id="asked"),
        Claim("55%", "backers", {"sex": "women"}, id="women"),
        Claim("48%", "backers", {"sex": "men"}, id="men"),
        Claim("560", "backers", {"sex": "all asked"}, id="total"),
    ]
    (conflict,) = check(claims, _poll()).conflicts
    assert str(conflict.gap) == "0.5 percentage points (about 5); 1 percentage point as printed"
    steps = "\n".join(conflict.steps)
    assert (
        "an average lies between its parts: the most of less than 48.5% (backers (sex: men)) and less "
        "than 55.5% (backers (sex: women)) is less than 55.5%"
    ) in steps
    assert (
        "(less than 55.5% (backers (sex: all asked)) of 1,000 respondents (sex: all asked) is less than 555)"
    ) in steps


def test_a_figure_in_another_unit_prints_in_the_claims_units_rounded_for_display():
    # storm-misprint: "gusts of up to 130 km/h (91mph)": 91mph as printed is at least 90.5 mph, 145.6 km/h
    report = check([Claim("up to 130 km/h", "gust", id="km"), Claim("91mph", "gust", id="miles")])
    (conflict,) = report.conflicts
    assert conflict.message == (
        "gust: at most 130 km/h (claim km), but at least 145.6 km/h (claim miles; 91mph as printed: "
        "90.5 mph to 91.5 mph)"
    )
    assert str(conflict.gap) == "15.65 km/h (12%); 16.45 km/h as printed"
    # display only: JSON keeps the exact figure (90.5 mph is 145.645632 km/h)
    gap = report.to_dict()["conflicts"][0]["gap"]["amount"]
    assert Fraction(gap["low"]) == Fraction("15.645632")
    # no figure anywhere in the text has more than four significant digits
    assert not re.search(r"\d\.\d{3,}", str(report))


def test_a_claim_in_another_unit_cites_its_own_words():
    # "The bypass is 18.5 km long; the council says it is at most 11 miles": 11 miles is 17.7 km
    report = check([Claim("18.5 km", "bypass", id="km"), Claim("at most 11 miles", "bypass", id="miles")])
    assert report.conflicts[0].message == (
        "bypass: at least 18.45 km (claim km; 18.5 km as printed: 18.45 km to 18.55 km), but at most "
        "17.71 km (claim miles: at most 11 miles)"
    )


def test_bounds_that_would_print_alike_get_more_digits():
    # 18.5 km (at least 18.45 km as printed) against at most 11.464 miles (18.4497… km): four digits
    # would print both as 18.45
    report = check([Claim("18.5 km", "bypass", id="km"), Claim("at most 11.464 miles", "bypass", id="miles")])
    message = report.conflicts[0].message
    low, high = re.findall(r"at (?:least|most) ([\d.]+) km", message)
    assert low != high
    assert Fraction(low) > Fraction(high)


def test_tiny_figures_print_in_scientific_style_and_stay_exact_in_json():
    # "Each dose held 0.000012 grams of the toxin, above the 0.00001-gram limit"
    dose = Claim("0.000012 grams", "dose", id="dose")
    report = check([dose, Claim("at most 0.00001 grams", "dose", id="limit")])
    text = str(report)
    assert "0.0000" not in text.replace("0.000012 grams as printed", "")  # the claim's own words stay
    assert "at least 1.15×10⁻⁵ g" in text
    assert "at most 1×10⁻⁵ g (claim limit)" in text
    assert report.to_dict()["conflicts"][0]["gap"]["amount"]["low"] == "3/2000000"


def test_format_magnitude_rounds_only_when_asked():
    value = Fraction("0.0000012345")
    assert format_magnitude(value) == "0.0000012345"
    assert format_magnitude(value, 4) == "1.235×10⁻⁶"
    assert format_magnitude(Fraction(99996, 10**8), 4) == "0.001"  # rounds up into plain style
    assert format_magnitude(Fraction(-12345, 10**9), 3) == "-1.23×10⁻⁵"
    assert format_magnitude(Fraction(10**18), 4) == "1×10¹⁸"
    assert format_magnitude(Fraction(3, 7), 4) == "0.4286"
    assert Estimate("17.702784", "18.9", "km").shown() == "17.7 km–18.9 km"
    # never two alike, and each end rounded outward so the figures shown hold the estimate
    assert Estimate("17.7001", "17.7002", "km").shown() == "17.7 km–17.71 km"


CROWD = """\
article = "march.txt"

[[claim]]
id = "police"
quote = "100,000"
subject = "marchers"
source = "the police"

[[claim]]
id = "stewards"
quote = "10,000"
subject = "marchers"

[[claim]]
id = "council"
quote = "at most 15,000"
subject = "marchers"

[[claim]]
id = "organisers"
quote = "9,000 to 11,000"
subject = "marchers"
"""

MARCH = (
    "Police put the crowd at 100,000, though stewards counted 10,000, the council said at most "
    "15,000 had marched and the organisers gave 9,000 to 11,000.\n"
)


def _crowd(tmp_path: Path) -> Path:
    (tmp_path / "march.txt").write_text(MARCH, encoding="utf-8")
    path = tmp_path / "march.claims.toml"
    path.write_text(CROWD, encoding="utf-8")
    return path


SUMMARY = "the police's 100,000 (claim police) clashes with 3 other claims: stewards, council, organisers"


def test_a_claim_in_many_conflicts_is_summed_up_in_the_text_output(tmp_path, capsys):
    assert main(["check", str(_crowd(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert f"info claim-in-many-conflicts {SUMMARY}" in out


def test_a_claim_in_many_conflicts_is_summed_up_in_the_json_and_html_outputs(tmp_path, capsys):
    path = _crowd(tmp_path)
    assert main(["check", "--format", "json", str(path)]) == 1
    document = json.loads(capsys.readouterr().out)
    (summary,) = document["files"][0]["report"]["summaries"]
    assert summary["message"] == SUMMARY
    page = tmp_path / "march.html"
    assert main(["check", "--format", "html", "-o", str(page), str(path)]) == 1
    html = page.read_text(encoding="utf-8")
    assert "the police&#x27;s 100,000 (claim police) clashes with 3 other claims" in html


def test_ranges_that_only_touch_say_so():
    # "64% of those asked back the plan", a later paragraph "63%": as printed, 63.5% to 64.5% and 62.5%
    # to 63.5%, which meet only at 63.5%, an end the second excludes
    (conflict,) = check([Claim("64%", "backers", id="a"), Claim("63%", "backers", id="b")]).conflicts
    assert str(conflict.gap) == "0 percentage points (the ranges only touch); 1 percentage point as printed"
    (conflict,) = check([Claim("fewer than 500", "x", id="a"), Claim("at least 500", "x", id="b")]).conflicts
    assert str(conflict.gap) == "0 (the ranges only touch)"  # thresholds are not rounded: nothing to add


def test_a_gap_rounding_narrowed_also_says_how_far_apart_the_figures_are_as_printed():
    # a ministry's "$11bn" deficit against an audit's "$13bn": even read as $10.5bn to $11.5bn and
    # $12.5bn to $13.5bn they are $1bn apart, and a reader sees $2bn between them
    deficit = [Claim("$11bn", "deficit", id="ministry"), Claim("$13bn", "deficit", id="audit")]
    (conflict,) = check(deficit).conflicts
    assert conflict.gap is not None
    assert (conflict.gap.amount.lo, conflict.gap.printed) == (10**9, Estimate(2 * 10**9, 2 * 10**9, "USD"))
    assert str(conflict.gap) == "$1 billion (8.7%); $2 billion as printed"
    assert conflict.to_dict()["gap"]["printed"]["low"] == str(2 * 10**9)
    # whole counts are not rounded, and a figure read exactly prints one gap
    (conflict,) = check([Claim("350", "teachers", id="a"), Claim("356", "teachers", id="b")]).conflicts
    assert conflict.gap is not None
    assert conflict.gap.printed is None
    exact = check(deficit, policy=Policy(rounding="exact"))
    assert str(exact.conflicts[0].gap) == "$2 billion (18.2%)"


def test_the_html_page_prints_converted_figures_rounded(tmp_path, capsys):
    # storm-misprint: "gusts of up to 130 km/h (91mph)"; the number line's verdict and the conflict
    # print 90.5 mph as 145.6 km/h, not 145.645632 km/h
    page = tmp_path / "storm.html"
    claims = ROOT / "data" / "realworld" / "storm-misprint.claims.toml"
    assert main(["check", "--format", "html", "-o", str(page), str(claims)]) == 1
    capsys.readouterr()
    html = page.read_text(encoding="utf-8")
    assert "a gap of ≈ 15.65 km/h between 130 km/h and ≈ 145.6 km/h" in html
    assert "at least 145.6 km/h (claim gusts-miles" in html
    assert "145.645632" not in html
