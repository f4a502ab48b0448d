"""Misreadings found on realistic passages (tests/data/realworld/news), each fixed in the reading rules.

One test per phenomenon; the passage that showed it is named in each test.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import (
    Claim,
    Estimate,
    Hierarchy,
    ModelError,
    ParseError,
    check,
    extract,
    load,
    parse_quantity,
)
from claimcheck._reading.amounts import AmountReader
from claimcheck.quantity import significant


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, None if m.estimate is None else str(m.estimate), m.kind) for m in extract(text)]


# -- scores ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Wolves 0-3 Burnley", "0", "3"),
        ("The day ended Wolves 0-3 Burnley at Molineux.", "0", "3"),
        ("United beat City 3-1 at home on Saturday.", "3", "1"),
        ("They drew with Leeds 2-2 in the rain.", "2", "2"),
    ],
)
def test_a_score_is_two_counts_never_a_range_or_a_name(text, first, second):
    # match.txt, season.txt: "0-3" is no "at most 3", and the 3 of "City 3-1" is no name like "Route 66"
    assert _mentions(text) == [(first, first, "count"), (second, second, "count")]
    assert parse_quantity("Wolves 0-3 Burnley").interval.notation() == "[0, 0]"


def test_pairs_that_are_not_scores_stay_ranges_and_a_models_number_a_name():
    assert _mentions("Ticket prices rose 5-10% this year.") == [("rose 5-10%", "1.05–1.1", "count")]
    assert _mentions("pages 1-3") == [("1-3", "1–3", "count")]
    assert _mentions("She flew on a Boeing 737-800 jet.") == [("737-800", None, "identifier")]


# -- "scores", "twice" ----------------------------------------------------------------------------------


def test_scores_alone_are_results_not_a_vague_amount():
    assert _mentions("Scores: 3, 5") == [("3", "3", "count"), ("5", "5", "count")]
    assert _mentions("the scores of both teams") == []
    assert _mentions("Scores of people were hurt.") == [("Scores", "≥ 40 and < 400", "count")]
    assert str(parse_quantity("scores")) == "≥ 40 and < 400"


@pytest.mark.parametrize(
    "text",
    ["Scores were killed when the bridge collapsed.", "Scores died in the fire.", "Scores are missing."],
)
def test_scores_before_what_people_do_or_suffer_are_many_people(text):
    assert _mentions(text) == [("Scores", "≥ 40 and < 400", "count")]


@pytest.mark.parametrize(
    "text", ["Scores were level at the break.", "Scores were tied.", "The scores were killed"]
)
def test_scores_that_are_results_or_named_stay_out(text):
    assert [m for m in extract(text) if m.kind == "count"] == []


@pytest.mark.parametrize("text", ["scored twice", "Okafor scored twice in ten minutes", "has won twice"])
def test_twice_after_a_verb_counts_times(text):
    # season.txt: "scored twice" is two goals, no multiple of anything
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.relation, estimate.unit) == ("[2, 2]", "amount", "")


@pytest.mark.parametrize("text", ["twice", "nearly twice", "more than twice", "is twice", "twice as many"])
def test_twice_without_a_verb_is_a_multiple(text):
    assert parse_quantity(text).relation == "ratio"


@pytest.mark.parametrize(
    "text", ["rose twice", "Rents rose twice in 2024.", "The index fell twice", "grew twice"]
)
def test_twice_after_a_change_verb_counts_the_changes(text):
    estimate = parse_quantity(text)
    assert (estimate.text, estimate.relation, estimate.interval.notation()) == ("twice", "amount", "[2, 2]")


@pytest.mark.parametrize(
    "text", ["rose twice as fast", "grew twice as much", "rose twice the rate of inflation"]
)
def test_twice_before_a_comparison_after_a_change_verb_is_a_multiple(text):
    assert parse_quantity(text).relation == "ratio"


def test_a_count_of_times_after_a_change_word_is_no_change():
    estimate = parse_quantity("prices increased twice this year")
    assert (estimate.text, estimate.relation, estimate.interval.notation()) == ("twice", "amount", "[2, 2]")


def test_a_quote_whose_figure_reads_otherwise_alone_keeps_its_words(tmp_path):
    (tmp_path / "a.txt").write_text("Okoro scored twice on the final day.", encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nquote = "scored twice"\nsubject = "goals"\n'
        '[[claim]]\nquote = "final day"\nvalue = "3"\nsubject = "goals"\n',
        encoding="utf-8",
    )
    claims = load(tmp_path / "a.claims.toml").claims
    assert claims[0].value == "scored twice"
    assert [conflict.claims for conflict in check(claims).conflicts] == [("c1", "c2")]


# -- numbers that fail loudly ---------------------------------------------------------------------------


def test_a_power_of_a_whole_number_is_read_exactly():
    assert parse_quantity("2^10").lo == 1024
    assert parse_quantity("a 2^20-byte buffer").lo == 2**20
    assert parse_quantity("10^6").precision == 10**6  # a power of ten stays a rounded figure
    with pytest.raises(ParseError, match="beyond the magnitudes"):
        parse_quantity("999^999")


def test_a_hedged_figure_beyond_the_magnitudes_says_so():
    with pytest.raises(ParseError) as caught:
        parse_quantity("about 1e400 people")
    assert (
        caught.value.reason
        == "'1e400' is beyond the magnitudes claimcheck reads (10^-100 to 10^100), not a quantity"
    )
    assert caught.value.column == 7


def test_plus_or_minus_states_a_margin_not_a_negative_figure():
    # vape-poll.txt: "plus or minus 2.8 percentage points" is no fall of 2.8 points
    assert parse_quantity("plus or minus 2.8 percentage points").lo == Fraction(14, 5)
    assert parse_quantity("minus 2.8 percentage points").lo == Fraction(-14, 5)
    assert parse_quantity("500 plus or minus 50").interval.notation() == "[450, 550]"


def test_the_word_before_the_first_token_is_nothing():
    reader = AmountReader("12 people")
    assert (reader.word_at(-1), reader.word_at(0), reader.word_at(2)) == ("", "12", "")


# -- above and below, rates, compound units -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "notation", "unit"),
    [
        ("41% below the June average", "ratio", "[59/100, 59/100]", ""),
        ("11% below its peak", "ratio", "[89/100, 89/100]", ""),
        ("2% above forecasts", "ratio", "[51/50, 51/50]", ""),
        ("1.2C above the 1991-2020 average", "difference", "[6/5, 6/5]", "degree_Celsius"),
        ("three degrees above Monday's 38C", "difference", "[3, 3]", "degree"),
        ("£5,000 above the asking price", "difference", "[5000, 5000]", "GBP"),
        ("$2bn below forecasts", "difference", "[-2000000000, -2000000000]", "USD"),
    ],
)
def test_above_and_below_after_a_figure_compare_it_with_another(text, relation, notation, unit):
    # warm-june.txt, fuel.txt: "41% below the average" is 0.59 of it, never "below 41%"
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation(), estimate.unit) == (relation, notation, unit)


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("inflation of 3.2% above the target", "[16/5, 16/5]"),
        ("5C below zero", "[5, 5]"),
        ("30m below sea level", "[30, 30]"),
        ("5% and above", "[5, inf)"),
    ],
)
def test_above_and_below_after_a_level_or_as_a_bound_compare_nothing(text, notation):
    estimate = parse_quantity(text)
    assert estimate.relation in ("amount", "share")
    assert estimate.interval.notation() == notation


def test_a_count_per_period_is_an_average_rounded_at_its_last_digit():
    # emergency.txt: 4,210 patients in a week is 601.4 a day, printed "601 a day"
    assert parse_quantity("601 a day").precision == 1
    assert parse_quantity("twice a day").precision is None  # a frequency is exact
    claims = [
        Claim("4,210", "patients", id="week"),
        Claim("601 a day", "patients", over="7 days", id="daily"),
    ]
    assert check(claims).ok
    claims[0] = Claim("4,250", "patients", id="week")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"week", "daily"}]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2 hours 6 minutes", 126, "minute"),
        ("1 hour and 5 minutes", 65, "minute"),
        ("5ft 10in", 70, "inch"),
        ("6 feet 2 inches tall", 74, "inch"),
        ("3 min 42 sec", 222, "second"),
        ("6h 40m", 400, "minute"),  # a lone "40m" is millions; after hours it is minutes
        ("1hr 20mins", 80, "minute"),
        ("6 hrs 40 mins", 400, "minute"),
        ("2min 30s", 150, "second"),
    ],
)
def test_a_figure_in_two_units_of_one_dimension_is_one_figure(text, value, unit):
    # marathon.txt: the winner's "2 hours 6 minutes" is one time, not 2 hours and 6 minutes
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.unit, estimate.precision) == (value, value, unit, 1)


def test_units_that_do_not_make_one_figure_stay_apart():
    assert parse_quantity("2 hours 90 minutes").unit == "hour"  # 90 minutes is no part of an hour
    assert parse_quantity("12 km 3 km").lo == 12
    assert [m.text for m in extract("It took 2 hours and 3 km of queues.")] == ["2 hours", "3 km"]


@given(
    st.integers(0, 99),
    st.integers(0, 59),
    st.sampled_from(["{h} hours {m} minutes", "{h}h {m}m", "{h}hrs {m}mins"]),
)
def test_hours_and_minutes_read_as_minutes(hours, minutes, spelling):
    assert parse_quantity(spelling.format(h=hours, m=minutes)).lo == 60 * hours + minutes


def test_a_journey_time_in_letters_is_one_duration_and_no_million():
    # "took 6h 40m" was a plain 6 and 40 million: beside "averaging 62mph" over 412 miles, a false conflict
    found = [
        (m.text, m.estimate.unit if m.estimate else None) for m in extract("The trip took 6h 40m, at 62mph.")
    ]
    assert found == [("6h 40m", "minute"), ("62mph", "mile_per_hour")]
    assert [m.text for m in extract("The club lost 40m last year.")] == ["40m"]
    assert parse_quantity("a 24h strike").unit == "hour"
    assert parse_quantity("40m2").unit != "minute"


# -- years and nouns ------------------------------------------------------------------------------------


def test_a_year_before_a_verb_is_a_year():
    # state-budget.txt: "budget for 2026 gives health" states no count of 2,026
    assert _mentions("The budget for 2026 gives health more.") == [("2026", None, "year")]


def test_a_verb_after_the_counted_thing_ends_it():
    # marathon.txt: the runners are counted, not the "runners finished"
    assert [m.noun for m in extract("Last year 18,400 runners finished the race.")] == ["runners"]
    assert [m.noun for m in extract("Some 40,000 homes damaged by the storm")] == ["homes"]
    assert [m.noun for m in extract("About 500 armed fighters")] == ["armed fighters"]
    assert [m.noun for m in extract("Its 19 home games drew crowds.")] == ["home games"]
    assert [m.noun for m in extract("The last 500 tickets sold out.")] == ["tickets"]
    assert [m.noun for m in extract("They won seven of their last 10 away games.")] == [None, "away games"]


# -- money, rates and bases -----------------------------------------------------------------------------


def test_cents_are_hundredths_of_a_dollar():
    # "net income fell to $210m, or 45 cents a share": 45 cents is no count of cents
    assert str(parse_quantity("45 cents a share")) == "$0.45 per share"
    assert parse_quantity("99¢").unit == "USD"
    assert parse_quantity("50 per cent").unit == "percent"


def test_per_calendar_month_is_a_monthly_rate():
    assert parse_quantity("£1,250 pcm").unit == "GBP / month"


def test_a_majority_of_a_number_is_a_count_not_a_share():
    assert _mentions("Labour won 412 seats, a majority of 174.") == [
        ("412", "412", "count"),
        ("174", "174", "count"),
    ]
    assert parse_quantity("a majority of voters").interval.notation() == "(1/2, 1]"


def test_the_base_of_a_rate_is_no_figure_of_its_own():
    assert _mentions("Cases per 100,000 people fell to 12.3 from 18.9.") == [
        ("12.3", "12.3", "count"),
        ("18.9", "18.9", "count"),
    ]
    assert _mentions("9 per 100,000") == [("9 per 100,000", "0.00009", "count")]


def test_points_before_a_level_in_per_cent_are_percentage_points():
    # "Unemployment rose 0.2 points to 4.4%": a change of the rate, not 0.2 of anything counted
    rose = parse_quantity("rose 0.2 points to 4.4%")
    assert (rose.relation, rose.unit, rose.lo) == ("difference", "percent", Fraction(1, 5))
    index = parse_quantity("fell 450 points to 37,100")
    assert (index.relation, index.unit, index.lo) == ("difference", "", -450)


def test_a_quote_reads_as_its_clause_in_the_article(tmp_path):
    # jobless.txt: "rose 0.2 points" is 0.2 percentage points because the clause goes on "to 4.4%"
    (tmp_path / "a.txt").write_text(
        "The rate rose 0.2 points to 4.4%, from 4.2%. Some 1,200 cases a week were seen, and thousands\n"
        "more were injured.",
        encoding="utf-8",
    )
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n'
        '[[claim]]\nid = "rise"\nquote = "rose 0.2 points"\nsubject = "rate"\n'
        'scope = { q = "2" }\nof = "before"\n'
        '[[claim]]\nid = "before"\nquote = "4.2%"\nsubject = "rate"\nscope = { q = "1" }\n'
        '[[claim]]\nid = "cases"\nquote = "1,200 cases"\nsubject = "cases"\n'
        '[[claim]]\nid = "injured"\nquote = "thousands"\nsubject = "injured"\n',
        encoding="utf-8",
    )
    values = {claim.id: claim.value for claim in load(tmp_path / "a.claims.toml").claims}
    assert values == {
        "rise": "rose 0.2 points to 4.4%",
        "before": "4.2%",
        "cases": "1,200 cases a week",
        "injured": "thousands",  # "thousands more" would need `of`: the quote's own reading stands
    }


def test_n_times_after_a_verb_counts_times():
    # "prices increased three times" is three rises, as docs/quantities.md says; "three times" alone is
    # a multiple
    assert parse_quantity("prices increased three times").relation == "amount"
    assert parse_quantity("has been arrested three times").lo == 3
    assert parse_quantity("three times").relation == "ratio"
    assert parse_quantity("about three times").relation == "ratio"


def test_a_rate_per_game_and_its_total_over_a_number_of_games():
    # attendance.txt: "averaged 41,300" over "19 home games" makes the season's 784,700 fans
    assert parse_quantity("27.4 points a game").unit == "1 / game"
    assert parse_quantity("20 games").unit == ""
    average = Claim("41,300 a game", "fans", over="19 games", id="average")
    assert check([average, Claim("784,700", "fans", id="season")]).ok
    assert not check([average, Claim("874,700", "fans", id="season")]).ok
    per_head = Claim("about €410 a head", "spending", over="5.1 million people", id="head")
    assert check([per_head, Claim("€2.1bn", "spending", id="total")]).ok


def test_over_a_number_needs_the_things_it_counts():
    with pytest.raises(ModelError, match="'over' must be a duration"):
        Claim("31,400 a game", "fans", over="2024")
    with pytest.raises(ModelError, match="no rate per a unit of the measure in 'over'"):
        check([Claim("31,400 a game", "fans", over="19 km")])


def test_over_a_number_of_things_needs_a_rate_per_thing():
    with pytest.raises(ModelError, match="no rate per thing"):
        check([Claim("1,200 a week", "cases", over="19 games", id="weekly")])


@pytest.mark.parametrize(("text", "step"), [("601 a day", 1), ("31,400 a game", 100), ("100 a day", 10)])
def test_an_average_is_rounded_at_its_last_digit_or_its_trailing_zeros(text, step):
    assert parse_quantity(text).precision == step


@given(st.integers(1, 99))
def test_a_percentage_below_or_above_is_the_ratio_to_what_follows(percent):
    below = parse_quantity(f"{percent}% below the average")
    above = parse_quantity(f"{percent}% above the average")
    assert (below.relation, below.lo) == ("ratio", 1 - Fraction(percent, 100))
    assert (above.relation, above.lo) == ("ratio", 1 + Fraction(percent, 100))


def test_over_a_duration_after_a_figure_is_the_span_it_covers():
    # "spend £2.3m over three years" says when, not "more than 3 years"
    assert [str(m.estimate) for m in extract("The council will spend £2.3m over three years.")] == [
        "£2.3 million",
        "3 years",
    ]
    assert str(parse_quantity("jailed for over three years")) == "> 3 years"


def test_a_negative_margin_spreads_both_ways():
    # drawn by tests/test_scan_shortcuts.py: "12±-12" crashed with an empty interval
    assert parse_quantity("12±-12").interval.notation() == "[0, 24]"
    assert parse_quantity("500 ± -10%").interval.notation() == "[450, 550]"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1,500 hectares", "3,700 acres"),
        ("300 miles", "480 km"),
        ("1,200 km", "750 miles"),
        ("480 km", "300 miles"),
    ],
)
def test_a_conversion_printed_again_in_another_unit_is_rounded_to_its_zeros(first, second):
    # reserve.txt: 1,500 hectares is 3,706.6 acres, printed "3,700 acres"
    assert check([Claim(first, "area", id="a"), Claim(second, "area", id="b")]).ok


@pytest.mark.parametrize(("first", "second"), [("1,500 hectares", "3,900 acres"), ("300 miles", "500 km")])
def test_a_conversion_off_by_more_than_its_rounding_still_clashes(first, second):
    report = check([Claim(first, "area", id="a"), Claim(second, "area", id="b")])
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"a", "b"}]


def test_only_the_later_unit_of_a_cell_is_read_as_a_conversion():
    # the first unit keeps its printed step, so parts in it still add up exactly
    parts = [Claim("900 hectares", "wetland", id="w"), Claim("600 hectares", "woodland", id="o")]
    hierarchy = Hierarchy()
    hierarchy.partition("subject", "reserve", ["wetland", "woodland"])
    assert not check([Claim("1,510 hectares", "reserve", id="r"), *parts], hierarchy).ok


# -- bounds as shown --------------------------------------------------------------------------------------


def test_a_converted_bound_is_shown_rounded_outward():
    # heat-record: 119F as printed is at least 118.5 °F, which is 48.0556 °C: "at least 48.06 °C" would
    # claim more than the figure says
    message = check([Claim("46.1C", "high", id="c"), Claim("119F", "high", id="f")]).conflicts[0].message
    assert "at least 48.05 °C (claim f" in message
    assert str(Estimate("48.0556", "inf", "degree_Celsius").shown()) == "≥ 48.05 °C"
    assert str(Estimate("0", "17.7028", "km").shown()) == "≤ 17.71 km"


@given(
    st.fractions(min_value=-(10**6), max_value=10**6).filter(lambda value: value != 0),
    st.integers(1, 8),
)
def test_rounding_a_bound_outward_holds_it(value, digits):
    assert significant(value, digits, -1) <= value <= significant(value, digits, 1)
    assert significant(value, digits, -1) <= significant(value, digits) <= significant(value, digits, 1)


# -- leads in points --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Labour has a lead of three points over the Conservatives.", "[3, 3]"),
        ("Labour holds a 5-point lead in the latest poll.", "[5, 5]"),
        ("The Greens were ahead by 4 points among young voters.", "[4, 4]"),
        ("a lead of about 3 points", "[27/10, 33/10]"),
        ("The mayor is now five points clear of her rival.", "[5, 5]"),
        ("a three-point lead", "[3, 3]"),
        ("Lane was trailing by six points", "[-6, -6]"),
        ("Lane is two points behind", "[-2, -2]"),
    ],
)
def test_a_lead_in_points_is_a_difference_of_shares_never_a_count(text, notation):
    # poll leads: the points are the gap between two parties' shares, in percentage points
    estimate = parse_quantity(text)
    said = (estimate.relation, estimate.unit, estimate.interval.notation())
    assert said == ("difference", "percent", notation)
    mention = next(m for m in extract(text) if m.kind == "count")
    assert mention.estimate is not None
    assert mention.estimate.relation == "difference"
    assert mention.noun != "points"


def test_points_that_are_no_lead_stay_as_they_were():
    assert parse_quantity("He scored 27 points.").relation == "amount"
    assert parse_quantity("3 points").unit == ""


def test_a_lead_checks_the_shares_and_never_a_count():
    def claims(lead: str, ortiz: str = "48%", lane: str = "45%") -> list[Claim]:
        return [
            Claim(ortiz, "ortiz backers", id="ortiz"),
            Claim(lane, "lane backers", id="lane"),
            Claim(lead, "ortiz backers", of="lane", id="lead"),
        ]

    assert check(claims("a lead of three points")).ok
    assert [c.claims for c in check(claims("a 7-point lead")).conflicts] == [("ortiz", "lane", "lead")]
    # league points are a count: points are never converted into a hundredth of it (a false conflict)
    report = check(claims("a five-point lead", "60", "55"))
    assert not report.conflicts
    (error,) = report.errors
    assert error.rule == "unit-mismatch"
    assert "5 more" in error.message


# -- compound modifiers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("She rents a one-bedroom flat in Leith.", "one", "bedroom"),
        ("The 30-page report was published on Friday.", "30", "page"),
        ("Workers began a two-day strike on Monday.", "two-day", None),
        ("He signed a three-year deal with the club.", "three-year", None),
        ("Walkers finished a 12-mile route.", "12-mile", None),
    ],
)
def test_a_compound_modifier_counts_no_head_noun(text, figure, noun):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert (mention.text, mention.noun) == (figure, noun)


def test_a_figure_with_a_noun_after_a_modifier_still_counts_the_noun():
    mentions = extract("The council approved 120 two-bedroom homes and a 500,000-strong crowd cheered.")
    assert (mentions[0].text, mentions[0].noun) == ("120", "two-bedroom homes")
    assert ("500,000-strong", "crowd") in [(m.text, m.noun) for m in mentions]


# -- nouns after an owner or a comparison -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("24 of the club's 30 players were injured.", "players"),
        ("Three of the team’s players tested positive.", "players"),
        ("There were about 300 more than the previous year's 1,200 cases.", "cases"),
        ("Some 5,000 more than last year's total attended.", "total"),
        ("Police counted 12,000 more protesters than last year.", "protesters"),
    ],
)
def test_the_noun_after_an_owner_is_the_counted_thing(text, noun):
    assert extract(text)[0].noun == noun


def test_a_noun_left_out_is_none_not_a_word_of_time():
    assert extract("Attendance was 12,000 more than last year's.")[0].noun is None


# -- averages over a number of games ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Crowds averaged 41,300 over 19 games.", "41,300 over 19 games", "1 / game"),
        ("Crowds averaged 41,300 across 19 matches.", "41,300 across 19 matches", "1 / game"),
        ("She averaged 27.4 points over 12 games.", "27.4 points over 12 games", "1 / game"),
        ("It took an average of 2,100 calls across 12 months.", "2,100 calls across 12 months", "1 / month"),
    ],
)
def test_an_average_over_games_is_a_rate_per_game_not_a_total_or_a_bound(text, figure, unit):
    (mention,) = extract(text)
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (figure, unit)


def test_an_average_over_games_checks_against_the_seasons_total():
    def season(total: str) -> list[Claim]:
        return [
            Claim("averaged 41,300 over 19 games", "crowd", over="19 games", id="average"),
            Claim(total, "crowd", id="total"),
        ]

    assert check(season("784,700")).ok  # 41,300 × 19, and the average is rounded to the hundred
    assert [c.claims for c in check(season("700,000")).conflicts] == [("average", "total")]
    assert parse_quantity("He scored 12 over 19 games").unit == ""  # no average, no rate


# -- tons, tonnes ----------------------------------------------------------------------------------------


def test_tons_of_no_stated_kind_fit_any_ton_and_metric_tons_are_tonnes():
    assert parse_quantity("66,000 tons").unit == "ton"
    assert parse_quantity("50 metric tons").unit == "tonne"
    assert parse_quantity("10 short tons").unit == "short_ton"
    assert parse_quantity("10 long tons").unit == "long_ton"

    def cargo(tons: str, tonnes: str) -> list[Claim]:
        return [Claim(tons, "cargo", id="tons"), Claim(tonnes, "cargo", id="tonnes")]

    # a bracketed conversion from short tons, from long tons or from tonnes: each fits
    assert check(cargo("5 tons", "4.5 tonnes")).ok
    assert check(cargo("10 tons", "9.07 tonnes")).ok  # short tons
    assert check(cargo("10 tons", "10.16 tonnes")).ok  # long tons
    assert check(cargo("66,000 tons", "(59,900 tonnes)")).ok
    # a figure no ton can make still clashes, and the explanation says why the band is wide
    report = check(cargo("10 tons", "12 tonnes"))
    assert [c.claims for c in report.conflicts] == [("tons", "tonnes")]
    assert "10 tons as printed in any ton (short to long)" in report.conflicts[0].message
    # named kinds are what they say: 100 short tons are 90.7 tonnes, never 100
    assert not check(cargo("100 short tons", "100 tonnes")).ok


# -- a percentage of a population ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["120% of voters", "104 per cent of the workforce", "101% of all households"]
)
def test_a_percentage_of_a_population_cannot_pass_it(value):
    report = check([Claim(value, "backers", id="share")])
    assert [c.claims for c in report.conflicts] == [("share",)]
    # one figure that cannot hold, with no hierarchy to name
    assert report.conflicts[0].message.startswith("this figure cannot hold: backers")


@pytest.mark.parametrize(
    "value", ["annual inflation of 120%", "debt of 120% of GDP", "120% of the target", "98% of voters"]
)
def test_a_percentage_of_a_growing_thing_may_pass_100(value):
    assert check([Claim(value, "figure", id="share")]).ok


# -- rates over a measure --------------------------------------------------------------------------------


def test_a_price_per_unit_over_a_measure_is_the_bill():
    # energy: 2,700 kWh at 24.5p per kWh is £661.50
    def bill(total: str) -> list[Claim]:
        return [
            Claim("24.5p per kWh", "bill", over="2,700 kWh", id="price"),
            Claim(total, "bill", id="total"),
        ]

    assert check(bill("£661.50")).ok
    assert [c.claims for c in check(bill("£700")).conflicts] == [("price", "total")]
    with pytest.raises(ModelError, match="'over' must be"):
        Claim("24.5p per kWh", "bill", over="12%")  # a percentage is no measure


# -- a quoted lead, and "more than" before a duration ----------------------------------------------------


def test_a_quoted_lead_reads_as_the_article_does(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Labour is on 41% and the Conservatives on 35%, a lead of six points. Reform holds a 5-point lead.",
        encoding="utf-8",
    )
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n'
        '[[claim]]\nid = "labour"\nquote = "41%"\nsubject = "labour"\n'
        '[[claim]]\nid = "tories"\nquote = "35%"\nsubject = "tories"\n'
        '[[claim]]\nid = "lead"\nquote = "six points"\nsubject = "labour"\nof = "tories"\n'
        '[[claim]]\nid = "short"\nquote = "5-point"\nsubject = "reform"\nof = "tories"\n',
        encoding="utf-8",
    )
    claims = {claim.id: claim for claim in load(tmp_path / "a.claims.toml").claims}
    assert claims["lead"].value == "lead of six points"
    lead, short = (parse_quantity(str(claims[name].value)) for name in ("lead", "short"))
    assert (lead.relation, lead.unit, short.relation, short.unit) == ("difference", "percent") * 2


def test_more_than_before_a_duration_bounds_the_duration():
    # waiting-list: "and 389,000 more than a year" is 389,000 who waited more than a year
    text = "Of those, 3.1 million had waited more than 18 weeks and 389,000 more than a year."
    mentions = [m for m in extract(text) if m.estimate is not None]
    assert [(m.text, m.estimate.relation) for m in mentions][-1] == ("389,000", "amount")
    assert parse_quantity("389,000 more than a year").interval.notation() == "[389000, 389000]"
    assert parse_quantity("12,000 more than last year").relation == "difference"
    assert parse_quantity("150% more than a year earlier").relation == "ratio"


# -- names with digits are never figures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PM2.5 levels reached 40 micrograms.", "PM2.5"),
        ("Levels of PM10 rose to 60 micrograms.", "PM10"),
        ("Deaths from COVID-19 rose to 300.", "COVID-19"),
        ("The A380 carried 500 passengers.", "A380"),
        ("The G7 pledged $600bn.", "G7"),
        ("The M25 carries 200,000 cars a day.", "M25"),
        ("Under Section 21, 3,000 tenants were evicted.", "21"),
        ("Article 50 was triggered in 2017.", "50"),
    ],
)
def test_a_name_with_digits_is_an_identifier_with_its_whole_name(text: str, name: str) -> None:
    (found,) = [m for m in extract(text) if m.kind == "identifier"]
    assert found.text == name
    assert found.estimate is None


def _quoted(tmp_path, article: str, quote: str) -> Claim:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nquote = "{quote}"\nsubject = "s"\n', encoding="utf-8"
    )
    (claim,) = load(tmp_path / "a.claims.toml").claims
    return claim


@pytest.mark.parametrize(
    ("article", "quote", "value"),
    [
        ("PM2.5 levels reached 40 micrograms.", "PM2.5 levels reached 40 micrograms", "40 micrograms"),
        ("Deaths from COVID-19 rose to 300 last week.", "COVID-19 rose to 300", "300"),
        ("The A380 carried 500 passengers.", "A380 carried 500", "500"),
        ("The G7 pledged $600bn on Monday.", "G7 pledged $600bn", "$600bn"),
        ("Under Section 21, 3,000 tenants were evicted.", "Section 21, 3,000 tenants", "3,000"),
        ("The M25 carries 200,000 cars a day.", "M25 carries 200,000 cars a day", "200,000 cars a day"),
        ("In 2010, 1.2 million visited the park.", "2010, 1.2 million", "1.2 million"),
    ],
)
def test_a_quote_led_by_a_name_with_digits_reads_the_figure_after_it(tmp_path, article, quote, value):
    assert _quoted(tmp_path, article, quote).value == value


def test_a_quote_of_digits_after_a_capitalised_word_that_are_a_figure_keeps_them(tmp_path):
    # "Officials 300" is no name: extraction reads a count (sentence-initial words are no labels)
    assert _quoted(tmp_path, "Police said 300 were hurt.", "said 300").value == "300"


# -- a rate with the counted thing between its unit and "per" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The plant emits 40 tonnes of CO2 per hour.", "tonne / hour"),
        ("Readings hit 60 micrograms of PM10 per cubic metre.", "microgram / cubic_meter"),
        ("The mill grinds 12 tonnes of grain an hour.", "tonne / hour"),
        ("It uses 300 litres of water per minute.", "liter / minute"),
    ],
)
def test_a_measure_of_a_named_thing_per_a_period_is_a_rate(text: str, unit: str) -> None:
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert mention.estimate.unit == unit
    assert parse_quantity(text).unit == unit
    assert mention.noun is not None
    assert mention.noun.split()[0] in ("CO2", "PM10", "grain", "water")


# -- a bare figure whose noun is left out is in the measure of the figures before it ---------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the tonnes of aid: "100 were sent" are tonnes sent
        ("Of 350 tonnes of aid, 200 tonnes had arrived by March, double February, when 100 were sent.",
         "100", "tonne"),
        ("Crews laid 12km of pipe in May; 9 were laid in June.", "9", "kilometer"),
        ("Farmers harvested 400 tonnes of wheat and 20 tonnes of barley; 300 were sold.", "300", "tonne"),
        # a count of things, money, a time or people before or after: the noun is not said
        ("The 350 tonnes of aid came in 40 lorries, and 30 were sent back.", "30", ""),
        ("The fund raised £3m and 200 were spent on repairs.", "200", ""),
        ("It took 3 hours, and 100 were sent.", "100", ""),
        ("Of the 350 tonnes of aid, 200 tonnes arrived, and 40 were killed.", "40", ""),
        ("The 12km of pipe and 300 metres of cable were laid; 9 were tested.", "9", ""),
    ],
)  # fmt: skip
def test_a_bare_figure_with_its_noun_left_out_borrows_the_measure_before_it(
    tmp_path, text: str, figure: str, unit: str
) -> None:
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.estimate is not None
    assert mention.estimate.unit == unit
    value = _quoted(tmp_path, text, f"{figure} were").value  # a claims file reads it alike
    assert parse_quantity(value).unit == unit


@given(
    st.integers(min_value=20, max_value=900),
    st.integers(min_value=2, max_value=9),
    st.sampled_from([("tonnes", "tonne"), ("litres", "liter"), ("km", "kilometer"), ("hectares", "hectare")]),
    st.sampled_from(["sent", "delivered", "shipped", "sold", "used"]),
)
def test_an_elided_noun_borrows_a_measure_within_a_factor_of_ten(
    total: int, part: int, measure: tuple[str, str], verb: str
) -> None:
    printed, unit = measure
    text = f"Of the {total:,} {printed} ordered, {part * total // 10:,} were {verb} in May."
    mentions = [m for m in extract(text) if m.kind == "count"]
    assert mentions[-1].estimate is not None
    assert mentions[-1].estimate.unit == unit
