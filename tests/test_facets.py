"""Facets that are not amounts: years, report dates and versions never add up (issue 11 §3)."""

from __future__ import annotations

import pytest

from claimcheck import Claim, ClaimsFileError, Hierarchy, ModelError, check, load
from claimcheck.cli import main


def test_the_same_subject_in_two_years_is_two_readings_not_two_parts():
    claims = [
        Claim("500", "refugees", {"year": "2022"}),
        Claim("600", "refugees", {"year": "2023"}),
        Claim("700", "refugees", id="latest"),
    ]
    report = check(claims)
    assert report.ok
    assert not report.implied  # no "every year together" is implied from the two years


@pytest.mark.parametrize("facet", ["year", "date", "month", "as of", "reported", "version", "As Of"])
def test_facets_named_like_time_do_not_add_up(facet):
    h = Hierarchy()
    h.partition(facet, "all", ["a", "b"])
    claims = [Claim(v, "x", {facet: part}) for v, part in (("500", "a"), ("600", "b"), ("700", "all"))]
    assert not h.adds(" ".join(facet.casefold().split()))
    assert check(claims, h).ok  # 500 + 600 is no sum of anything


def test_other_facets_still_add_up_and_a_declaration_wins():
    h = Hierarchy()
    h.partition("region", "all", ["a", "b"])
    claims = [Claim(v, "x", {"region": part}) for v, part in (("500", "a"), ("600", "b"), ("700", "all"))]
    assert h.adds("region")
    assert not check(claims, h).ok
    years = Hierarchy()
    years.partition("year", "the decade", ["2022", "2023"])
    years.facet("year", adds=True)  # flows: the decade's spending is the years' spending
    spending = [
        Claim(v, "x", {"year": year}) for v, year in (("5", "2022"), ("6", "2023"), ("7", "the decade"))
    ]
    assert not check(spending, years).ok
    region = Hierarchy()
    region.partition("region", "all", ["a", "b"])
    region.facet("region", adds=False)
    assert check(claims, region).ok


def toll() -> list[Claim]:
    return [
        Claim("at least 120", "deaths", {"day": "Tuesday"}, id="tuesday"),
        Claim("110", "deaths", {"day": "Wednesday"}, id="wednesday"),
    ]


def test_a_cumulative_toll_only_grows():
    h = Hierarchy()
    h.facet("day", cumulative=True)
    report = check(toll(), h)
    assert [conflict.claims for conflict in report.conflicts] == [("tuesday", "wednesday")]
    message = report.conflicts[0].message
    assert "Tuesday" in message
    assert "Wednesday" in message
    assert check(toll()).ok  # without the declaration the two days are unrelated


def test_cumulative_order_skips_days_no_claim_names():
    h = Hierarchy()
    h.facet("day", cumulative=True)
    claims = [
        Claim("100", "deaths", {"day": "Monday"}),
        Claim("90", "deaths", {"day": "Thursday"}),
    ]
    assert not check(claims, h).ok
    rising = [Claim("100", "deaths", {"day": "Monday"}), Claim("130", "deaths", {"day": "Thursday"})]
    assert check(rising, h).ok


def test_a_toll_over_a_weekend_wraps_round_the_week():
    # "the toll rose to 43 on Monday from 30 on Saturday": weekdays were ordered Monday first, so a toll
    # reported from Friday to Tuesday had Friday last, a false conflict with every later day's figure;
    # the week is read from the day after the longest gap between the days named
    h = Hierarchy()
    h.facet("day", cumulative=True)
    weekend = [
        Claim("19", "deaths", {"day": "Friday"}),
        Claim("30", "deaths", {"day": "Saturday"}),
        Claim("43", "deaths", {"day": "Monday"}),
    ]
    assert check(weekend, h).ok
    assert not check([*weekend[:2], Claim("25", "deaths", {"day": "Monday"})], h).ok
    # Friday, Monday, Tuesday: Friday may be the Friday before or after (three days either way), so only
    # Monday before Tuesday is certain; a declared order says the rest
    days = [Claim("70", "deaths", {"day": "Friday"}), Claim("37", "deaths", {"day": "Monday"})]
    assert check([*days, Claim("43", "deaths", {"day": "Tuesday"})], h).ok
    assert not check([*days, Claim("35", "deaths", {"day": "Tuesday"})], h).ok
    ordered = Hierarchy()
    ordered.facet("day", cumulative=True, order=["Friday", "Monday", "Tuesday"])
    assert not check([*days, Claim("43", "deaths", {"day": "Tuesday"})], ordered).ok


