"""A figure after a change and ", or" (or in brackets) restates the change: "rose by 1,200, or 9%".

Extraction, claims files and the grammar read it alike; a figure after no change keeps its own reading.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from extracted import count_at
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Estimate, extract, load, parse_quantity

# -- a figure after a change and ", or" restates the change ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Membership rose by 1,200, or 9%, to 14,500.", "9%", "9% more"),
        ("Sales fell 3,000, or 12%, to 22,000 last year.", "12%", "12% less"),
        ("Exports fell by $1.2bn – or about 4% – in March.", "about 4%", "about 4% less"),
        ("Sales fell £2m (6%) to £31m.", "6%", "6% less"),
        ("Membership rose from 13,300 to 14,500, or 9%.", "9%", "9% more"),
        ("Households rose 9%, or 4,300, to 51,200.", "4,300", "4,300 more"),
        ("Revenue was down 4.5% (£2m) on the year.", "£2m", "£2m less"),
        ("Membership was up 1,200 (9%) on the year.", "9%", "9% more"),
        ("Arrivals were down 4,300 (6.6%).", "6.6%", "6.6% less"),
    ],
)
def test_extraction_reads_a_figure_that_restates_a_change_as_that_change(text, figure, value):
    mention = count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit) == (meant.interval, meant.unit)
    assert mention.estimate.relation == meant.relation
    assert mention.estimate.precision == meant.precision
    assert mention.printed == parse_quantity(figure)  # the figure as printed is kept


@pytest.mark.parametrize(
    ("text", "figure", "interval", "relation"),
    [
        # no change before it: a share of the figure before, a level, a count of its own
        ("The party won 12,000 votes, or 41%, of 29,300 cast.", "41%", "[41, 41]", "share"),
        ("The toll rose to 110, or 9% of the town.", "9%", "[9, 9]", "share"),
        ("The toll rose by 20 (12 of them children).", "12", "[12, 12]", "amount"),
        ("Sales rose 9% to £4.1m, or £340,000 a month.", "£340,000 a month", "[340000, 340000]", "amount"),
        # a multiple is no change: the figure after it restates the multiplied figure
        ("It took 2.45 times as long (820 ms).", "820 ms", "[820, 820]", "amount"),
        ("Cases doubled, or 4,300 in all.", "4,300", "[4300, 4300]", "amount"),
        # an amount after a change in its own terms is a figure of its own
        ("A 3-point gap (about 1,836 miles).", "about 1,836 miles", "[8262/5, 10098/5]", "amount"),
        ("They knocked down 3 (three) houses.", "three", "[3, 3]", "amount"),
    ],
)
def test_a_figure_after_no_change_keeps_its_own_reading(text, figure, interval, relation):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert (mention.estimate.interval.notation(), mention.estimate.relation) == (interval, relation)
    assert mention.printed is None


def _quoted_change(tmp_path, text, quote):
    """The claim a claims file makes of ``quote`` in ``text``, as a change of another claim."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "1"\nsubject = "s"\n'
        f'[[claim]]\nid = "change"\nquote = "{quote}"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    (_, claim) = load(tmp_path / "a.claims.toml").claims
    return claim


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Households rose by 4,300, or 9%, to 51,200 from 46,900.", "9%"),
        ("Passengers fell to 61,200 from 65,500, down 4,300, or 6.6%.", "6.6%"),
        ("Sales fell £2m (4.5%) to £42.5m from £44.5m.", "4.5%"),
        ("Households rose 9%, or 4,300, to 51,200 from 46,900.", "4,300"),
        ("Sales fell 4.5% (£2m) to £42.5m from £44.5m.", "£2m"),
        ("The party won 12,000 votes, or 41%, of 29,300 cast.", "41%"),
        ("Membership rose from 13,300 to 14,500, or 9%.", "9%"),
    ],
)
def test_extraction_and_claims_files_read_a_restated_change_alike(tmp_path, text, quote):
    claim = _quoted_change(tmp_path, text, quote)
    value = parse_quantity(claim.value)
    mention = count_at(text, quote)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit) == (value.interval, value.unit)


_CHANGES = st.sampled_from(
    ["rose by 1,200", "fell 3,000", "rose 9%", "fell by 2.5%", "was up £2m", "dropped $4bn", "a third more"]
)
_JOINS = st.sampled_from([", or ", " – or ", " ("])
_FIGURES = st.one_of(
    st.builds("{}%".format, st.integers(1, 90)),
    st.builds("about {}%".format, st.integers(1, 90)),
    st.builds("{}.{}%".format, st.integers(0, 40), st.integers(1, 9)),
    st.builds("{:,}".format, st.integers(10, 90_000)),
    st.builds("£{}m".format, st.integers(1, 900)),
)


