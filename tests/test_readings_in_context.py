"""Readings that need the words around a figure: scores without a dash, nouns at line ends, ages after
a verb, half-time, and a lead in points scored in a game (each a phenomenon, on sentences of its own)."""

from __future__ import annotations

import pytest

from claimcheck import Claim, ParseError, check, extract, load, parse_quantity


def _counts(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.text, m.kind, None if m.estimate is None else str(m.estimate), m.noun) for m in extract(text)]


# -- a score printed without a dash -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Chelsea 2 Fulham 1 at Stamford Bridge.", "2", "1"),
        ("The game finished Chelsea 2 Fulham 1.", "2", "1"),
        ("It ended Man City 3 Aston Villa 0, with the title all but decided.", "3", "0"),
        ("Leeds 1 Wolves 1", "1", "1"),
    ],
)
def test_a_score_without_a_dash_is_two_counts_of_no_team(text, first, second):
    # the other team's name is no noun of the first side, and the second side is no "Route 66"
    counts = [(m.text, m.noun) for m in extract(text) if m.kind == "count"]
    assert counts[:2] == [(first, None), (second, None)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("In the final, Leinster 31 Munster 17, the hosts scored four tries.", "31", "17"),
        ("It finished Lakers 112 Celtics 108 after overtime in the game.", "112", "108"),
        ("Saracens 24 Exeter 22 was the score at full-time.", "24", "22"),
        ("The Celtics beat the Hawks 118-104.", "118", "104"),
        ("Leinster beat Munster 31-17 on Saturday.", "31", "17"),
        ("Leinster 31 Munster 17. Leinster beat their neighbours in the cup final.", "31", "17"),
    ],
)
def test_a_score_past_twenty_a_side_is_two_counts_in_a_paragraph_of_sport(text, first, second):
    # rugby, basketball and cricket sides pass MAX_GOALS: a word of sport in the paragraph ("final",
    # "game", "beat", "score", "full-time") lets each side be up to MAX_POINTS, dash or no dash
    counts = [(m.text, m.kind, m.noun) for m in extract(text) if m.text in (first, second)]
    assert counts == [(first, "count", None), (second, "count", None)]


def test_names_with_big_numbers_and_no_word_of_sport_are_no_score():
    # "Route 66 Highway 101" names two roads: without a word of sport, sides past MAX_GOALS are no score
    assert [m.kind for m in extract("Route 66 Highway 101 crosses the town.")] == ["identifier"] * 2
    assert [m.kind for m in extract("We drove on Route 66 Highway 101 to win.")] == ["identifier"] * 2


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Chelsea 2 Fulham 1-0 up at half-time", None),  # the next name's figure opens a score of its own
        ("Labour 30 Reform 25% in the poll", None),  # a list of shares: no Reform is counted
        ("Chelsea 2 Fulham 1.5 goals a game", None),
        ("Wolves 0-3 Burnley at Molineux", None),  # the team after a score's second side
        ("Germany sent 12 Leopard tanks.", "Leopard tanks"),  # no figure after the name: a noun
    ],
)
def test_a_name_with_a_figure_of_its_own_is_no_counted_thing(text, noun):
    # one pattern (words.SCORE_NEXT) for a score's other side: the kinds read a score only where the
    # side is whole and opens nothing more; the nouns take no name that has a figure of its own
    assert extract(text)[0].noun == noun
    assert all(m.noun != "Burnley" for m in extract(text))


def test_a_score_at_the_end_of_a_sentence_is_a_score():
    # the stop after the second side is no decimal point: "Boston beat Atlanta 18-14." is a score
    assert [m.kind for m in extract("Boston beat Atlanta 18-14.")] == ["count", "count"]


def test_names_with_numbers_that_are_no_scores_stay_as_they_were():
    assert _counts("Germany sent 12 Leopard tanks.") == [("12", "count", "12", "Leopard tanks")]
    assert [m.kind for m in extract("Tickets for Route 66 cost more.")] == ["identifier"]
    # a side is a score's only up to MAX_GOALS: "Unit 2 Block 45" is no score
    assert [m.kind for m in extract("She lives at Unit 2 Block 45 on the estate.")] == ["identifier"] * 2


