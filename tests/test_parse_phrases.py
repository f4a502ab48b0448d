"""Hedges that used to be lost, hedges over a list, and pairs of figures that are not ranges."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from claimcheck import parse_quantity
from claimcheck.mentions import extract
from claimcheck.parse import scan


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Hardly fewer than 20,000 people marched on Saturday.", "[20000, inf)"),
        ("The court heard that not less than 400 files were copied.", "[400, inf)"),
        ("No fewer than 12 ministers resigned.", "[12, inf)"),
        ("Scarcely less than 3,000 tonnes were shipped.", "[3000, inf)"),
        ("As few as 20 rangers patrol the park.", "[20, inf)"),
        ("Fees can be as little as $5.", "[5, inf)"),
        ("Turnout was as low as 31%.", "[31, inf)"),
        ("The toll could be as high as 30 or even 45.", "[0, 45]"),
        ("As many as 300 homes were flooded.", "[0, 300]"),
        ("The repairs may cost as much as $4m.", "[0, 4000000]"),
        ("Hardly more than 40 delegates stayed.", "[0, 40]"),
    ],
)
def test_hedges_bound_their_figure(text: str, notation: str) -> None:
    assert parse_quantity(text).interval.notation() == notation


def figures(text: str) -> list[tuple[str, str]]:
    return [(m.estimate.text, m.estimate.interval.notation()) for m in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Up to 9,000 people fled in the north and 6,000 in the south.",
            [("Up to 9,000", "[0, 9000]"), ("6,000", "[0, 6000]")],
        ),
        (
            "About 300 soldiers, 40 tanks and 12 helicopters took part.",
            [("about 300", "[270, 330]"), ("40", "[36, 44]"), ("12", "[54/5, 66/5]")],
        ),
        (
            "At least 14 people in Gaza and 3 in Israel were killed.",
            [("At least 14", "[14, inf)"), ("3", "[3, inf)")],
        ),
    ],
)
def test_a_hedge_distributes_over_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    found = figures(text)
    assert [(said.lower(), notation) for said, notation in found] == [
        (said.lower(), notation) for said, notation in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 500 fighters remain, and 22 were killed on Friday.",
        "At least 20 people were killed and 50 injured.",
        "Up to 500 fighters and 30% of their weapons were moved.",
    ],
)
def test_a_hedge_stops_where_the_list_ends(text: str) -> None:
    last = list(scan(text))[-1].estimate
    assert last.kind == "exact"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour led 52% to 41% in the final poll.", ["52%", "41%"]),
        ("The home side won 3-2 after extra time.", ["3", "2"]),
        ("It ended in a 2-2 draw.", ["2", "2"]),
        ("Drivers could pick 30k or 45k miles of cover, respectively.", ["30k", "45k miles"]),
        ("Cases rose 3.2% to 212 a day.", ["rose 3.2%", "212 a day"]),
    ],
)
def test_pairs_that_are_not_ranges(text: str, expected: list[str]) -> None:
    assert [m.estimate.text for m in scan(text)] == expected


def test_a_year_and_a_count_set_off_by_a_dash_are_no_range() -> None:
    found = [(m.text, m.kind) for m in extract("By the end of 2019 – four million more had signed up.")]
    assert found == [("2019", "year"), ("four million more", "count")]


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("Bids came in between 85 million and 92 million dollars.", "[85000000, 92000000]"),
        ("Estimates run from 2.1bn up to 2.4bn.", "[2100000000, 2400000000]"),
        ("The band spans 5,000 – 7,000 members.", "[5000, 7000]"),
        ("Turnout was between 60% and 55%, officials said.", "[55, 60]"),
        ("They will hire 200-300 staff.", "[200, 300]"),
        ("the 2019-20 budget", "[20, 2019]"),
        ("Analysts expect between $US85 million and $US92 million.", "[85000000, 92000000]"),
        ("The speakers reproduce sound between 20kHz and 22kHz.", "[20, 22]"),
    ],
)
def test_real_ranges_stay_ranges(text: str, notation: str) -> None:
    assert parse_quantity(text).interval.notation() == notation


def test_a_change_is_one_mention_with_both_ends() -> None:
    text = "Patients on the ward rose from 200 to 350 last week. The toll rose to 110 on Wednesday."
    mentions = extract(text)
    change = mentions[0]
    assert (change.kind, change.text, change.estimate) == ("change", "rose from 200 to 350", None)
    assert change.ends is not None
    assert [str(end) for end in change.ends] == ["200", "350"]
    assert [(m.text, m.kind, str(m.estimate)) for m in mentions[1:]] == [("110", "count", "110")]


def test_a_falling_pair_after_from_is_a_change() -> None:
    (change,) = extract("Unemployment fell from 6.2 to 6.1 percent in March.")[:1]
    assert change.kind == "change"
    assert change.ends is not None
    assert [e.text for e in change.ends] == ["6.2", "6.1 percent"]


def test_extract_writes_a_change_with_both_ends(tmp_path, capsys) -> None:
    from claimcheck.cli import main

    article = tmp_path / "ward.txt"
    article.write_text("Admissions rose from 200 to 350 in a month.\n", encoding="utf-8")
    main(["extract", str(article)])
    assert "200 → 350" in capsys.readouterr().out
    main(["extract", "--format", "json", str(article)])
    (mention,) = json.loads(capsys.readouterr().out)["mentions"]
    assert (mention["kind"], mention["estimate"]) == ("change", None)
    assert [end["display"] for end in mention["ends"]] == ["200", "350"]


def test_a_change_to_a_bounded_figure_keeps_both_figures() -> None:
    text = "The population has fallen from 450,000 to fewer than 100,000."
    found = [(m.text, str(m.estimate)) for m in extract(text)]
    assert found == [("fallen from 450,000", "450,000"), ("fewer than 100,000", "< 100,000")]


def test_a_related_figure_keeps_its_printed_reading() -> None:
    rose, fewer = extract("Shares rose 3.2% on Monday, with 5,000 fewer than forecast.")
    assert (str(rose.estimate), str(rose.printed)) == ("1.032", "3.2%")
    assert (str(fewer.estimate), str(fewer.printed)) == ("-5,000", "5,000")
    (plain,) = extract("Officials counted 5,000 voters.")
    assert plain.printed is None


@pytest.mark.parametrize(
    ("text", "first"),
    [("10.1 to 10", "10.1"), ("10.1-10", "10.1"), ("5.5 to 5", "5.5"), ("12.5 – 10", "12.5")],
)
def test_a_falling_pair_of_decimals_is_no_span_of_years(text: str, first: str) -> None:
    # Only four digits then two ("2019-20") are a span of years written short; "10.1 to 10" falls.
    estimate = parse_quantity(text)
    assert (estimate.kind, estimate.lo) == ("exact", Fraction(first))