@given(change=_CHANGES, join=_JOINS, figure=_FIGURES)
def test_a_restated_change_reads_as_the_grammar_reads_its_value(change, join, figure):
    text = f"Sales {change}{join}{figure}{')' if '(' in join else ''}, the company said."
    before, *rest = extract(text)
    if not rest or rest[0].text != figure or before.estimate is None:
        return  # the change itself read otherwise (a level, a figure of its own)
    mention = rest[0]
    relative = before.estimate.relation == "ratio"
    rise = before.estimate.lo > (1 if relative else 0)
    if "%" in figure or relative:
        wanted = parse_quantity(f"{figure} {'more' if rise else 'less'}")  # as a claims file writes it
    else:  # an amount after a change in its own terms is a figure of its own
        wanted = parse_quantity(figure)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit, mention.estimate.relation) == (
        wanted.interval,
        wanted.unit,
        wanted.relation,
    )
    assert mention.estimate.precision == wanted.precision


# -- another estimate or forecast of the change before it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The economy grew 0.4%, revising up its first estimate of 0.2%.", "0.2%", "0.2% more"),
        ("Prices rose 0.5% in May, against forecasts of 0.3%.", "0.3%", "0.3% more"),
        ("Sales fell 2% in March, worse than expectations of 1.5%.", "1.5%", "1.5% less"),
        ("Output rose 3.1%, ahead of the consensus of 2.8% among economists.", "2.8%", "2.8% more"),
        ("Exports rose by £1.2bn, above projections of £0.9bn.", "£0.9bn", "£0.9bn more"),
    ],
)
def test_a_figure_named_an_estimate_of_a_change_is_that_change(text, figure, value):
    mention = count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    found = (mention.estimate.interval, mention.estimate.unit, mention.estimate.relation)
    assert found == (meant.interval, meant.unit, meant.relation)


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("Officials released an estimate of 3% on Friday.", "an estimate of 3%", "share"),  # no change
        ("Sales rose 2%. Analysts kept forecasts of 4%.", "4%", "share"),  # another sentence
        ("Unemployment was 4.1%, against forecasts of 4.3%.", "4.3%", "share"),  # a level, no change
        ("Membership rose by 1,200 to 14,500, above forecasts of 14,000.", "14,000", "amount"),  # a level
        ("Sales rose from 200 to 350, above forecasts of 300.", "300", "amount"),
        ("The toll is 12,000 more than its previous estimate of 33,000.", "33,000", "amount"),  # the base
        ("Prices rose 4.1% to £287,500, against forecasts of £280,000.", "£280,000", "amount"),
    ],
)
def test_an_estimate_of_no_change_keeps_its_reading(text, figure, relation):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.relation == relation


def test_claims_files_read_an_estimate_of_a_change_as_extraction_does(tmp_path):
    text = "The economy grew 0.4% in the quarter, revising up its first estimate of 0.2%."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "£580bn"\nsubject = "s"\n'
        '[[claim]]\nid = "first"\nquote = "first estimate of 0.2%"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    _, first = load(tmp_path / "a.claims.toml").claims
    assert first.value == "0.2% more"
    assert parse_quantity(first.value).interval == count_at(text, "0.2%").estimate.interval


# -- a change of a rate is per what the rate is per -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # restated after ", or", past the base the change is measured from
        ("Gasoline averaged $3.61 a gallon, up 5.2 percent from $3.43, or 18 cents.", "18 cents",
         "18 cents a gallon more"),
        ("Gasoline averaged $3.61 a gallon, up 5.2 percent, or 18 cents, from a year ago.", "18 cents",
         "18 cents a gallon more"),
        ("Tenants paid £1,150 a month, up 7.8%, or £83, on last year.", "£83", "£83 a month more"),
        # a change right after the rate
        ("Petrol averaged 151.3p a litre, down 4p on May.", "down 4p", "4p a litre less"),
        ("Diesel cost $4.02 a gallon, up 11 cents from a week earlier.", "up 11 cents",
         "11 cents a gallon more"),
    ],
)  # fmt: skip
def test_an_amount_that_states_the_change_of_a_rate_is_per_what_the_rate_is_per(text, figure, value):
    mention = count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit, mention.estimate.relation) == (
        meant.interval, meant.unit, "difference",
    )  # fmt: skip
    assert mention.printed is not None
    assert " / " not in mention.printed.unit  # the figure as printed keeps its own unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Petrol averaged 151.3p a litre, up 5%, or $2bn in all.", "$2bn", "USD"),  # another currency
        ("Petrol averaged 151.3p a litre, up 5%, or £2bn in all.", "£2bn", "GBP"),  # no litre's
        ("Rents rose 7.8%, or £83, to £1,150 a month.", "£83", "GBP"),  # the rate after the change
    ],
)
def test_an_amount_far_from_the_rate_or_before_it_stays_in_its_own_unit(text, figure, unit):
    mention = count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Gasoline averaged $3.61 a gallon, up 5.2 percent from $3.43, or 18 cents.", "18 cents",
         "18 cents a gallon more"),
        ("Tenants paid £1,150 a month, up 7.8%, or £83, on last year.", "£83", "£83 a month more"),
        ("Petrol averaged 151.3p a litre, down about 4p on May.", "down about 4p", "about 4p a litre less"),
        # an improvement, the way its clause says
        ("The deficit improved by £1.5bn in May.", "improved by £1.5bn", "£1.5bn less"),
        ("The deficit showed an improvement of £1.5bn.", "an improvement of £1.5bn", "£1.5bn less"),
        ("The figures showed a £1.5bn improvement in the deficit.", "£1.5bn improvement", "£1.5bn less"),
        ("The trade balance improved by £2.1bn in May.", "improved by £2.1bn", "£2.1bn more"),
        ("Borrowing worsened by 3% in May.", "worsened by 3%", "3% more"),
        # no way of its own in its clause: either way, as the quote reads alone
        ("The public finances improved by £1.5bn.", "improved by £1.5bn", "improved by £1.5bn"),
    ],
)  # fmt: skip
def test_claims_files_write_a_change_as_extraction_reads_it(tmp_path, text, quote, value):
    """The change of a rate is per what the rate is per; an improvement goes the way its clause says."""
    claim = _quoted_change(tmp_path, text, quote)
    assert claim.value == value
    mention = count_at(text, quote)
    assert mention.estimate is not None
    read = parse_quantity(value)
    assert (mention.estimate.interval, mention.estimate.unit) == (read.interval, read.unit)


