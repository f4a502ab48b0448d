"""A share stated for a cell without ``of`` is a share of that cell's own total.

The passages are written for these tests; the claims are what a careful reader takes from them.
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck import Claim, Hierarchy, Policy, check

#: reading figures as printed exactly, where a test is about the arithmetic of shares
EXACT = Policy(rounding="exact")

# "A poll of 900 adults found 55% of men and 45% of women back the bill; 51% of all respondents
# support it. A rival poll of the same respondents, reported on another channel, put support at 40%."
ALL = {"sex": "all respondents"}


def poll(*, named: bool = True) -> Hierarchy:
    """Respondents split by sex; with ``named``, the backers' share is of the respondents."""
    h = Hierarchy()
    h.partition("sex", "all respondents", ["men", "women"])
    if named:
        h.subset("subject", "backers", of="respondents")
    return h


BY_SEX = [
    Claim("55%", "backers", {"sex": "men"}, id="men"),
    Claim("45%", "backers", {"sex": "women"}, id="women"),
]
OVERALL = Claim("51%", "backers", ALL, id="overall")
RIVAL = Claim("40%", "backers", ALL, id="rival", source="a rival poll")


def test_shares_over_a_partition_do_not_add_up() -> None:
    # 55% + 45% is not "100% of someone": each is a share of its own group
    for named in (True, False):
        report = check(BY_SEX, poll(named=named))
        assert report.ok, report
        # the shares of all respondents lie between the groups' (a weighted average)
        assert [(item.subject, dict(item.scope)) for item in report.implied] == [("backers", ALL)]
        (overall,) = report.implied
        # "55%" as printed is 54.5% to 55.5%, "45%" 44.5% to 45.5%
        low, high = overall.estimate.lo, overall.estimate.hi
        assert (low, high, overall.estimate.unit) == (Fraction(89, 2), Fraction(111, 2), "percent")
        (exact,) = check(BY_SEX, poll(named=named), policy=EXACT).implied
        assert (exact.estimate.lo, exact.estimate.hi) == (45, 55)


def test_the_overall_share_is_a_weighted_average_of_the_parts() -> None:
    for named in (True, False):
        h = poll(named=named)
        assert check([*BY_SEX, OVERALL], h).ok
        for outside in ("44%", "56%", "30%"):
            report = check([*BY_SEX, Claim(outside, "backers", ALL, id="out")], h)
            assert [c.claims for c in report.conflicts] == [("men", "women", "out")], outside
        for inside in ("46%", "50%", "54%"):  # strictly between: both groups have members
            assert check([*BY_SEX, Claim(inside, "backers", ALL, id="in")], h).ok, inside


def test_a_rival_share_of_the_same_respondents_clashes() -> None:
    h = poll()
    report = check([OVERALL, RIVAL], h)
    assert [c.claims for c in report.conflicts] == [("overall", "rival")]
    report = check([*BY_SEX, RIVAL], h)
    assert [c.claims for c in report.conflicts] == [("men", "women", "rival")]
    assert not check([*BY_SEX, OVERALL, RIVAL], h).ok


def test_stated_counts_combine_exactly_with_shares() -> None:
    # 900 respondents, 450 of them women: 55% of 450 men and 45% of 450 women back the bill, 450 in all
    counts = [
        Claim("900", "respondents", ALL, id="n"),
        Claim("450", "respondents", {"sex": "women"}, id="w"),
    ]
    h = poll()
    assert check([*BY_SEX, *counts, Claim("50%", "backers", ALL, id="all")], h).ok
    report = check([*BY_SEX, *counts, Claim("52%", "backers", ALL, id="all")], h)
    assert [c.claims for c in report.conflicts] == [("men", "women", "n", "w", "all")]
    # the backers among men are 55% of the 450 men
    report = check([*BY_SEX, *counts, Claim("250", "backers", {"sex": "men"}, id="count")], h)
    assert not report.ok
    assert check([*BY_SEX, *counts, Claim("247.5", "backers", {"sex": "men"}, id="count")], h).ok