# -- nouns at line ends, spelled numbers, "last year's" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turnout: 64.2%\nLabour 12,340",
        "Seats won: 34\n\nvoters turned out in force.",
        "The fund raised £45m\nInvestors were pleased.",
    ],
)
def test_no_noun_is_read_past_the_end_of_a_line(text):
    assert extract(text)[0].noun is None


def test_a_wrapped_line_keeps_its_noun():
    assert extract("Last year the club sold 12,000\nseason tickets.")[0].noun == "season tickets"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The town had 48,200 residents, up 5% from 45,900 ten years earlier.", "45,900"),
        ("It had 300 staff two years later.", "two years"),
        ("Arsenal are five points clear at the top of the table.", "five points"),
    ],
)
def test_a_spelled_number_or_an_adverb_is_no_noun(text, figure):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun is None


def test_an_omitted_noun_after_last_years_is_the_compared_figures_never_a_later_word():
    # "up from last year's 41,000" compares 41,000 with the 43,500 cars: it counts cars, never "dealers"
    text = "Sales reached 43,500 cars, up from last year's 41,000 as dealers cut prices."
    assert [(m.text, m.noun) for m in extract(text)] == [("43,500", "cars"), ("41,000", "cars")]


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Attendance rose to 45,000 fans, up from 41,000 in 2024.", "41,000", "fans"),
        ("The firm sold 4.5 million phones, compared with 3.9 million before.", "3.9 million", "phones"),
        ("Germany sent 12 Leopard tanks, down from 18 in May.", "18", "Leopard tanks"),
        ("England scored 26 points, two more than France.", "two more than", "points"),
        ("The club has 40 members, twice as many as Spain.", "twice as many as", "members"),
        ("About 1,200 new cases, three times as many as in May.", "three times as many as", "new cases"),
        ("It won 12 more than Labour's 41 seats.", "12 more than", "seats"),
        # nothing to borrow: the figure compared with counts nothing either
        ("Visitor numbers rose to 45,000, up from last year's 41,000.", "41,000", None),
        ("Scotland won by two more than France.", "two more than", None),
        # no explicit comparison: no noun is borrowed from the figure before
        ("It sold 300 cars in May and 41,000 in June as dealers cut prices.", "41,000", None),
    ],
)
def test_a_figure_compared_explicitly_borrows_the_noun_of_the_figure_it_is_compared_with(text, figure, noun):
    # the name after "than" or "as" is the side compared with ("two more than France"), never the thing
    # counted; a figure with no noun of its own, explicitly compared with one before it in its sentence
    # ("up from", "down from", "compared with", "more than", "as many as"), counts what that one counts
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun == noun


# -- half-time ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scores were level at half-time.",
        "They led at half time.",
        "flags at half-mast",
        "a third-party seller",
    ],
)
def test_a_fraction_word_in_a_compound_is_no_share(text):
    with pytest.raises(ParseError):
        parse_quantity(text)
    assert extract(text) == []


def test_a_share_hyphened_to_a_scale_or_a_number_stays_one():
    assert str(parse_quantity("half-a-million")) == "500,000"
    assert str(parse_quantity("a half-million people")) == "500,000"
    assert parse_quantity("two-thirds of voters").relation == "share"
    assert parse_quantity("Level at half-time, it ended 12 apiece").text == "12"


# -- ages after people or a verb ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "years"),
    [
        ("Of those, 8,700 were under 16.", "under 16", "< 16 years"),
        ("Children under 5 were 7% of patients.", "under 5", "< 5 years"),
        ("The ban applies to those under 18.", "under 18", "< 18 years"),
        ("Most of the victims were over 65.", "over 65", "> 65 years"),
    ],
)
def test_a_bound_said_of_people_is_an_age(text, figure, years):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert (mention.kind, str(mention.estimate)) == ("age", years)


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Turnout was under 40.", "under 40"), ("Prices were under 500 in May.", "under 500")],
)
def test_a_bound_said_of_anything_else_stays_a_count(text, figure):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.kind == "count"


