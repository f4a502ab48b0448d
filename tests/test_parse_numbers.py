"""How single numbers are read: signs, scale words and "m", digit groups, notation, printed precision."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck import ModelError, ParseError, Policy, parse_quantity
from claimcheck._reading.cores import WORD_STEP
from claimcheck.parse import scan


def reading(text: str, policy: Policy | None = None) -> tuple[str, str]:
    estimate = parse_quantity(text, policy=policy)
    return estimate.interval.notation(), estimate.unit


def found(text: str) -> list[str]:
    return [match.estimate.text for match in scan(text)]


# -- signs (issue 10 §2) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notation", "unit"),
    [
        ("-€450m", "[-450000000, -450000000]", "EUR"),
        ("−£2bn", "[-2000000000, -2000000000]", "GBP"),  # U+2212, the typographic minus
        ("minus €450 million", "[-450000000, -450000000]", "EUR"),
        ("€-450m", "[-450000000, -450000000]", "EUR"),
        ("minus-7 yards", "[-7, -7]", "yard"),
        ("-0.8%", "[-4/5, -4/5]", "percent"),
        ("−3.5%", "[-7/2, -7/2]", "percent"),
        ("negative 2%", "[-2, -2]", "percent"),
        ("a deficit of -$1.2bn", "[-1200000000, -1200000000]", "USD"),
        ("the index closed at −12.5", "[-25/2, -25/2]", ""),
    ],
)
def test_a_minus_sign_makes_a_figure_negative(text: str, notation: str, unit: str) -> None:
    assert reading(text) == (notation, unit)


@pytest.mark.parametrize(
    "text",
    ["a net loss of €450m", "the council's deficit was £2bn", "losses of $3.1 billion", "a shortfall of 40%"],
)
def test_words_never_invent_a_sign(text: str) -> None:
    assert parse_quantity(text).lo > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("COVID-19 cases", ["19"]),
        ("the 2019-20 season", ["2019-20"]),
        ("between 5-10 people", ["between 5-10"]),
        ("0-62mph in 4.2 seconds", ["0-62mph", "4.2 seconds"]),
        ("an F-16 and a MiG-29", ["16", "29"]),
        ("mid-2019", ["2019"]),
    ],
)
def test_dashes_that_are_no_minus_signs(text: str, expected: list[str]) -> None:
    assert found(text) == expected
    assert all(match.estimate.lo >= 0 for match in scan(text))


def test_a_minus_stands_apart_from_the_number_before_it() -> None:
    """ "the Nikkei 225 -0.9%" is an index's name and a fall, not the range 0.9%–225%."""
    assert [(m.estimate.text, m.estimate.lo) for m in scan("the Nikkei 225 -0.9% on Friday")] == [
        ("225", 225),
        ("-0.9%", Fraction(-9, 10)),
    ]
    assert found("5-10 people") == ["5-10"]
    assert found("5 - 10 people") == ["5 - 10"]


def test_a_typographic_minus_between_numbers_negates_neither() -> None:
    assert all(match.estimate.lo >= 0 for match in scan("prices rose 5−10%"))


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(["%", " km", " tonnes", "", "m", " billion", "bn people"]),
    st.sampled_from(["$", "€", "£", "A$", ""]),
)
def test_precision_is_the_last_printed_digit(digits: int, places: int, suffix: str, sign: str) -> None:
    """A figure printed with ``places`` decimals steps by 10^-places, times its scale word."""
    assume(not (sign and suffix in ("%", " km", " tonnes")))
    whole, part = divmod(digits, 10**places)
    number = f"{whole}.{part:0{places}d}" if places else str(whole)
    scale = {"m": 10**6, " billion": 10**9, "bn people": 10**9}.get(suffix, 1)
    estimate = parse_quantity(f"{sign}{number}{suffix}")
    counted = not sign and suffix == "" and places == 0
    assert estimate.precision == (None if counted else Fraction(scale, 10**places))


_AMOUNTS = st.sampled_from(
    ["450", "€450m", "£2bn", "$1.2 billion", "0.8%", "12.5 km", "7 yards", "1,200", "3.25", "€1,2 Mio."]
)