def test_a_count_of_backers_bounds_the_respondents() -> None:
    # "Some 330 men back the bill, 55% of the men asked": so 600 men were asked
    h = poll()
    claims = [
        BY_SEX[0],
        Claim("330", "backers", {"sex": "men"}, id="count"),
        Claim("450", "respondents", {"sex": "women"}, id="w"),
    ]
    report = check(claims, h, policy=EXACT)
    assert report.ok
    total = next(item for item in report.implied if item.subject == "respondents" and item.scope == ALL)
    assert (total.estimate.lo, total.estimate.hi) == (1_050, 1_050)


def test_a_share_of_a_cell_is_of_its_own_total_not_a_figure_in_percent() -> None:
    # "Turnout was 62% in the north" and "turnout was 58% in the south": no sum of 120% anywhere
    h = Hierarchy()
    h.partition("region", "the country", ["north", "south"])
    claims = [
        Claim("62%", "voters", {"region": "north"}, id="north"),
        Claim("58%", "voters", {"region": "south"}, id="south"),
        Claim("60%", "voters", {"region": "the country"}, id="national"),
    ]
    assert check(claims, h).ok
    claims[2] = Claim("64%", "voters", {"region": "the country"}, id="national")
    assert not check(claims, h).ok


def test_two_shares_of_one_cell_must_meet() -> None:
    claims = [Claim("about 30%", "backers", id="a"), Claim("70%", "backers", id="b")]
    assert [c.claims for c in check(claims).conflicts] == [("a", "b")]
    claims = [Claim("between 30% and 40%", "backers", id="a"), Claim("35%", "backers", id="b")]
    assert check(claims).ok


def test_implied_bounds_work_for_shares() -> None:
    # with 55% of men and 51% overall, the women's support must be at most 51%
    report = check([BY_SEX[0], OVERALL], poll(), policy=EXACT)
    assert report.ok
    women = next(item for item in report.implied if item.scope == {"sex": "women"})
    assert women.subject == "backers"
    assert (women.estimate.lo, women.estimate.hi, women.estimate.unit) == (0, 51, "percent")
    assert set(women.claims) == {"men", "overall"}
    printed = check([BY_SEX[0], OVERALL], poll()).implied
    women = next(item for item in printed if item.scope == {"sex": "women"})
    assert (women.estimate.hi, women.estimate.high_open) == (Fraction(103, 2), True)  # "51%" < 51.5%


def test_explanations_average_the_parts() -> None:
    report = check([*BY_SEX, OVERALL, RIVAL], poll(), policy=EXACT)
    by_claims = {conflict.claims: conflict.message for conflict in report.conflicts}
    assert set(by_claims) == {("overall", "rival"), ("men", "women", "rival")}
    assert by_claims[("overall", "rival")] == (
        "backers (sex: all respondents): at least 51% (claim overall), "
        "but at most 40% (a rival poll, claim rival)"
    )
    # a long chain is a headline, and its steps do the arithmetic
    assert by_claims[("men", "women", "rival")] == (
        "backers (sex: all respondents): at least 45% (claim men, claim women), "
        "but at most 40% (a rival poll, claim rival)"
    )
    (chain,) = [conflict for conflict in report.conflicts if conflict.claims == ("men", "women", "rival")]
    assert chain.steps[:2] == (
        "backers (sex: men) is at least 55% (claim men)",
        "backers (sex: women) is at least 45% (claim women)",
    )
    assert chain.steps[2] == (
        "so backers (sex: all respondents) is at least 45% (an average lies between its parts: the least "
        "of 55% (backers (sex: men)) and 45% (backers (sex: women)) is 45%)"
    )
    assert chain.steps[-1] == "backers (sex: all respondents) cannot be both at least 45% and at most 40%"


def test_a_share_never_names_the_hidden_total_in_a_report() -> None:
    report = check([*BY_SEX, OVERALL], poll(named=False))
    assert report.ok
    assert all("total behind" not in item.subject for item in report.implied)


# The passage: "Support for the bill was 55% among men and 45% among women; overall, 40% of those asked
# backed it". The claims file writes "overall" without a sex, as the article does.
OVERALL_UNSAID = Claim("40%", "backers", id="overall")


def test_an_overall_share_without_the_facet_is_not_linked_unless_the_file_says_what_it_is_about() -> None:
    # without a declaration, a figure that leaves the sex out is about every value of the facet, which
    # may reach beyond the declared partition: no conflict can be claimed
    assert check([*BY_SEX, OVERALL_UNSAID], poll()).ok


