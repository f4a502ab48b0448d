"""Extraction on news copy: names are no quantities, glued units, fragments, ages and years (issue 13).

Every sentence here was written for this file in the style of business, tech, sports, health and
conflict reporting, and labelled by reading.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.mentions import Mention, extract


def counts(text: str) -> list[tuple[str, Fraction | float, str]]:
    """The figures that state a value: (words, the value they name, unit)."""
    found = []
    for mention in extract(text):
        if mention.estimate is None or mention.kind != "count":
            continue
        estimate = mention.estimate
        value = estimate.nominal if estimate.nominal is not None else estimate.lo
        found.append((mention.text, value, estimate.unit))
    return found


def kinds(text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.kind) for mention in extract(text)]


# -- names, indices, models and addresses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The S&P 500 fell 1.2% on Tuesday.", "500"),
        ("Shares on the FTSE 100 closed up 0.4%.", "100"),
        ("She bought an iPhone 15 for $799.", "15"),
        ("The carrier ordered a Boeing 787 Dreamliner for $250m.", "787"),
        ("Reviewers tested the Galaxy S24 Ultra for 14 days.", "S24"),
        ("The laptop runs Windows 11 and weighs 1.4kg.", "11"),
        ("COVID-19 killed 6.9 million people.", "COVID-19"),
        ("Leaders of the G7 pledged $50bn.", "G7"),
        ("The diner on Route 66 serves 300 people a day.", "66"),
        ("Police searched 12 Baker Street and arrested 3 men.", "12"),
        ("Volkswagen's ID.4 has a 77kWh battery.", "ID.4"),
        ("A Class 800 train carried 600 passengers.", "800"),
        ("The TV has four HDMI 2.1 ports.", "2.1"),
        ("The camera shoots 8K video at 30 frames a second.", "8K"),
        ("Nvidia sold the RTX 4090 for $1,599.", "4090"),
    ],
)
def test_names_indices_models_and_addresses_are_not_quantities(text: str, name: str) -> None:
    assert (name, "identifier") in kinds(text)
    assert all(words != name for words, _, _ in counts(text))


def test_the_figure_beside_a_name_is_still_read() -> None:
    assert counts("The S&P 500 closed at 5,100 while an iPhone 15 costs $799.") == [
        ("5,100", 5100, ""),
        ("$799", 799, "USD"),
    ]


def test_a_capitalised_word_opening_a_sentence_is_no_name() -> None:
    assert counts("Police arrested 86 protesters. Officials counted 40.") == [
        ("86", 86, ""),
        ("40", 40, ""),
    ]


# -- units glued or abbreviated --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The 710bhp V12 is hand-built.", "710bhp", 710, "horsepower"),
        ("The hypercar makes 1200 hp at the wheels.", "1200 hp", 1200, "horsepower"),
        ("Each tablet holds 250mg.", "250mg", 250, "milligram"),
        ("Its 4,500mAh battery lasts two days.", "4,500mAh", 4500, "milliampere_hour"),
        ("The screen refreshes at 144Hz.", "144Hz", 144, "hertz"),
        ("It ships with 2TB of storage.", "2TB", 2, "terabyte"),
        ("The plant will draw 1.2GW of power.", "1.2GW", Fraction("1.2"), "gigawatt"),
        ("The hatchback manages 30mpg in town.", "30mpg", 30, "mile_per_gallon"),
        ("It returns 52 miles per gallon.", "52 miles per gallon", 52, "mile_per_gallon"),
        ("The motors make 350 pound-feet of torque.", "350 pound-feet", 350, "pound_force_foot"),
        ("A 14-inch laptop costs less.", "14-inch", 14, "inch"),
        ("The office covers 1850 sq ft.", "1850 sq ft", 1850, "square_foot"),
        ("The router covers 5,500 square feet.", "5,500 square feet", 5500, "square_foot"),
        ("The charger delivers 65W.", "65W", 65, "watt"),
        ("Broadband averages 38Mbps.", "38Mbps", 38, "megabit_per_second"),
        ("The card holds 512GB.", "512GB", 512, "gigabyte"),
        ("The drive holds 1TiB.", "1TiB", 1, "tebibyte"),
        ("A query uses 2.9 watt-hours.", "2.9 watt-hours", Fraction("2.9"), "watt_hour"),
        ("The engine revs to 15,000rpm.", "15,000rpm", 15000, "revolution_per_minute"),
        ("A dose of 0.5ml is enough.", "0.5ml", Fraction("0.5"), "milliliter"),
        ("A reading of 12mmHg is low.", "12mmHg", 12, "millimeter_Hg"),
        ("The first stage makes 7,590 kilonewtons.", "7,590 kilonewtons", 7590, "kilonewton"),
        ("The monitor has a 1ms response time.", "1ms", 1, "millisecond"),
    ],
)
def test_glued_and_abbreviated_units(text: str, words: str, value: Fraction, unit: str) -> None:
    assert (words, value, unit) in counts(text)


def test_sub_prefix_is_an_upper_bound() -> None:
    [mention] = extract("Developers sell sub-500 sq ft flats.")
    assert mention.text == "sub-500 sq ft"
    assert mention.estimate is not None
    assert (mention.estimate.hi, mention.estimate.high_open, mention.estimate.unit) == (
        500,
        True,
        "square_foot",
    )


def test_an_acceleration_test_is_a_name_and_its_time_a_quantity() -> None:
    text = "The 710bhp V12 goes from 0-62mph in 2.9 seconds."
    assert ("0-62mph", "identifier") in kinds(text)
    assert counts(text) == [("710bhp", 710, "horsepower"), ("2.9 seconds", Fraction("2.9"), "second")]
    assert ("0-60", "identifier") in kinds("It does 0-60 in 3.1 seconds.")


@pytest.mark.parametrize(
    "text",
    ["Police held 5 in the raid.", "It was 6 s late.", "Plan 7 B failed.", "He won 5 A grades."],
)
def test_ambiguous_letters_are_not_units(text: str) -> None:
    assert all(unit == "" for _, _, unit in counts(text))


def test_mb_and_mb_differ_by_case() -> None:
    assert counts("A 20MB file over a 20Mb line.") == [
        ("20MB", 20, "megabyte"),
        ("20Mb", 20, "megabit"),
    ]


# -- fragments that are not figures ------------------------------------------------------------------


def test_a_lap_time_is_one_time_not_a_fraction() -> None:
    assert kinds("He lapped in 1:42.4, 0.3 seconds clear.") == [
        ("1:42.4", "time"),
        ("0.3 seconds", "count"),
    ]


def test_an_iso_timestamp_is_one_date() -> None:
    assert kinds("The server restarted at 2024-03-01T10:15:30.5Z and 14 users left.") == [
        ("2024-03-01T10:15:30.5Z", "date"),
        ("14", "count"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Flags flew at half-mast over the ground.",
        "The second half was delayed.",
        "Cases rose in the first half of the year.",
        "He won the half marathon.",
        "A third-party seller listed the pills.",
        "The same one was recalled.",
        "Only one of them spoke.",
        "Nurses got a one-off payment.",
        "The quarter-final was close.",
    ],
)
def test_words_that_only_look_like_figures(text: str) -> None:
    assert extract(text) == []


def test_shares_still_read() -> None:
    assert counts("A third of the squad is injured and a quarter of the staff left.") == [
        ("A third", Fraction(1, 3), ""),
        ("a quarter", Fraction(1, 4), ""),
    ]
    assert counts("She has spent half her life in hospital.") == [("half", Fraction(1, 2), "")]


def test_a_spelled_ordinal_before_a_noun_is_an_ordinal() -> None:
    assert kinds("The bank held rates for a fourth straight meeting.") == [("a fourth", "ordinal")]


def test_a_golf_score_against_par_is_no_count_but_a_50_over_match_is() -> None:
    assert counts("He shot a seven-under-par 64.") == [("64", 64, "")]
    assert counts("The 50-over match went ahead.") == [("50", 50, "")]


def test_a_figure_running_into_a_date_keeps_what_it_read_before_it() -> None:
    text = "Sales totalled £4.9bn in the 13 weeks to 30 September."
    assert counts(text) == [("£4.9bn", Fraction("4.9e9"), "GBP"), ("13 weeks", 13, "week")]


# -- ages ---------------------------------------------------------------------------------------------


def age(mention: Mention) -> tuple[str, Fraction | float, Fraction | float, bool, str]:
    assert mention.kind == "age"
    assert mention.estimate is not None
    e = mention.estimate
    return (mention.text, e.lo, e.hi, e.high_open, e.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 15-year-old girl died.", ("15-year-old", 15, 15, False, "year")),
        ("The veteran, aged 30, signed.", ("30", 30, 30, False, "year")),
        ("She is 30 years old.", ("30 years old", 30, 30, False, "year")),
        ("A man in his 40s was hurt.", ("40s", 40, 50, True, "year")),
        ("The fighter, in his late 30s, lost on points.", ("30s", 30, 40, True, "year")),
        ("Rates fell among five-year-olds.", ("five-year-olds", 5, 5, False, "year")),
        ("The trial enrolled patients aged 18 to 65.", ("18 to 65", 18, 65, False, "year")),
        ("A six-month-old baby was rescued.", ("six-month-old", 6, 6, False, "month")),
        ("The boy, 11, was airlifted to hospital.", ("11", 11, 11, False, "year")),
        ("It killed a shepherd and injured his brother, 9.", ("9", 9, 9, False, "year")),
        ("Jane Okafor, 45, was charged.", ("45", 45, 45, False, "year")),
    ],
)
def test_ages_carry_their_value_in_years(text: str, expected: tuple[object, ...]) -> None:
    [mention] = [m for m in extract(text) if m.kind == "age"]
    assert age(mention) == expected


def test_a_number_between_commas_that_is_no_age() -> None:
    assert kinds("In March, 45 people died.") == [("45", "count")]
    assert kinds("Of the 300, 45 were freed.") == [("300", "count"), ("45", "count")]


def test_a_period_of_years_is_a_count_of_years_not_an_age() -> None:
    assert counts("The study followed 48,000 women for 20 years.") == [
        ("48,000", 48000, ""),
        ("20 years", 20, "year"),
    ]


# -- years ----------------------------------------------------------------------------------------------


def test_years_stay_out_of_counts_both_ways() -> None:
    assert counts("The hypercar makes 1200 hp; the office has 1850 sq ft.") == [
        ("1200 hp", 1200, "horsepower"),
        ("1850 sq ft", 1850, "square_foot"),
    ]
    assert kinds("The mill, built between 1750 and 1820, has 42 flats.") == [
        ("between 1750 and 1820", "year"),
        ("42", "count"),
    ]


# -- what the rules above must not take ----------------------------------------------------------------


def test_a_table_of_figures_after_names_keeps_its_decimals() -> None:
    assert counts("Growth forecasts: Germany 1.2, France 0.8, Italy 0.5.") == [
        ("1.2", Fraction("1.2"), ""),
        ("0.8", Fraction("0.8"), ""),
        ("0.5", Fraction("0.5"), ""),
    ]


def test_a_list_between_commas_is_no_age() -> None:
    assert counts("Medals: France, 12, Germany, 9, Italy, 7.") == [("12", 12, ""), ("9", 9, ""), ("7", 7, "")]


def test_a_year_before_year_end_stays_a_year() -> None:
    assert kinds("The 2023 year-end results beat forecasts.") == [("2023", "year")]
    assert counts("The minute's silence lasted 1 second too long.") == [("1 second", 1, "second")]


def test_an_acronym_opening_a_sentence_names_a_thing() -> None:
    assert kinds("FTSE 100 shares fell on Monday.") == [("100", "identifier")]
    assert kinds("NHS 111 took 2,000 calls.") == [("111", "identifier"), ("2,000", "count")]


def test_a_headline_in_capitals_keeps_its_figure() -> None:
    assert counts("BLAST KILLS 30 IN CITY") == [("30", 30, "")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apple's new phones use 3nm chips.", "3nm"),
        ("The firm is moving to a 2-nanometre process next year.", "2-nanometre"),
        ("Samsung began 3nm-class production in June.", "3nm"),
        ("The console outputs 1080p at 120 frames.", "1080p"),
        ("Most streams are still 720p.", "720p"),
        ("The operator switched on its 5G network.", "5G"),
        ("Sales of 8K TVs remain tiny.", "8K"),
        ("The series was shot in 4K.", "4K"),
        ("It streams in 4K and HDR.", "4K"),
    ],
)
def test_process_nodes_video_formats_and_networks_are_names(text: str, name: str) -> None:
    assert (name, "identifier") in kinds(text)
    assert all(words != name for words, _, _ in counts(text))


def test_a_price_in_pence_stays_a_figure() -> None:
    assert counts("Shares closed at 712p, up from 650p.") == [
        ("712p", Fraction(178, 25), "GBP"),
        ("650p", Fraction(13, 2), "GBP"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the lender closed at 720p on Friday.",
        "The bid values the group at 1080p a share.",
        "The stock fell 4% to 480p.",
    ],
)
def test_a_video_line_count_with_a_price_near_is_pence(text: str) -> None:
    """ "720p" is a video format in a gadget review and 720 pence on the markets page."""
    found = [m for m in extract(text) if m.estimate is not None and m.estimate.unit.startswith("GBP")]
    assert found, [(m.text, m.kind) for m in extract(text)]
    assert found[-1].estimate.lo in (Fraction(72, 10), Fraction(108, 10), Fraction(48, 10))
