"""Examples of every form `parse_quantity` reads (issue 3), with the exact interval each one means."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck import ArgumentError, ClaimcheckError, ParseError, parse_quantity
from claimcheck.parse import scan


def read(text: str) -> tuple[str, str, str]:
    """The interval notation, unit and kind that ``text`` reads as."""
    estimate = parse_quantity(text)
    return estimate.interval.notation(), estimate.unit, estimate.kind


def table(*rows: tuple[str, str, str, str]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "notation", "unit", "kind"), rows, ids=[row[0] for row in rows])


@table(
    ("12,500", "[12500, 12500]", "", "exact"),
    ("1,000,000", "[1000000, 1000000]", "", "exact"),
    ("1.5", "[3/2, 3/2]", "", "exact"),
    (".5", "[1/2, 1/2]", "", "exact"),
    ("12,500.75", "[50003/4, 50003/4]", "", "exact"),
    ("0", "[0, 0]", "", "exact"),
    ("-5", "[-5, -5]", "", "exact"),
    ("minus 5", "[-5, -5]", "", "exact"),
    ("twenty-two", "[22, 22]", "", "exact"),
    ("twenty two", "[22, 22]", "", "exact"),
    ("ninety-nine", "[99, 99]", "", "exact"),
    ("three hundred and forty", "[340, 340]", "", "exact"),
    ("three hundred forty", "[340, 340]", "", "exact"),
    ("one thousand and one", "[1001, 1001]", "", "exact"),
    ("fifteen hundred", "[1500, 1500]", "", "exact"),
    ("two million three hundred thousand", "[2300000, 2300000]", "", "exact"),
    ("two dozen", "[24, 24]", "", "exact"),
    ("a dozen", "[12, 12]", "", "exact"),
    ("a hundred", "[100, 100]", "", "exact"),
    ("a hundred and fifty", "[150, 150]", "", "exact"),
    ("zero", "[0, 0]", "", "exact"),
)
def test_numbers(text: str, notation: str, unit: str, kind: str) -> None:
    """Digits with separators and decimals, and spelled-out numbers, read exactly."""
    assert read(text) == (notation, unit, kind)


@table(
    ("1.5 million", "[1500000, 1500000]", "", "exact"),
    ("3.2 billion", "[3200000000, 3200000000]", "", "exact"),
    ("2 trillion", "[2000000000000, 2000000000000]", "", "exact"),
    ("half a million", "[500000, 500000]", "", "exact"),
    ("a quarter of a million", "[250000, 250000]", "", "exact"),
    ("three-quarters of a million", "[750000, 750000]", "", "exact"),
    ("a million", "[1000000, 1000000]", "", "exact"),
    ("one and a half million", "[1500000, 1500000]", "", "exact"),
    ("two and a half", "[5/2, 5/2]", "", "exact"),
    ("1½ million", "[1500000, 1500000]", "", "exact"),
    ("a thousand million", "[1000000000, 1000000000]", "", "exact"),
    ("$1.2bn", "[1200000000, 1200000000]", "USD", "exact"),
    ("£300m", "[300000000, 300000000]", "GBP", "exact"),
    ("€2.5m", "[2500000, 2500000]", "EUR", "exact"),
    ("5bn", "[5000000000, 5000000000]", "", "exact"),
    ("5 bn", "[5000000000, 5000000000]", "", "exact"),
    ("5k", "[5000, 5000]", "", "exact"),
    ("5m dollars", "[5000000, 5000000]", "USD", "exact"),
)
def test_scales(text: str, notation: str, unit: str, kind: str) -> None:
    """Scale words and suffixes multiply the number; "m" is millions only where money is in sight."""
    assert read(text) == (notation, unit, kind)


@table(
    ("5,000 to 7,000", "[5000, 7000]", "", "range"),
    ("5,000–7,000", "[5000, 7000]", "", "range"),
    ("5,000—7,000", "[5000, 7000]", "", "range"),
    ("400-500", "[400, 500]", "", "range"),
    ("400 - 500", "[400, 500]", "", "range"),
    ("between 15 and 30", "[15, 30]", "", "range"),
    ("between 30 and 15", "[15, 30]", "", "range"),
    ("from 2,000 to 3,000", "[2000, 3000]", "", "range"),
    ("$25m-$50m", "[25000000, 50000000]", "USD", "range"),
    ("between $25 million and $50 million", "[25000000, 50000000]", "USD", "range"),
    ("25 million to 50 million dollars", "[25000000, 50000000]", "USD", "range"),
    ("£1.5bn-£2bn", "[1500000000, 2000000000]", "GBP", "range"),
    ("$2-3m", "[2000000, 3000000]", "USD", "range"),
    ("$2m-3m", "[2000000, 3000000]", "USD", "range"),
    ("between $2 and 3m", "[2000000, 3000000]", "USD", "range"),
    ("between 2 and 3 million", "[2000000, 3000000]", "", "range"),
    ("5 to 7 million", "[5000000, 7000000]", "", "range"),
    ("1.5-2 million", "[1500000, 2000000]", "", "range"),
    ("500 to 7 million", "[500, 7000000]", "", "range"),
    ("two or three hundred", "[200, 300]", "", "range"),
    ("two to three million", "[2000000, 3000000]", "", "range"),
    ("twenty to thirty thousand", "[20000, 30000]", "", "range"),
    ("between five and six hundred thousand", "[500000, 600000]", "", "range"),
    ("five or six", "[5, 6]", "", "range"),
    ("three or four", "[3, 4]", "", "range"),
    ("20~100", "[20, 100]", "", "range"),
    ("15 to 30 members", "[15, 30]", "", "range"),
    ("5 to 7 km", "[5, 7]", "kilometer", "range"),
    ("5km-7km", "[5, 7]", "kilometer", "range"),
    ("between 10 and 20 km", "[10, 20]", "kilometer", "range"),
    ("a third to a half", "[1/3, 1/2]", "", "range"),
    ("from -5 to 5", "[-5, 5]", "", "range"),
)
def test_ranges(text: str, notation: str, unit: str, kind: str) -> None:
    """Two amounts make a closed range; a scale, currency or unit written once applies to both ends."""
    assert read(text) == (notation, unit, kind)


@table(
    ("up to 500", "[0, 500]", "", "at_most"),
    ("at most 500", "[0, 500]", "", "at_most"),
    ("no more than 500", "[0, 500]", "", "at_most"),
    ("as many as 3,000", "[0, 3000]", "", "at_most"),
    ("500 or less", "[0, 500]", "", "at_most"),
    ("500 or fewer", "[0, 500]", "", "at_most"),
    ("fewer than 100", "[0, 100)", "", "below"),
    ("less than 100", "[0, 100)", "", "below"),
    ("under 100", "[0, 100)", "", "below"),
    ("below 100", "[0, 100)", "", "below"),
    ("at least 20", "[20, inf)", "", "at_least"),
    ("no fewer than 20", "[20, inf)", "", "at_least"),
    ("20 or more", "[20, inf)", "", "at_least"),
    ("500 or more", "[500, inf)", "", "at_least"),
    ("1,000+", "[1000, inf)", "", "at_least"),
    ("1,000-plus", "[1000, inf)", "", "at_least"),
    ("more than 20", "(20, inf)", "", "above"),
    ("over 20", "(20, inf)", "", "above"),
    ("above 20", "(20, inf)", "", "above"),
    ("upwards of 2 million", "(2000000, inf)", "", "above"),
    ("in excess of $5m", "(5000000, inf)", "USD", "above"),
    ("well over 500", "(500, inf)", "", "above"),
    # A bound on a range keeps its weakest reading.
    ("no more than 400 to 500 fighters", "[0, 500]", "", "at_most"),
    ("up to 400-500", "[0, 500]", "", "at_most"),
    ("at least 400 to 500", "[400, inf)", "", "at_least"),
    ("more than 400 to 500", "(400, inf)", "", "above"),
    ("fewer than 400 to 500", "[0, 500)", "", "below"),
    # Two bounds joined make the range between them.
    ("more than 20 and less than 35", "(20, 35)", "", "range"),
    ("more than 20 but fewer than 35", "(20, 35)", "", "range"),
    ("at most 100 and at least 20", "[20, 100]", "", "range"),
    ("at least 20, at most 100", "[20, 100]", "", "range"),
    ("more than 20 km and less than 35 km", "(20, 35)", "kilometer", "range"),
    ("about 500 or less", "[0, 550]", "", "at_most"),
    ("about 500 or more", "[450, inf)", "", "at_least"),
    # Symbols.
    ("<= 100", "[0, 100]", "", "at_most"),
    ("≤ 100", "[0, 100]", "", "at_most"),
    ("< 100", "[0, 100)", "", "below"),
    ("> 10", "(10, inf)", "", "above"),
    (">= 10", "[10, inf)", "", "at_least"),
    ("≥ 10", "[10, inf)", "", "at_least"),
    # Bounds on negative quantities are not floored at zero.
    ("under -5", "(-inf, -5)", "", "below"),
    ("below 0", "(-inf, 0)", "", "below"),
    ("up to -5", "(-inf, -5]", "", "at_most"),
    ("more than -5", "(-5, inf)", "", "above"),
    ("up to 0", "[0, 0]", "", "at_most"),
)
def test_bounds(text: str, notation: str, unit: str, kind: str) -> None:
    """Bounds read with the right end open or closed, floored at zero for counted things."""
    assert read(text) == (notation, unit, kind)


@table(
    ("about 500", "[450, 550]", "", "about"),
    ("around 500", "[450, 550]", "", "about"),
    ("approximately 500", "[450, 550]", "", "about"),
    ("roughly 500", "[450, 550]", "", "about"),
    ("some 500", "[450, 550]", "", "about"),
    ("an estimated 500", "[450, 550]", "", "about"),  # a rough figure (docs/quantities.md#estimates)
    ("~500", "[450, 550]", "", "about"),
    ("500 or so", "[450, 550]", "", "about"),
    ("100-odd", "[90, 110]", "", "about"),
    ("a hundred or so", "[90, 110]", "", "about"),
    ("about -500", "[-550, -450]", "", "about"),
    ("nearly 500", "[450, 500]", "", "nearly"),
    ("almost 500", "[450, 500]", "", "nearly"),
    ("close to 500", "[450, 500]", "", "nearly"),
    ("nearly -5", "[-5, -9/2]", "", "nearly"),
    ("just under 500", "[450, 500)", "", "nearly"),
    ("just over 500", "(500, 550]", "", "about"),
    ("500 ± 50", "[450, 550]", "", "about"),
    ("500 +/- 50", "[450, 550]", "", "about"),
    ("500 plus or minus 10%", "[450, 550]", "", "about"),
    ("about 500 ± 50", "[450, 550]", "", "about"),
    # Hedges on ranges, and stacked hedges.
    ("some 2,000-3,000", "[1800, 3300]", "", "about"),
    ("about 10-15%", "[9, 33/2]", "percent", "about"),
    ("up to about 500", "[0, 550]", "", "at_most"),
    ("more than about 500", "(450, inf)", "", "above"),
)
def test_approximations(text: str, notation: str, unit: str, kind: str) -> None:
    """ "about" is ±10% and "nearly" is 90–100% of the number with the default Policy."""
    assert read(text) == (notation, unit, kind)


@table(
    ("a couple", "[2, 3]", "", "vague"),
    ("a couple of hundred", "[200, 300]", "", "vague"),
    ("a handful", "[2, 6]", "", "vague"),
    ("a handful of protesters", "[2, 6]", "", "vague"),
    ("a few", "[2, 5]", "", "vague"),
    ("several", "[3, 9]", "", "vague"),
    ("dozens", "[24, 144)", "", "vague"),
    ("a few dozen", "[24, 60]", "", "vague"),
    ("scores", "[40, 400)", "", "vague"),
    ("hundreds", "[100, 1000)", "", "vague"),
    ("hundreds of Daesh fighters", "[100, 1000)", "", "vague"),
    ("a few hundred", "[200, 500]", "", "vague"),
    ("several hundred", "[300, 900]", "", "vague"),
    ("thousands", "[1000, 1000000)", "", "vague"),
    ("a few thousand", "[2000, 5000]", "", "vague"),
    ("several thousand", "[3000, 9000]", "", "vague"),
    ("a few hundred thousand", "[200000, 500000]", "", "vague"),
    ("tens of thousands", "[10000, 100000)", "", "vague"),
    ("hundreds of thousands", "[100000, 1000000)", "", "vague"),
    ("millions", "[1000000, 1000000000)", "", "vague"),
    ("tens of millions", "[10000000, 100000000)", "", "vague"),
    ("tens of millions of dollars", "[10000000, 100000000)", "USD", "vague"),
    ("hundreds of millions of dollars", "[100000000, 1000000000)", "USD", "vague"),
    ("billions of euros", "[1000000000, 1000000000000)", "EUR", "vague"),
    ("a few per cent", "[2, 5]", "percent", "vague"),
    ("a majority", "(1/2, 1]", "", "vague"),
    ("a minority", "[0, 1/2)", "", "vague"),
)
def test_vague_amounts(text: str, notation: str, unit: str, kind: str) -> None:
    """Each vague amount means the interval documented in `DEFAULT_VAGUE`, times its scale."""
    assert read(text) == (notation, unit, kind)


@table(
    ("half", "[1/2, 1/2]", "", "fraction"),
    ("½", "[1/2, 1/2]", "", "fraction"),
    ("a third", "[1/3, 1/3]", "", "fraction"),
    ("two-thirds", "[2/3, 2/3]", "", "fraction"),
    ("two thirds", "[2/3, 2/3]", "", "fraction"),
    ("three quarters", "[3/4, 3/4]", "", "fraction"),
    ("a fifth", "[1/5, 1/5]", "", "fraction"),
    ("one in five", "[1/5, 1/5]", "", "fraction"),
    ("1 in 5", "[1/5, 1/5]", "", "fraction"),
    ("one in every five", "[1/5, 1/5]", "", "fraction"),
    ("nine out of ten", "[9/10, 9/10]", "", "fraction"),
    ("two in three", "[2/3, 2/3]", "", "fraction"),
    ("roughly half", "[9/20, 11/20]", "", "about"),
    ("about a third", "[3/10, 11/30]", "", "about"),
    ("almost half", "[9/20, 1/2]", "", "nearly"),
    ("nearly two-thirds", "[3/5, 2/3]", "", "nearly"),
    ("more than a quarter", "(1/4, 1]", "", "above"),
    ("more than a third", "(1/3, 1]", "", "above"),
    ("more than half", "(1/2, 1]", "", "above"),
    ("fewer than half", "[0, 1/2)", "", "below"),
    ("up to a third", "[0, 1/3]", "", "at_most"),
    ("at least 1 in 5", "[1/5, 1]", "", "at_least"),
    ("fewer than one in five", "[0, 1/5)", "", "below"),
    ("between a third and a half", "[1/3, 1/2]", "", "range"),
    ("30%", "[30, 30]", "percent", "exact"),
    ("30 percent", "[30, 30]", "percent", "exact"),
    ("30 per cent", "[30, 30]", "percent", "exact"),
    ("roughly 40 per cent", "[36, 44]", "percent", "about"),
    ("nearly 40%", "[36, 40]", "percent", "nearly"),
    ("10 to 15 per cent", "[10, 15]", "percent", "range"),
    ("10-15%", "[10, 15]", "percent", "range"),
    ("between 10% and 15%", "[10, 15]", "percent", "range"),
    ("up to 40%", "[0, 40]", "percent", "at_most"),
    ("more than 100%", "(100, inf)", "percent", "above"),
)
def test_fractions_shares_and_percentages(text: str, notation: str, unit: str, kind: str) -> None:
    """Shares are dimensionless and bounded by 1; percentages keep the unit ``percent``."""
    assert read(text) == (notation, unit, kind)


@table(
    ("$5", "[5, 5]", "USD", "exact"),
    ("US$5", "[5, 5]", "USD", "exact"),
    ("€5", "[5, 5]", "EUR", "exact"),
    ("£5", "[5, 5]", "GBP", "exact"),
    ("¥500", "[500, 500]", "JPY", "exact"),
    ("A$5", "[5, 5]", "AUD", "exact"),
    ("5 dollars", "[5, 5]", "USD", "exact"),
    ("5 US dollars", "[5, 5]", "USD", "exact"),
    ("5 euros", "[5, 5]", "EUR", "exact"),
    ("5 pounds sterling", "[5, 5]", "GBP", "exact"),
    ("USD 5 million", "[5000000, 5000000]", "USD", "exact"),
    ("5 USD", "[5, 5]", "USD", "exact"),
    ("EUR 5", "[5, 5]", "EUR", "exact"),
    ("1.5bn euros", "[1500000000, 1500000000]", "EUR", "exact"),
    ("12 km", "[12, 12]", "kilometer", "exact"),
    ("12 kilometres", "[12, 12]", "kilometer", "exact"),
    ("12 kilometers", "[12, 12]", "kilometer", "exact"),
    ("12 miles", "[12, 12]", "mile", "exact"),
    ("12 kg", "[12, 12]", "kilogram", "exact"),
    ("12 tonnes", "[12, 12]", "tonne", "exact"),
    ("12 tons", "[12, 12]", "ton", "exact"),
    ("12 hours", "[12, 12]", "hour", "exact"),
    ("12 hectares", "[12, 12]", "hectare", "exact"),
    ("12 square kilometres", "[12, 12]", "square_kilometer", "exact"),
    ("12 barrels", "[12, 12]", "barrel", "exact"),
    ("12 mph", "[12, 12]", "mile_per_hour", "exact"),
    ("12 MW", "[12, 12]", "megawatt", "exact"),
    ("12m", "[12000000, 12000000]", "", "exact"),
    ("a 12m wall", "[12, 12]", "meter", "exact"),
    ("12 m", "[12, 12]", "", "exact"),
    ("a 15-mile stretch", "[15, 15]", "mile", "exact"),
    ("a 10-tonne truck", "[10, 10]", "tonne", "exact"),
    ("3 gigawatt hours", "[3, 3]", "gigawatt_hour", "exact"),
    ("500,000-strong", "[500000, 500000]", "", "exact"),
    ("a 500,000-strong army", "[500000, 500000]", "", "exact"),
)
def test_currencies_and_units(text: str, notation: str, unit: str, kind: str) -> None:
    """Currency signs, words and ISO codes, and pint's units, give canonical unit names."""
    assert read(text) == (notation, unit, kind)