def test_a_facet_whole_links_the_overall_share_to_the_partitions_whole() -> None:
    h = poll()
    h.facet("sex", whole="all respondents")
    report = check([*BY_SEX, OVERALL_UNSAID], h)
    assert [c.claims for c in report.conflicts] == [("men", "women", "overall")]
    assert report.conflicts[0].message.startswith("backers (sex: all respondents): at least 44.5%")
    # the same claims with the facet written out give the same verdict
    written = Claim("40%", "backers", ALL, id="overall")
    assert [c.claims for c in check([*BY_SEX, written], poll()).conflicts] == [("men", "women", "overall")]
    assert check([*BY_SEX, Claim("51%", "backers", id="overall")], h).ok


def test_a_claims_file_declares_a_facets_whole(tmp_path) -> None:
    from claimcheck import load

    path = tmp_path / "poll.claims.toml"
    path.write_text(
        '[[partition]]\nfacet = "sex"\nwhole = "all respondents"\nparts = ["men", "women"]\n'
        '[[facet]]\nname = "sex"\nwhole = "all respondents"\n'
        '[[claim]]\nid = "men"\nvalue = "55%"\nsubject = "backers"\nscope = { sex = "men" }\n'
        '[[claim]]\nid = "women"\nvalue = "45%"\nsubject = "backers"\nscope = { sex = "women" }\n'
        '[[claim]]\nid = "overall"\nvalue = "40%"\nsubject = "backers"\n',
        encoding="utf-8",
    )
    loaded = load(path)
    assert loaded.hierarchy.wholes == {"sex": "all respondents"}
    report = check(loaded.claims, loaded.hierarchy)
    assert [c.claims for c in report.conflicts] == [("men", "women", "overall")]


def test_a_rate_past_100_percent_is_no_conflict() -> None:
    # "Annual inflation hit 120% in March, up from 95% in January, and the central bank's key rate
    # doubled to 80%": percentages of nothing named are rates, and a rate may pass 100%
    claims = [
        Claim("120%", "inflation", {"month": "March"}, id="march"),
        Claim("95%", "inflation", {"month": "January"}, id="january"),
        Claim("80%", "key rate", {"month": "March"}, id="rate"),
        Claim("40%", "key rate", {"month": "January"}, id="rate before"),
        Claim("doubled", "key rate", {"month": "March"}, of="rate before", id="doubled"),
    ]
    assert check(claims).ok
    # a share of a total the hierarchy names still cannot pass it: 120% of respondents is too many
    with_total = poll()
    report = check([Claim("120%", "backers", {"sex": "men"}, id="men")], with_total)
    assert [conflict.claims for conflict in report.conflicts] == [("men",)]


def test_a_multiple_of_a_rate_says_both_rates_have_a_population() -> None:
    # "60% of the county's households own their home; in Eastfield the share renting is half as high.
    # The council's register lists no renters anywhere in the county." A rate half as high as 60% is
    # a rate of Eastfield's households, so Eastfield has some, and some of them rent: the register
    # clashes. (Read as a rate of nobody, an empty Eastfield once let all three stand.) It clashes with
    # the multiple alone: no renters in Eastfield is a rate of 0%, and half as high as the owners'
    # rate makes that 0% too, so the county has no households at all, and Eastfield none.
    h = Hierarchy()
    h.partition("subject", "households", ["renters", "owners"])
    h.partition("place", "the county", ["Ashby", "Eastfield"])
    claims = [
        Claim("60%", "owners", id="owners"),
        Claim("half as high", "renters", {"place": "Eastfield"}, of="owners", id="eastfield"),
        Claim("0", "renters", {"place": "the county"}, id="register"),
    ]
    report = check(claims, h)
    assert [conflict.claims for conflict in report.conflicts] == [("eastfield", "register")]
    assert report.conflicts[0].message.startswith(
        "households in Eastfield (more than 0, claim eastfield; half as high as printed: 0.475 to 0.525) "
        "cannot exceed households in the county (at most 0"
    )
    assert check(claims[:2], h).ok
    assert check([*claims[:2], Claim("0", "renters", {"place": "Ashby"}, id="register")], h).ok