def test_a_bound_after_a_verb_is_no_hedge_of_the_next_clause():
    text = "Of those, 8,700 were under 16 and 10,600 were over 65."
    assert _counts(text) == [
        ("8,700", "count", "8,700", None),
        ("under 16", "age", "< 16 years", None),
        ("10,600", "count", "10,600", None),
        ("over 65", "age", "> 65 years", None),
    ]
    # the list reading is unchanged where the bound hedges a count
    assert [str(m.estimate) for m in extract("Up to 9,000 fled in the north and 6,000 in the south.")] == [
        "≤ 9,000",
        "≤ 6,000",
    ]


# -- a lead in points: percentage points in a poll, points scored in a game -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Celtics held a 12-point lead at half-time.",
        "Boston led by 12 points in the third quarter.",
        "The Lakers won the game. They had led by 12 points.",
        "Arsenal are 12 points clear at the top of the table.",
    ],
)
def test_a_lead_in_a_game_is_points_scored(text):
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.unit, estimate.interval.notation()) == ("difference", "", "[12, 12]")
    (mention,) = [m for m in extract(text) if m.estimate is not None]
    assert mention.estimate is not None
    assert mention.estimate.unit == ""


@pytest.mark.parametrize(
    "text",
    [
        "Labour holds a 12-point lead in the latest poll.",
        "After the match, a survey gave Labour a 12-point lead.",
        "a 12-point lead",
        "Biden held a lead of 12 points among voters under 30.",
    ],
)
def test_a_lead_in_a_poll_or_alone_is_percentage_points(text):
    estimate = parse_quantity(text)
    assert (estimate.relation, estimate.unit) == ("difference", "percent")


@pytest.mark.parametrize(
    ("text", "interval", "unit"),
    [
        ("Boston's 14-point win in the game ended the series.", "[14, 14]", ""),
        ("They won by 14 points in the match.", "[14, 14]", ""),
        ("Leeds lost by three points in the game.", "[-3, -3]", ""),
        ("It was a 14-point defeat, their worst of the season.", "[-14, -14]", ""),
        # a margin in an election or alone is in percentage points
        ("Labour won by 12 points.", "[12, 12]", "percent"),
        ("a 10-point win in the election", "[10, 10]", "percent"),
        # points won are no margin, nor a plan of ten points
        ("Jones won 14 points in the event.", "[14, 14]", ""),
        ("a 10-point plan", "[10, 10]", ""),
    ],
)
def test_a_winning_margin_in_points_is_a_lead(text, interval, unit):
    # "a 14-point win", "won by 14 points", "lost by three points" state a margin as a lead does: points
    # scored in a game, percentage points elsewhere, never a count of 14 points of the side's own
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.unit) == (interval, unit)
    assert estimate.relation == ("amount" if "plan" in text or "won 14" in text else "difference")


def test_a_lead_in_points_scored_checks_against_the_scores():
    def claims(lead: str) -> list[Claim]:
        return [
            Claim("58", "points", {"team": "Celtics"}, id="celtics"),
            Claim("46", "points", {"team": "Hawks"}, id="hawks"),
            Claim(lead, "points", {"team": "Celtics"}, of="hawks", id="lead"),
        ]

    assert check(claims("a 12-point lead at half-time")).ok
    report = check(claims("a 14-point lead at half-time"))
    assert [set(c.claims) for c in report.conflicts] == [{"celtics", "hawks", "lead"}]


# -- names before a figure that own it or list it -------------------------------------------------------


def test_an_owner_before_a_figure_is_no_name():
    # hoops: "scoring 112 points to Atlanta's 98" states Atlanta's points, no model number
    assert _counts("The Celtics scored 112 points to Atlanta's 98.")[1] == ("98", "count", "98", None)


def test_a_list_of_plural_names_and_figures_states_figures():
    # seats: ", the Conservatives 94, the Greens 41 and the Liberals 29" are seats, no names ("Windows 11")
    text = "Labour won 112 of the 300 seats, the Conservatives 94, the Greens 41 and the Liberals 29."
    listed = [(m.text, m.kind) for m in extract(text)][2:]
    assert listed == [("94", "count"), ("41", "count"), ("29", "count")]
    models = "The fleet flies the Boeing 787, the Airbus 350 and the Embraer 190."
    assert [m.kind for m in extract(models)] == ["identifier"] * 3


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ferry carried 2.84 million, more than double its 2021 low of 1.31 million.", "year"),
        ("Prices are 12% below a 2008 high.", "year"),
        ("The brigade lost half of their 1500 soldiers.", "count"),
    ],
)
def test_a_year_after_an_owner_modifies_a_singular_noun(text, kind):
    (figure,) = [m for m in extract(text) if m.text[:2] in ("20", "15") and len(m.text) == 4]
    assert figure.kind == kind