@given(
    _AMOUNTS, st.sampled_from(["-", "−", "minus ", "negative "]), st.sampled_from(["", "about ", "nearly "])
)
def test_a_negated_figure_is_the_mirror_of_the_figure(text: str, sign: str, hedge: str) -> None:
    """Issue 10's property: reading "-X" gives the mirror image of reading "X", precision and all."""
    plain = parse_quantity(f"{hedge}{text}")
    negated = parse_quantity(f"{hedge}{sign}{text}")
    assert negated.unit == plain.unit
    assert (negated.lo, negated.hi) == (-plain.hi, -plain.lo)
    assert (negated.low_open, negated.high_open) == (plain.high_open, plain.low_open)
    assert negated.precision == plain.precision


# -- scale words and "m" (issue 10 §4) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notation", "unit"),
    [
        ("12m refugees", "[12000000, 12000000]", ""),
        ("2.5m tonnes", "[2500000, 2500000]", "tonne"),
        ("3.1M subscribers", "[3100000, 3100000]", ""),
        ("7 B people", "[7000000000, 7000000000]", ""),
        ("7b people", "[7000000000, 7000000000]", ""),
        ("RM4.2mil", "[4200000, 4200000]", "MYR"),
        ("$1.5bn", "[1500000000, 1500000000]", "USD"),
        ("€2.3 mn", "[2300000, 2300000]", "EUR"),
        ("the 12m people who voted", "[12000000, 12000000]", ""),
        ("passenger numbers rose to 12m.", "[12000000, 12000000]", ""),
        ("a 1.2m increase in visitors", "[1200000, 1200000]", ""),
        ("sales rose 12m", "[12000000, 12000000]", ""),
        ("Rs 500 crore", "[5000000000, 5000000000]", "INR"),
        ("3 lakh homes", "[300000, 300000]", ""),
        ("1,5 Mrd. Euro", "[1500000000, 1500000000]", "EUR"),
    ],
)
def test_scale_words_and_abbreviations(text: str, notation: str, unit: str) -> None:
    assert reading(text) == (notation, unit)


@pytest.mark.parametrize(
    "text",
    [
        "a 12m wall",
        "12m long",
        "a 12m-high fence",
        "12m (39ft)",
        "the 100m final",
        "she won the 100m freestyle",
        "at 3,000m altitude",
        "30m below sea level",
        "to a depth of 12m",
        "the 400m hurdles",
        "Bolt ran 100m in 9.58 seconds",
        "she jumped 6.9m",
        "a hall measuring 40m by 20m",
        "the men's 100m.",
        "keep 2m apart",
        "a pipe 3m in diameter",
    ],
)
def test_m_is_metres_where_a_length_is_signalled(text: str) -> None:
    assert parse_quantity(text).unit == "meter"
    assert parse_quantity(text).lo < 10_000


@pytest.mark.parametrize(
    "text",
    [
        "the council opened a new 50m pool on Monday",
        "ministers will drop the 2m rule next month",
        "Shops reopen as 2m rule eased",
        "surfers rode 20m waves off the Portuguese coast",
        "a 30m yacht ran aground",
        "she dived from the 10m platform",
        "she won the 400m in 49.8 seconds",
        "the centre stands 2.18m",
        "the 5m sea wall was breached",
        "a new 50m Olympic-size pool",
        "the 2m social-distancing rule",
    ],
)
def test_m_is_metres_before_a_physical_thing(text: str) -> None:
    assert reading(text)[1] == "meter"


@pytest.mark.parametrize(
    "text",
    [
        "the 2m people who signed the petition",
        "the 12m homes still heated by gas",
        "a 50m transfer for the striker",
        "a 50m budget",
        "the club's 2m salary",
        "sales passed the 1m mark",
        "he won the 2m prize",
        "the 1m barrier was broken in March",
        "a 3m spending plan",
        "the 12m Syrians who fled",
        "2m UK homes with a pool",
    ],
)
def test_m_stays_million_before_money_people_and_milestones(text: str) -> None:
    assert reading(text)[1] == ""
    assert parse_quantity(text).lo >= 1_000_000


def test_the_second_of_two_dimensions_follows_the_first() -> None:
    assert [(m.estimate.lo, m.estimate.unit) for m in scan("a hall measuring 40m by 20m")] == [
        (40, "meter"),
        (20, "meter"),
    ]
    assert [m.estimate.lo for m in scan("sales grew by 12m")] == [12_000_000]


def test_a_compound_metre_unit_is_no_million() -> None:
    assert reading("a 45m2 flat") == ("[45, 45]", "square_meter")