def test_text_is_the_words_read() -> None:
    """The estimate keeps the words of the expression, without the words around it."""
    assert parse_quantity("police said no more than 400 to 500 fighters").text == "no more than 400 to 500"
    assert parse_quantity("a 500,000-strong army").text == "500,000-strong"
    assert parse_quantity("15 to 30 members").text == "15 to 30"


def test_nominal_is_the_number_named() -> None:
    assert parse_quantity("about 500").nominal == 500
    assert parse_quantity("nearly two-thirds").nominal == Fraction(2, 3)
    assert parse_quantity("5,000 to 7,000").nominal is None


def test_first_expression_is_read() -> None:
    assert read("In 2017, 22 people died") == ("[2017, 2017]", "", "exact")
    assert read("22 in 2017") == ("[22, 22]", "", "exact")


def test_contradictory_bounds_are_not_joined() -> None:
    """ "more than 20 and less than 10" is two claims; reading one number out of it would hide that."""
    assert read("more than 20 and less than 10") == ("(20, inf)", "", "above")
    found = [match.estimate.interval.notation() for match in scan("more than 20 and less than 10")]
    assert found == ["(20, inf)", "[0, 10)"]


def test_scan_finds_each_expression_once() -> None:
    text = "Between 15 and 30 members, up to $2m-3m, and about 40 per cent of 1,200 staff."
    matches = list(scan(text))
    assert [text[m.start : m.end] for m in matches] == [
        "Between 15 and 30",
        "up to $2m-3m",
        "about 40 per cent",
        "1,200",
    ]
    assert [m.estimate.interval.notation() for m in matches] == [
        "[15, 30]",
        "[0, 3000000]",
        "[36, 44]",
        "[1200, 1200]",
    ]


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("between and", 8, "expected a number after 'between'"),
        ("", 0, "the text is empty"),
        ("   ", 0, "the text is empty"),
        ("hello world", 0, "no number or amount found"),
        ("about", 5, "expected a number after 'about'"),
        ("up to", 5, "expected a number after 'up to'"),
        ("more than  ", 11, "expected a number after 'more than'"),
        ("Up To the hilt", 6, "expected a number after 'Up To'"),
        ("$", 1, "expected a number after '$'"),
        ("costs $ a lot", 8, "expected a number after '$'"),
        ("between 5 and", 13, "expected the second number of the range after 'between 5 and'"),
        ("from 5 to", 9, "expected the second number of the range after 'from 5 to'"),
        ("2024-02-26", 0, "'2024-02-26' is a date, not a quantity"),
        ("at 10:30", 3, "'10:30' is a clock time, not a quantity"),
        ("<>30", 2, "'<>' rules a value out and states none"),
    ],
)
def test_parse_errors_say_what_and_where(text: str, position: int, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_quantity(text)
    err = info.value
    assert (err.text, err.position, err.reason) == (text, position, reason)
    assert repr(text) in str(err)
    assert err.column == position + 1
    assert f"at column {err.column}: {reason}" in str(err)


def test_parse_error_message_matches_the_house_style() -> None:
    with pytest.raises(ParseError, match=r"^cannot read a quantity in 'between and' at column 9: "):
        parse_quantity("between and")


def test_parse_error_is_a_value_error_and_a_claimcheck_error() -> None:
    with pytest.raises(ValueError, match="no number") as info:
        parse_quantity("no figures here")
    assert isinstance(info.value, ClaimcheckError)


def test_non_text_is_refused_with_an_argument_error() -> None:
    with pytest.raises(ArgumentError, match="parse_quantity\\(\\): text must be text") as info:
        parse_quantity(500)  # type: ignore[arg-type]
    assert (info.value.function, info.value.argument, info.value.value) == ("parse_quantity", "text", 500)


@table(
    ("equal to 20", "[20, 20]", "", "exact"),
    ("equals 20", "[20, 20]", "", "exact"),
    ("equaling to 20", "[20, 20]", "", "exact"),
    ("equal to about 20", "[18, 22]", "", "about"),
    ("exceeded 3,000", "(3000, inf)", "", "above"),
    ("exceeds 3,000", "(3000, inf)", "", "above"),
    ("exceed 3000", "(3000, inf)", "", "above"),
    ("surpassed 3,000", "(3000, inf)", "", "above"),
    ("surpass 3000", "(3000, inf)", "", "above"),
    ("bigger or equal than 100", "[100, inf)", "", "at_least"),
    ("higher or equal than 100", "[100, inf)", "", "at_least"),
    ("smaller or equal than 100", "[0, 100]", "", "at_most"),
    ("lower or equal than 300", "[0, 300]", "", "at_most"),
    ("at least or equal to 30", "[30, inf)", "", "at_least"),
    ("< = 100", "[0, 100]", "", "at_most"),
    ("> = 100", "[100, inf)", "", "at_least"),
    ("bigger or equal than three thousand nine hundred and sixty five", "[3965, inf)", "", "at_least"),
)
def test_comparators(text: str, notation: str, unit: str, kind: str) -> None:
    """Verbs and spelled-out comparisons bound the number as their symbols do; "equal to" states it."""
    assert read(text) == (notation, unit, kind)


@table(
    ("less than 5000 or equal", "[0, 5000]", "", "at_most"),
    ("less than 5000 or equal to", "[0, 5000]", "", "at_most"),
    ("more than 5000 or equal to", "[5000, inf)", "", "at_least"),
    ("more than 5000 or equal to it", "[5000, inf)", "", "at_least"),
    ("equal to 5000 or more than", "[5000, inf)", "", "at_least"),
    ("equal to 5000 or less", "[0, 5000]", "", "at_most"),
    ("five hundred and more", "[500, inf)", "", "at_least"),
    ("500 and more people", "[500, inf)", "", "at_least"),
    ("above 1000 and below 1500", "(1000, 1500)", "", "range"),
    ("above one quarter and below a half", "(1/4, 1/2)", "", "range"),
    ("higher or equal than 100, lower or equal than 300", "[100, 300]", "", "range"),
    ("more than 20, and less than 35", "(20, 35)", "", "range"),
)
def test_suffixes_that_close_or_end_a_bound(text: str, notation: str, unit: str, kind: str) -> None:
    """ "or equal" closes an exclusive bound; a suffix with no number after it bounds the number before."""
    assert read(text) == (notation, unit, kind)


def spans(text: str) -> list[tuple[str, str]]:
    """The words and interval of every expression ``scan`` finds in ``text``."""
    return [(text[m.start : m.end], m.estimate.interval.notation()) for m in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5000 or less than 6000", [("5000", "[5000, 5000]"), ("less than 6000", "[0, 6000)")]),
        (
            "equal to 5000 or more than 4500",
            [("equal to 5000", "[5000, 5000]"), ("more than 4500", "(4500, inf)")],
        ),
        ("500 or over $600", [("500", "[500, 500]"), ("over $600", "(600, inf)")]),
        (
            "more than 5000 or equal to 6000",
            [("more than 5000", "(5000, inf)"), ("equal to 6000", "[6000, 6000]")],
        ),
        ("500 plus 20", [("500", "[500, 500]"), ("20", "[20, 20]")]),
    ],
)
def test_a_bound_word_before_a_number_bounds_that_number(text: str, expected: list[tuple[str, str]]) -> None:
    """A suffix never swallows the start of the next figure: "or less than 6000" bounds 6000."""
    assert spans(text) == expected


