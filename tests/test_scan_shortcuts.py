"""Reading's shortcuts read exactly what the grammar reads.

`scan` reads a bare number that nothing around it makes more of without the grammar (`_bare_number`), a
figure in a plain shape ("about 45%", "$1.2bn", "between $5m and $7m", "5,000 to 7,000") with the plain
reader (`_plain_figure`), an amount with its unit and rate and nothing else around it ("4,145 kWh", "£5,888
a year") with the grammar's amount and rate readers alone (`_amount_figure`), and skips "from" before a
plain figure that no joiner follows (`_from_no_range`).
These properties draw text from the words every rule of the grammar reads after
a figure, taken from the word tables themselves and not from the shortcut's own list, and check that `scan`
and `extract` give the same matches and mentions with the shortcuts as without them.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from fractions import Fraction
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import parse
from claimcheck._reading import tokens as tokens_module
from claimcheck._reading import words as lex
from claimcheck._reading.hedges import _before, _least, _most
from claimcheck._reading.plain import HEDGES
from claimcheck._reading.tokens import WORD, tokenize
from claimcheck._reading.unit_spellings import EVERYDAY
from claimcheck._values import currencies as cur
from claimcheck.mentions import extract
from claimcheck.parse import scan

if TYPE_CHECKING:
    from collections.abc import Iterator

_NUMBERS = (
    "12", "1,200", "3.5", "0", "7", "2024", "1e6", "10^6", "12\u00a0500", "1.000.000", "1,2", "45", "30",
    "100,000", "0.25", "3", "1", "22", "1½", ".5", "99",
)  # fmt: skip
_TABLES = (
    lex.SCALES, lex.SHORT_SCALES, lex.DENOMINATORS, lex.VULGAR, lex.RATE_PERIODS, lex.RATE_ADVERBS,
    lex.RATE_OPENERS, lex.COMPARATIVES, lex.FOLD_RISES, lex.FOLD_FALLS, lex.PER_THINGS, lex.PER_SCALES,
    lex.RATE_NOT_AFTER, lex.TIMES_COMPARATIVES, lex.SCORE_WORDS, lex.COORDINATORS, lex.VIDEO_WORDS,
)  # fmt: skip
_PHRASES = (
    lex.SUFFIX_AT_LEAST, lex.SUFFIX_AT_MOST, lex.SUFFIX_ABOUT, lex.OR_EQUAL, lex.RANGE_JOINERS,
    lex.BOUND_JOINERS, lex.ABOUT, lex.AT_MOST, lex.AT_LEAST, lex.ABOVE, lex.BELOW, lex.NEARLY,
    lex.CHANGE_UP, lex.CHANGE_DOWN,
)  # fmt: skip
_WORDS = sorted(
    {word for table in _TABLES for word in table}
    | {" ".join(words) for table in _PHRASES for words in table}
    | {" ".join(words) for words in EVERYDAY}
    | set(cur.AFTER)
    | set(cur.BEFORE)
    | {"USD", "EUR", "AUD", "TOP", "ALL", "mAh", "Hz", "bhp", "GW", "kWh", "mpg", "sq ft", "pound-feet"}
    | {"people", "homes", "Fulham", "cases", "new", "the", "of", "in", "whom", "a week", "per cent", "strong"}
    | {"in length", "in the year", "of the total", ", but", ", and", "but fewer than", "and more than"}
    | {"percentage points", "basis points", "times", "fold", "as many", "than", "plus or minus", "and a half"}
)
_MARKS = (".", ",", ";", ":", "(", ")", "-", "–", "/", "%", "±", "≠", "<>", "+/-", "°", "'s", "\n")


#: a piece of a passage with the space before it: none a quarter of the time, one the rest (each piece
#: drawn with its space in one draw: drawing is most of these properties' cost)
_SPACED = ("", " ", " ", " ")
_GROUP = st.tuples(
    st.sampled_from([space + number for number in _NUMBERS for space in _SPACED]),
    st.lists(
        st.one_of(
            st.sampled_from([space + word for word in _WORDS for space in _SPACED]),
            st.sampled_from([space + mark for mark in _MARKS for space in _SPACED]),
        ),
        max_size=4,
    ),
)
_GROUPS = st.lists(_GROUP, min_size=1, max_size=4)


@st.composite
def passages(draw: st.DrawFn) -> str:
    """A short run of numbers, each with table words and marks after it, spaced or glued to each other."""
    return "".join(number + "".join(words) for number, words in draw(_GROUPS)).lstrip()


_LEADS = (
    "", "", "between", *HEDGES, *(word.capitalize() for word in ("about", "up to", "more than")),
    *lex.AVERAGE_WORDS, "an average of", "per capita of", "≠", "rose", "fell by", "won", "Leeds", "the",
    "averaged a record", "an average of just", "the average was", "a mean of only", "average,",
    "from", "From", "down from", "fell from", "up from", "rose from", "made up from", "from about",
)  # fmt: skip
_SIGNS = ("", "", "$", "£", "€", "US$", "R$")
_SCALES = ("", "", "", "m", "bn", "k", " million", " billion", "mio", " dozen")
_UNITS = (
    "", "", "", "%", " per cent", " percent", "km", " km", " miles", " hours", "GB", " mph", "C", "p", " kWh",
    "F", "mm", " sq ft", "in", " tonnes", " barrels", " passengers",
)  # fmt: skip


@st.composite
def plain_figures(draw: st.DrawFn) -> str:
    """Text with figures in and near the plain reader's shapes, with leads and table words around them."""

    def amount() -> str:
        sign, number = draw(st.sampled_from(_SIGNS)), draw(st.sampled_from(_NUMBERS))
        return sign + number + draw(st.sampled_from(_SCALES)) + draw(st.sampled_from(_UNITS))

    lead = draw(st.sampled_from(_LEADS))
    text = f"{lead} {amount()}"
    joiner = draw(st.sampled_from(("", "", " to ", "-", " - ", "–", " and ")))
    if joiner or lead == "between":
        text += (joiner or " and ") + amount()
    return text.lstrip() + " " + draw(passages())


