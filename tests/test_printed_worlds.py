"""Printed worlds: a consistent world printed as a reporter prints it checks clean, and a misprint is caught.

The generator (tests/worlds.py) draws a few true figures that hold together and prints them with real
phrasings and real rounding; the newsroom's claims file quotes the article. A false conflict on such an
article is the worst bug claimcheck can have; a misprint (one figure moved far beyond any reading of its
rounding and hedge) must be a conflict naming that figure's claim.
"""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from worlds import World, worlds

from claimcheck import Claim, Hierarchy, check, check_file, extract, load, parse_quantity

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)


def checked(world: World):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "article.txt").write_text(world.article(), encoding="utf-8")
        path = Path(folder, "world.claims.toml")
        path.write_text(world.claims_file(), encoding="utf-8")
        return check_file(path)


def describe(world: World, result) -> str:
    lines = [world.article(), world.claims_file()]
    lines += [f"{finding.severity} {finding.rule}: {finding.message}" for finding in result.findings]
    return "\n".join(lines)


# each example writes two small files and checks them (10-30 ms): CI's 200 examples take a few seconds,
# so these tests keep the profile's count
@given(worlds())
def test_a_consistent_world_as_printed_checks_clean(world):
    result = checked(world)
    errors = [finding for finding in result.findings if finding.severity == "error"]
    assert result.ok, describe(world, result)
    assert not errors, describe(world, result)


@given(worlds(misprint=True))
def test_a_misprint_is_a_conflict_naming_its_claim(world):
    if world.misprint is None:
        return
    result = checked(world)
    assert result.report is not None, describe(world, result)
    named = {claim for conflict in result.report.conflicts for claim in conflict.claims}
    assert world.misprint in named, describe(world, result)


@given(worlds())
def test_extraction_finds_every_printed_figure_with_its_value(world):
    article = world.article()
    mentions = extract(article)
    start = 0
    for figure in world.figures:
        words = figure.words()
        where = article.find(world.quote(figure))
        assert where >= 0
        at = article.find(words, where)
        found = [m for m in mentions if m.start <= at + len(words) and at <= m.end and m.estimate is not None]
        assert found, (words, article)
        assert any(m.estimate.lo <= figure.number <= m.estimate.hi for m in found), (words, found, article)
    del start


# Plain examples of the bugs the generator found, on sentences of our own.


def test_points_on_last_years_percentage_are_percentage_points():
    # "a rise of 30.1 points on last year's 5.1%" was read as a plain 30.1 (the points dropped), which
    # the engine then added to the count of backers: the misprint passed unseen
    rise = parse_quantity("a rise of 3 points on last year's 41%")
    assert (rise.relation, rise.unit, rise.lo, rise.precision) == ("difference", "percent", 3, 1)
    assert parse_quantity("down 2.5 points since the previous poll's 38.1%").unit == "percent"
    higher = parse_quantity("3 points higher than last year's 38%")
    assert (higher.relation, higher.unit, higher.lo) == ("difference", "percent", 3)
    assert parse_quantity("3 points lower than the 41% of May").lo == -3
    # an index's points stay points: the level they lead to is no percentage
    assert parse_quantity("fell 84.6 points on the day to 7,412").unit == ""
    article = "Backing for the levy fell to 38% this year, down 2 points on last year's 40%.\n"
    claims = [
        ("now", "to 38%", "2025", None),
        ("before", "year's 40%", "2024", None),
        ("fall", "down 2 points", "2025", "before"),
    ]
    assert checked_text(article, claims).ok
    wrong = article.replace("down 2 points", "down 12 points")
    named = checked_text(wrong, [(i, q.replace("down 2", "down 12"), y, o) for i, q, y, o in claims])
    assert {"now", "fall"} <= {claim for conflict in named.report.conflicts for claim in conflict.claims}