def test_a_spaced_m_is_metres_where_a_length_is_signalled() -> None:
    assert reading("the 100 m final") == ("[100, 100]", "meter")
    assert reading("a 12 m wall") == ("[12, 12]", "meter")
    assert reading("12 m") == ("[12, 12]", "")


def test_spaced_letters_are_read_only_before_a_noun() -> None:
    assert reading("12 m") == ("[12, 12]", "")
    assert reading("flat 7b on the left") == ("[7, 7]", "")
    assert reading("7B") == ("[7, 7]", "")


def test_the_m_policy_switch_reads_metres() -> None:
    metre = Policy(m_means="metre")
    assert reading("12m", metre) == ("[12, 12]", "meter")
    assert reading("12m refugees", metre) == ("[12, 12]", "meter")
    assert reading("$3m", metre) == ("[3000000, 3000000]", "USD")
    assert reading("5m dollars", metre) == ("[5000000, 5000000]", "USD")
    assert reading("3bn", metre) == ("[3000000000, 3000000000]", "")
    with pytest.raises(ModelError, match="m_means"):
        Policy(m_means="metres")  # type: ignore[arg-type]


# -- digit groups and notation (issue 10 §4) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("12\u00a0500", "[12500, 12500]"),
        ("12\u2009500", "[12500, 12500]"),
        ("12\u202f500 people", "[12500, 12500]"),
        ("1\u202f250\u202f000", "[1250000, 1250000]"),
        ("1.000.000", "[1000000, 1000000]"),
        ("1.250.000,50", "[2500001/2, 2500001/2]"),
        ("1,00,000 people", "[100000, 100000]"),
        ("12,34,567", "[1234567, 1234567]"),
        ("1e6", "[1000000, 1000000]"),
        ("1E6", "[1000000, 1000000]"),
        ("3.2e-5", "[1/31250, 1/31250]"),
        ("10^6", "[1000000, 1000000]"),
        ("10⁶", "[1000000, 1000000]"),
        ("10⁻³", "[1/1000, 1/1000]"),
        ("6.02×10^23", "[602000000000000000000000, 602000000000000000000000]"),
        ("6.02 x 10^23 atoms", "[602000000000000000000000, 602000000000000000000000]"),
        ("1,2 million", "[1200000, 1200000]"),
    ],
)
def test_digit_groups_and_notation(text: str, notation: str) -> None:
    assert reading(text) == (notation, "")


def test_a_decimal_comma_reads_before_a_continental_scale() -> None:
    assert reading("€1,2 Mio.") == ("[1200000, 1200000]", "EUR")
    assert parse_quantity("€1,2 Mio.").text == "€1,2 Mio."


@pytest.mark.parametrize("text", ["1,2", "1,25", "€1,2"])
def test_an_ambiguous_comma_is_refused_never_read_as_one(text: str) -> None:
    with pytest.raises(ParseError, match="decimal comma or a list"):
        parse_quantity(text)


def test_a_list_with_commas_is_no_decimal() -> None:
    assert found("questions 1,2,3") == ["1", "2", "3"]
    assert found("in 2019,20 people") == ["2019", "20"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("10^400", "beyond the magnitudes"),
        ("1e-999", "beyond the magnitudes"),
        ("1e" + "9" * 5000, "beyond the magnitudes"),
        ("10^" + "1" * 10_000, "beyond the magnitudes"),
        ("1" * 40 + "e5", "too long to be a figure"),
        ("1" + "0" * 10_000, "too long to be a figure"),
    ],
)
def test_figures_beyond_the_documented_magnitude_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as caught:
        parse_quantity(text)
    assert len(str(caught.value)) < 300  # the message quotes an excerpt, never the whole run


def test_the_largest_exponent_still_reads() -> None:
    assert parse_quantity("1e100").lo == 10**100
    assert parse_quantity("1e-100").lo == Fraction(1, 10**100)