_AMOUNT_LEADS = (
    "", "", "", "rose", "fell", "rose by", "fell by", "up", "down", "a fall of", "a rise of", "dropped",
    "climbed", "cut the risk by", "raised prices by", "cut", "about", "roughly", "more than", "up to",
    "revised up to", "averaged", "estimates put the toll at", "per capita of", "≠", "scored", "the",
)  # fmt: skip
_SPELLED = ("two", "ten", "twenty-two", "one", "three", "Eleven", "forty", "seven")
_AMOUNT_UNITS = ("", "", "%", " per cent", "C", "F", "mm", " kWh", "p", "bn", " million", " years", "-year")
_RATES = (
    "", "", "", " a year", " a day", " per kWh", " passengers a day", " a year earlier", " a month",
    " an hour", " per 100,000", " for each of its 500 residents", " a litre", " of gas a year",
)  # fmt: skip
_AMOUNT_AFTER = (
    "", "", " to $98m", " to 853 million", " to", " and the rest", " and over", " or more", " times",
    " fewer than", " above the average", " colder", " in the year", " of them", ",", ".", " (9%)", " from",
    " from April", " more", " less", " points",
)  # fmt: skip


@st.composite
def amount_figures(draw: st.DrawFn) -> str:
    """An amount (digits or spelled, a currency, a unit, a rate) after a change, a hedge or nothing."""
    sign = draw(st.sampled_from(_SIGNS))
    number = draw(st.sampled_from(_NUMBERS)) if sign else draw(st.sampled_from((*_NUMBERS, *_SPELLED)))
    amount = sign + number + draw(st.sampled_from(_AMOUNT_UNITS)) + draw(st.sampled_from(_RATES))
    lead, after = draw(st.sampled_from(_AMOUNT_LEADS)), draw(st.sampled_from(_AMOUNT_AFTER))
    return f"{lead} {amount}{after} {draw(passages())}".strip()


_WORD_OR_MARK = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS))
_VAGUE = (
    "several", "Several", "a few", "few", "hundreds", "Hundreds", "tens of thousands", "dozens", "scores",
    "thousands of", "millions of", "several hundred", "a few thousand", "hundreds of millions of",
    "the majority",
)  # fmt: skip


