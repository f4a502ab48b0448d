"""Tests for claimcheck.mentions: mentions, their nouns, kinds, sentences and share links."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ArgumentError, ModelError
from claimcheck.mentions import MENTION_KINDS, Mention, extract
from claimcheck.parse import parse_quantity
from claimcheck.units import canonical_unit

SEED = (Path(__file__).parents[1] / "seeds" / "000_a7fc063d2ee3a42c.txt").read_text(encoding="utf-8")


def figures(text: str) -> list[tuple[str, str | None]]:
    """The counts in ``text``: their words and nouns."""
    return [(m.text, m.noun) for m in extract(text) if m.kind == "count"]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract(text)]


# -- the seed article ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> list[Mention]:
    return extract(SEED)


def test_seed_counts_and_their_nouns(seed: list[Mention]) -> None:
    counts = [(m.text, m.noun) for m in seed if m.kind == "count"]
    assert counts == [
        ("up to 500", "active fighters"),
        ("5,000 to 7,000", "members and supporters"),
        ("roughly half", "fighters"),
        ("thousands", "suspected fighters and relatives"),
        ("hundreds", "Daesh fighters"),
        ("no more than 400 to 500", "Daesh fighters"),
        ("three or four", "provinces"),
        ("22", "Daesh members"),
        ("15 to 30", "members"),
        ("estimated to be between $25 million and $50 million", None),
    ]


def test_seed_estimates(seed: list[Mention]) -> None:
    by_text = {m.text: m.estimate for m in seed}
    for words in ("up to 500", "5,000 to 7,000", "no more than 400 to 500", "roughly half", "hundreds"):
        assert by_text[words] == parse_quantity(words)
    up_to = by_text["up to 500"]
    assert up_to is not None
    assert (up_to.lo, up_to.hi, up_to.kind) == (0, 500, "at_most")
    money = by_text["estimated to be between $25 million and $50 million"]
    assert money is not None
    assert (money.lo, money.hi, money.unit) == (25_000_000, 50_000_000, "USD")


def test_seed_share_refers_back_to_members_and_supporters(seed: list[Mention]) -> None:
    half = next(m for m in seed if m.text == "roughly half")
    assert half.share_of is not None
    assert seed[half.share_of].text == "5,000 to 7,000"
    assert seed[half.share_of].noun == "members and supporters"
    assert all(m.share_of is None for m in seed if m is not half)


def test_seed_years_and_dates_are_not_counts(seed: list[Mention]) -> None:
    others = [(m.text, m.kind, m.estimate) for m in seed if m.kind != "count"]
    assert others == [
        ("2014", "year", None),
        ("2017", "year", None),
        ("2019", "year", None),
        ("February 26", "date", None),
    ]


def test_seed_sentences_hold_their_mentions(seed: list[Mention]) -> None:
    half = next(m for m in seed if m.text == "roughly half")
    start, end = half.sentence
    assert SEED[start:end].startswith("Within Iraq and neighboring Syria")
    assert SEED[start:end].endswith("published last month.")
    assert seed[half.share_of or 0].sentence == half.sentence
    for mention in seed:
        assert mention.sentence[0] <= mention.start <= mention.end <= mention.sentence[1]


# -- things that are not counts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2014, Daesh launched a campaign.", [("2014", "year")]),
        ("in Iraq in 2017 and in Syria in 2019", [("2017", "year"), ("2019", "year")]),
        ("from 2014 to 2017 the group grew", [("from 2014 to 2017", "year")]),
        ("the 2019-20 budget", [("2019-20", "year")]),
        ("growth since the 1990s", [("1990s", "year")]),
        ("by mid-2019 it was over", [("mid-2019", "year")]),
        ("the 2019 election", [("2019", "year")]),
    ],
)
def test_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_four_digit_count_before_a_noun_is_a_count() -> None:
    assert figures("Troops killed 1500 soldiers.") == [("1500", "soldiers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after an operation on February 26 killed 22", [("February 26", "date"), ("22", "count")]),
        ("on 26 February 2024, talks", [("26 February 2024", "date")]),
        ("on Feb. 26, 2024, talks", [("Feb. 26, 2024", "date")]),
        ("the 26th of February", [("26th of February", "date")]),
        ("dated 2024-02-26 here", [("2024-02-26", "date")]),
        ("dated 26/02/2024 here", [("26/02/2024", "date")]),
        ("in March 2024 they", [("March 2024", "date")]),
    ],
)
def test_calendar_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("time", ["10:30", "10:30 am", "10.30pm", "3 p.m.", "1400 GMT", "6 o'clock"])
def test_clock_times(time: str) -> None:
    assert kinds(f"The blast came at {time} on the day.") == [(time, "time")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the 22nd time", "22nd"), ("its 3rd attempt", "3rd"), ("the 101st unit", "101st")],
)
def test_ordinals(text: str, expected: str) -> None:
    assert kinds(text) == [(expected, "ordinal")]


def test_spelled_ordinals_are_not_figures() -> None:
    assert extract("the third-largest city and the tenth attempt") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a boy aged 12 was hurt", "12"),
        ("a 12-year-old boy", "12-year-old"),
        ("she is 40 years old", "40 years old"),
        ("men in their 30s", "30s"),
        ("children aged between 5 and 12", "between 5 and 12"),
    ],
)
def test_ages(text: str, expected: str) -> None:
    assert kinds(text) == [(expected, "age")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a boy aged 12 was hurt", 12, "year"),
        ("a six-month-old baby", 6, "month"),
        ("a 3-week-old", 3, "week"),
    ],
)
def test_an_age_is_in_the_unit_it_is_printed_in(text: str, value: int, unit: str) -> None:
    # (An age's estimate is made without the checks of a new one: its unit must be a canonical name.)
    (mention,) = extract(text)
    assert mention.kind == "age"
    assert (mention.estimate.lo, mention.estimate.hi) == (value, value)
    assert mention.estimate.unit == canonical_unit(unit) == unit
    assert mention.estimate.precision is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("COVID-19 cases rose", "COVID-19"),
        ("a fleet of F-16 jets", "F-16"),
        ("under UN Resolution 2254 the talks", "2254"),
        ("at the G7 summit", "G7"),
        ("the MH17 crash", "MH17"),
        ("he lives at No. 10 now", "10"),
        ("as Article 5 says", "5"),
        ("call +1-222-2222-2222 now", "+1-222-2222-2222"),
        # a name glued to its digits, whatever reads after them: no rate of 2 an hour
        ("emissions of CO2 per hour", "CO2"),
        ("the G7 a year ago", "G7"),
    ],
)
def test_identifiers(text: str, expected: str) -> None:
    assert kinds(text) == [(expected, "identifier")]


def test_non_counts_never_carry_an_estimate() -> None:
    """Only counts and ages state a value; an age is in years and counts nothing."""
    text = "On February 26, 2024 at 10:30 am, the 22nd F-16 flew; a 12-year-old saw it in 2014."
    mentions = extract(text)
    assert {m.kind for m in mentions} == {"date", "time", "ordinal", "identifier", "age", "year"}
    assert all(m.estimate is None and m.noun is None for m in mentions if m.kind != "age")
    age = next(m for m in mentions if m.kind == "age")
    assert age.estimate is not None
    assert (age.estimate.lo, age.estimate.hi, age.estimate.unit, age.noun) == (12, 12, "year", None)


def test_one_as_a_pronoun_is_left_out() -> None:
    assert extract("He is one of them, and no one knew.") == []
    assert figures("One soldier died.") == [("One", "soldier")]


def test_a_capitalised_word_that_ends_a_sentence_is_no_label() -> None:
    # "500 more" is a difference (500 added to a figure before), read whole.
    assert figures("They stayed in Iraq. 500 more came.") == [("500 more", None)]


def test_currency_abbreviation_is_not_a_label() -> None:
    assert [m.kind for m in extract("It cost Rs 500 in all.")] == ["count"]


# -- nouns ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("there are up to 500 active fighters in the country", "active fighters"),
        ("hundreds of fighters remain", "fighters"),
        ("dozens of Daesh members were held", "Daesh members"),
        ("5,000 to 7,000 members and supporters, it said", "members and supporters"),
        ("15 to 30 members and uses tactics", "members"),
        ("killed 22 Daesh members and destroyed a camp", "Daesh members"),
        ("thousands of suspected fighters and relatives being held", "suspected fighters and relatives"),
        ("a third of the members left", "members"),
        ("about 500 who fled", None),
        ("about 500.", None),
        ("some 300 homes that were hit", "homes"),
    ],
)
def test_nouns(text: str, noun: str | None) -> None:
    assert [m.noun for m in extract(text)] == [noun]


# -- shares that refer back -------------------------------------------------------------------------------


def test_a_third_of_them_refers_to_the_count_before() -> None:
    mentions = extract("Police held 300 people. A third of them were released.")
    assert [(m.text, m.share_of) for m in mentions] == [("300", None), ("A third", 0)]


def test_percent_of_whom_names_its_part() -> None:
    mentions = extract("Of 300 men, 30% of whom are armed fighters, few left.")
    share = mentions[1]
    assert (share.text, share.share_of, share.noun) == ("30%", 0, "armed fighters")


def test_share_of_a_named_whole_does_not_refer_back() -> None:
    mentions = extract("There were 500 people; more than half of the voters stayed.")
    assert [m.share_of for m in mentions] == [None, None]
    assert mentions[1].noun == "voters"


def test_share_with_nothing_before_links_to_nothing() -> None:
    assert [m.share_of for m in extract("Half of them left.")] == [None]


def test_share_does_not_reach_back_past_the_previous_sentence() -> None:
    text = "Police held 300 people. It rained. Half of them left."
    assert [m.share_of for m in extract(text)] == [None, None]


def test_a_share_is_never_a_whole() -> None:
    text = "Of 40 staff, half of whom are nurses, a quarter of them are new."
    mentions = extract(text)
    assert [(m.text, m.share_of) for m in mentions] == [("40", None), ("half", 0), ("a quarter", 0)]


# -- quotes and parentheses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Daesh has “5,000 to 7,000 members and supporters,” it said.",
        'Daesh has "5,000 to 7,000 members and supporters," it said.',
        "Daesh has (5,000 to 7,000 members and supporters) it said.",
        "Daesh has ‘5,000 to 7,000 members and supporters’ it said.",
    ],
)
def test_quotes_and_parentheses_do_not_confuse_it(text: str) -> None:
    assert figures(text) == [("5,000 to 7,000", "members and supporters")]


def test_quoted_sentence_end_splits_sentences() -> None:
    text = "“There are 500,” he said. “Now 600.”"
    first, second = extract(text)
    assert text[slice(*first.sentence)] == "“There are 500,” he said."
    assert text[slice(*second.sentence)] == "“Now 600.”"


def test_abbreviations_and_decimals_do_not_end_sentences() -> None:
    text = "Mr. Smith said the U.S. Army has 1.5 million troops. Then 20 left."
    first, second = extract(text)
    assert text[slice(*first.sentence)] == "Mr. Smith said the U.S. Army has 1.5 million troops."
    assert text[slice(*second.sentence)] == "Then 20 left."


# -- the value object and the contract ----------------------------------------------------------------------


def test_mention_is_frozen_and_checks_its_span() -> None:
    mention = extract("500 fighters")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]
    with pytest.raises(ModelError, match="start <= end"):
        attrs.evolve(mention, start=5, end=2)


def test_extract_and_parse_quantity_refuse_non_text_with_one_error() -> None:
    with pytest.raises(ArgumentError, match=r"^extract\(\): text must be text \(a str\), not bytes b'500'$"):
        extract(b"500")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match=r"^parse_quantity\(\): text must be text \(a str\), not int 5$"):
        parse_quantity(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # still the builtin a caller would catch
        extract(None)  # type: ignore[arg-type]


def test_empty_text_has_no_mentions() -> None:
    assert extract("") == []
    assert extract("No numbers here at all.") == []


def check_offsets(text: str, mentions: list[Mention]) -> None:
    last = 0
    for index, mention in enumerate(mentions):
        assert text[mention.start : mention.end] == mention.text
        assert last <= mention.start < mention.end <= len(text)
        assert mention.kind in MENTION_KINDS
        if mention.kind == "count":
            assert mention.estimate is not None
        elif mention.kind == "age":
            assert mention.estimate is None or mention.estimate.unit in ("year", "month", "week", "day")
        else:
            assert mention.estimate is None
        assert mention.sentence[0] <= mention.start
        assert mention.end <= mention.sentence[1]
        if mention.share_of is not None:
            assert 0 <= mention.share_of < index
            assert mentions[mention.share_of].kind == "count"
        last = mention.end


def test_seed_offsets_slice_the_text(seed: list[Mention]) -> None:
    check_offsets(SEED, seed)


_NEWSY = st.sampled_from(
    [
        piece.replace("_", " ")
        for piece in (
            " , . \n “ ” \" ( ) - – / : $ % £ + ' ’ up_to about between and to of_whom half a_third of_them "
            "aged in February 26 2014 500 5,000 1.5 million fighters Resolution COVID st nd th s year-old am "
            "No. G one hundreds or_more than"
        ).split(" ")
    ]
    + [" ", ", ", ". "]
)


@given(st.lists(_NEWSY, max_size=40).map("".join))
def test_offsets_are_consistent_on_newsy_text(text: str) -> None:
    check_offsets(text, extract(text))


@given(st.text(max_size=200))
def test_extract_never_crashes_on_arbitrary_text(text: str) -> None:
    check_offsets(text, extract(text))


# -- comparators, bound suffixes and slash fractions in running text ------------------------------------


def notation(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.estimate.interval.notation()) for m in extract(text) if m.estimate is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deaths exceeded 3,000 by May.", [("exceeded 3,000", "(3000, inf)")]),
        ("The toll surpassed 3,000.", [("surpassed 3,000", "(3000, inf)")]),
        ("A score equal to 20 wins.", [("equal to 20", "[20, 20]")]),
        ("Bids bigger or equal than 100 pass.", [("bigger or equal than 100", "[100, inf)")]),
        ("Bids smaller or equal than 100 pass.", [("smaller or equal than 100", "[0, 100]")]),
        ("It was less than 5000 or equal.", [("less than 5000 or equal", "[0, 5000]")]),
        ("It was 5000 or less than 6000.", [("5000", "[5000, 5000]"), ("less than 6000", "[0, 6000)")]),
        ("above 1,000 and below 1,500 troops", [("above 1,000 and below 1,500", "(1000, 1500)")]),
        # A slash fraction is a share, bounded by one as "more than half" is.
        ("More than 1/2 of the people came.", [("More than 1/2", "(1/2, 1]")]),
        ("How about 2 in 5 or more?", [("2 in 5 or more", "[2/5, 1]")]),
    ],
)
def test_comparators_and_suffixes_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert notation(text) == expected


def test_opposite_bounds_that_leave_nothing_stay_apart() -> None:
    assert notation("More than 40 and less than 10 are shown.") == [
        ("More than 40", "(40, inf)"),
        ("less than 10", "[0, 10)"),
    ]


def test_slashed_numbers_that_are_no_fractions_are_identifiers() -> None:
    assert kinds("after the 9/11 attacks, open 24/7") == [("9/11", "identifier"), ("24/7", "identifier")]


def test_network_generations_are_identifiers_not_grams() -> None:
    assert kinds("The 5G network and 4G phones") == [("5G", "identifier"), ("4G", "identifier")]


def test_a_hyphened_code_is_never_a_negative_count() -> None:
    mentions = extract("COVID-19 and the F-16 by mid-2019")
    assert [(m.text, m.kind) for m in mentions] == [
        ("COVID-19", "identifier"),
        ("F-16", "identifier"),
        ("mid-2019", "year"),
    ]


def test_iso_dates_and_clock_times_the_parser_skips_are_still_marked() -> None:
    assert kinds("Filed 2024-02-26 at 10:30, 22 died.") == [
        ("2024-02-26", "date"),
        ("10:30", "time"),
        ("22", "count"),
    ]


def test_every_special_span_is_a_kind_of_mention_that_counts_nothing() -> None:
    from typing import get_args

    from claimcheck._reading.kinds import _SPECIAL, NotCount

    assert set(_SPECIAL.groupindex) <= set(get_args(NotCount)) <= set(MENTION_KINDS) - {"count", "change"}


def test_a_noun_read_on_first_use_is_the_noun_everywhere() -> None:
    """extract reads nouns when asked for: equality, hashing, copies, pickles and repr all see them."""
    import pickle

    text = "Up to 500 fighters remain; prices rose from 200 to 350 euros a tonne."
    fresh = extract(text)
    counted, change = fresh[0], fresh[1]
    assert repr(counted).count("noun='fighters'") == 1
    again = extract(text)
    assert again == fresh
    assert hash(again[0]) == hash(counted)
    assert pickle.loads(pickle.dumps(extract(text))) == fresh  # noqa: S301 - our own pickle
    assert attrs.evolve(extract(text)[1], noun="x").noun == "x"
    assert change.kind == "change"
    assert attrs.asdict(extract(text)[1])["noun"] == change.noun
    assert attrs.evolve(counted, noun="others") != counted
    with pytest.raises(AttributeError):
        _ = counted.nouns  # type: ignore[attr-defined]


def test_extract_leaves_the_garbage_collector_as_it_found_it(collector_state: bool) -> None:  # noqa: FBT001
    """extract() pauses the cyclic collector while it reads (its objects live until it returns)."""
    import gc

    with pytest.raises(ArgumentError):  # a call refused leaves it as it was too
        extract(b"12 people")  # type: ignore[arg-type]
    assert [m.text for m in extract("The council fined 12 firms £3,000 each.")] == ["12", "£3,000 each"]
    assert gc.isenabled() is collector_state