def test_a_whole_rate_per_100000_is_rounded_to_its_last_digit():
    # "2 per 100,000" was read to a tenth of its value (1.9 to 2.1 per 100,000, as if "two" in words),
    # so one case in 52,632 people (1.9 per 100,000, printed 2) was a false conflict; and "48 per
    # 100,000" stood for 45.6 to 50.4, hiding a misprint of 46 for 48
    assert parse_quantity("2 per 100,000").precision == Fraction(1, 100_000)
    assert parse_quantity("48 deaths per 100,000 people").precision == Fraction(1, 100_000)
    assert parse_quantity("9.4 per 100,000").precision == Fraction(1, 1_000_000)
    # a whole that is a figure of its own is the rounded one: "one for every 67" is one, read as before
    assert parse_quantity("one prevented for every 67").precision == Fraction(1, 670)
    people = Claim("52,632", "residents", id="people")
    assert check([people, Claim("1", "cases"), Claim("2 per 100,000", "cases", of="people")]).ok
    assert not check([people, Claim("25", "cases"), Claim("46 per 100,000", "cases", of="people")]).ok


def checked_text(
    article: str,
    claims: list[tuple[str, str, str, str | None]],
    *,
    subject: str = "backing",
    facet: str = "year",
):
    """Check ``article`` with claims (id, quote, value of ``facet``, of) about one subject."""
    lines = ['article = "article.txt"', ""]
    for claim_id, quote, value, of in claims:
        lines += ["[[claim]]", f'id = "{claim_id}"', f'quote = "{quote}"', f'subject = "{subject}"']
        lines += [f'scope = {{ {facet} = "{value}" }}'] + ([f'of = "{of}"'] if of else []) + [""]
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "article.txt").write_text(article, encoding="utf-8")
        path = Path(folder, "x.claims.toml")
        path.write_text("\n".join(lines), encoding="utf-8")
        return check_file(path)


def test_a_rate_per_head_over_a_rounded_population_allows_its_rounding():
    # "£69 a head" over "6.5 million people" was multiplied by exactly 6.5 million: a city of 6,451,000
    # spending £442.49m (£68.59 a head) prints "£442m", "£69 a head" and "6.5 million", and was a false
    # conflict (£69 x 6.5 million is at least £445.25m); the population as printed is 6.45 to 6.55 million
    total = Claim("£442m", "spending", id="total")
    assert check([total, Claim("£69 a head", "spending", over="6.5 million people")]).ok
    assert not check([total, Claim("£62 a head", "spending", over="6.5 million people")]).ok
    # a number of things printed whole is exact, and a period of time is the period the writer chose
    assert not check([total, Claim("£69 a head", "spending", over="6,500,000 people")]).ok
    weekly = [Claim("about 1,200 a week", "cases", over="4 weeks"), Claim("5,400", "cases")]
    assert not check(weekly).ok  # 4,320 to 5,280


def test_half_as_many_again_is_one_and_a_half_times():
    assert parse_quantity("half as many again").lo == Fraction(3, 2)
    assert parse_quantity("half as much again as last year").lo == Fraction(3, 2)
    assert parse_quantity("half as many as").lo == Fraction(1, 2)
    nurses = [Claim("20", "doctors", id="doctors"), Claim("30", "nurses")]
    assert check([*nurses, Claim("half as many again", "nurses", of="doctors")]).ok
    assert not check([*nurses, Claim("half as many", "nurses", of="doctors")]).ok