# -- printed precision (issue 10 §1, the parser's side) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("12%", 1),
        ("12.3%", Fraction(1, 10)),
        ("12.50%", Fraction(1, 100)),
        ("-0.8%", Fraction(1, 10)),
        ("$11 billion", 10**9),
        ("$10.84 billion", 10**7),
        ("£450", 1),
        ("212p", Fraction(1, 100)),
        ("40 km", 1),
        ("2.5 km", Fraction(1, 10)),
        ("about 40 km", 1),
        ("1.2m", 100_000),
        ("1.2m refugees", 100_000),
        ("12 million people", 10**6),
        ("three million people", 10**6),
        ("three hundred thousand", 1000),
        ("12k", 1000),
        ("1½ million", 500_000),
        ("1e6", 10**6),
        ("6.02×10^23", 10**21),
        ("€1,2 Mio.", 100_000),
        ("2.5", Fraction(1, 10)),
        ("5 to 7 million", 10**6),
        ("1.5-2 million", 100_000),
        ("$2-3m", 10**6),
        ("between 10 and 12.5 km", Fraction(1, 10)),
    ],
)
def test_printed_precision_is_the_step_of_the_last_digit(text: str, precision: Fraction | int) -> None:
    assert parse_quantity(text).precision == precision


@pytest.mark.parametrize(
    "text",
    ["350 teachers", "17 dead", "at least 50", "12,000", "1.000.000", "a dozen", "two dozen",
     "three hundred", "hundreds", "a few thousand", "500,000-strong"],
)  # fmt: skip
def test_whole_counts_and_words_are_exact(text: str) -> None:
    assert parse_quantity(text).precision is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("half", Fraction(1, 2)), ("one in five", Fraction(1, 5)), ("2/3", Fraction(2, 3)),
     ("two thirds", Fraction(2, 3)), ("twice as many", 2), ("three times as many", 3), ("tripled", 3),
     ("a third more", Fraction(4, 3)), ("roughly half", Fraction(1, 2))],
)  # fmt: skip
def test_shares_and_multiples_in_words_step_by_a_tenth_of_their_value(text: str, value: Fraction) -> None:
    """Writers pick the nearest simple words: "one in five" for 20.6%, "twice" for 2.09 times."""
    assert parse_quantity(text).precision == value * WORD_STEP == Fraction(value, 10)


def test_shares_and_multiples_in_digits_keep_their_digits_step() -> None:
    assert parse_quantity("150% more").precision == Fraction(1, 100)
    assert parse_quantity("12%").precision == 1


def test_reading_stays_literal_whatever_the_precision() -> None:
    estimate = parse_quantity("$1.2bn")
    assert (estimate.lo, estimate.hi, estimate.precision) == (1_200_000_000, 1_200_000_000, 100_000_000)


def test_precision_converts_with_the_figure() -> None:
    assert parse_quantity("40 km").to("m").precision == 1000


def test_a_headline_with_m_for_million_extracts_millions() -> None:
    from claimcheck import extract

    text = (
        "Floods force 1.2m from homes. The agency said 1.2 million people had fled, 700,000 of them "
        "in the north, where a 12m wall failed."
    )
    readings = [(m.text, m.estimate.lo, m.estimate.unit) for m in extract(text) if m.estimate is not None]
    assert readings == [
        ("1.2m", 1_200_000, ""),
        ("1.2 million", 1_200_000, ""),
        ("700,000", 700_000, ""),
        ("12m", 12, "meter"),
    ]


def test_negative_money_is_written_with_the_minus_first() -> None:
    assert str(parse_quantity("-€450m")) == "-€450 million"
    assert str(parse_quantity("minus CHF 3")) == "CHF -3"


# -- basis points: hundredths of a percentage point ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The central bank cut by 25 basis points.", Fraction(-1, 4), Fraction(1, 100)),
        ("The Fed raised rates 25bp in June.", Fraction(1, 4), Fraction(1, 100)),
        ("Gilt yields rose 12 bps on the day.", Fraction(3, 25), Fraction(1, 100)),
        ("a spread of 150 basis points over Bunds", Fraction(3, 2), Fraction(1, 100)),
        ("a cut of 1 basis point", Fraction(-1, 100), Fraction(1, 100)),
        ("rates fell 0.25 percentage points", Fraction(-1, 4), Fraction(1, 100)),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(
    text: str, value: Fraction, precision: Fraction
) -> None:
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.unit) == (value, value, "percent")
    assert (estimate.relation, estimate.precision) == ("difference", precision)


def test_basis_points_and_percentage_points_read_alike() -> None:
    points, basis = parse_quantity("up 0.5 percentage points"), parse_quantity("up 50bp")
    assert (basis.interval, basis.unit, basis.relation) == (points.interval, points.unit, points.relation)
    assert basis.precision == points.precision / 10


def test_bits_a_second_keep_their_prefix() -> None:
    assert reading("a 50 Mbps line") == ("[50, 50]", "megabit_per_second")