@given(
    st.integers(min_value=101, max_value=9_999),
    st.integers(min_value=1, max_value=100),
    st.sampled_from([("p", "a litre", "GBP / liter", 100), ("£", "a month", "GBP / month", 1)]),
    st.sampled_from([("up", 1), ("down", -1)]),
)
def test_a_change_right_after_a_rate_is_that_rate_changed(level, change, rate, way):
    """ "151.3p a litre, down 4p": the change is a litre's, whatever the figures."""
    sign, per, unit, scale = rate
    word, direction = way

    def money(value: int) -> str:
        return f"{value}p" if sign == "p" else f"£{value:,}"

    text = f"Prices averaged {money(level)} {per}, {word} {money(change)} on last year."
    mention = count_at(text, f"{word} {money(change)}")
    assert mention.estimate is not None
    assert mention.estimate.unit == unit
    assert mention.estimate.relation == "difference"
    assert mention.estimate.nominal == Fraction(direction * change, scale)


# -- a quote's figure is read with the words before it that make it a change or a comparison ----------


@pytest.mark.parametrize(
    ("text", "quote", "value", "reading"),
    [
        ("Sales fell sharply, by 40%, in the quarter.", "40%", "fell sharply, by 40%", ("[3/5, 3/5]", "")),
        ("Sales fell by 30% in May.", "30%", "fell by 30%", ("[7/10, 7/10]", "")),
        ("Membership rose by 1,200 last year.", "1,200 last year", "rose by 1,200", ("[1200, 1200]", "")),
        ("Rents rose by £83 a month in 2024.", "£83 a month", "rose by £83 a month",
         ("[83, 83]", "GBP / month")),
        # a conversion in brackets before a comparative is the comparative's difference, in its own unit
        ("At 6ft 2in, he is 3in (8cm) taller than the captain.", "(8cm) taller", "8cm taller than",
         ("[8, 8]", "centimeter")),
        ("The bid was £5m ($6.2m) more than the first.", "$6.2m", "$6.2m more than",
         ("[6200000, 6200000]", "USD")),
    ],
)  # fmt: skip
def test_a_quote_reads_its_figure_with_the_words_before_it(tmp_path, text, quote, value, reading):
    claim = _quoted_change(tmp_path, text, quote)
    estimate = parse_quantity(claim.value)
    notation, unit = reading
    assert claim.value == value
    assert (estimate.interval.notation(), estimate.unit) == (notation, Estimate(1, 1, unit).unit)
    assert estimate.relation in ("ratio", "difference")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Sales rose by 20 to 350.", "350", "350"),  # the level a change reached
        ("Sales rose from 200 to 350 last year.", "350", "350"),
        ("He is 6ft 2in (1.88m) tall.", "(1.88m)", "1.88 metres"),  # a conversion compared with nothing
    ],
)
def test_a_quote_after_a_change_that_is_no_part_of_it_keeps_its_reading(tmp_path, text, quote, value):
    assert _quoted_change(tmp_path, text, quote).value == value


def test_a_claim_without_of_keeps_a_plain_figure_plain_whatever_the_words_before(tmp_path):
    (tmp_path / "a.txt").write_text("Sales fell sharply, by 40%, in the quarter.", encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n[[claim]]\nquote = "40%"\nsubject = "s"\n', encoding="utf-8"
    )
    (claim,) = load(tmp_path / "a.claims.toml").claims
    assert claim.value == "40%"
