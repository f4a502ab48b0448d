"""Multiples, differences and changes: what `parse_quantity` makes of the words that relate two figures."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import parse_quantity
from claimcheck.mentions import extract
from claimcheck.parse import scan

F = Fraction


@pytest.mark.parametrize(
    ("text", "notation", "said"),
    [
        ("The clinic now has three times as many nurses as doctors.", "[3, 3]", "three times as many"),
        ("Private schools received twice as much funding as state schools.", "[2, 2]", "twice as much"),
        ("The number of volunteers has more than doubled since 2019.", "(2, inf)", "more than doubled"),
        ("Rents doubled in a decade.", "[2, 2]", "doubled"),
        ("Exports to the region tripled last year.", "[3, 3]", "tripled"),
        ("Reported thefts rose sixfold.", "[6, 6]", "rose sixfold"),
        ("Officials reported a fourfold increase in admissions.", "[4, 4]", "a fourfold increase"),
        ("Analysts expect a tenfold rise in demand.", "[10, 10]", "a tenfold rise"),
        ("The new plant makes a third more steel.", "[4/3, 4/3]", "a third more"),
        ("Sales were 150% more than a year earlier.", "[5/2, 5/2]", "150% more than"),
        ("The rebels have half as many fighters as in 2015.", "[1/2, 1/2]", "half as many"),
        ("Waiting lists have nearly tripled.", "[27/10, 3]", "nearly tripled"),
        ("Costs are about three times as high as planned.", "[27/10, 33/10]", "about three times as high as"),
        ("Prices were 20% lower than in March.", "[4/5, 4/5]", "20% lower than"),
        ("The number of inspectors was halved.", "[1/2, 1/2]", "halved"),
        ("Admissions fell tenfold after the ban.", "[1/10, 1/10]", "fell tenfold"),
        ("The rival bid was three times the size of the first.", "[3, 3]", "three times"),
    ],
)
def test_multiples_are_ratios_valued_by_their_factor(text: str, notation: str, said: str) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.unit) == ("ratio", "")
    assert estimate.interval.notation() == notation
    assert estimate.text == said


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Fraud cases are three times more common than in 2019.", "[3, 81/20]"),
        ("Costs were five times higher than planned.", "[5, 121/20]"),
        ("Smokers were 3.5 times more likely to be admitted.", "[7/2, 158/35]"),
        ("The new dam holds 2 times more water than the old one.", "[2, 61/20]"),
        ("Sales were twice more than in 2023.", "[2, 61/20]"),  # was a ParseError
        ("The fine is thrice more than the old one.", "[3, 81/20]"),
    ],
)
def test_n_times_more_is_n_times_or_one_more(text: str, notation: str) -> None:
    # "three times more than" is three times as many to some readers and four times to others (three
    # times more on top): careful readers take either, so the reading spans both, each with the 5% a
    # multiple in words is read to; "three times as many" stays three
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation()) == ("ratio", notation)
    assert parse_quantity("three times as many").interval.notation() == "[3, 3]"


@pytest.mark.parametrize(
    ("text", "notation", "unit", "said"),
    [
        ("The ministry counted 12,000 more than before.", "[12000, 12000]", "", "12,000 more than"),
        ("The census found 5,000 fewer than expected.", "[-5000, -5000]", "", "5,000 fewer than"),
        ("The fund paid out $2bn less than in 2021.", "[-2000000000, -2000000000]", "USD", "$2bn less than"),
        ("The death toll rose by 20 overnight.", "[20, 20]", "", "rose by 20"),
        ("Enrolment fell by 340 pupils.", "[-340, -340]", "", "fell by 340"),
        ("The population grew by about 12,000.", "[10800, 13200]", "", "grew by about 12,000"),
        ("Turnout was up to 500 fewer than at the last vote.", "[-500, 0]", "", "up to 500 fewer than"),
        ("Support fell 3 percentage points.", "[-3, -3]", "percent", "fell 3 percentage points"),
        ("Its share is 4 percentage points higher.", "[4, 4]", "percent", "4 percentage points higher"),
        ("Profits went down by $3m in the quarter.", "[-3000000, -3000000]", "USD", "went down by $3m"),
    ],
)
def test_differences_are_signed_in_the_figures_unit(text: str, notation: str, unit: str, said: str) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.unit) == ("difference", unit)
    assert estimate.interval.notation() == notation
    assert estimate.text == said


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("Shares in the group rose 3% on Monday.", F(103, 100)),
        ("Inflation fell by 0.4% in May.", F(996, 1000)),
        ("The index was up 12% on the year.", F(112, 100)),
        ("Its shares were down 3.5% at noon.", F(965, 1000)),
        ("Ticket sales jumped 40% in a week.", F(14, 10)),
        ("Orders fell by a third.", F(2, 3)),
        ("a rise of 15% in reported crime", F(115, 100)),
    ],
)
def test_a_relative_change_is_a_ratio(text: str, ratio: Fraction) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.lo, estimate.hi, estimate.unit) == ("ratio", ratio, ratio, "")


@pytest.mark.parametrize(
    ("text", "value", "unit", "relation"),
    [
        ("The toll rose to 110 on Wednesday.", F(110), "", "amount"),
        ("Union membership made up 30% of the workforce.", F(30), "percent", "share"),
        ("Police said the jets dropped 3 bombs.", F(3), "", "amount"),
        ("Prices increased three times last year.", F(3), "", "amount"),
        ("He was arrested three times.", F(3), "", "amount"),
        ("They stay up to 4 nights.", F(4), "", "amount"),
        ("It was a 300-seat hall and 1 of them was broken.", F(300), "", "amount"),
        ("One in five pupils", F(1, 5), "", "share"),
    ],
)
def test_plain_counts_levels_and_shares_are_not_relations(
    text: str, value: Fraction, unit: str, relation: str
) -> None:
    estimate = parse_quantity(text)
    assert (estimate.hi, estimate.unit, estimate.relation) == (value, unit, relation)


def test_twice_as_a_frequency_is_no_multiple_but_a_rate() -> None:
    found = [
        (m.estimate.text, m.estimate.unit, m.estimate.relation)
        for m in scan("The patrol passes twice a day, and three times on Sundays.")
    ]
    assert found == [("twice a day", "1 / day", "amount"), ("three", "", "amount")]
    assert parse_quantity("Inspectors call once a month.").unit == "1 / month"
    assert list(scan("once upon a time, all at once")) == []


def test_a_multiple_takes_its_comparison_with_it_and_leaves_the_next_figure_alone() -> None:
    found = [
        (m.estimate.text, m.estimate.relation, str(m.estimate))
        for m in scan("Nurses now outnumber doctors: twice as many as 400 doctors, and 5,000 more than 2019.")
    ]
    assert found == [
        ("twice as many as", "ratio", "2"),
        ("400", "amount", "400"),
        ("5,000 more than", "difference", "5,000"),
        ("2019", "amount", "2,019"),  # a year, as extract says
    ]


def test_two_bounds_on_a_multiple_make_a_range_of_factors() -> None:
    estimate = parse_quantity("Output more than doubled and less than tripled.")
    assert (estimate.relation, estimate.interval.notation()) == ("ratio", "(2, 3)")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Shares rose 3.2% to 212p.", [("rose 3.2%", "ratio"), ("212p", "amount")]),
        ("The FTSE fell 1.1 percent to 7,412.35.", [("fell 1.1 percent", "ratio"), ("7,412.35", "amount")]),
        ("Revenue rose 12% to $4.1bn.", [("rose 12%", "ratio"), ("$4.1bn", "amount")]),
    ],
)
def test_a_change_and_a_level_are_two_figures(text: str, figures: list[tuple[str, str]]) -> None:
    assert [(m.estimate.text, m.estimate.relation) for m in scan(text)] == figures


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("Patients waiting rose from 200 to 350 in a month.", "200", "350"),
        ("Unemployment fell from 6.2 to 6.1 percent.", "6.2%", "6.1%"),
        ("The deficit went from $6 to 5.5 million.", "$6 million", "$5.5 million"),
        ("Membership climbed from 5 to 7 million.", "5 million", "7 million"),
    ],
)
def test_a_change_from_one_figure_to_another_keeps_both(text: str, before: str, after: str) -> None:
    (match,) = scan(text)
    assert match.then is not None
    assert (str(match.estimate), str(match.then)) == (before, after)
    assert parse_quantity(text) == match.estimate  # the first figure, as for any text with two


def test_a_rising_from_to_with_no_change_word_is_a_range() -> None:
    (match,) = scan("Estimates range from 2,000 to 3,000 fighters.")
    assert (match.then, str(match.estimate)) == (None, "2,000–3,000")


@pytest.mark.parametrize(
    ("text", "notation", "unit", "relation"),
    [
        ("Police recorded a 10% rise in burglaries.", "[11/10, 11/10]", "", "ratio"),
        ("The union fought a 20% cut in staff.", "[4/5, 4/5]", "", "ratio"),
        ("Councils face a £2m cut in funding.", "[-2000000, -2000000]", "GBP", "difference"),
        ("The board approved a 500 increase in places.", "[500, 500]", "", "amount"),
    ],
)
def test_a_rise_or_cut_after_a_percentage_or_money_is_a_change(
    text: str, notation: str, unit: str, relation: str
) -> None:
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.unit, estimate.relation) == (notation, unit, relation)


def test_a_relative_change_keeps_its_printed_precision_as_a_ratio() -> None:
    assert parse_quantity("Sales rose 3%.").precision == Fraction(1, 100)
    assert parse_quantity("Sales fell 3.5%.").precision == Fraction(1, 1000)
    assert parse_quantity("Support fell 3 percentage points.").precision == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The club moved up 3 places in the table.", "3"),
        ("Police said the jets dropped 3 bombs.", "3"),
        ("Prices increased three times last year.", "three"),
    ],
)
def test_a_change_word_that_changes_nothing_is_no_part_of_the_figure(text: str, said: str) -> None:
    (match,) = scan(text)
    assert (match.estimate.text, match.estimate.relation) == (said, "amount")


def test_a_change_of_a_rate_is_a_rate_of_growth() -> None:
    estimate = parse_quantity("Prices rose 2-3% a year.")
    assert (estimate.interval.notation(), estimate.unit, estimate.relation) == (
        "[2, 3]",
        "percent / year",
        "amount",
    )


def test_a_share_added_to_a_figure_is_not_capped_at_one() -> None:
    estimate = parse_quantity("Cases have risen by more than a third since March.")
    assert (estimate.relation, estimate.interval.notation()) == ("ratio", "(4/3, inf)")


@pytest.mark.parametrize(
    ("text", "notation", "unit", "said"),
    [
        ("Turnout was up sharply by 2 points on 2019.", "[2, 2]", "", "up sharply by 2"),
        ("Support rose sharply by 2 points to 41%.", "[2, 2]", "percent", "rose sharply by 2 points"),
        ("Prices fell only slightly by 0.3%.", "[997/1000, 997/1000]", "", "fell only slightly by 0.3%"),
        ("Exports were up strongly by £2bn.", "[2000000000, 2000000000]", "GBP", "up strongly by £2bn"),
    ],
)
def test_an_adverb_between_a_change_word_and_by_keeps_the_change(
    text: str, notation: str, unit: str, said: str
) -> None:
    """ "up sharply by 2 points": how it changed, then by how much; the adverb changes nothing."""
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.unit, estimate.text) == (notation, unit, said)
    assert estimate.relation in ("difference", "ratio")


def test_a_comma_after_the_adverb_keeps_the_change() -> None:
    estimate = parse_quantity("Sales fell sharply, by 40%, in the quarter.")
    assert (estimate.relation, estimate.interval.notation(), estimate.text) == (
        "ratio", "[3/5, 3/5]", "fell sharply, by 40%",
    )  # fmt: skip
    (mention,) = [m for m in extract("Sales fell sharply, by 40%, in the quarter.") if m.kind == "count"]
    assert mention.estimate == estimate


def test_an_adverb_before_to_still_states_a_level() -> None:
    estimate = parse_quantity("Sales rose sharply to 41,000.")
    assert (estimate.relation, estimate.text) == ("amount", "41,000")


@pytest.mark.parametrize(
    ("text", "notation", "unit", "said"),
    [
        # points of a percentage the clause names are percentage points
        ("Labour recorded a 3-point rise on last year's 38%.", "[3, 3]", "percent", "3-point rise"),
        ("The Tories suffered a three-point fall to 29%.", "[-3, -3]", "percent", "three-point fall"),
        ("Support rose only slightly by 0.2 points, to 41%.", "[1/5, 1/5]", "percent",
         "rose only slightly by 0.2 points"),
        ("Support rose 2.5 points to 41%.", "[5/2, 5/2]", "percent", "rose 2.5 points"),
        # points of anything else (an index) are a difference in points, never a count of points
        ("The Dax suffered a 140-point fall on Monday.", "[-140, -140]", "", "140-point fall"),
        ("Turnout was up 3 points.", "[3, 3]", "", "up 3"),
    ],
)  # fmt: skip
def test_points_after_a_change_or_before_a_rise_are_a_difference(
    text: str, notation: str, unit: str, said: str
) -> None:
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation(), estimate.unit, estimate.text) == (
        "difference", notation, unit, said,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "said", "noun"),
    [
        ("The school's budget was cut by 12 parents who voted at the meeting.", "12", "parents"),
        ("Funding was reduced by three councils last year.", "three", "councils"),
        ("The grant was increased by 3 councils.", "3", "councils"),
        ("The appeal was raised by 40 volunteers.", "40", "volunteers"),
        ("The scheme is funded by 3 councils.", "3", "councils"),
    ],
)
def test_a_figure_after_a_passive_change_and_by_that_names_who_made_it_is_a_count(
    text: str, said: str, noun: str
) -> None:
    """A change needs a quantity of the changed thing: "cut by 12 parents" says who cut it."""
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.relation, mention.noun) == (said, "amount", noun)
    assert parse_quantity(text).relation == "amount"


@pytest.mark.parametrize(
    ("text", "said", "notation"),
    [
        ("The number of councillors was cut by 12 councillors.", "cut by 12", "[-12, -12]"),
        ("Membership was cut by 300 members.", "cut by 300", "[-300, -300]"),
        ("Police numbers were cut by 20,000 officers.", "cut by 20,000", "[-20000, -20000]"),
        ("The waiting list was cut by 3,000 patients.", "cut by 3,000", "[-3000, -3000]"),
        ("Volunteers rose by 40 volunteers.", "rose by 40", "[40, 40]"),  # no passive: a change
        ("Staff numbers increased by 40 volunteers.", "increased by 40", "[40, 40]"),
        ("The budget was cut by £12m.", "cut by £12m", "[-12000000, -12000000]"),
    ],
)
def test_a_passive_change_by_a_quantity_of_the_changed_thing_is_a_change(
    text: str, said: str, notation: str
) -> None:
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.relation) == (said, "difference")
    assert mention.estimate.interval.notation() == notation


@pytest.mark.parametrize(
    ("text", "notation", "said"),
    [
        # what is better lower falls when it improves, and rises when it worsens
        ("The deficit showed an improvement of £1.5bn on last year.", "[-1500000000, -1500000000]",
         "an improvement of £1.5bn"),
        ("There was an improvement of £1.5bn in the deficit.", "[-1500000000, -1500000000]",
         "an improvement of £1.5bn"),
        ("Waiting lists improved by 12,000 patients.", "[-12000, -12000]", "improved by 12,000"),
        ("Borrowing worsened by £3bn.", "[3000000000, 3000000000]", "worsened by £3bn"),
        ("Unemployment improved by 0.2 points to 4.1%.", "[-1/5, -1/5]", "improved by 0.2 points"),
        # what is better higher rises when it improves
        ("The trade balance improved by £2.1bn in May.", "[2100000000, 2100000000]", "improved by £2.1bn"),
        # neither named, or both: either way, never one the words do not say
        ("The public finances improved by £1.5bn.", "[-1500000000, 1500000000]", "improved by £1.5bn"),
        ("Profits rose, and the deficit improved by £1bn.", "[-1000000000, 1000000000]", "improved by £1bn"),
        # the noun after the figure, as "a 10% rise" is
        ("The figures showed a £1.5bn improvement in the deficit.", "[-1500000000, -1500000000]",
         "£1.5bn improvement"),
        ("Borrowing showed a £2bn deterioration.", "[2000000000, 2000000000]", "£2bn deterioration"),
        ("The figures showed a £1.5bn improvement in the public finances.", "[-1500000000, 1500000000]",
         "£1.5bn improvement"),
    ],
)  # fmt: skip
def test_an_improvement_goes_the_way_that_is_better_for_what_it_changes(text, notation, said):
    (mention,) = [m for m in extract(text) if m.text == said]
    assert mention.estimate is not None
    assert (mention.estimate.relation, mention.estimate.interval.notation()) == ("difference", notation)


def test_an_improvement_in_per_cent_of_either_way_spans_both_ratios() -> None:
    estimate = parse_quantity("Output improved by about 3%.")
    assert (estimate.relation, estimate.interval.notation()) == ("ratio", "[967/1000, 1033/1000]")
    assert parse_quantity("Borrowing improved by 3%.").interval.notation() == "[97/100, 97/100]"


def test_improved_before_a_count_of_things_is_no_change() -> None:
    (mention,) = [m for m in extract("The council improved 12 schools.") if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.relation, mention.noun) == ("12", "amount", "schools")


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from([("deficit", -1), ("waiting list", -1), ("surplus", 1), ("trade balance", 1),
                     ("public finances", 0), ("position", 0)]),
    st.sampled_from([("improved by", 1), ("worsened by", -1), ("showed an improvement of", 1)]),
)  # fmt: skip
def test_a_change_of_either_way_holds_both_signed_readings(value, thing, change):
    """An improvement is signed by what it changes; where that says nothing, its span holds both ways."""
    (name, better), (words, way) = thing, change
    text = f"The {name} {words} £{value:,}m last year."
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    amount = Fraction(value * 10**6)
    assert mention.estimate.relation == "difference"
    if better:
        assert (mention.estimate.lo, mention.estimate.hi) == (amount * better * way,) * 2
    else:
        assert (mention.estimate.lo, mention.estimate.hi) == (-amount, amount)


@pytest.mark.parametrize(
    ("text", "figure", "notation", "unit"),
    [
        ("He is 3in (8cm) taller than the captain.", "3in (8cm) taller than", "[3, 3]", "inch"),
        ("She is 2kg (4.4lb) lighter than in May.", "2kg (4.4lb) lighter than", "[-2, -2]", "kilogram"),
        (
            "The bid was £5m ($6.2m) more than the first.",
            "£5m ($6.2m) more than",
            "[5000000, 5000000]",
            "GBP",
        ),
    ],
)
def test_extraction_reads_a_comparison_past_a_conversion_in_brackets(
    text: str, figure: str, notation: str, unit: str
) -> None:
    """ "3in (8cm) taller than": the conversion restates the figure; both are the comparison's, as parsed."""
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.text == figure
    assert mention.estimate is not None
    assert (mention.estimate.interval.notation(), mention.estimate.relation) == (notation, "difference")
    assert mention.estimate.unit == unit
    assert parse_quantity(text) == mention.estimate


