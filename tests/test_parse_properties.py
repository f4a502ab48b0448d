"""Properties of `parse_quantity`: numbers round-trip through every style, hedges and ranges behave, and
arbitrary text either parses or raises `ParseError`.

The number renderer here is written independently of the parser's tables, so a wrong table entry and a
wrong renderer would have to agree to hide a bug.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck import Estimate, ParseError, parse_quantity
from claimcheck._reading import words as lex
from claimcheck._reading.tokens import phrase
from claimcheck._reading.unit_spellings import EVERYDAY
from claimcheck._values import currencies as cur
from claimcheck.parse import scan

if TYPE_CHECKING:
    from collections.abc import Callable

# -- an independent number-to-words renderer -------------------------------------------------------

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_GROUPS = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


@st.composite
def spelled(draw: st.DrawFn, n: int) -> str:
    """Write a whole number 0 <= n < 10**15 in English words, in one of the styles newspapers use."""
    hyphen = draw(st.sampled_from(["-", " "]))
    british_and = draw(st.booleans())
    a_for_one = draw(st.booleans())

    def under_hundred(k: int) -> str:
        if k < 20:
            return _SMALL[k]
        tens, ones = divmod(k, 10)
        return _TENS[tens] + (hyphen + _SMALL[ones] if ones else "")

    def under_thousand(k: int, *, first: bool) -> str:
        hundreds, rest = divmod(k, 100)
        words = []
        if hundreds:
            words.append(("a" if a_for_one and first and hundreds == 1 else _SMALL[hundreds]) + " hundred")
        if rest:
            words.append(("and " if british_and and hundreds else "") + under_hundred(rest))
        return " ".join(words)

    if n == 0:
        return "zero"
    parts = []
    rest = n
    for size, name in _GROUPS:
        count, rest = divmod(rest, size)
        if count:
            first = not parts
            number = "a" if a_for_one and first and count == 1 else under_thousand(count, first=first)
            parts.append(f"{number} {name}")
    if rest:
        last = under_thousand(rest, first=not parts)
        parts.append(("and " if british_and and parts and rest < 100 else "") + last)
    return " ".join(parts)


def digits(value: Fraction, *, separators: bool) -> str:
    """Write a terminating decimal in digits, with or without thousands separators."""
    whole, part = divmod(value, 1)
    text = f"{int(whole):,}" if separators else str(int(whole))
    if part:
        places = next(n for n in range(1, 30) if (part * 10**n).denominator == 1)
        text += f".{int(part * 10**places):0{places}d}"
    return text


whole_numbers = st.integers(min_value=0, max_value=10**15 - 1)
decimals = st.builds(
    lambda n, places: Fraction(n, 10**places),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=4),
)


def exactly(text: str, value: Fraction, unit: str = "") -> None:
    estimate = parse_quantity(text)
    assert (estimate.lo, estimate.hi, estimate.unit, estimate.kind) == (value, value, unit, "exact"), text
    assert estimate.text == text.strip()


# -- numbers in every style parse back to the same value --------------------------------------------


@given(decimals, st.booleans())
def test_digits_round_trip(value: Fraction, separators: bool) -> None:  # noqa: FBT001
    exactly(digits(value, separators=separators), value)


@given(st.data(), whole_numbers)
def test_spelled_numbers_round_trip(data: st.DataObject, n: int) -> None:
    exactly(data.draw(spelled(n)), Fraction(n))


@given(
    st.data(),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(_GROUPS),
    st.booleans(),
)
def test_scale_words_round_trip(
    data: st.DataObject,
    mantissa: int,
    places: int,
    group: tuple[int, str],
    in_words: bool,  # noqa: FBT001
) -> None:
    """ "1.5 million", "250 billion", "twenty-five thousand"."""
    size, name = group
    value = Fraction(mantissa, 10**places)
    number = data.draw(spelled(mantissa)) if in_words and places == 0 else digits(value, separators=True)
    assume(not number.startswith("a "))  # "a hundred million" is another test's business
    exactly(f"{number} {name}", value * size)


_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "US$": "USD", "A$": "AUD", "¥": "JPY"}
_SHORT = {"": 1, "k": 10**3, "m": 10**6, "bn": 10**9, " million": 10**6, " billion": 10**9}
_WORDS_AFTER = {"dollars": "USD", "euros": "EUR", "US dollars": "USD", "yen": "JPY"}


@given(decimals, st.sampled_from(sorted(_SIGNS)), st.sampled_from(sorted(_SHORT)), st.booleans())
def test_currency_forms_round_trip(value: Fraction, sign: str, scale: str, separators: bool) -> None:  # noqa: FBT001
    """ "$1.2bn", "£300m", "€5k", "US$25 million"."""
    exactly(f"{sign}{digits(value, separators=separators)}{scale}", value * _SHORT[scale], _SIGNS[sign])


@given(decimals, st.sampled_from(sorted(_WORDS_AFTER)), st.sampled_from(["", "m", " million", "bn"]))
def test_currency_words_after_the_number_round_trip(value: Fraction, word: str, scale: str) -> None:
    """ "25 million dollars", "5m euros"."""
    exactly(f"{digits(value, separators=True)}{scale} {word}", value * _SHORT[scale], _WORDS_AFTER[word])


@given(decimals, st.sampled_from(["USD", "EUR", "GBP", "CHF"]), st.sampled_from(["", " million", " billion"]))
def test_iso_codes_round_trip(value: Fraction, code: str, scale: str) -> None:
    exactly(f"{code} {digits(value, separators=True)}{scale}", value * _SHORT[scale], code)


# -- hedged forms contain their nominal number; ranges are ordered ----------------------------------

_INCLUSIVE = [
    " ".join(words)
    for table in (lex.ABOUT, lex.NEARLY, lex.AT_MOST, lex.AT_LEAST)
    for words in table
    if words[0] not in ("≤", "<=", "=<", "≥", ">=", "=>", "~", "≈")  # symbols have their own test
]
_EXCLUSIVE_ABOVE = [" ".join(words) for words in (*lex.ABOVE, *lex.JUST_OVER) if words[0] != ">"]
_EXCLUSIVE_BELOW = [" ".join(words) for words in (*lex.BELOW, *lex.JUST_UNDER) if words[0] != "<"]
_SUFFIXES = [" ".join(words) for words in (*lex.SUFFIX_AT_LEAST, *lex.SUFFIX_AT_MOST, *lex.SUFFIX_ABOUT)]
_SYMBOLS = ["≤", "<=", "=<", "≥", ">=", "=>", "~", "≈"]

figures = st.one_of(
    decimals.map(lambda v: (digits(v, separators=True), v)),
    st.integers(min_value=0, max_value=10**6).flatmap(lambda n: spelled(n).map(lambda t: (t, Fraction(n)))),
)


@given(st.sampled_from(_INCLUSIVE), figures)
def test_inclusive_hedges_contain_their_number(hedge: str, figure: tuple[str, Fraction]) -> None:
    text, value = figure
    estimate = parse_quantity(f"{hedge} {text}")
    assert estimate.contains(value)
    assert estimate.text == f"{hedge} {text}"


@given(st.sampled_from(_SYMBOLS), st.sampled_from(["", " "]), decimals)
def test_symbol_hedges_contain_their_number(symbol: str, space: str, value: Fraction) -> None:
    assert parse_quantity(f"{symbol}{space}{digits(value, separators=True)}").contains(value)


@given(st.sampled_from(_SUFFIXES), figures)
def test_suffix_hedges_contain_their_number(suffix: str, figure: tuple[str, Fraction]) -> None:
    text, value = figure
    glue = "" if suffix[0] in "-+" else " "
    estimate = parse_quantity(f"{text}{glue}{suffix}")
    assert estimate.contains(value)
    assert estimate.text == f"{text}{glue}{suffix}"


@given(st.sampled_from(_EXCLUSIVE_ABOVE), figures)
def test_bounds_from_above_exclude_their_number(hedge: str, figure: tuple[str, Fraction]) -> None:
    text, value = figure
    estimate = parse_quantity(f"{hedge} {text}")
    assert (estimate.lo, estimate.low_open) == (value, True)


@given(st.sampled_from(_EXCLUSIVE_BELOW), figures)
def test_bounds_from_below_exclude_their_number(hedge: str, figure: tuple[str, Fraction]) -> None:
    text, value = figure
    estimate = parse_quantity(f"{hedge} {text}")
    assert (estimate.hi, estimate.high_open) == (value, True)
    assert not estimate.contains(value)


@given(
    decimals,
    decimals,
    st.sampled_from(["{a} to {b}", "{a}-{b}", "{a}–{b}", "{a} – {b}", "between {a} and {b}",
                     "from {a} to {b}", "between {a} and {b} people", "{a}~{b}"]),
)  # fmt: skip
def test_ranges_are_ordered(a: Fraction, b: Fraction, form: str) -> None:
    """A rising pair is a range; "between" makes one of any pair; any other falling pair is two figures
    ("led 52% to 41%", "from 6.2 to 6.1 percent"), of which parse_quantity reads the first."""
    estimate = parse_quantity(form.format(a=digits(a, separators=True), b=digits(b, separators=True)))
    if a < b or form.startswith("between"):
        assert (estimate.lo, estimate.hi) == (min(a, b), max(a, b))
        assert estimate.kind == "range"
    else:
        assert (estimate.lo, estimate.hi, estimate.kind) == (a, a, "exact")


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(_GROUPS),
    st.sampled_from(["{a} to {b} {s}", "{a}-{b} {s}", "between {a} and {b} {s}", "{a} {s} to {b} {s}"]),
)
def test_a_scale_written_once_applies_to_both_ends(a: int, b: int, group: tuple[int, str], form: str) -> None:
    assume(a < b)
    size, name = group
    estimate = parse_quantity(form.format(a=a, b=b, s=name))
    assert (estimate.lo, estimate.hi) == (a * size, b * size)


# -- arbitrary text parses or raises ParseError ------------------------------------------------------


def _lexicon_tokens() -> list[str]:
    tokens: set[str] = set()
    for table in (lex.ONES, lex.TENS, lex.SCALES, lex.SHORT_SCALES, lex.DENOMINATORS, lex.VULGAR,
                  lex.VAGUE_PLURALS):  # fmt: skip
        tokens.update(table)
    for form in (*cur.BEFORE, *cur.AFTER):
        tokens.update(phrase((form,)))
    for phrases in (EVERYDAY, lex.AT_MOST, lex.BELOW, lex.AT_LEAST, lex.ABOVE,
                    lex.ABOUT, lex.NEARLY, lex.JUST_UNDER, lex.JUST_OVER, lex.SUFFIX_AT_LEAST,
                    lex.SUFFIX_AT_MOST, lex.SUFFIX_ABOUT, lex.RANGE_OPENERS, lex.RANGE_JOINERS,
                    lex.BOUND_JOINERS, lex.QUANTIFIERS, lex.MAJORITY):  # fmt: skip
        for words in phrases:
            tokens.update(words)
    return sorted(tokens)


_PIECES = [*_lexicon_tokens(), "0", "1", "5", "12", "1,000", "2.5", ".5", "999,999,999", "-", "–", "—",
           "±", "+/-", "+", "/", ",", ".", "%", "(", "'", "and", "of", "a", "an", "in", "out", "every",
           "plus", "minus", "strong", "-strong", "-odd", "12m", "3bn", "1½", "\n", "\u00a0"]  # fmt: skip


@st.composite
def lexicon_text(draw: st.DrawFn) -> str:
    """Up to a dozen lexicon words, digits and symbols, glued by nothing, a space or a dash."""
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=12))
    return "".join(draw(st.sampled_from(["", " ", " ", "-"])) + piece for piece in pieces)


def parses_or_refuses(text: str) -> Estimate | None:
    """Parse ``text``; return None on ParseError. Any other exception fails the test."""
    refused: ParseError | None = None
    try:
        estimate = parse_quantity(text)
    except ParseError as err:
        refused = err
    if refused is not None:
        assert 0 <= refused.position <= len(text)
        assert refused.text == text
        return None
    assert estimate.lo <= estimate.hi
    assert estimate.text
    assert estimate.text in text
    str(estimate)  # every estimate the parser makes can be written out
    return estimate


@given(st.text())
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    parses_or_refuses(text)


@given(lexicon_text())
def test_lexicon_soup_parses_or_raises_parse_error(text: str) -> None:
    parses_or_refuses(text)
    for match in scan(text):
        assert match.estimate.text == text[match.start : match.end]


@given(st.text(alphabet="0123456789-–,. $%", max_size=60))
def test_digit_and_dash_soup_parses_or_raises_parse_error(text: str) -> None:
    parses_or_refuses(text)


#: Long enough that reading in quadratic time would hang the suite, short enough to run in a moment.
_LONG: Final = 64 * 1024
_MIXED_PIECES: Final = ("1", "23", "450", "-", "–", ",", ".", " ", " ", "million", " to ", "%", "$", "about ")


def _mixed(length: int) -> str:
    """Digits, dashes, separators, scale words and hedges in a random (seeded) order."""
    rng = random.Random(0)  # noqa: S311 - test data, seeded so a failure can be replayed
    pieces: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(_MIXED_PIECES)
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:length]


def test_the_mixed_long_text_is_mixed() -> None:
    text = _mixed(_LONG)
    assert len(text) == _LONG
    assert {"1", "-", "–", ",", "m", "%", "$", " "} <= set(text)


@pytest.mark.parametrize(
    "build",
    [
        lambda: _mixed(_LONG),
        lambda: "-" * _LONG,
        lambda: "1" * _LONG,
        lambda: "1-" * (_LONG // 2),
        lambda: "1," * (_LONG // 2),
        lambda: "- 1" * (_LONG // 3),
        lambda: "million " * (_LONG // 8),
        lambda: "5" + " million" * (_LONG // 8),
    ],
    ids=["mixed", "dashes", "one-digit-run", "alternating", "commas", "spaced", "scales", "scaled"],
)
def test_a_long_text_parses_or_raises_parse_error(build: Callable[[], str]) -> None:
    """Reading is linear in the text's length: 64 KiB of any shape is read in a moment (not timed here;
    bench/ measures the speed)."""
    parses_or_refuses(build())
