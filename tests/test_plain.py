"""The fast path for common spellings (`claimcheck._reading.plain`) and the parser's cache.

The fast path must give exactly the estimate the full grammar gives (value, ends, unit, kind, relation,
nominal, precision and text), and refuse what it cannot read that way. Hypothesis draws common-shape
texts (numbers with separators and decimals, currency signs, scales, units, percentages, ranges with a
joiner or "between") and a few near misses around them, and compares both readings.
"""

from __future__ import annotations

import contextlib
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Estimate, ParseError, Policy, parse_quantity
from claimcheck._reading.plain import (
    CURRENCY_SIGNS,
    GLUED_SCALES,
    HEDGES,
    MEASURES,
    SPELLED_SCALES,
    UNIT_SPELLINGS,
    read_plain,
)
from claimcheck.parse import _grammar, _read
from claimcheck.policy import DEFAULT_POLICY


def _same(fast: Estimate, full: Estimate) -> bool:
    """Equal as estimates, and read from the same words (``text`` is left out of ``==``)."""
    return fast == full and fast.text == full.text and fast.to_dict() == full.to_dict()


@st.composite
def numbers(draw: st.DrawFn, *, messy: bool) -> str:
    """A number as printed: grouped or plain digits, with or without decimals; with ``messy``, odd."""
    whole = draw(st.one_of(st.integers(0, 999), st.integers(0, 10**13)))
    digits = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if messy and draw(st.booleans()):
        digits = draw(st.sampled_from(["0", "00", "1,2", "1,00,000", "1.000.000", ".5", "12 500"])) + digits
    if draw(st.booleans()):
        digits += "." + draw(st.text("0123456789", min_size=1, max_size=7 if messy else 3))
    return digits


#: Units and words the fast path leaves to the grammar, which reads them by the words around them.
_OTHER_AFTER = ("m", "g", "km", "miles", "kg", "Km", "KM", "dollars", "per", "cents", "percentage points",
                "a week", "fighters", "or more", "people")  # fmt: skip
_OTHER_SCALES = ("bn", "b", "M", "Mio.", "hundred", "dozen", "lakh", "k", "m")


@st.composite
def amounts(draw: st.DrawFn, *, messy: bool) -> str:
    """An amount: a currency sign, a number, a scale and a unit, each maybe; with ``messy``, odd ones."""
    signs = ["", "", *CURRENCY_SIGNS] + (["US$", "-", "¥", "USD "] if messy else [])
    text = draw(st.sampled_from(signs)) + draw(numbers(messy=messy))
    if draw(st.booleans()):
        if messy:
            text += draw(st.sampled_from(["", " ", "  "])) + draw(st.sampled_from(_OTHER_SCALES))
        elif draw(st.booleans()):
            text += " " + draw(st.sampled_from(sorted(SPELLED_SCALES)))
        else:
            text += draw(st.sampled_from(sorted(GLUED_SCALES)))
    if draw(st.booleans()):
        if messy:
            text += draw(st.sampled_from(["", " ", "-"])) + draw(st.sampled_from(_OTHER_AFTER))
        else:
            unit = draw(st.sampled_from(sorted({*UNIT_SPELLINGS, *MEASURES})))
            text += unit if unit == "%" else draw(st.sampled_from(["", " "])) + unit
    return text