def test_a_conversion_in_brackets_compared_with_nothing_stays_two_figures() -> None:
    counts = [m.text for m in extract("A 12m (39ft) wall went up in 2019.") if m.kind == "count"]
    assert counts == ["12m", "39ft"]


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Deaths were up six on Monday's 37.", "[6, 6]"),
        ("Arrests were down three from a year ago.", "[-3, -3]"),
        ("The count is up twenty-one on the week.", "[21, 21]"),
    ],
)
def test_up_or_down_before_a_spelled_number_is_a_difference(text: str, notation: str) -> None:
    # "up six on Monday's 37" was a plain 6, which a claim with of read as a count among Monday's 37: a
    # false conflict where the rise passes the base ("up nine on Monday's 2"); digits were read right
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation()) == ("difference", notation)
    assert parse_quantity("He picked up six apples.").relation == "amount"


@pytest.mark.parametrize(
    ("text", "figure", "notation"),
    [
        ("The economy grew 0.6% in the quarter, an annualised rate of 2.4%.", "2.4%", "[12/5, 12/5]"),
        (
            "Japan's economy shrank at an annualised rate of 2.9% in the first quarter.",
            "2.9%",
            "[-29/10, -29/10]",
        ),
        ("Prices fell 0.2% in May, an annualised fall of 2.4%.", "2.4%", "[-12/5, -12/5]"),
        ("Output grew at an annual rate of 1.2%.", "1.2%", "[6/5, 6/5]"),
        ("Rents rose at a 4.9% annualised pace.", "4.9% annualised", "[49/10, 49/10]"),
    ],
)
def test_an_annualised_rate_is_growth_a_year(text: str, figure: str, notation: str) -> None:
    # "an annualised rate of 2.4%" was a share of 2.4% (of the figure it grew from, with of) and "an
    # annualised fall of 2.4%" the ratio 0.976 over the month: each is a rate of growth a year, a fall
    # where its verb or noun says so
    (found,) = [m for m in extract(text) if m.text == figure]
    assert found.estimate is not None
    assert (found.estimate.unit, found.estimate.interval.notation()) == ("percent / year", notation)


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Women were three times less likely to be promoted.", "[1/3, 1/3]"),
        ("The new engine emits five times less carbon than the old one.", "[1/5, 1/5]"),
        ("There were ten times fewer cases than in 2019.", "[1/10, 1/10]"),
        ("Rural bus routes earn twice less than city ones.", "[1/2, 1/2]"),
    ],
)
def test_n_times_fewer_is_the_inverse_multiple(text: str, notation: str) -> None:
    # "three times fewer than" was a plain 3, which a claim with of read as a count among its base
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.interval.notation()) == ("ratio", notation)