@st.composite
def vague_figures(draw: st.DrawFn) -> str:
    """A vague amount after a lead, with table words and marks after it ("several hundred more")."""
    lead = draw(st.sampled_from(("", "", "", *lex.AVERAGE_WORDS, "≠", "per capita of", "the", "of", "about")))
    after = draw(st.lists(_WORD_OR_MARK, max_size=4))
    return " ".join((lead, draw(st.sampled_from(_VAGUE)), *after)).strip()


_SHARES = (
    "half", "Half", "a third", "a quarter", "two-thirds", "three quarters", "one in five", "a fifth",
    "one-third", "3 quarters", "1/2", "a half", "one out of ten", "nine in 10",
)  # fmt: skip
_AGES = ("12-year", "1.5-year", "6-month", "3-week", "10-day", "12 - year", "12-years", "12-hour", "12-Year")
_SHARE_LEADS = (
    "", "", "", *HEDGES, "Roughly", "About", "the second", "the first", "≠", "rose", "up", "averaged",
    "per capita of", "revised up to", "fell by", "£2m over", "a", "an",
)  # fmt: skip
_AFTER_SHARE = (
    "", "of whom", "of them", "of whom are", "of them a day", "of whom each", "-old", "-olds", "-old boy",
    "-old a day", "-old or more", "of the 500", "of 500", "a million", "as many", "of those killed",
)  # fmt: skip


@st.composite
def shares_and_ages(draw: st.DrawFn) -> str:
    """A share after a lead ("roughly half of whom") or an age compound ("a 12-year-old"), words after."""
    figure = draw(st.sampled_from((*_SHARES, *_AGES)))
    lead, after = draw(st.sampled_from(_SHARE_LEADS)), draw(st.sampled_from(_AFTER_SHARE))
    return f"{lead} {figure}{after} {draw(passages())}".strip()


def _never(*_args: object) -> None:
    return None


def _no(*_args: object) -> bool:
    return False


@contextmanager
def _grammar_only() -> Iterator[None]:
    # plain functions, not mocks: a MagicMock a shortcut costs more than the reading it replaces
    with (
        mock.patch.object(parse, "_bare_number", _never),
        mock.patch.object(parse, "_plain_figure", _never),
        mock.patch.object(parse, "_vague_figure", _never),
        mock.patch.object(parse, "_from_no_range", _no),
        mock.patch.object(parse, "_isolated_figure", _never),
        mock.patch.object(parse, "_amount_figure", _never),
    ):
        yield


@settings(max_examples=600, deadline=None)
@given(plain_figures())
def test_a_plain_figure_reads_as_the_grammar_reads_it(text: str) -> None:
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=600, deadline=None)
@given(amount_figures())
def test_an_amount_with_its_unit_rate_hedge_or_change_reads_as_the_grammar_reads_it(text: str) -> None:
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(amount_figures(), amount_figures())
def test_extract_finds_the_same_amounts_with_the_shortcut(first: str, second: str) -> None:
    text = f"Officials said {first}, and {second} on Monday."
    fast = extract(text)
    with _grammar_only():
        slow = extract(text)
    assert [repr(mention) for mention in fast] == [repr(mention) for mention in slow]


@settings(max_examples=400, deadline=None)
@given(vague_figures())
def test_a_vague_amount_reads_as_the_grammar_reads_it(text: str) -> None:
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=600, deadline=None)
@given(shares_and_ages())
def test_a_share_or_an_age_reads_as_the_grammar_reads_it(text: str) -> None:
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(shares_and_ages(), shares_and_ages())
def test_extract_finds_the_same_shares_and_ages_with_the_shortcut(first: str, second: str) -> None:
    text = f"Officials said {first}. {second}, they said."
    fast = extract(text)
    with _grammar_only():
        slow = extract(text)
    assert [repr(mention) for mention in fast] == [repr(mention) for mention in slow]


def test_roughly_half_of_whom_and_an_age_are_read_without_the_grammar() -> None:
    grammar = mock.patch.object(parse._Parser, "expression", side_effect=AssertionError)
    text = "Roughly half of whom are women. The 12-year-old boy was among 30 victims."
    for _ in range(2):  # the first reading of each spelling asks the grammar about the words alone
        found = [str(match.estimate) for match in scan(text)]
    with grammar:
        again = [str(match.estimate) for match in scan(text)]
    assert again == found == ["≈ 0.5 (0.45–0.55)", "12 years", "30"]