@st.composite
def values(draw: st.DrawFn) -> str:
    """A claim value in a common shape (an amount, a range of two, "between" two), now and then near one."""
    messy = draw(st.integers(0, 4)) == 0
    shape = draw(st.sampled_from(["single", "joined", "between"]))
    hedges = [""] * len(HEDGES) + sorted(HEDGES)
    if messy:
        hedges += ["just over ", "up to about ", "About ", "not quite ", "Up to "]
    hedge = draw(st.sampled_from(hedges))
    hedge += " " if hedge in HEDGES else ""
    if shape == "single":
        text = hedge + draw(amounts(messy=messy))
    elif shape == "joined":
        joiners = [" to ", "-", "–"] + ([" - ", " and ", " or ", "—", " to  "] if messy else [])
        joiner = draw(st.sampled_from(joiners))
        text = hedge + draw(amounts(messy=messy)) + joiner + draw(amounts(messy=messy))
    else:
        opener = draw(st.sampled_from(["Between ", "from ", "between "] if messy else ["between "]))
        joiner = draw(st.sampled_from([" and ", " to ", "-"] if messy else [" and "]))
        text = opener + draw(amounts(messy=messy)) + joiner + draw(amounts(messy=messy))
    around = ["", " ", "\t"] + ([".", " or more", " or so"] if messy else [])
    return draw(st.sampled_from(around)) + text + draw(st.sampled_from(around))


def _full(text: str, policy: Policy = DEFAULT_POLICY) -> Estimate | None:
    try:
        return _grammar(text, policy)
    except ParseError:
        return None


#: The default policy and two that change what hedges mean.
_POLICIES = (
    DEFAULT_POLICY,
    Policy(m_means="metre"),
    Policy(about=Fraction(1, 5), nearly=Fraction(1, 2), floor=float("-inf")),
)


@given(values(), st.sampled_from(_POLICIES))
def test_the_fast_path_reads_as_the_full_grammar_does(text: str, policy: Policy) -> None:
    fast = read_plain(text, policy)
    if fast is not None:
        full = _full(text, policy)
        assert full is not None, text
        assert _same(fast, full), (text, fast, full)


@st.composite
def counts(draw: st.DrawFn) -> tuple[str, bool]:
    """The commonest claim values: whole numbers as printed, alone, hedged, or two joined into a range.

    With each, whether the fast path must read it: not a pair of equal ends, a falling pair after a
    joiner, or a number of more than twelve digits printed without commas (those are the grammar's).
    """
    ends: list[int] = []
    plain = True

    def whole() -> str:
        nonlocal plain
        value = draw(st.one_of(st.integers(0, 1_200), st.integers(0, 10**13)))
        ends.append(value)
        if draw(st.booleans()):
            return f"{value:,}"
        plain = plain and value < 10**12
        return str(value)

    shape = draw(st.sampled_from(["single", "hedged", "joined", "between"]))
    if shape == "single":
        return whole(), plain
    if shape == "hedged":
        return draw(st.sampled_from(sorted(HEDGES))) + " " + whole(), plain
    if shape == "joined":
        text = whole() + draw(st.sampled_from([" to ", "-", "–"])) + whole()
        return text, plain and ends[0] < ends[1]
    text = f"between {whole()} and {whole()}"
    return text, plain and ends[0] != ends[1]


@given(counts(), st.sampled_from(_POLICIES))
def test_whole_numbers_take_the_fast_path_and_read_as_the_full_grammar_does(
    drawn: tuple[str, bool], policy: Policy
) -> None:
    text, readable = drawn
    fast = read_plain(text, policy)
    assert (fast is not None) == readable, text
    if fast is not None:
        full = _full(text, policy)
        assert full is not None, text
        assert _same(fast, full), (text, fast, full)