def test_gallons_of_no_stated_kind_are_us_or_imperial():
    # "450 litres (99 gallons)" in British copy (imperial gallons, 4.546 litres) was a false conflict: a
    # gallon was only the US one (3.785 litres), and "99 imperial gallons" lost its unit
    assert check([Claim("450 litres", "water"), Claim("99 gallons", "water")]).ok
    assert check([Claim("450 litres", "water"), Claim("119 gallons", "water")]).ok  # US
    assert not check([Claim("450 litres", "water"), Claim("80 gallons", "water")]).ok
    assert not check([Claim("450 litres", "water"), Claim("130 gallons", "water")]).ok
    assert parse_quantity("99 imperial gallons").unit == "imperial_gallon"
    assert parse_quantity("119 US gallons").unit == "US_gallon"
    assert check([Claim("450 litres", "water"), Claim("99 imperial gallons", "water")]).ok
    assert not check([Claim("450 litres", "water"), Claim("99 US gallons", "water")]).ok
    # a conversion rounded to the thousand is rounded in imperial gallons too: 302,000 litres is 66,431
    # imperial gallons, printed 66,000 (its rounding was taken in US gallons, a false conflict)
    assert check([Claim("302,000 litres", "water"), Claim("66,000 gallons", "water")]).ok
    # a hedged figure's rounding is each kind's: 11.2bn litres is 2.46bn imperial gallons, "about 2bn"
    # to one figure (its rounding was taken around 2bn US gallons, a false conflict)
    assert check([Claim("11.2bn litres", "water"), Claim("about 2bn gallons", "water")]).ok
    assert not check([Claim("14bn litres", "water"), Claim("about 2bn gallons", "water")]).ok
    # miles per gallon the other way: 40 imperial mpg is 33.3 US mpg
    assert check([Claim("40mpg", "economy"), Claim("34 miles per gallon", "economy")]).ok
    assert not check([Claim("40mpg", "economy"), Claim("30 miles per gallon", "economy")]).ok
    # a price per gallon takes the inverse range: $3.50 a US gallon is $4.20 an imperial one
    assert check([Claim("$3.50 a gallon", "price"), Claim("$4.20 a gallon", "price")]).ok
    assert not check([Claim("$3.50 a gallon", "price"), Claim("$5 a gallon", "price")]).ok


def test_a_length_converted_in_brackets_is_in_metres():
    # "6ft 2in (1.88m)" read 1.88 million (a height's conversion in brackets after it, the mirror of
    # "12m (39ft)"), and a claims file quoting "(1.88m)" was a unit-mismatch error beside the feet
    assert [str(m.estimate) for m in extract("The 6ft 2in (1.88m) striker joined in May.")] == [
        "74 inch",
        "1.88 m",
    ]
    assert [m.estimate.unit for m in extract("A 30 feet (9.1m) wall.")] == ["foot", "meter"]
    assert [str(m.estimate) for m in extract("They raised £5m ($6.2m).")] == ["£5 million", "$6.2 million"]
    article = "At 6ft 2in (1.88m), the striker is 3in taller than the captain, who stands 5ft 11in (1.80m).\n"
    claims = [
        ("tall", "At 6ft 2in", "striker", None), ("tall-m", "(1.88m)", "striker", None),
        ("gap", "3in taller", "striker", "short"),
        ("short", "stands 5ft 11in", "captain", None), ("short-m", "(1.80m)", "captain", None),
    ]  # fmt: skip
    assert measured(article, claims).ok
    wrong = measured(
        article.replace("(1.88m)", "(1.98m)"), [(i, q.replace("1.88", "1.98"), p, o) for i, q, p, o in claims]
    )
    assert {"tall", "tall-m"} <= {claim for conflict in wrong.report.conflicts for claim in conflict.claims}


def test_a_decimal_conversion_steps_by_its_last_digit():
    # a conversion's trailing zeros may be its rounding ("3,700 acres"), but a decimal was rounded to the
    # whole unit: "1.98 metres" beside "74 inches" (1.88m) stood for 1.48 to 2.48 metres, a missed conflict
    assert not check([Claim("74 inches", "height"), Claim("1.98 metres", "height")]).ok
    assert check([Claim("74 inches", "height"), Claim("1.88 metres", "height")]).ok
    assert check([Claim("6 feet", "height"), Claim("1.80 metres", "height")]).ok  # 1.75 to 1.85
    assert not check([Claim("5 miles", "route"), Claim("9.2km", "route")]).ok
    assert check([Claim("5 miles", "route"), Claim("8km", "route")]).ok