def test_a_gerund_after_and_is_no_second_noun():
    # league-table: "scoring 612 points and conceding 389"
    assert extract("They finished scoring 612 points and conceding 389.")[0].noun == "points"


def test_a_spelled_age_after_people_is_an_age_whatever_verb_follows():
    # measles: a verb after the bound ("account") is no noun of it
    (age, count) = extract("Children under five account for 87 of the cases.")
    assert (age.kind, str(age.estimate), count.noun) == ("age", "< 5 years", "cases")


def test_a_comparative_of_temperature_is_a_difference():
    # cold-snap: "2.3C colder than the previous low of -16.1C" is -2.3C on it
    colder = parse_quantity("2.3C colder than the previous low")
    assert (colder.relation, colder.unit, colder.interval.notation()) == (
        "difference",
        "degree_Celsius",
        "[-23/10, -23/10]",
    )
    assert parse_quantity("3F warmer").interval.notation() == "[3, 3]"
    assert parse_quantity("5 colder days").relation == "amount"


def test_a_quoted_lead_in_a_game_named_earlier_reads_points_scored(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Leicester are top of the table on 74 points, five points clear of Saracens on 69.", encoding="utf-8"
    )
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n'
        '[[claim]]\nid = "leicester"\nquote = "74 points"\nsubject = "points"\nscope = { team = "l" }\n'
        '[[claim]]\nid = "saracens"\nquote = "on 69"\nsubject = "points"\nscope = { team = "s" }\n'
        '[[claim]]\nid = "clear"\nquote = "five points clear"\nsubject = "points"\nscope = { team = "l" }\n'
        'of = "saracens"\n',
        encoding="utf-8",
    )
    loaded = load(tmp_path / "a.claims.toml")
    clear = next(claim for claim in loaded.claims if claim.id == "clear")
    assert clear.value == "five points clear (points scored)"
    assert check(loaded.claims).ok


_MATCH_REPORT = (
    "Boston beat Atlanta in Friday's game at the Garden, their sixth win in a row. Jayson Tatum was "
    "unstoppable early on. The hosts never looked back, and the 14-point margin flattered the visitors."
)


@pytest.mark.parametrize(
    "text",
    [
        _MATCH_REPORT,
        # a paragraph of a match report after another paragraph: its own words of a game decide
        "Turnout was high.\n\n" + _MATCH_REPORT,
    ],
)
def test_a_lead_two_sentences_after_the_game_is_points_scored(text):
    # a match report names its game once: the game's words stand anywhere before the lead in its paragraph
    (mention,) = [m for m in extract(text) if m.text == "14-point"]
    assert mention.estimate is not None
    assert (mention.estimate.relation, mention.estimate.unit) == ("difference", "")


def test_a_lead_after_a_paragraph_about_a_game_is_percentage_points():
    # a blank line ends the match report: the poll's lead in the next paragraph is in percentage points
    text = "Boston beat Atlanta in Friday's game.\n\nLabour is on 41%, the Greens on 27%: a 14-point lead."
    (mention,) = [m for m in extract(text) if m.text == "14-point"]
    assert mention.estimate is not None
    assert mention.estimate.unit == "percent"


