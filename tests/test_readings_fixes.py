"""Misreadings of relations, units, rates and nouns, each fixed in general (issue 12's reading round).

Every phenomenon has examples in several spellings; where a shortcut and the grammar both read a shape, a
property says they agree.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import extract, load, parse_quantity


def _count_at(text: str, figure: str):
    """The count mention whose text is ``figure``."""
    (found,) = [m for m in extract(text) if m.text == figure and m.kind == "count"]
    return found


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
    mention = _count_at(text, figure)
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
    mention = _count_at(text, figure)
    assert mention.estimate is not None
    assert (mention.estimate.interval.notation(), mention.estimate.relation) == (interval, relation)
    assert mention.printed is None


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
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "1"\nsubject = "s"\n'
        f'[[claim]]\nid = "change"\nquote = "{quote}"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    (_, claim) = load(tmp_path / "a.claims.toml").claims
    value = parse_quantity(claim.value)
    mention = _count_at(text, quote)
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


# -- rates keep their denominator ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "words"),
    [
        ("Beer sells at £1.50 a pint.", "GBP / pint", "£1.50 a pint"),
        ("Milk was 45p a pint.", "GBP / pint", "45p a pint"),
        ("Bread costs £1.20 a loaf of the cheapest kind.", "GBP / loaf", "£1.20 a loaf"),
        ("Coffee is $3 per cup.", "USD / cup", "$3 per cup"),
        ("Seats went for £40 a ticket.", "GBP / ticket", "£40 a ticket"),
        ("Flats were sold at £200,000 a unit.", "GBP / unit", "£200,000 a unit"),
        ("Schools get £6,000 per pupil.", "GBP / person", "£6,000 per pupil"),
        ("There were 15 pupils per teacher.", "1 / person", "15 pupils per teacher"),
        ("Oil traded at $40 per barrel.", "USD / barrel", "$40 per barrel"),
        ("He drove at 30 miles an hour.", "mile / hour", "30 miles an hour"),
        ("Staff are paid £9.50 an hour.", "GBP / hour", "£9.50 an hour"),
        # a rate hyphened to its figure
        ("The scheme costs £1.2 billion-a-year.", "GBP / year", "£1.2 billion-a-year"),
        ("She took a £30,000-a-year job.", "GBP / year", "£30,000-a-year"),
        ("Cleaners earn £9.50-an-hour.", "GBP / hour", "£9.50-an-hour"),
        ("It runs a $1bn-a-year business.", "USD / year", "$1bn-a-year"),
        ("The $40-a-barrel oil price held.", "USD / barrel", "$40-a-barrel"),
        ("Take a one-a-day pill.", "1 / day", "one-a-day"),
    ],
)
def test_a_rate_keeps_its_denominator(text, unit, words):
    (mention,) = [m for m in extract(text) if m.kind == "count"]
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)
    assert parse_quantity(words).unit == unit  # the grammar alone reads it the same


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # a count and an indirect object, not a rate: "gave 500 [people] a home"
        ("The council gave 500 a home last year.", "500", ""),
        ("They found 2,000 a job.", "2,000", ""),
        # a thing after a figure is counted, never a unit
        ("Fans drank 8 pints each.", "8", ""),
        ("Some 5,000 tickets were sold.", "Some 5,000", ""),
        # "once per unit" counts no rate; "a 15-a-side game" is no rate either
        ("Each is checked once per unit.", None, None),
        ("They played a 15-a-side game.", "15", ""),
        ("It cost £40-a-", "£40", "GBP"),  # a hyphened rate cut off at the end of the text
    ],
)
def test_words_that_only_look_like_a_rate(text, words, unit):
    counts = [m for m in extract(text) if m.kind == "count"]
    if words is None:
        assert counts == []
        return
    (mention,) = counts
    assert mention.estimate is not None
    assert (mention.text, mention.estimate.unit) == (words, unit)


def test_a_price_per_thing_never_converts_or_sums_with_a_total():
    from claimcheck._reading.words import RATE_THINGS
    from claimcheck.units import THINGS, canonical_unit, dimension

    assert set(RATE_THINGS.values()) <= THINGS  # every word names a thing the units know
    assert dimension(canonical_unit("GBP / pint")) != dimension(canonical_unit("GBP / liter"))
    assert dimension(canonical_unit("GBP / pint")) != dimension(canonical_unit("GBP"))


@given(
    amount=st.sampled_from(["£1.50", "$40", "€2.3bn", "45p", "£9.50", "$1,200"]),
    opener=st.sampled_from(["a", "per"]),
    thing=st.sampled_from(sorted({"pint", "cup", "ticket", "unit", "pupil", "household", "barrel", "year"})),
    hyphened=st.booleans(),
)
def test_extraction_and_the_grammar_read_a_rate_alike(amount, opener, thing, hyphened):
    words = f"{amount}-{opener}-{thing}" if hyphened else f"{amount} {opener} {thing}"
    (mention,) = [m for m in extract(f"Prices were {words} last spring.") if m.kind == "count"]
    read = parse_quantity(words)
    assert mention.estimate is not None
    found = (mention.text, mention.estimate.unit, mention.estimate.interval)
    assert found == (read.text, read.unit, read.interval)
    assert " / " in read.unit


# -- a noun phrase ends at a verb ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Fares rose as two airlines cut routes to 14 cities.", "two", "airlines"),
        ("About 400 jobs cut in March went unreported.", "About 400", "jobs"),
        ("Some 300 workers strike today.", "Some 300", "workers"),
        ("Five councils plan cuts to bus routes.", "Five", "councils"),
        ("Now 30 countries back the plan.", "30", "countries"),
        ("Six ministers resign over the vote.", "Six", "ministers"),
        ("Last year 1,000 nurses quit the service.", "1,000", "nurses"),
        ("Three brothers run the shop.", "Three", "brothers"),
        ("At least 2,000 people march each Sunday.", "At least 2,000", "people"),
        ("The 300 families homeless since the flood wait.", "300", "families"),
        # a plural after a plural is one noun; a plural that modifies a noun is no plural
        ("Police held 10 people smugglers on Monday.", "10", "people smugglers"),
        ("There are three women doctors there.", "three", "women doctors"),
        ("It employs 20 sales staff in Leeds.", "20", "sales staff"),
        ("Four news agencies report it.", "Four", "news agencies"),
        ("He owns 3 sports cars.", "3", "sports cars"),
        # after money or a percentage a plural may modify a singular head
        ("Congress passed a $40bn weapons package.", "$40bn", "weapons package"),
        ("Shoppers pay a 5% sales tax.", "5%", "sales tax"),
        ("Officials signed a $ 2.5 billion arms deal.", "$ 2.5 billion", "arms deal"),
        # after one the noun is singular: a plural before it modifies it
        ("Each article has one claims file.", "one", "claims file"),
    ],
)
def test_a_noun_phrase_ends_at_the_verb_after_a_plural(text, figure, noun):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun == noun


# -- a bare figure borrows the unit of the figure it is compared with ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The jobless rate fell to 3.1 per cent from 3.4 in May.", "3.4", "3.4 per cent"),
        ("Inflation rose to 4.2% from 3.9 in March.", "3.9", "3.9%"),
        ("Unemployment was 3.1%, up from 2.9 a year ago.", "2.9", "2.9%"),
        ("The rate was 3.1% against 3.4 a year earlier.", "3.4", "3.4%"),
        ("Turnout was 64% compared with 58 in 2019.", "58", "58%"),
        ("Revenue rose to $5.2bn from 4.8 a year earlier.", "4.8", "$4.8bn"),
        ("Revenue was $5.2bn, compared with 4.8bn in 2023.", "4.8bn", "$4.8bn"),
        ("Milk rose to 45p a pint from 40 in the spring.", "40", "40p a pint"),
        ("Oil fell to $40 a barrel from a revised 43.", "43", "$43 a barrel"),
        ("The high was 38C, down from 41 on Monday.", "41", "41C"),
        ("The rate fell to 3.1 per cent in May from 3.4 in April.", "3.4", "3.4 per cent"),
        # a margin after a comma: the figure it is measured against gives its unit, however far apart
        ("He ran the hurdles in 46.9 seconds, 0.2 outside the world record.", "0.2", "0.2 seconds"),
        ("Her best jump was 8.9 metres, 0.05 off the record.", "0.05", "0.05 metres"),
    ],
)
def test_a_bare_figure_borrows_the_unit_of_the_figure_it_is_compared_with(text, figure, value):
    mention = _count_at(text, figure)
    meant = parse_quantity(value)
    assert mention.estimate is not None
    found = (mention.estimate.interval, mention.estimate.unit, mention.estimate.precision)
    assert found == (meant.interval, meant.unit, meant.precision)
    assert mention.estimate.text == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He raised £40 from 3 donors.", "3"),  # a count of its own thing
        ("Prices rose to £40 from 3 in 1990.", "3"),  # too far apart to be one change's ends
        ("The 3.1% rate held, and 4,000 jobs went.", "4,000"),  # no word joins them
        ("The rate was 3.1%. From 4 on, the shop shut.", "4"),  # another sentence
        # "below" after a percentage would make points a relative change: no margin word
        ("The share was 3.1%, 0.4 below the target.", "0.4"),
    ],
)
def test_a_bare_figure_not_compared_with_one_keeps_no_unit(text, figure):
    mention = _count_at(text, figure)
    assert mention.estimate is not None
    assert mention.estimate.unit == ""


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The jobless rate fell to 3.1 per cent from 3.4 in May.", "3.4", "3.4 per cent"),
        ("Revenue rose to $5.2bn from 4.8 a year earlier.", "4.8", "$4.8bn"),
        ("He raised £40 from 3 donors.", "3", "3"),
    ],
)
def test_claims_files_read_a_borrowed_unit_as_extraction_does(tmp_path, text, quote, value):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "c"\nquote = "{quote}"\nsubject = "s"\n', encoding="utf-8"
    )
    (claim,) = load(tmp_path / "a.claims.toml").claims
    assert claim.value == value
    mention = _count_at(text, quote)
    assert mention.estimate is not None
    assert (mention.estimate.interval, mention.estimate.unit) == (
        parse_quantity(value).interval,
        parse_quantity(value).unit,
    )


@given(
    lead=st.sampled_from(["3.1%", "3.1 per cent", "$5.2bn", "£1.50 a pint", "40C", "€12 million", "45p"]),
    join=st.sampled_from([" from ", ", up from ", ", down from ", " compared with ", " against "]),
    number=st.sampled_from(["2.9", "4", "1.2", "3.15", "38"]),
)
def test_a_borrowed_unit_reads_as_the_grammar_reads_the_figure_with_it(lead, join, number):
    from claimcheck._reading.relations import borrowing

    text = f"The figure was {lead}{join}{number} in May."
    mention = _count_at(text, number)
    with_unit = parse_quantity(borrowing(lead, number) or number)
    lead_value = parse_quantity(lead)
    assert mention.estimate is not None
    if mention.estimate.unit:  # borrowed: the grammar's reading of the figure with the lead's unit
        assert (mention.estimate.interval, mention.estimate.unit) == (with_unit.interval, with_unit.unit)
        assert with_unit.unit == lead_value.unit
    else:  # not borrowed only where the two are more than ten times apart
        assert with_unit.nominal > lead_value.nominal * 10 or lead_value.nominal > with_unit.nominal * 10


# -- an estimate reads as printed, with its rounding ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "interval", "step"),
    [
        ("An estimated 948,000 people fled.", "[948000, 948000]", 1000),
        ("an estimated 1,000 protesters", "[1000, 1000]", 100),
        ("The crowd was estimated at 250,000.", "[250000, 250000]", 10000),
        ("The crowd was put at 250,000 by police.", "[250000, 250000]", 10000),
        ("Estimates put it at 30,000 this week.", "[30000, 30000]", 1000),
        ("an estimate of 40,000 homes", "[40000, 40000]", 1000),
        ("The toll is thought to be 948.", "[948, 948]", 1),
        ("Estimates suggest 40,000 died.", "[40000, 40000]", 1000),
        ("an estimated total of 40,000 fans", "[40000, 40000]", 1000),
        ("an estimated $1.2bn", "[1200000000, 1200000000]", 100000000),
    ],
)
def test_an_estimate_is_the_figure_as_printed_rounded_at_its_last_significant_digit(text, interval, step):
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.precision, estimate.kind) == (interval, step, "exact")


def test_an_estimate_is_no_about_and_about_an_estimate_is():
    assert parse_quantity("an estimated 400 to 500").interval.notation() == "[400, 500]"
    assert parse_quantity("an estimated 400 to 500").kind == "range"
    assert parse_quantity("about an estimated 948,000").interval.notation() == "[853200, 1042800]"
    # a hedge distributes over a list: "an estimated 500,000 in the north and 300,000 in the south"
    mentions = extract("An estimated 500,000 fled in the north and 300,000 in the south.")
    assert [(m.estimate.interval.notation(), m.estimate.precision) for m in mentions if m.estimate] == [
        ("[500000, 500000]", 10000),
        ("[300000, 300000]", 10000),
    ]


def test_an_estimate_is_checked_with_its_rounding():
    from claimcheck import Claim, Hierarchy, check

    routes = Hierarchy()
    routes.partition("to", "anywhere", ["Poland", "Romania"])
    whole = Claim("an estimated 948,000", "fled", {"to": "anywhere"})
    # 512,000 + 440,000 = 952,000: more than an estimated 948,000 even rounded, as printed
    parts = [Claim("512,000", "fled", {"to": "Poland"}), Claim("440,000", "fled", {"to": "Romania"})]
    assert not check([whole, *parts], routes).ok
    # 508,300 + 440,000 = 948,300 fits the estimate's rounding (947,500 to 948,500): no conflict
    assert check([whole, Claim("508,300", "fled", {"to": "Poland"}), parts[1]], routes).ok


@given(value=st.integers(1, 9_999_999))
def test_an_estimate_is_always_within_what_about_allows(value):
    estimate = parse_quantity(f"an estimated {value:,}")
    about = parse_quantity(f"about {value:,}")
    step = estimate.precision or 0
    assert about.lo <= estimate.lo - step / 2 or value < 20
    assert estimate.hi + step / 2 <= about.hi or value < 20


def test_a_borrowed_unit_is_read_under_the_callers_policy():
    from claimcheck import Policy

    text = "The rate fell to 3.1 per cent from about 3.5 in May."
    wide = [m for m in extract(text, policy=Policy(about=0.2)) if m.text == "about 3.5"]
    assert [m.estimate.interval.notation() for m in wide if m.estimate] == ["[14/5, 21/5]"]
    assert [m.estimate.unit for m in wide if m.estimate] == ["percent"]