@table(
    ("1/2", "[1/2, 1/2]", "", "fraction"),
    ("2/3 of voters", "[2/3, 2/3]", "", "fraction"),
    ("7/10", "[7/10, 7/10]", "", "fraction"),
    ("more than 1/2", "(1/2, 1]", "", "above"),
    ("about 1/3", "[3/10, 11/30]", "", "about"),
    ("between 1/4 and 1/2", "[1/4, 1/2]", "", "range"),
    ("3/4 of a million", "[750000, 750000]", "", "exact"),
)
def test_slash_fractions(text: str, notation: str, unit: str, kind: str) -> None:
    """A proper fraction with a denominator up to 10, written with a slash, is a share."""
    assert read(text) == (notation, unit, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24/7", ["24", "7"]),  # improper: around the clock
        ("9/11", ["9", "11"]),  # denominator above 10: a date's name
        ("3/4/2024", ["3", "4", "2024"]),  # a third part: a date
        ("1/2/3", ["1", "2", "3"]),
        ("1 / 2", ["1", "2"]),  # not glued
        ("1.5/2", ["1.5", "2"]),
    ],
)
def test_slashed_numbers_that_are_no_fractions(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("COVID-19", [("19", "[19, 19]")]),
        ("mid-2019", [("2019", "[2019, 2019]")]),
        ("F-16 jets", [("16", "[16, 16]")]),
        ("it fell to -5", [("-5", "[-5, -5]")]),
        ("on 2024-02-26, 22 died", [("22", "[22, 22]")]),
        ("at 10:30 am, 5 people", [("5", "[5, 5]")]),
        ("at 9:05:59 two people", [("two", "[2, 2]")]),
        ("a 3:1 vote", [("3", "[3, 3]"), ("1", "[1, 1]")]),
    ],
)
def test_hyphens_dates_and_times_are_no_minus_signs_or_ranges(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A dash after letters is a hyphen; ISO dates and clock times are not read as numbers at all."""
    assert spans(text) == expected


def test_network_generations_are_not_grams() -> None:
    assert read("4G") == ("[4, 4]", "", "exact")
    assert read("5G network") == ("[5, 5]", "", "exact")
    assert read("5g of sugar") == ("[5, 5]", "gram", "exact")


def test_about_after_how_or_what_asks_and_does_not_hedge() -> None:
    assert spans("how about 5") == [("5", "[5, 5]")]
    assert spans("What about 2 in 5 or more?") == [("2 in 5 or more", "[2/5, 1]")]
    assert spans("about 5") == [("about 5", "[9/2, 11/2]")]


def test_a_value_ruled_out_states_nothing() -> None:
    """ "<>30" says what the value is not; it is neither 30 nor "≥ 0"."""
    assert spans("<>30") == []
    assert spans("x != 30") == []
    assert spans("< > 30") == [("> 30", "(30, inf)")]


def test_an_unfinished_range_is_not_its_first_number() -> None:
    """ "between 5 and" is a range with an end missing, not 5; what follows it is still read."""
    assert spans("between 5 and the river, 20 boats") == [("20", "[20, 20]")]
    assert spans("rose from 300 last year to 500") == [("300", "[300, 300]"), ("500", "[500, 500]")]