def test_a_comparative_after_a_measure_is_a_difference():
    # "3in taller than" was a plain 3in, and a claims file quoting "two years" of "two years older than",
    # "12 miles" of "12 miles shorter than" or "3in" of "3in (8cm) taller than" read the bare figure:
    # a false conflict with the figure it compares
    assert (parse_quantity("3in taller than").relation, parse_quantity("2kg heavier").lo) == ("difference", 2)
    assert parse_quantity("3in (8cm) taller than").relation == "difference"
    article = "At 6ft 2in, the striker is 3in (8cm) taller than the captain, who stands 5ft 11in.\n"
    claims = [("tall", "At 6ft 2in", "striker", None), ("gap", "3in", "striker", "short"),
              ("short", "stands 5ft 11in", "captain", None)]  # fmt: skip
    assert measured(article, claims).ok
    article = (
        "The new route is 12 miles shorter than the old one, which ran for 80 miles. It runs 68 miles.\n"
    )
    claims = [("gap", "12 miles", "new", "old"), ("old", "for 80 miles", "old", None),
              ("new", "runs 68 miles", "new", None)]  # fmt: skip
    assert measured(article, claims).ok
    assert not measured(
        article.replace("runs 68", "runs 78"), [*claims[:2], ("new", "runs 78 miles", "new", None)]
    ).ok


def measured(article: str, claims: list[tuple[str, str, str, str | None]]):
    """Check ``article`` with claims (id, quote, who, of) of one measure by who it is of."""
    return checked_text(article, claims, subject="height", facet="who")


def test_a_yearly_change_over_several_years_compounds():
    # "risen 10% a year for three years" of a figure three years before is 1.1 x 1.1 x 1.1 = 1.331 of
    # it; "10% a year" was read as a rate per year, a unit-mismatch error beside the prices
    assert parse_quantity("risen 10% a year for three years").lo == Fraction(1331, 1000)
    assert parse_quantity("grew 3% a year in each of the past four years").lo == Fraction(103, 100) ** 4
    assert parse_quantity("rose 2% a year").unit == "percent / year"  # a rate of growth, as before
    # printed to the per cent, the yearly rate may be 9.5% to 10.5%: 1.313 to 1.349 in all
    within = [Claim("£234,000", "prices", {"year": "2021"}, id="before")]
    within.append(Claim("up 10% a year for three years", "prices", {"year": "2024"}, of="before"))
    assert check([*within, Claim("£315,000", "prices", {"year": "2024"})]).ok  # 1.346: 10.4% a year
    assert not check([*within, Claim("£320,000", "prices", {"year": "2024"})]).ok  # 1.368: 11.0%
    article = "House prices have risen 10% a year for three years, to £312,000, from £234,000 in 2021.\n"
    claims = [
        ("change", "risen 10% a year for three years", "2024", "before"),
        ("now", "to £312,000", "2024", None),
        ("before", "from £234,000", "2021", None),
    ]
    assert checked_text(article, claims, subject="house prices").ok


def test_a_year_that_labels_a_quotes_figure_is_no_figure():
    # a quote's figure is its first, but "(2023: £38.7m)" and "in 2010, 1.2 million" read the year (a
    # false conflict with the figure the year labels); a year is no figure where extraction reads one
    article = (
        "Revenue rose to £40.1m (2023: £38.7m). In 2010, 1.2 million people visited, and 2,400 came back; "
        "2023 people were hurt.\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "article.txt").write_text(article, encoding="utf-8")
        path = Path(folder, "x.claims.toml")
        quotes = ("(2023: £38.7m)", "In 2010, 1.2 million", "2023 people were hurt")
        entries = [f'[[claim]]\nquote = "{quote}"\nsubject = "s{at}"\n' for at, quote in enumerate(quotes)]
        path.write_text('article = "article.txt"\n\n' + "\n".join(entries), encoding="utf-8")
        assert [claim.value for claim in load(path).claims] == ["£38.7m", "1.2 million", "2023"]


@pytest.mark.xfail(
    strict=True,
    reason="known gap: an average per a thing is not yet bounded by its groups' averages (the averages "
    "scene has no misprint for it); figures per a thing in a partition are not summed, and nothing else",
)
def test_an_average_outside_its_groups_averages_is_a_conflict():
    # "£37 a head across the county: £30 in primary schools and £24 in secondary" cannot be: an average
    # over both lies between the two, whatever the numbers of pupils
    phases = Hierarchy()
    phases.partition("phase", "all schools", ["primary", "secondary"])
    claims = [
        Claim("£37 a head", "spending", {"phase": "all schools"}),
        Claim("£30 a head", "spending", {"phase": "primary"}),
        Claim("£24 a head", "spending", {"phase": "secondary"}),
    ]
    assert not check(claims, phases).ok