#: The pieces common spellings are made of.
_PIECES = ("1", "5", ",", "000", ".", "0", " ", "-", "–", "to", "between", "and", "$", "m", "%", "k",
           "million", "km", "per cent", "miles", "h", "/", "GW", "s", "hour", "C", "2")  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_fast_path_refuses_or_agrees_on_any_arrangement_of_its_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = read_plain(text, DEFAULT_POLICY)
    if fast is not None:
        full = _full(text)
        assert full is not None, text
        assert _same(fast, full), (text, fast, full)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,500", Estimate(12500, 12500, nominal=12500)),
        ("$1.2bn", Estimate(1.2e9, 1.2e9, "USD", nominal=1.2e9, precision=10**8)),
        ("1.2 million", Estimate(1_200_000, 1_200_000, nominal=1_200_000, precision=100_000)),
        ("12%", Estimate(12, 12, "percent", nominal=12, precision=1, relation="share")),
        ("400 to 500", Estimate(400, 500)),
        ("between 400 and 500", Estimate(400, 500)),
        ("5,000-7,000", Estimate(5000, 7000)),
        ("between $25m and $50m", Estimate(25_000_000, 50_000_000, "USD", precision=1_000_000)),
        ("5 to 7 million", Estimate(5_000_000, 7_000_000, precision=1_000_000)),
        ("about 5,000", Estimate(4500, 5500, kind="about", nominal=5000)),
        (
            "more than 20%",
            Estimate(20, "inf", "%", low_open=True, kind="above", nominal=20, precision=1, relation="share"),
        ),
        ("up to 400 to 500", Estimate(0, 500, kind="at_most")),
        ("2.5 per cent", Estimate(2.5, 2.5, "percent", nominal=2.5, precision=0.1, relation="share")),
        ("1,358 km", Estimate(1358, 1358, "km", nominal=1358, precision=1)),
        ("5 to 7 miles", Estimate(5, 7, "miles", precision=1)),
        ("about 40 km", Estimate(36, 44, "km", kind="about", nominal=40, precision=1)),
        ("1 hour", Estimate(1, 1, "hour", nominal=1, precision=1)),
    ],
)
def test_the_common_shapes_take_the_fast_path(text: str, expected: Estimate) -> None:
    fast = read_plain(text, DEFAULT_POLICY)
    assert fast is not None
    assert fast == expected
    assert fast.text == text
    assert _same(fast, _grammar(text, DEFAULT_POLICY))


@pytest.mark.parametrize(
    "text",
    [
        "12m",  # millions or metres: Policy.m_means decides
        "5%-7%",  # the dash after a sign is a minus: the grammar reads 5%
        "6 to 5.5 million",  # a falling pair is two figures
        "between 5 and 5",
        "5 km to 7 miles",  # two units: the grammar reads the first figure alone
        "12 m",  # a spaced "m" is metres only where the words around say so
        "40 C",  # a label, or degrees: the grammar's
        "5 tons",  # the grammar's own word table
        "40km/h",
        "about 500 or more",
        "up to about 500",
        "400 to 500 fighters",
        "Between 400 and 500",
        "1,2",
        "0123",
    ],
)
def test_other_spellings_are_left_to_the_grammar(text: str) -> None:
    assert read_plain(text, DEFAULT_POLICY) is None


def test_the_cache_keeps_one_estimate_per_spelling_and_policy() -> None:
    first = parse_quantity("between 1,234 and 5,678")
    assert parse_quantity("between 1,234 and 5,678") is first
    # what "m" means is the policy's: a cached reading under one policy never answers for another
    assert parse_quantity("12m").unit == ""
    assert parse_quantity("12m", policy=Policy(m_means="metre")).unit == "meter"
    assert str(parse_quantity("about 500", policy=Policy(about=Fraction(1, 20)))) == "≈ 500 (475–525)"
    assert str(parse_quantity("about 500")) == "≈ 500 (450–550)"
    # an equal policy made anew shares the entry
    assert parse_quantity("about 700", policy=Policy()) is parse_quantity("about 700")


def test_errors_are_raised_again_not_kept() -> None:
    for _ in range(2):
        with pytest.raises(ParseError, match="no number"):
            parse_quantity("no figure here")


@given(
    st.one_of(values(), st.sampled_from(["12m", "about 500", "nearly 40", "a 12m wall", "hundreds"])),
    st.sampled_from(_POLICIES),
)
def test_parse_quantity_with_its_cache_reads_as_the_grammar_does(text: str, policy: Policy) -> None:
    _read.cache_clear()
    try:
        full = _grammar(text, policy)
    except ParseError:
        with pytest.raises(ParseError):
            parse_quantity(text, policy=policy)
        return
    for other in _POLICIES:  # fill the cache under other policies first
        with contextlib.suppress(ParseError):
            parse_quantity(text, policy=other)
    assert _same(parse_quantity(text, policy=policy), full)