@settings(max_examples=200, deadline=None)
@given(plain_figures(), plain_figures())
def test_extract_finds_the_same_mentions_with_the_plain_reader(first: str, second: str) -> None:
    text = f"Officials said {first}, and {second} on Monday."
    fast = extract(text)
    with _grammar_only():
        slow = extract(text)
    assert [repr(mention) for mention in fast] == [repr(mention) for mention in slow]


@settings(max_examples=400, deadline=None)
@given(passages())
def test_a_bare_number_reads_as_the_grammar_reads_it(text: str) -> None:
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(passages(), passages())
def test_extract_finds_the_same_mentions_with_the_shortcut(first: str, second: str) -> None:
    text = f"Officials said {first} on Monday. {second}"
    fast = extract(text)
    with _grammar_only():
        slow = extract(text)
    assert [repr(mention) for mention in fast] == [repr(mention) for mention in slow]


def test_an_averaging_word_three_words_back_is_read_alike_by_the_shortcuts() -> None:
    # one test for the grammar and the shortcuts: an averaging word up to three words back, only words
    # between ("averaged a record 41,300 over 19 games" is a rate per game, read so by both)
    for text, unit in (
        ("averaged a record 41,300 over 19 games", "1 / game"),
        ("an average of just 2,100 over 12 months", "1 / month"),
        ("a mean of only 27 across 12 months", "1 / month"),
        ("the average, 2,100 over 12 months", ""),
    ):
        fast = [match.estimate.unit for match in scan(text)]
        with _grammar_only():
            slow = [match.estimate.unit for match in scan(text)]
        assert fast == slow
        assert fast[0] == unit


#: Every word that begins only phrases of two words or more ("the majority", "in excess of"), alone and with
#: each of its second words: after "and", the first alone starts nothing, the second starts a figure.
_STARTER_PHRASES = sorted(
    set(parse._PHRASE_STARTERS)  # derived from the word tables
    | {f"{starter} {second}" for starter, seconds in parse._PHRASE_STARTERS.items() for second in seconds}
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(("", "about ", "more than ", "several ", "$")),
    st.sampled_from(_NUMBERS),
    st.sampled_from(_STARTER_PHRASES),
    passages(),
)
def test_a_figure_before_and_a_phrase_starter_reads_as_the_grammar_reads_it(
    lead: str, number: str, starter: str, tail: str
) -> None:
    """ "the G7 and the EU" ends at "and"; "more than 20 and the majority of 35" may read on."""
    text = f"{lead}{number} and {starter} {tail}"
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


def test_rows_of_bare_figures_are_read_without_the_grammar() -> None:
    grammar = mock.patch.object(parse._Parser, "expression", side_effect=AssertionError)
    with grammar:
        found = list(scan("Arsenal 28 86 30.2\nFulham 3 50 31.3 (final)"))
    assert [str(match.estimate) for match in found] == ["28", "86", "30.2", "3", "50", "31.3"]
    tenth = Fraction(1, 10)
    assert [match.estimate.precision for match in found] == [None, None, tenth, None, None, tenth]


_MAGNITUDES = st.one_of(
    st.fractions(max_denominator=50),
    st.sampled_from([float("inf"), float("-inf"), Fraction(0), Fraction(1)]),
)


@given(_MAGNITUDES, _MAGNITUDES)
def test_hedges_compare_magnitudes_as_python_does(x: Fraction | float, y: Fraction | float) -> None:
    # the hedges compare a Fraction with an unbounded end by type, never by Fraction-to-float comparison
    assert _before(x, y) == (x < y)
    assert _least(x, y) == min(x, y)
    assert _most(x, y) == max(x, y)


@given(st.text(alphabet=st.sampled_from(list("aAbİΣσςÉé’' .,5-½\n")), max_size=40))
def test_each_word_token_is_its_own_lower_case(text: str) -> None:
    """Words are lowered a stretch at a time, as if each were lowered alone (final sigma, "İ")."""
    tokens = tokenize(text)
    for kind, word, start, end in zip(tokens.kinds, tokens.texts, tokens.starts, tokens.ends, strict=True):
        if kind == WORD:
            assert word == text[start:end].lower().replace("’", "'")


