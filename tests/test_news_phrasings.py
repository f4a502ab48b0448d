"""Phrasings of health, crime, energy and election reporting that the realworld passages turned up.

Each is read in general, in several spellings, by ``parse_quantity``, by ``scan`` (whose shortcuts must
give the grammar's reading) and where it matters by a claims file's quote: a verb of change with its
object before "by" ("cut the risk of a heart attack by a third"), "N for every 1,000", a rate before
"from" ("£1,568 a year from April"), points of a share before "from" ("up 2.9 points from 68.5%") and a
quote "by 2,200" of "rose by 2,200 to 64,300".
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest

from claimcheck import check, extract, load, parse_quantity
from claimcheck.parse import scan

if TYPE_CHECKING:
    from pathlib import Path


F = Fraction


def _read(text: str) -> tuple[str, Fraction, Fraction, str]:
    """The reading of ``text`` by the grammar, after checking that ``scan`` gives the same figure."""
    estimate = parse_quantity(text)
    scanned = [match.estimate for match in scan(text) if match.estimate.text == estimate.text]
    assert scanned == [estimate]
    return estimate.relation, Fraction(estimate.lo), Fraction(estimate.hi), estimate.unit


# -- a verb of change, its object, then "by" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "lo", "hi", "unit"),
    [
        ("The drug cut the risk of a heart attack by a third.", "ratio", F(2, 3), F(2, 3), ""),
        ("It cut the risk of an attack or stroke by about a third.", "ratio", F(19, 30), F(7, 10), ""),
        ("Statins reduced the risk by 27% in the trial.", "ratio", F(73, 100), F(73, 100), ""),
        ("Screening lowered deaths from the disease by nearly half.", "ratio", F(1, 2), F(11, 20), ""),
        ("The council raised council tax by 4.99% this year.", "ratio", F(10499, 10000), F(10499, 10000), ""),
        ("The trust reduced the backlog by 3,000 in a year.", "difference", F(-3000), F(-3000), ""),
        ("The hospital increased the number of beds by 120.", "difference", F(120), F(120), ""),
        ("The firm slashed its costs by £40m.", "difference", F(-40_000_000), F(-40_000_000), "GBP"),
        ("The bank cut its forecast for growth by 0.3 percentage points.", "difference", F(-3, 10), F(-3, 10),
         "percent"),
    ],
)  # fmt: skip
def test_a_verb_of_change_with_its_object_before_by_changes_the_figure(text, relation, lo, hi, unit):
    assert _read(text) == (relation, lo, hi, unit)


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [
        ("The scheme cut the number of deaths in half.", "ratio", F(1, 2)),
        ("Waiting lists were cut in half within a year.", "ratio", F(1, 2)),
        ("The firm slashed its debt in half.", "ratio", F(1, 2)),
        ("Suppliers pushed up the price by 5p.", "difference", F(5, 100)),
        ("Cheaper gas drove down costs by 10%.", "ratio", F(9, 10)),
        ("The cuts brought down the deficit by £2bn.", "difference", F(-2_000_000_000)),
        ("Demand pushed the price up by 5p.", "difference", F(5, 100)),
    ],
)
def test_halving_in_words_and_phrasal_verbs_of_change(text, relation, value):
    relation_read, lo, hi, _unit = _read(text)
    assert (relation_read, lo, hi) == (relation, value, value)


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("House prices are 8.3 times average earnings.", F(83, 10)),
        ("The chief executive earns 42 times median pay.", F(42)),
        ("Rents are four times typical incomes in the area.", F(4)),
        ("The deposit is 1.3 times annual salary.", F(13, 10)),
        ("Prices are 8.7 times the median salary.", F(87, 10)),
    ],
)
def test_a_multiple_of_a_statistic_named_without_the_is_a_multiple(text, factor):
    assert _read(text) == ("ratio", factor, factor, "")


@pytest.mark.parametrize(
    "text",
    [
        "The vase split in half.",
        "He grew up in Leeds by 1990.",
        "They won three times.",
        "There were 500 cases within a week.",
    ],
)
def test_halves_and_times_that_change_nothing(text):
    # "within a week" is the span a figure was reached in, no rate
    assert all(match.estimate.relation in ("amount", "share") for match in scan(text))
    assert all(" / " not in match.estimate.unit for match in scan(text))


@pytest.mark.parametrize(
    "text",
    [
        "She was raised by two parents.",  # no object between the verb and "by"
        "The block was reduced to rubble by 5 bombs.",  # "to" makes a level
        "The minister cut the ribbon, and by 5pm 300 people had come.",  # a comma ends the object
        "Rates were cut in a move that was welcomed by 40 business groups.",  # another clause
    ],
)
def test_by_without_a_verb_of_change_before_its_object_is_no_change(text):
    assert all(match.estimate.relation == "amount" for match in scan(text))


def test_extraction_keeps_the_printed_share_of_a_change_by_a_fraction():
    (mention,) = extract("The drug cut the risk of a heart attack by a third.")
    assert (mention.estimate.relation, mention.estimate.lo) == ("ratio", Fraction(2, 3))
    assert mention.printed is not None
    assert mention.printed.lo == Fraction(1, 3)


# -- "for every 1,000" is "per 1,000" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Police recorded 71.2 crimes for every 1,000 residents.", Fraction(712, 10_000)),
        ("That is 71.2 for every 1,000 people.", Fraction(712, 10_000)),
        ("There were 5 deaths for every 100,000 people.", Fraction(5, 100_000)),
        ("The city had 4.1 crimes per 1,000 residents.", Fraction(41, 10_000)),
    ],
)
def test_a_count_for_every_thousand_is_a_share_as_per_thousand_is(text, share):
    assert _read(text) == ("share", share, share, "")


@pytest.mark.parametrize("text", ["It paid £5 for every 1,000 sold.", "Two for every three came back."])
def test_money_or_a_small_whole_for_every_number_is_no_share(text):
    assert all(match.estimate.relation != "share" for match in scan(text))


# -- a period before "from" is a rate unless "now", "today" or "then" follows ------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The cap will be £1,568 a year from April.", "GBP / year"),
        ("Tenants pay £300 a month from the council's fund.", "GBP / month"),
        ("It will capture 1.5 million tonnes a year from the gas plant.", "tonne / year"),
        ("Fees rise to £9,535 a year from 2026.", "GBP / year"),
    ],
)
def test_a_period_before_from_a_month_a_place_or_a_year_is_a_rate(text, unit):
    # the rates of "from Monday", "since June" are tests/test_readings_fixes' (a rate followed by its start)
    assert parse_quantity(text).unit == unit
    assert next(match.estimate.unit for match in scan(text)) == unit


@pytest.mark.parametrize("text", ["She will earn £40 a week from now.", "It will cost £12 a day from today."])
def test_a_period_before_from_now_dates_a_time(text):
    assert parse_quantity(text).unit == "GBP"


# -- claims files: a quote read as the article reads it -------------------------------------------------


def _values(tmp_path: Path, article: str, claims: str) -> dict[str, str]:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "a.claims.toml"
    path.write_text('article = "a.txt"\n' + textwrap.dedent(claims), encoding="utf-8")
    return {claim.id: claim.value for claim in load(path).claims}


@pytest.mark.parametrize(
    "article",
    [
        "Turnout was 71.4%, up 2.9 points from 68.5% at the last election.",
        "Turnout was 71.4%, up 2.9 points at 71.4% from 68.5% at the last election.",
        "Only 67.4% of trains ran on time, down 3.2 points from 70.6% the year before.",
    ],
)
def test_points_quoted_before_from_a_share_are_percentage_points(tmp_path, article):
    quote = "up 2.9 points" if "up" in article else "down 3.2 points"
    values = _values(
        tmp_path,
        article,
        f"""
        [[claim]]
        id = "before"
        value = "50%"
        subject = "share"

        [[claim]]
        id = "swing"
        quote = "{quote}"
        subject = "share"
        of = "before"
        """,
    )
    estimate = parse_quantity(values["swing"])
    assert (estimate.relation, estimate.unit) == ("difference", "percent")


@pytest.mark.parametrize(
    ("article", "quote", "value"),
    [
        ("The population rose by 2,200 to 64,300 in the decade.", "by 2,200", "2,200"),
        ("Sales fell by 300 to 4,100 last year.", "by 300", "300"),
        ("Shops cut prices by 10 to 15% in the sale.", "by 10 to 15%", "10 to 15%"),
    ],
)
def test_a_quote_after_a_change_word_is_a_range_only_where_the_article_reads_it(
    tmp_path, article, quote, value
):
    values = _values(
        tmp_path,
        article,
        f"""
        [[claim]]
        id = "figure"
        quote = "{quote}"
        subject = "thing"
        """,
    )
    assert values["figure"] == value


def test_a_trial_that_cut_the_risk_by_a_third_is_consistent_and_by_half_is_not():
    from claimcheck import Claim

    def claims(cut: str) -> list[Claim]:
        return [
            Claim("4.6%", "events", {"arm": "placebo"}, id="placebo"),
            Claim("3.1%", "events", {"arm": "drug"}, id="drug"),
            Claim(cut, "events", {"arm": "drug"}, of="placebo", id="cut"),
        ]

    assert check(claims("cut the risk of a heart attack by about a third")).ok
    report = check(claims("cut the risk of a heart attack by half"))
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"placebo", "drug", "cut"}]


# -- a hyphened word of measure between a figure and its rise or fall ------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "value"),
    [
        ("Schools face an 8.6% real-terms cut in funding per pupil.", "ratio", F(914, 1000)),
        ("Sales showed a 5% year-on-year increase.", "ratio", F(105, 100)),
        ("The grocer reported a 3% like-for-like rise in sales.", "ratio", F(103, 100)),
        ("Wages suffered a 4% inflation-adjusted fall.", "ratio", F(96, 100)),
        ("Prices posted a 0.4% month-on-month rise.", "ratio", F(1004, 1000)),
        ("Profit showed a £2m year-on-year rise.", "difference", F(2_000_000)),
    ],
)
def test_a_change_measured_in_real_terms_or_year_on_year_is_a_change(text, relation, value):
    relation_read, lo, hi, _unit = _read(text)
    assert (relation_read, lo, hi) == (relation, value, value)


@pytest.mark.parametrize(
    "text", ["Sales were 5% year on year.", "Revenue of £5m year-on-year.", "It was a 5 year-on-year rise."]
)
def test_a_word_of_measure_without_a_rise_or_fall_after_it_changes_nothing(text):
    assert all(match.estimate.relation in ("amount", "share") for match in scan(text))
