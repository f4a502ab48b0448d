"""A noun a figure counts ends where its verb begins: "two airlines cut routes" counts airlines."""

from __future__ import annotations

import pytest

from claimcheck import extract

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


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        # after a singular noun, a noun/verb homograph with an object after it is the verb
        ("Fares rose after one airline cut routes to 14 cities.", "one", "airline"),
        ("Just one council cuts its budget this year.", "one", "council"),
        ("Only 1 carrier hikes fares by 5%.", "1", "carrier"),
        ("Only 1 bank backs the plan.", "1", "bank"),
        ("One regulator faces 12 complaints.", "One", "regulator"),
        ("After 55% of men back the bill, it passes.", "55%", "men"),
        # with no object after it, the homograph is a noun of the phrase
        ("One tax cut was approved.", "One", "tax cut"),
        ("It offered one pay cut for staff.", "one", "pay cut"),  # ("a 5% pay cut" is a change: 0.95)
        ("There was one price hike in May.", "one", "price hike"),
        # rises and falls stay verbs, as before
        ("Nurses won 2 pay rises for 2025.", "2", "pay"),
    ],
)
def test_a_noun_phrase_ends_at_a_verb_the_sentence_makes_of_a_homograph(text, figure, noun):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        # after a unit, a past tense with an object after it is the verb
        ("Winds of 60 km/h fanned wildfires in the hills.", "60 km/h", None),
        ("Gusts of 90 mph toppled trees overnight.", "90 mph", None),
        ("Temperatures of 41C scorched crops.", "41C", None),
        ("A loss of $1.3bn wiped 9% off the shares.", "$1.3bn", None),
        ("The deficit of £4.6bn narrowed by £1.2bn.", "£4.6bn", None),
        # after a count or a scale a participle is an adjective; after "a" the figure modifies a noun
        ("Some 40,000 displaced people need shelter.", "Some 40,000", "displaced people"),
        ("There are 1.2 million displaced people.", "1.2 million", "displaced people"),
        ("The phone supports 120W wired charging.", "120W", "wired charging"),
        ("It means a 5% increased risk.", "5%", "increased risk"),
        ("Polls show 10% undecided.", "10%", "undecided"),
    ],
)
def test_after_a_unit_a_past_tense_verb_ends_the_noun(text, figure, noun):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Tickets are 12 cheaper this year.", "12", None),
        ("The seats are £40 dearer than in May.", "£40 dearer than", None),  # a difference: -£40
        ("The team was 3 points better.", "3", "points"),
        ("Her time was 2 seconds faster.", "2 seconds faster", None),
        ("That is about a quarter slower than before.", "about a quarter", None),
        # a comparative before a noun is its adjective
        ("We had 5 colder days in June.", "5", "colder days"),
        ("Airlines added 12 cheaper flights.", "12", "cheaper flights"),
    ],
)
def test_a_comparative_is_no_noun(text, figure, noun):
    (mention,) = [m for m in extract(text) if m.text == figure]
    assert mention.noun == noun
