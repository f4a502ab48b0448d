"""Readings that passages in thin domains turned up (tests/data/realworld/news, the eighth set).

Air quality in micrograms per cubic metre, prison terms in years and months cut by a fraction, money
"each" over a number of people or things, and exchange rates printed "Rs 83 to the dollar": each reading
is checked here on sentences of its own, in several spellings, apart from the passages that revealed it.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck import Claim, check, extract, parse_quantity


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("38 micrograms per cubic metre", "microgram / cubic_meter"),
        ("38 micrograms per cubic meter", "microgram / cubic_meter"),
        ("38µg/m³", "microgram / cubic_meter"),
        ("2.4 tonnes per cubic metre", "tonne / cubic_meter"),
        ("5 cubic metre", "cubic_meter"),
        ("400 per square kilometre", "1 / square_kilometer"),
        ("12 square kilometre", "square_kilometer"),
    ],
)
def test_british_spellings_of_cubic_and_square_units(text, unit):
    # "metre" and "kilometre" in the singular, as "per" takes them, are the registry's units
    assert parse_quantity(text).unit == unit


def test_a_level_in_micrograms_per_cubic_metre_meets_one_written_with_symbols():
    claims = [
        Claim("38 micrograms per cubic metre", "nitrogen dioxide", {"year": "2025"}, id="now"),
        Claim("66µg/m³", "nitrogen dioxide", {"year": "2019"}, id="before"),
        Claim("down 42%", "nitrogen dioxide", {"year": "2025"}, of="before", id="fall"),
    ]
    assert check(claims).ok
    claims[2] = Claim("down 24%", "nitrogen dioxide", {"year": "2025"}, of="before", id="fall")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"now", "before", "fall"}]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("six years and eight months", 80),
        ("6 years and 8 months", 80),
        ("two years and three months", 27),
        ("one year and six months", 18),
        ("five years and one month", 61),
    ],
)
def test_years_and_months_spelled_out_are_one_term(text, months):
    estimate = parse_quantity(text)
    assert (estimate.unit, estimate.lo, estimate.hi) == ("month", months, months)


def test_spelled_minutes_after_hours_join_them():
    spelled = parse_quantity("three hours and twenty minutes")
    digits = parse_quantity("3 hours and 20 minutes")
    assert (spelled.unit, spelled.lo, digits.lo) == ("minute", 200, 200)


@pytest.mark.parametrize(
    "text",
    ["six years and eight of them", "ten years and 15 months", "six years and eight"],
)
def test_years_and_a_number_that_is_no_smaller_unit_stay_years(text):
    assert parse_quantity(text).unit == "year"


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("reduced by a third", Fraction(2, 3)),
        ("cut by a third", Fraction(2, 3)),
        ("cut by two-thirds", Fraction(1, 3)),
        ("slashed by two thirds", Fraction(1, 3)),
        ("lowered by a quarter", Fraction(3, 4)),
        ("trimmed by 2%", Fraction(98, 100)),
        ("fell by a third", Fraction(2, 3)),
    ],
)
def test_a_cut_by_a_fraction_leaves_the_rest(text, ratio):
    # "reduced by a third" takes a third off: two thirds are left, never a third of the figure
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.relation) == (ratio, ratio, "ratio")


@pytest.mark.parametrize(("text", "change"), [("cut by 3,000", -3000), ("reduced by 5 points", -5)])
def test_a_cut_by_a_count_is_a_difference(text, change):
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.relation) == (change, change, "difference")


def test_a_sentence_reduced_by_a_third_for_a_guilty_plea():
    def claims(cut: str) -> list[Claim]:
        return [
            Claim("10 years", "sentence", {"stage": "starting point"}, id="start"),
            Claim("six years and eight months", "sentence", {"stage": "imposed"}, id="sentence"),
            Claim(cut, "sentence", {"stage": "imposed"}, of="start", id="cut"),
        ]

    assert check(claims("reduced by a third")).ok
    assert check(claims("cut by a third")).ok
    report = check(claims("reduced by a half"))
    assert [set(conflict.claims) for conflict in report.conflicts] == [{"start", "sentence", "cut"}]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Some 30 lakh farmers will benefit, or Rs 60,000 each.", "Rs 60,000 each", "INR / item"),
        ("The two men were fined £500 each, the court heard.", "£500 each", "GBP / item"),
        ("Visitors stayed an average of 3.8 nights each.", "3.8 nights each", "1 / item"),
        ("Tickets cost $45 each and sold out.", "$45 each", "USD / item"),
        # "each" before a word that is no end of the clause says no rate
        ("Return fares are £60 each way.", "£60", "GBP"),
        ("Each of the 4 each-way bets won.", "4", ""),
        ("They bought 2 of each.", "2", ""),
    ],
)
def test_each_at_the_end_of_a_clause_is_a_rate_per_one_of_them(text, words, unit):
    (mention,) = [m for m in extract(text) if m.kind == "count" and m.text.startswith(words.split()[0])]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)


def test_money_each_over_a_number_of_people_is_their_total():
    claims = [
        Claim("Rs 18,000 crore", "loan waiver", id="total"),
        Claim("Rs 60,000 each", "loan waiver", over="30 lakh farmers", id="each"),
    ]
    assert check(claims).ok
    claims[1] = Claim("Rs 80,000 each", "loan waiver", over="30 lakh farmers", id="each")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"total", "each"}]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rs 83 to the dollar", "INR / USD"),
        ("83 rupees to the dollar", "INR / USD"),
        ("$1.27 to the pound", "USD / GBP"),
        ("at 1.17 euros to the pound", "EUR / GBP"),
        ("¥150 to the dollar", "JPY / USD"),
        ("Rs 83 per dollar", "INR / USD"),
        ("$0.012 to the rupee", "USD / INR"),
    ],
)
def test_an_exchange_rate_is_one_currency_per_another(text, unit):
    assert parse_quantity(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [("£5 to the charity", "GBP"), ("€2bn to the euro zone", "EUR"), ("£5 to the pound", "GBP")],
)
def test_money_given_to_someone_is_no_exchange_rate(text, unit):
    assert parse_quantity(text).unit == unit


def test_a_conversion_with_its_rate_stated_is_checked():
    # "$135bn ... at an average rate of Rs 83 to the dollar, that is Rs 11.2 lakh crore"
    claims = [
        Claim("Rs 11.2 lakh crore", "remittances", {"currency": "rupees"}, id="rupees"),
        Claim("Rs 83 to the dollar", "remittances", {"currency": "rupees"}, over="$135bn", id="rate"),
    ]
    assert check(claims).ok
    claims[0] = Claim("Rs 12.2 lakh crore", "remittances", {"currency": "rupees"}, id="rupees")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"rupees", "rate"}]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("2,400 calories", "kilocalorie"),
        ("2,000 calories a day", "kilocalorie / day"),
        ("1 calorie", "kilocalorie"),
        ("2,400kcal", "kilocalorie"),
        ("500 kilocalories", "kilocalorie"),
    ],
)
def test_calories_in_the_news_are_food_calories(text, unit):
    assert parse_quantity(text).unit == unit


def test_food_calories_meet_kilojoules():
    # "2,400 calories (10,040kJ)": 2,400 food calories are 10,041.6kJ
    claims = [Claim("2,400 calories", "energy", id="kcal"), Claim("10,040kJ", "energy", id="kj")]
    assert check(claims).ok
    claims[1] = Claim("12,040kJ", "energy", id="kj")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"kcal", "kj"}]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("about £3,100 per spill", "GBP / item"),
        ("$1.20 per download", "USD / item"),
        ("£50 per offence", "GBP / item"),
        ("$3 per cup", "USD / cup"),
        ("$70 per barrel", "USD / barrel"),
        # "per" that means "according to", or a determiner after it, counts no thing
        ("$5bn per the filing", "USD"),
        ("$5bn per Reuters", "USD"),
        ("£5 per se", "GBP"),
    ],
)
def test_money_per_any_thing_is_a_rate(text, unit):
    assert parse_quantity(text).unit == unit


def test_a_fine_per_offence_over_the_offences_is_the_fine():
    claims = [
        Claim("£3.3m", "fine", id="fine"),
        Claim("about £3,100 per spill", "fine", over="1,050 spills", id="each"),
    ]
    assert check(claims).ok
    claims[1] = Claim("about £4,100 per spill", "fine", over="1,050 spills", id="each")
    assert [set(conflict.claims) for conflict in check(claims).conflicts] == [{"fine", "each"}]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Rents rose 7.8% to £1,150 a month from £1,067.", "£1,067", "GBP / month"),
        ("The wage will rise 6.7% to £12.71 an hour in April, from £11.91.", "£11.91", "GBP / hour"),
        ("Rents are £1,150 a month, up from £1,067.", "£1,067", "GBP / month"),
        ("Oil rose to $70 a barrel from $65 in May.", "$65", "USD / barrel"),
        ("Pay is £9 an hour, compared with £8.50 in 2023.", "£8.50", "GBP / hour"),
        # a figure that counts a thing of its own is no level of the rate
        ("It costs £40 a week from £35 donors.", "£35", "GBP"),
        ("Fees rose to £40 a week from 2024.", "2024", ""),
    ],
)
def test_the_level_a_rate_was_reached_from_is_per_the_same(text, words, unit):
    (mention,) = [m for m in extract(text) if m.text == words]
    assert mention.estimate is None or mention.estimate.unit == unit


def test_a_rate_and_the_level_it_rose_from_in_a_claims_file(tmp_path):
    from claimcheck import load

    (tmp_path / "a.txt").write_text("The wage will rise 6.7% to £12.71 an hour in April, from £11.91.\n")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n'
        '[[claim]]\nid = "now"\nquote = "£12.71 an hour"\nsubject = "wage"\nscope = { year = "2026" }\n'
        '[[claim]]\nid = "before"\nquote = "from £11.91"\nsubject = "wage"\nscope = { year = "2025" }\n'
        '[[claim]]\nid = "rise"\nquote = "rise 6.7%"\nsubject = "wage"\nscope = { year = "2026" }\n'
        'of = "before"\n'
    )
    loaded = load(tmp_path / "a.claims.toml")
    assert check(loaded.claims, loaded.hierarchy).ok
    assert [claim.value for claim in loaded.claims if claim.id == "before"] == ["£11.91 an hour"]