_SUBJECTS = ("Most", "The dead", "Victims", "Officials said 40", "Of those, 8,700", "Some")
_BEFORE_HEDGE = (*sorted(parse._VERBS_BEFORE_BOUND), "fled", "said", "in", "the", "")
_LIST_TAILS = ("fled", "were injured", "died later", "in the north", "civilians remain", ".", "", "more")


@st.composite
def hedges_after_verbs(draw: st.DrawFn) -> str:
    """A hedged figure after a verb or another word, a coordinator, a figure with or without a verb."""
    subject, verb = draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_BEFORE_HEDGE))
    hedge, first = draw(st.sampled_from(sorted(HEDGES))), draw(st.sampled_from(_NUMBERS))
    unit = draw(st.sampled_from(("", "", "%", " km", "m")))
    joiner = draw(st.sampled_from([*sorted(lex.COORDINATORS - {","}), ", and", ", while", ","]))
    second, tail = draw(st.sampled_from(_NUMBERS)), draw(st.sampled_from(_LIST_TAILS))
    return f"{subject} {verb} {hedge} {first}{unit} {joiner} {second} {tail}".replace("  ", " ")


@settings(max_examples=600, deadline=None)
@given(hedges_after_verbs())
def test_a_hedge_after_a_verb_is_kept_alike_by_the_shortcuts(text: str) -> None:
    """The figure after a hedge read by a shortcut inherits it or not as after the grammar's reading."""
    fast = [repr(match) for match in scan(text)]
    with _grammar_only():
        slow = [repr(match) for match in scan(text)]
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(hedges_after_verbs())
def test_a_shortcut_and_the_grammar_agree_on_whether_a_hedge_follows_a_verb(text: str) -> None:
    """Where a shortcut reads an expression, the grammar reads the same hedges, predicated alike."""
    parser = parse._Parser(text, parse.DEFAULT_POLICY)
    for index in range(parser.size):
        shortcut = parse._plain_figure(parser, index) or parse._vague_figure(parser, index)
        if shortcut is None:
            continue
        hedged = shortcut[2]
        grammar = parser.expression(index)
        assert grammar is not None
        assert (grammar[0], grammar[1]) == (shortcut[0], shortcut[1])
        assert parser.hedged == hedged
        assert parse._predicated(parser, index, hedged) == parse._predicated(parser, index, parser.hedged)


def test_a_hedge_stated_of_a_verb_is_no_hedge_of_the_next_figure() -> None:
    # "under 16" is read by the plain reader: the figure after "while" is 10,600 exactly, as the grammar reads
    for text, second in (
        ("Most were under 16 while 10,600 fled.", "10,600"),
        ("Victims were about 500 whereas 300 were injured.", "300"),
        ("Most fled under 16 while 10,600 in the south.", "< 10,600"),
    ):
        found = [str(match.estimate) for match in scan(text)]
        with _grammar_only():
            assert [str(match.estimate) for match in scan(text)] == found
        assert found[-1] == second


#: Every kind of token, as the tokenizer read them before words of ASCII letters (and runs of them) were
#: read by their own class: a word is a run of letters, with an apostrophe only between letters.
_LETTERS = "[^\\W\\d_¼½¾⅐-⅞]"
_ONE_TOKEN_A_MATCH = re.compile(
    tokens_module._TOKEN.pattern.split("(?P<run>", 1)[0]
    + f"(?P<word>{_LETTERS}+(?:['’]{_LETTERS}+)*)"
    + tokens_module._TOKEN.pattern.split("(?P<frac>", 1)[1].join(("|(?P<frac>", ""))
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abXyz éÉçİΣ’'  .,-5x×1½_٣\n\u00a0")), max_size=60))
def test_words_are_the_runs_of_letters_one_token_a_match_reads(text: str) -> None:
    """Runs of ASCII words are split into the tokens that reading one token a match gives."""
    tokens = tokenize(text)
    expected = [(match.start(), match.end()) for match in _ONE_TOKEN_A_MATCH.finditer(text)]
    assert list(zip(tokens.starts, tokens.ends, strict=True)) == expected
    for kind, word, start, end in zip(tokens.kinds, tokens.texts, tokens.starts, tokens.ends, strict=True):
        if kind == WORD:
            assert word == text[start:end].lower().replace("’", "'")
