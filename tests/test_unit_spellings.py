"""The spellings of units after a figure come from the registry's definitions, and name what pint names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import extract
from claimcheck._reading.unit_spellings import EVERYDAY, _spellings, read_unit
from claimcheck.units import canonical_unit, get_registry

SYMBOLS, NAMES = _spellings()


@pytest.mark.parametrize("unit", sorted(set(SYMBOLS.values()) | set(NAMES.values())))
def test_every_spelled_unit_is_a_canonical_registry_name(unit: str) -> None:
    assert canonical_unit(unit) == unit
    assert str(get_registry().Unit(unit)) == unit


@pytest.mark.parametrize(("symbol", "unit"), sorted(SYMBOLS.items()))
def test_every_symbol_means_what_pint_reads_it_as(symbol: str, unit: str) -> None:
    if symbol.startswith("K") and not symbol.startswith("Ki"):
        symbol = "k" + symbol[1:]  # "512KB": papers print kilo as "K" on bytes, which pint does not
    assert get_registry().Quantity(1, symbol).to(unit).magnitude == 1


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([("W", False)], None),  # "65 W" spaced: too ambiguous
        ([("W", True)], ("watt", 1)),
        ([("in", False), ("the", False)], None),
        ([("in", True)], ("inch", 1)),
        ([("s", True)], None),
        ([("B", True)], None),
        ([("as", False)], None),  # "a" is a symbol of year, never pluralised to "as"
        ([("MB", True)], ("megabyte", 1)),
        ([("mb", True)], None),
        ([("pound", False), ("note", False)], None),
        ([("square", False), ("-", False), ("feet", False)], None),  # a spaced dash joins nothing
        ([("Revolutions", False), ("per", False), ("minute", False)], ("revolution_per_minute", 3)),
    ],
)
def test_read_unit(pieces: list[tuple[str, bool]], expected: tuple[str, int] | None) -> None:
    assert read_unit(pieces) == expected


@pytest.mark.parametrize("words", sorted(EVERYDAY))
def test_no_everyday_word_is_a_spelling_the_registry_reads(words: tuple[str, ...]) -> None:
    """The everyday table holds only what the registry cannot say: one table per kind of data."""
    pieces = [(word, index > 0 or len(word) == 1) for index, word in enumerate(words)]
    found = read_unit(pieces)
    assert found is None or found[1] < len(words)  # "degrees Celsius" is more than the registry's "degrees"


def test_the_everyday_words_and_the_registry_agree_on_common_units() -> None:
    from claimcheck import parse_quantity

    readings = {
        text: parse_quantity(text).unit
        for text in (
            "40 km",
            "5 kilometres",
            "12 cm",
            "3 kg",
            "3 kilograms",
            "5 tons",
            "10 sq km",
            "2 lbs",
            "30 per cent",
            "12 litres",
            "9 mph",
        )
    }
    assert readings == {
        "40 km": "kilometer",
        "5 kilometres": "kilometer",
        "12 cm": "centimeter",
        "3 kg": "kilogram",
        "3 kilograms": "kilogram",
        "5 tons": "ton",
        "10 sq km": "square_kilometer",
        "2 lbs": "pound",
        "30 per cent": "percent",
        "12 litres": "liter",
        "9 mph": "mile_per_hour",
    }


def test_a_headline_in_capitals_keeps_its_units_but_not_its_acronyms() -> None:
    assert read_unit([("KM", False)]) == ("kilometer", 1)
    assert read_unit([("MPH", False)]) == ("mile_per_hour", 1)
    assert read_unit([("MW", False)]) == ("megawatt", 1)  # printed as the symbol is
    assert read_unit([("MS", False)]) is None  # multiple sclerosis, not milliseconds
    assert read_unit([("NM", True)]) is None
    assert read_unit([("HP", False)]) is None  # "500 HP laptops"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a 200-megapixel main camera", "megapixel"),
        ("a 50 megapixel sensor", "megapixel"),
        ("images of 1080px", "pixel"),
        ("peaks at 2,500 nits", "nit"),
        ("has 12 teraflops of performance", "teraflop"),
        ("reaches 1.2 petaflops", "petaflop"),
    ],
)
def test_screens_cameras_and_computers_have_their_units(text, unit):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert mention.estimate.unit == unit


def test_a_flop_alone_is_no_unit():
    (mention,) = [m for m in extract("The studio had three flops this year.") if m.kind == "count"]
    assert mention.estimate is not None
    assert mention.estimate.unit == ""


# -- the measures news prints: body weight in stone, carats, troy ounces, bushels, containers ---------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("He weighs 12 stone, his trainer said.", "12 stone", 12, "stone"),
        ("She lost 3st over the summer.", "3st", 3, "stone"),
        ("At 15st 2lb, he is the heaviest in the squad.", "15st 2lb", 212, "pound"),  # 15 x 14 + 2
        ("A 5-carat diamond sold for $2m.", "5-carat", 5, "carat"),
        ("Gold traded at $2,400 a troy ounce.", "$2,400 a troy ounce", 2400, "USD / troy_ounce"),
        ("Farmers harvested 400 million bushels of wheat.", "400 million bushels", 400_000_000, "bushel"),
        ("The ship can carry 24,000 TEU.", "24,000 TEU", 24_000, "twenty_foot_equivalent_unit"),
        ("The yacht sailed 300 nautical miles at 12 knots.", "300 nautical miles", 300, "nautical_mile"),
        ("The yacht sailed 300 nautical miles at 12 knots.", "12 knots", 12, "knot"),
        ("A 500MW plant and a 3 GW link", "500MW", 500, "megawatt"),
        ("Households use 2,700 kWh a year.", "2,700 kWh a year", 2700, "kilowatt_hour / year"),
        ("The limit is 70 mph.", "70 mph", 70, "mile_per_hour"),
    ],
)
def test_the_measures_news_prints_are_units(text: str, figure: str, value: int, unit: str) -> None:
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.estimate is not None
    assert (mention.estimate.lo, mention.estimate.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("An 18-carat gold ring sold for £900.", "18-carat"),
        ("It was set in 9ct rose gold.", "9ct"),
        ("The dome is covered in 24 carat gold leaf.", "24 carat"),
    ],
)
def test_carats_before_gold_are_a_purity_never_a_weight(text: str, figure: str) -> None:
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.estimate is not None
    assert mention.estimate.unit == "karat"


@pytest.mark.parametrize(
    "text",
    ["In the 21st century, 300 people came.", "He finished 1st and 31st.", "The 101st Airborne landed."],
)
def test_an_ordinal_in_st_is_no_weight_in_stone(text: str) -> None:
    assert all(m.kind == "ordinal" for m in extract(text) if "st" in m.text)


@given(st.integers(min_value=5, max_value=40), st.integers(min_value=0, max_value=13))
def test_a_weight_in_stone_and_pounds_is_fourteen_pounds_a_stone(stones: int, pounds: int) -> None:
    (mention,) = extract(f"The boxer weighed in at {stones}st {pounds}lb on Friday.")
    assert mention.estimate is not None
    assert (mention.estimate.lo, mention.estimate.unit) == (14 * stones + pounds, "pound")