def test_a_quoted_lead_two_sentences_after_the_game_reads_points_scored(tmp_path):
    text = _MATCH_REPORT + " Boston scored 112 points to Atlanta's 98."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        'article = "a.txt"\n'
        '[[claim]]\nid = "boston"\nquote = "112 points"\nsubject = "points"\nscope = { team = "b" }\n'
        '[[claim]]\nid = "atlanta"\nquote = "98"\nsubject = "points"\nscope = { team = "a" }\n'
        '[[claim]]\nid = "margin"\nquote = "the 14-point margin"\nsubject = "points"\n'
        'scope = { team = "b" }\nof = "atlanta"\n',
        encoding="utf-8",
    )
    loaded = load(tmp_path / "a.claims.toml")
    report = check(loaded.claims, loaded.hierarchy)
    assert report.ok, str(report)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Households rose by 4,300, or 9%, to 51,200 from 46,900.", "or 9%", "9% more"),
        ("Passengers fell to 61,200 from 65,500, down 4,300, or 6.6%.", "or 6.6%", "6.6% less"),
        ("Sales fell £2m (4.5%) to £42.5m from £44.5m.", "4.5%", "4.5% less"),
        # and the other way round: an amount after a change in per cent is the change in its unit
        ("Households rose 9%, or 4,300, to 51,200 from 46,900.", "or 4,300", "4,300 more"),
        ("Sales fell 4.5% (£2m) to £42.5m from £44.5m.", "£2m", "£2m less"),
        ("Sales rose 9% to £4.1m, or £340,000 a month.", "or £340,000", "£340,000 a month"),
        # no change before it: the share stays a share ("12,000 votes, or 41%" of the votes cast)
        ("The party won 12,000 votes, or 41%, of 29,300 cast.", "or 41%", "41%"),
    ],
)
def test_a_percentage_that_restates_a_change_is_that_change(tmp_path, text, quote, value):
    # "rose by 4,300, or 9%": the 9% is the rise in per cent of the figure before, never 9% of it
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "1"\nsubject = "s"\n'
        f'[[claim]]\nid = "change"\nquote = "{quote}"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    (_, change) = load(tmp_path / "a.claims.toml").claims
    assert change.value == value


@pytest.mark.parametrize(
    ("text", "interval", "relation"),
    [
        ("The count was 8% up on 2024.", "[27/25, 27/25]", "ratio"),
        ("Profits were 12% down on the year.", "[22/25, 22/25]", "ratio"),
        ("Sales were £2m down, the firm said.", "[-2000000, -2000000]", "difference"),
        ("Exports were 5% up year on year.", "[21/20, 21/20]", "ratio"),
        # no change: "up to" a date, a down payment
        ("Inflation was 3% up to March.", "[3, 3]", "share"),
        ("Buyers need a 10% down payment.", "[10, 10]", "share"),
        ("Rates were 5% up from 4% a year ago.", "[5, 5]", "share"),
        ("Sales were 8% up from a year earlier.", "[27/25, 27/25]", "ratio"),
    ],
)
def test_up_or_down_after_a_percentage_or_money_is_a_change(text, interval, relation):
    # "8% up on 2024" is a rise of 8%, never 8% of the year before
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.relation) == (interval, relation)


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The deficit narrowed by £1.2bn to £3.4bn.", "[-1200000000, -1200000000]"),
        ("The trade gap widened by £0.8bn to £5.1bn.", "[800000000, 800000000]"),
        ("Inflation eased 0.2 points to 3.1%.", "[-1/5, -1/5]"),
        ("Output contracted by 1.5% in the quarter.", "[197/200, 197/200]"),
    ],
)
def test_a_gap_that_narrows_or_widens_is_a_change_and_a_level(text, interval):
    # "narrowed by £1.2bn to £3.4bn" is a fall of £1.2bn and a level, never the range £1.2bn to £3.4bn
    assert parse_quantity(text).interval.notation() == interval


@pytest.mark.parametrize(
    ("text", "interval", "relation"),
    [
        ("The toll was revised up to 52 on Tuesday.", "[52, 52]", "amount"),
        ("Rates were pushed up to 4.5% in May.", "[9/2, 9/2]", "share"),
        ("Prices went up to £3 a loaf.", "[3, 3]", "amount"),
        # no verb of moving before it: "up to" bounds the figure
        ("Up to 52 people were missing.", "[0, 52]", "amount"),
        ("The storm left up to 52 dead.", "[0, 52]", "amount"),
    ],
)
def test_up_to_after_a_verb_of_moving_is_a_level_not_a_bound(text, interval, relation):
    # "revised up to 52" says where the toll moved: 52, never "at most 52"
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.relation) == (interval, relation)


