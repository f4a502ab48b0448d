"""Estimates: "an estimated 2,000" is a rough figure, the wider of the band of "about" and its rounding at
the last significant digit (docs/quantities.md#estimates), in extraction and claims files alike.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, Hierarchy, check, extract, load, parse_quantity
from claimcheck._solving.model import meaning

# -- an estimate's words, before the figure or after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "step"),
    [
        ("An estimated 948,000 people fled.", 948_000, 1000),
        ("an estimated 1,000 protesters", 1000, 1000),
        ("The crowd was estimated at 250,000.", 250_000, 10_000),
        ("The crowd was put at 250,000 by police.", 250_000, 10_000),
        ("Estimates put it at 30,000 this week.", 30_000, 10_000),
        ("an estimate of 40,000 homes", 40_000, 10_000),
        ("The toll is thought to be 948.", 948, 1),
        ("Estimates suggest 40,000 died.", 40_000, 10_000),
        ("an estimated total of 40,000 fans", 40_000, 10_000),
        ("an estimated $1.2bn", 1_200_000_000, 100_000_000),
        # a verb of estimating a few words before "at"
        ("Estimates put the death toll at 2,000.", 2000, 1000),
        ("The ministry estimated the cost at $3bn.", 3_000_000_000, 1_000_000_000),
        ("Analysts reckoned the loss at 40,000 jobs.", 40_000, 10_000),
        # the estimate's words after the figure and its noun
        ("Some 2,000 people are thought to have fled.", 2000, 1000),
        ("About 40 are believed dead.", 40, 10),
        ("12,500 homes were estimated to be without power.", 12_500, 100),
        ("300 fighters are now thought to remain.", 300, 100),
    ],
)
def test_an_estimate_is_a_rough_figure_with_its_rounding_at_the_last_significant_digit(text, figure, step):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    estimate = mention.estimate
    about = parse_quantity(f"about {figure:,}")
    assert estimate is not None
    assert (estimate.nominal, estimate.kind, estimate.precision) == (figure, "about", step)
    assert estimate.interval == about.interval  # the band of "about"
    assert parse_quantity(text).interval == estimate.interval  # the grammar alone reads it alike


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        # round figures: the rounding at the last significant digit is the wider
        ("an estimated 2,000", "[1500, 2500)"),
        ("an estimated 40", "[35, 45)"),
        ("an estimated $3bn", "[2500000000, 3500000000)"),
        ("an estimated 2 million", "[1500000, 2500000)"),
        # figures with more digits: the band of "about" is the wider
        ("an estimated 2,150", "[1935, 2365]"),
        ("an estimated 1.2 million", "[1080000, 1320000]"),
        ("an estimated 948,000", "[853200, 1042800]"),
        ("an estimated 12.5%", "[11.25, 13.75]"),
        ("2,000 people are thought to have fled", "[1500, 2500)"),
    ],
)
def test_an_estimate_is_checked_as_the_wider_of_about_and_its_rounding(text, interval):
    estimate = parse_quantity(text)
    meant = meaning(Claim(text, "s"), estimate)
    lo, hi = interval[1:-1].split(", ")
    assert (meant.lo, meant.hi) == (Fraction(lo), Fraction(hi))
    assert meant.high_open == interval.endswith(")")


def test_about_an_estimate_widens_once():
    one = parse_quantity("an estimated 948,000")
    assert parse_quantity("about an estimated 948,000").interval == one.interval
    assert parse_quantity("an estimated 948,000 or so").interval == one.interval


def test_an_estimated_range_keeps_its_ends():
    # the range already says how rough the estimate is
    for words, stated in (
        ("an estimated", "400 to 500"),
        ("estimated to be", "between $25 million and $50 million"),
        ("is thought to be", "5,000-7,000"),
    ):
        estimate = parse_quantity(f"{words} {stated}")
        assert estimate.kind == "range"
        assert estimate.interval == parse_quantity(stated).interval


def test_an_estimate_distributes_over_a_list():
    mentions = extract("An estimated 500,000 fled in the north and 300,000 in the south.")
    assert [(m.estimate.interval.notation(), m.estimate.precision) for m in mentions if m.estimate] == [
        ("[450000, 550000]", 100_000),
        ("[270000, 330000]", 100_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2,000 people were killed.",  # no estimate word
        "They put 2,000 troops on the border.",  # "put" and no "at"
        "The governor put the toll at 52 dead.",  # an official states a count; "estimates put" estimate
        "The 40 who are thought to be missing.",  # a relative clause about them, no copula of the figure
        "2,000 fled and 40 were believed dead.",  # the estimate speaks of the 40
    ],
)
def test_words_that_make_no_estimate_of_the_figure(text):
    first = next(m for m in extract(text) if m.kind == "count")
    assert first.estimate is not None
    assert first.estimate.kind == "exact"


@pytest.mark.parametrize(
    "text", ["In 2019 sales were estimated to be 200.", "By 2030 prices are thought to double."]
)
def test_a_year_before_an_estimate_stays_a_year(text):
    assert extract(text)[0].kind == "year"


def test_an_estimate_beside_a_figure_it_rounds_is_no_conflict():
    # an estimated 2,000 and a count of 2,150 of the same people: the estimate is rough
    assert check([Claim("an estimated 2,000", "fled", id="a"), Claim("2,150", "fled", id="b")]).ok
    assert check([Claim("2,000 are thought to have fled", "fled"), Claim("2,150", "fled")]).ok
    # but not one it cannot round to
    assert not check([Claim("an estimated 2,000", "fled"), Claim("2,600", "fled")]).ok


def test_an_estimate_is_checked_against_its_parts():
    routes = Hierarchy()
    routes.partition("to", "anywhere", ["Poland", "Romania"])
    whole = Claim("an estimated 948,000", "fled", {"to": "anywhere"})
    # 512,000 + 440,000 = 952,000: within an estimated 948,000 (853,200 to 1,042,800)
    parts = [Claim("512,000", "fled", {"to": "Poland"}), Claim("440,000", "fled", {"to": "Romania"})]
    assert check([whole, *parts], routes).ok
    # 712,000 + 440,000 = 1,152,000 is more than the estimate allows
    assert not check([whole, Claim("712,000", "fled", {"to": "Poland"}), parts[1]], routes).ok


def test_claims_files_read_an_estimate_as_extraction_does(tmp_path):
    text = "An estimated 2,000 people fled. Some 2,000 more are thought to have left by sea."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nid = "a"\nquote = "An estimated 2,000"\nsubject = "fled"\n'
        '[[claim]]\nid = "b"\nvalue = "an estimated 2,150"\nsubject = "fled"\n',
        encoding="utf-8",
    )
    first, second = load(tmp_path / "a.claims.toml").claims
    assert parse_quantity(first.value).interval == extract(text)[0].estimate.interval
    assert check([first, second]).ok


@given(value=st.integers(1, 9_999_999))
def test_an_estimate_is_never_narrower_than_about(value):
    estimate = parse_quantity(f"an estimated {value:,}")
    about = parse_quantity(f"about {value:,}")
    claim = Claim(f"an estimated {value:,}", "s")
    meant, meant_about = meaning(claim, estimate), meaning(Claim(f"about {value:,}", "s"), about)
    assert meant.lo <= meant_about.lo
    assert meant.hi >= meant_about.hi
    # and its rounding at the last significant digit is in it: 2,000 is 1,500 to 2,500
    step = estimate.precision
    assert step is not None
    assert meant.lo <= value - step / 2
    assert meant.hi >= value + step / 2