def test_cumulative_years_dates_and_a_declared_order():
    years = Hierarchy()
    years.facet("year", cumulative=True)
    assert not check([Claim("50", "x", {"year": "2023"}), Claim("40", "x", {"year": "2024"})], years).ok
    dates = Hierarchy()
    dates.facet("as of", cumulative=True)
    claims = [Claim("50", "x", {"as of": "2024-03-01"}), Claim("40", "x", {"as of": "2024-03-09"})]
    assert not check(claims, dates).ok
    reports = Hierarchy()
    reports.facet("report", cumulative=True, order=["first report", "second report"])
    claims = [Claim("50", "x", {"report": "Second report"}), Claim("60", "x", {"report": "First report"})]
    assert not check(claims, reports).ok


def test_a_cumulative_facet_with_no_order_is_an_error():
    h = Hierarchy()
    h.facet("report", cumulative=True)
    with pytest.raises(ModelError, match="no natural order"):
        check([Claim("50", "x", {"report": "first"}), Claim("40", "x", {"report": "second"})], h)
    with pytest.raises(ModelError, match="cannot both add up and be cumulative"):
        h.facet("year", adds=True, cumulative=True)
    with pytest.raises(ModelError, match="declared twice"):
        h.facet("report", adds=True)


def test_cumulative_crossed_with_places():
    h = Hierarchy()
    h.partition("place", "both", ["Iraq", "Syria"])
    h.facet("day", cumulative=True)
    claims = [
        Claim("100", "deaths", {"place": "Iraq", "day": "Tuesday"}, id="iraq"),
        Claim("50", "deaths", {"place": "Syria", "day": "Tuesday"}, id="syria"),
        Claim("140", "deaths", {"place": "both", "day": "Wednesday"}, id="both"),
    ]
    report = check(claims, h)
    assert [conflict.claims for conflict in report.conflicts] == [("iraq", "syria", "both")]


ARTICLE = """The ministry counted 4,100 displaced people in 2022 and 4,600 in 2023.
An aid group put the number at 5,000, and the toll rose to at least 120 by Tuesday.
"""


def test_claims_files_declare_facets_and_the_text_never_says_every_year_together(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "story.claims.toml"
    path.write_text(
        'article = "story.txt"\n'
        '[[facet]]\nname = "day"\ncumulative = true\n'
        '[[facet]]\nname = "report"\nadds = false\norder = ["first", "second"]\n'
        '[[claim]]\nid = "y22"\nquote = "4,100 displaced"\nsubject = "displaced"\n'
        'scope = { year = "2022" }\n'
        '[[claim]]\nid = "y23"\nquote = "4,600 in 2023"\nsubject = "displaced"\n'
        'scope = { year = "2023" }\n'
        '[[claim]]\nid = "aid"\nquote = "at the number at 5,000"\nsubject = "displaced"\n'
        '[[claim]]\nid = "aid2"\nvalue = "4,000 to 5,000"\nsubject = "displaced"\n',
        encoding="utf-8",
    )
    with pytest.raises(ClaimsFileError):  # a misquote still fails as before
        load(path)
    fixed = path.read_text(encoding="utf-8").replace("at the number at", "number at")
    path.write_text(fixed, encoding="utf-8")
    loaded = load(path)
    assert loaded.hierarchy.cumulative("day")
    assert not loaded.hierarchy.adds("report")
    assert check(loaded.claims, loaded.hierarchy).ok
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "together" not in out
    assert "every year" not in out


def test_claims_file_facet_errors(tmp_path):
    path = tmp_path / "bad.claims.toml"
    path.write_text('[[facet]]\nname = "day"\ncumulative = "yes"\n', encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="cumulative must be true or false"):
        load(path)
    path.write_text('[[facet]]\nname = "year"\nadds = true\ncumulative = true\n', encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="cannot both add up") as caught:
        load(path)
    assert caught.value.rule == "invalid-hierarchy"


def test_a_facets_whole_is_declared_once_and_never_for_the_subject():
    h = Hierarchy()
    h.facet("Sex", whole="All respondents")
    h.facet("sex", whole="all  respondents")  # the same declaration in another spelling
    assert h.wholes == {"sex": "all respondents"}
    with pytest.raises(ModelError, match="declared twice"):
        h.facet("sex", whole="adults")
    with pytest.raises(ModelError, match="the subject facet has no whole"):
        h.facet("subject", whole="people")


def test_a_claim_that_leaves_out_a_facet_with_a_whole_is_about_that_whole():
    # "Iraq and Syria" covers the place facet in this story: "fighters" with no place are those there
    h = Hierarchy()
    h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    claims = [
        Claim("600 to 700", "fighters", {"place": "Iraq"}, id="iraq"),
        Claim("500 to 600", "fighters", {"place": "Syria"}, id="syria"),
        Claim("at least 1,500", "fighters", id="all"),
    ]
    assert check(claims, h).ok  # fighters anywhere may be more than those in the two
    h.facet("place", whole="Iraq and Syria")
    report = check(claims, h)
    assert [c.claims for c in report.conflicts] == [("iraq", "syria", "all")]
    assert "fighters in Iraq and Syria" in report.conflicts[0].message