@pytest.mark.parametrize(
    ("text", "interval", "relation"),
    [
        ("Arrivals were down 4,300 on last year.", "[-4300, -4300]", "difference"),
        ("The toll is up 12 from Monday.", "[12, 12]", "difference"),
        ("Viewers were up 3 million on the year.", "[3000000, 3000000]", "difference"),
        ("Arrivals were down 4,300, or 6.6%.", "[-4300, -4300]", "difference"),
        ("Rebels knocked down 3 houses.", "[3, 3]", "amount"),
        ("Arrivals were down a fifth on 2019.", "[4/5, 4/5]", "ratio"),
        ("Costs were up a third from last year.", "[4/3, 4/3]", "ratio"),
        # "up" that belongs to a verb, or a number with no comparison after it: a count
        ("Aid workers set up 3 camps on Monday.", "[3, 3]", "amount"),
        ("She picked up 3 from the shop.", "[3, 3]", "amount"),
    ],
)
def test_up_or_down_before_a_number_compared_with_another_is_a_change(text, interval, relation):
    # "down 4,300 on last year" is a fall of 4,300, never a count of 4,300
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.relation) == (interval, relation)


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("Net migration more than halved.", "(0, 1/2)"),
        ("Road deaths have nearly halved since 2015.", "[1/2, 5/9]"),
        ("Waiting lists have roughly halved.", "[5/11, 5/9]"),
        ("Sales at least halved.", "(0, 1/2]"),
        ("Exports saw more than a tenfold fall.", "(0, 1/10)"),
        # a rise, or a share of a base, keeps its hedge as written
        ("Prices more than doubled.", "(2, inf)"),
        ("Nearly half as many came.", "[9/20, 1/2]"),
    ],
)
def test_a_hedge_on_a_fall_by_a_factor_bounds_the_fall(text, interval):
    # "more than halved" fell by more than half: less than 0.5 of the figure before, never more than 0.5
    assert parse_quantity(text).interval.notation() == interval


def test_a_figure_of_the_total_counts_nothing_new():
    # solar: "7.2GW of the total and large solar farms for the rest" names the whole counted before
    text = "Rooftop panels account for 7.2GW of the total and large solar farms for the rest."
    assert extract(text)[0].noun is None
    assert extract("Police held 300. Half of the total were freed.")[1].noun is None


@pytest.mark.parametrize(
    ("text", "figure", "years"),
    [
        ("Over 65s now make up 19% of the population.", "Over 65s", "> 65 years"),
        ("Tickets are free for the under 18s.", "under 18s", "< 18 years"),
    ],
)
def test_an_age_group_in_the_plural_is_an_age(text, figure, years):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert (mention.kind, str(mention.estimate)) == ("age", years)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The remaining 24 went to independents, with 12 going to smaller parties.", None),
        ("About 1,200 living in camps were moved.", None),
        ("The centre ran 12 training sessions.", "training sessions"),
        ("The council built 500 housing units.", "housing units"),
    ],
)
def test_an_ing_word_before_a_preposition_is_a_verb_not_a_noun(text, noun):
    assert extract(text)[-1].noun == noun


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Labour were on 41%, 6 pts ahead of the Tories.", "6", "6 pts ahead"),
        ("Labour were on 41%, a lead of 6 pts over the Tories.", "a lead of 6", "a lead of 6 pts"),
    ],
)
def test_a_quote_reads_on_into_points_and_lead_words_of_the_readers_tables(tmp_path, text, quote, value):
    # "pts" and every lead word are the reader's (words.POINT_WORDS, LEAD_WORDS), read after a quote too
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.claims.toml").write_text(
        f'article = "a.txt"\n[[claim]]\nid = "base"\nvalue = "35%"\nsubject = "s"\n'
        f'[[claim]]\nquote = "{quote}"\nsubject = "s"\nof = "base"\n',
        encoding="utf-8",
    )
    claim = load(tmp_path / "a.claims.toml").claims[1]
    estimate = parse_quantity(claim.value)
    assert (claim.value, estimate.relation, estimate.unit) == (value, "difference", "percent")
