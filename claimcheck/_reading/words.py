"""The words and symbols the parser knows, as plain tables (private).

Every table maps lower-case words to what they mean; multi-word entries are tuples of words. Units are not
here: :mod:`claimcheck._reading.unit_spellings` is the one place that says which words are units (the
registry's spellings and the everyday words it cannot say). Currencies are not here either:
:mod:`claimcheck._values.currencies` is the one table of them.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

ONES: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Scale words after a number. Short forms ("m", "bn") only count after a currency sign or code.
SCALES: Final = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12, "lakh": 100_000, "lakhs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
#: Abbreviated scales after a number. "m" is million unless a length is meant (see
#: ``AmountReader._length_meant``) and ``Policy.m_means`` can make it metres; "b" needs a noun after it.
SHORT_SCALES: Final = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "mio": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
    "mrd": 1_000_000_000, "mld": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    "tr": 1_000_000_000_000, "tsd": 1_000,
}  # fmt: skip
#: Short scales that mean the same wherever they stand ("12mn", "€1,2 Mio.", "RM4.2mil").
PLAIN_SHORT_SCALES: Final = frozenset(
    {"k", "bn", "mn", "mln", "mil", "mio", "bln", "mrd", "mld", "tn", "trn", "tsd"}
)
#: Continental abbreviations written with a stop ("1,2 Mio.", "3 Mrd."): the stop belongs to them.
DOTTED_SCALES: Final = frozenset({"mio", "mrd", "mld", "tsd"})

#: Denominator words of fractions: "a third", "two-thirds", "three quarters".
DENOMINATORS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

#: "the second half", "the first half of the year": a half of a match or a year, not a share.
HALF_BEFORE: Final = frozenset("first second other latter former opening closing final".split())
#: "a half marathon", "his half brother", "level at half time": names, not shares.
HALF_NAMES: Final = frozenset(
    "marathon marathons term terms brother brothers sister sisters century time".split()
)

#: Vulgar fractions: "½" alone, or after digits as in "1½ million".
VULGAR: Final = {
    "¼": Fraction(1, 4), "½": Fraction(1, 2), "¾": Fraction(3, 4), "⅐": Fraction(1, 7),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
    "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip

#: Words that bound a figure from above, inclusive ("up to 500" is 0–500).
AT_MOST: Final = (
    ("up", "to"), ("at", "most"), ("at", "the", "most"), ("no", "more", "than"),
    ("not", "more", "than"), ("as", "many", "as"), ("as", "much", "as"), ("a", "maximum", "of"),
    ("maximum", "of"), ("maximum",), ("max",), ("max.",), ("no", "greater", "than"),
    ("not", "exceeding"), ("no", "larger", "than"), ("≤",), ("<=",), ("=<",),
    ("less", "than", "or", "equal", "to"), ("fewer", "than", "or", "equal", "to"),
    ("less", "or", "equal", "than"), ("less", "than", "or", "equal"), ("equal", "to", "or", "less", "than"),
    ("smaller", "than", "or", "equal", "to"), ("smaller", "or", "equal", "to"),
    ("less", "or", "equal", "to"), ("equal", "or", "less", "than"),
    ("smaller", "or", "equal", "than"), ("lower", "or", "equal", "than"), ("lower", "or", "equal", "to"),
    ("fewer", "or", "equal", "than"), ("fewer", "or", "equal", "to"), ("lower", "than", "or", "equal", "to"),
    ("at", "most", "or", "equal", "to"), ("<", "="), ("equal", "to", "or", "fewer", "than"),
    ("as", "high", "as"), ("as", "large", "as"), ("as", "big", "as"), ("as", "great", "as"),
    ("hardly", "more", "than"), ("scarcely", "more", "than"), ("not", "over"), ("not", "above"),
)  # fmt: skip
#: Words that bound a figure from above, exclusive ("fewer than 100" is 0 to below 100).
BELOW: Final = (
    ("fewer", "than"), ("less", "than"), ("under",), ("below",), ("<",), ("smaller", "than"),
    ("lower", "than"),
)  # fmt: skip
#: Words that bound a figure from below, inclusive.
AT_LEAST: Final = (
    ("at", "least"), ("at", "the", "least"), ("no", "fewer", "than"), ("no", "less", "than"),
    ("not", "less", "than"), ("not", "fewer", "than"), ("a", "minimum", "of"),
    ("minimum", "of"), ("minimum",), ("min",), ("≥",), (">=",), ("=>",),
    ("more", "than", "or", "equal", "to"), ("greater", "than", "or", "equal", "to"),
    ("larger", "than", "or", "equal", "to"), ("more", "or", "equal", "than"),
    ("greater", "or", "equal", "than"), ("larger", "or", "equal", "than"),
    ("bigger", "than", "or", "equal", "to"), ("equal", "to", "or", "more", "than"),
    ("equal", "to", "or", "greater", "than"), ("equal", "or", "more", "than"),
    ("equal", "or", "greater", "than"), ("greater", "or", "equal", "to"),
    ("more", "or", "equal", "to"), ("larger", "or", "equal", "to"),
    ("bigger", "or", "equal", "than"), ("bigger", "or", "equal", "to"), ("higher", "or", "equal", "than"),
    ("higher", "or", "equal", "to"), ("higher", "than", "or", "equal", "to"),
    ("at", "least", "or", "equal", "to"), (">", "="),
    ("hardly", "fewer", "than"), ("hardly", "less", "than"), ("scarcely", "fewer", "than"),
    ("scarcely", "less", "than"), ("not", "under"), ("not", "below"), ("as", "few", "as"),
    ("as", "little", "as"), ("as", "low", "as"), ("as", "small", "as"),
)  # fmt: skip
#: Words that bound a figure from below, exclusive ("more than 20").
ABOVE: Final = (
    ("more", "than"), ("over",), ("above",), ("upwards", "of"), ("upward", "of"),
    ("in", "excess", "of"), ("greater", "than"), ("larger", "than"), ("bigger", "than"),
    ("higher", "than"), ("exceeding",), ("well", "over"), ("well", "above"), (">",),
    ("north", "of"), ("exceed",), ("exceeds",), ("exceeded",), ("surpass",), ("surpasses",),
    ("surpassed",), ("surpassing",),
)  # fmt: skip
#: Words that state the figure itself ("equal to 20" is 20): read so the figure's text takes them in.
EQUAL: Final = (
    ("equal", "to"), ("equals",), ("equals", "to"), ("equaling",), ("equaling", "to"), ("equalling",),
    ("equalling", "to"), ("equalled",), ("equaled",),
)  # fmt: skip
#: Approximations: a band of ``Policy.about`` around the number.
ABOUT: Final = (
    ("about",), ("around",), ("approximately",), ("approx",), ("approx.",), ("roughly",),
    ("some",), ("circa",), ("c.",), ("ca.",), ("~",),
    ("≈",), ("an", "approximate"), ("nearly", "about"), ("in", "the", "region", "of"),
    ("of", "the", "order", "of"), ("on", "the", "order", "of"), ("more", "or", "less"),
    ("give", "or", "take"), ("somewhere", "around"), ("round", "about"),
)  # fmt: skip
#: Words that say a figure is an estimate, a rough figure: the wider of the band of "about" and the rounding
#: at its last significant digit ("an estimated 2,000" is 1,500 to 2,500 when checked; docs/quantities.md).
ESTIMATED: Final = (
    ("an", "estimated"), ("estimated",), ("an", "estimate", "of"), ("estimated", "at"),
    ("estimates", "put", "it", "at"), ("estimates", "put", "the", "figure", "at"), ("put", "at"),
    ("thought", "to", "be"), ("believed", "to", "be"), ("is", "thought"), ("are", "thought"),
    ("estimates", "suggest"), ("an", "estimated", "total", "of"), ("estimated", "to", "be"),
    ("reckoned", "to", "be"),
)  # fmt: skip
#: Verbs of estimating a few words before "at": "the ministry estimated the cost at $2bn" (an estimate, as
#: "estimated at"); "put" only after "estimates" ("estimates put the toll at 2,000": an official who "put
#: the toll at 52" states a count).
ESTIMATING_VERBS: Final = frozenset("estimated estimates estimate estimating reckoned reckons".split())
ESTIMATES_PUT: Final = frozenset("put puts putting".split())
#: Words after a figure, its noun and a copula that make it an estimate: "2,000 people are thought to
#: have fled", "40 are believed dead", "the 1,200 were estimated to be".
ESTIMATED_AFTER: Final = frozenset("estimated thought believed reckoned".split())
#: "nearly", "almost": from ``Policy.nearly`` of the number up to the number.
NEARLY: Final = (
    ("nearly",), ("almost",), ("close", "to"), ("not", "quite"), ("just", "shy", "of"),
    ("approaching",),
)  # fmt: skip
JUST_UNDER: Final = (("just", "under"), ("just", "below"), ("slightly", "less", "than"),
                     ("slightly", "fewer", "than"), ("a", "little", "under"),
                     ("a", "little", "less", "than"))  # fmt: skip
JUST_OVER: Final = (("just", "over"), ("just", "above"), ("slightly", "more", "than"),
                    ("just", "more", "than"), ("a", "little", "over"),
                    ("a", "little", "more", "than"), ("just", "upwards", "of"))  # fmt: skip

#: Words after a figure that turn it into a bound: "500 or more", "about 500 or less".
SUFFIX_AT_LEAST: Final = (
    ("or", "more"), ("or", "above"), ("and", "above"), ("or", "over"), ("and", "over"),
    ("or", "greater"), ("and", "up"), ("or", "higher"), ("plus",), ("-plus",), ("+",), ("and", "more"),
)  # fmt: skip
SUFFIX_AT_MOST: Final = (
    ("or", "less"), ("or", "fewer"), ("or", "below"), ("and", "below"), ("or", "under"),
    ("and", "under"), ("or", "lower"),
)  # fmt: skip
SUFFIX_ABOUT: Final = (("or", "so"), ("-odd",), ("odd",), ("or", "thereabouts"))
#: Words after an exclusive bound that close it: "less than 5000 or equal" is at most 5000.
OR_EQUAL: Final = (("or", "equal"), ("or", "equal", "to"))

#: Range openers and joiners: "between 15 and 30", "from 2,000 to 3,000", "5,000 to 7,000".
RANGE_OPENERS: Final = {("between",): ("and", "to", "-", "–", "—"),
                        ("from",): ("to", "-", "–", "—"),
                        ("anywhere", "from"): ("to", "-", "–", "—"),
                        ("anywhere", "between"): ("and",),
                        ("somewhere", "between"): ("and",)}  # fmt: skip
RANGE_JOINERS: Final = (("to",), ("-",), ("–",), ("—",), ("~",), ("or",), ("and",), ("through",),
                        ("till",), ("until",), ("or", "even"), ("or", "perhaps"),
                        ("or", "possibly"))  # fmt: skip

#: Words that join two bounds into one range: "more than 20 and less than 35".
BOUND_JOINERS: Final = (("and",), (",",), ("but",), (",", "but"), ("and", "yet"), (",", "and"))

#: Vague quantifier words that multiply a scale ("a few hundred", "several thousand").
QUANTIFIERS: Final = {
    ("a", "couple", "of"): "a couple", ("a", "couple"): "a couple", ("a", "few"): "a few",
    ("a", "handful", "of"): "a handful", ("a", "handful"): "a handful", ("several",): "several",
    ("few",): "a few",
}  # fmt: skip
#: Plural scale words that stand alone as vague amounts ("hundreds of fighters").
VAGUE_PLURALS: Final = {
    "tens": "tens", "dozens": "dozens", "scores": "scores", "hundreds": "hundreds",
    "thousands": "thousands", "millions": "millions", "billions": "billions",
    "trillions": "trillions",
}  # fmt: skip
#: Plurals that are vague amounts only before "of" or "more" ("scores of people", "scores more") or as a
#: whole value ("scores"): before other words, or after a determiner, "scores" are results ("Scores:",
#: "the scores were level").
VAGUE_NEEDS_OF: Final = frozenset({"scores"})
#: Verbs after "scores" that make it many people: "scores died", "scores fled".
PEOPLE_VERBS: Final = frozenset(
    "died fled drowned perished gathered protested marched queued remain remained lost lay".split()
)
#: Words after "scores were" that say people ("scores were hurt", "scores are missing"), besides participles.
PEOPLE_STATES: Final = frozenset("hurt dead missing taken held feared slain left stuck trapped".split())
#: Words after "scores were" that say results: "scores were level", "scores were tied".
RESULT_WORDS: Final = frozenset(
    "level tied levelled leveled settled published posted released announced recorded equal close even high "
    "low updated compared adjusted lower higher better worse similar".split()
)
#: Populations a percentage may be "of" that it cannot pass: "120% of voters" is more voters than
#: there are, while "120% of GDP", "120% of the target" or "a rise of 120%" may pass 100%.
POPULATION_NOUNS: Final = frozenset(
    "voters residents households homes adults children pupils students people respondents workers "
    "employees staff workforce population electorate members patients citizens men women families "
    "teenagers homeowners tenants renters drivers passengers users customers businesses firms companies "
    "schools hospitals farms farmers teachers nurses doctors those participants inhabitants "
    "public americans britons canadians australians europeans".split()
)
#: Determiners before a population in "of the workforce", "of all adults", "of those asked".
POPULATION_DETERMINERS: Final = frozenset("the all its their our these those of".split())
#: Determiners and possessives: after them a plural is a thing named ("the scores", "their hundreds").
OWNERS: Final = frozenset("the their his her its our my your these those whose".split())
#: The scale each plural multiplies in "tens of thousands", "hundreds of millions".
PLURAL_SCALE: Final = {
    "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000, "hundreds": 100, "dozens": 12,
}  # fmt: skip

#: Shares that are bounds rather than a number: "a majority" is more than half.
MAJORITY: Final = {("a", "majority"): "above", ("the", "majority"): "above",
                   ("a", "minority"): "below", ("the", "minority"): "below"}  # fmt: skip
HALF: Final = Fraction(1, 2)

# -- Phrases around a number: multiples, differences, changes and rates ---------------------------------

#: Verbs that name a multiple on their own ("more than doubled", "halved"): the factor.
MULTIPLES: Final[dict[str, int | Fraction]] = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "trebling": 3,
    "quadrupled": 4, "quadrupling": 4, "quintupled": 5, "halved": HALF, "halving": HALF,
}  # fmt: skip
#: Multiples that are multiples only before a comparison or a determiner: "twice as many", "double the
#: staff"; "twice a day" is a frequency and "double-digit" a name.
MULTIPLES_BEFORE: Final = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
#: Words that count times, which before a period make a rate: "twice a day", "once a week".
FREQUENCIES: Final = {"once": 1, "twice": 2, "thrice": 3}
#: Frequency words that count times after a verb: "scored twice", "won thrice" ("once" is mostly "formerly").
TIMES_COUNTED: Final = frozenset({"twice", "thrice"})
#: Verbs (besides those ending in "-ed") after which "twice" counts events rather than multiplies:
#: "won twice", "has met twice", "struck twice".
EVENT_VERBS: Final = frozenset(
    "won win wins lost lose loses met meet meets hit hits struck strike strikes ran run runs went go goes "
    "came come comes beat beaten drew draw draws led shot shoot shoots flew fly flies sat spoke speak "
    "wrote write been seen saw see visit visits fought fight score scores broke break broken fell".split()
    # change verbs whose past tense is not in "-ed": "prices rose twice this year" counts two rises
    + "rose rise rises risen grew grow grows grown falls fall fallen sank sink slid shrank shrunk".split()
)
#: Periods after "this" or "last" that date events ("twice this year"), never a base of a multiple.
WHEN_NOUNS: Final = frozenset("year week month season time term century decade day morning".split())
MULTIPLE_FOLLOWERS: Final = frozenset(
    "as the that this what its their his her our those these over than".split()
)
#: "-fold" words: "sixfold", "a tenfold rise".
FOLDS: Final = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "elevenfold": 11, "twelvefold": 12,
    "fifteenfold": 15, "twentyfold": 20, "thirtyfold": 30, "fiftyfold": 50, "hundredfold": 100,
    "thousandfold": 1000,
}  # fmt: skip
#: Hyphened words that say how a change is measured, between a percentage or money and its rise or fall:
#: "an 8.6% real-terms cut", "a 5% year-on-year increase", "a 3% like-for-like rise" (each word a token).
CHANGE_MODIFIERS: Final = frozenset({
    ("real", "-", "terms"), ("year", "-", "on", "-", "year"), ("year", "-", "over", "-", "year"),
    ("month", "-", "on", "-", "month"), ("quarter", "-", "on", "-", "quarter"),
    ("like", "-", "for", "-", "like"), ("inflation", "-", "adjusted"),
})  # fmt: skip
#: Names of a rate that make a percentage before them and a rise or fall a change in points: "a 0.25%
#: rate rise" takes 5% to 5.25% (a rate's change printed in per cent is in points of it).
RATE_NAMES: Final = frozenset({"rate", "rates", "interest"})
#: Nouns after a multiple that say which way it goes: "a tenfold rise" is ×10, "a tenfold fall" ÷10.
FOLD_RISES: Final = frozenset("rise increase jump growth gain surge expansion".split())
FOLD_FALLS: Final = frozenset("fall drop decrease decline reduction cut".split())
#: The same as one table, each noun to its way: +1 a rise, -1 a fall.
FOLD_WAYS: Final = {**dict.fromkeys(FOLD_RISES, 1), **dict.fromkeys(FOLD_FALLS, -1)}
#: Words after "N times" or "half" that make a multiple: "three times as many", "half as large".
TIMES_COMPARATIVES: Final = frozenset(
    "more higher larger greater bigger faster the that what its their his her over".split()
    # "three times fewer than", "five times less": a third, a fifth
    + "fewer less lower smaller".split()
    # a statistic named without "the": "8.3 times average earnings", "four times median pay"
    + "average median typical annual mean".split()
    # a base named alone: "eight times earnings", "40 times revenue", "12 times salary"
    + "earnings income incomes salary salaries wages pay revenue revenues sales profit profits".split()
)
#: Comparatives after a figure that make it a difference ("12,000 more than"), or for a share a ratio
#: ("a third more", "20% lower"): +1 adds the figure, -1 takes it away.
COMPARATIVES: Final = {
    "more": 1, "higher": 1, "greater": 1, "larger": 1, "bigger": 1, "fewer": -1, "less": -1,
    "lower": -1, "smaller": -1, "older": 1, "younger": -1, "longer": 1, "shorter": -1,
    # of measure: "3in (8cm) taller than", "2kg heavier", "40cm wider", "5m deeper"
    "taller": 1, "heavier": 1, "lighter": -1, "wider": 1, "narrower": -1, "deeper": 1, "shallower": -1,
}  # fmt: skip
#: "up" and "down" after a percentage or money, as a change on another figure: "8% up on 2024", "profits
#: were £2m down", "sales 5% up year on year" (+1 adds, -1 takes away); only before one of
#: :data:`UP_DOWN_NEXT` or the end of a clause ("up to March", "a 10% down payment" are no change).
UP_DOWN: Final = {"up": 1, "down": -1}
UP_DOWN_NEXT: Final = frozenset(
    {*"on from year compared against in at over since versus vs , . ; : ) —".split(), ""}
)
#: Comparatives of price after money or a percentage: "£12 cheaper than" is -£12, "20% cheaper" the ratio
#: 0.8, "£3 dearer" +£3.
PRICE_COMPARATIVES: Final = {"cheaper": -1, "dearer": 1, "pricier": 1, "costlier": 1}
#: Comparatives of pace after a time or a speed, as they go for a time: "three minutes slower than" is +3
#: minutes, "12 seconds faster" -12 seconds; for a speed the other way ("5mph slower" is -5 mph). After a
#: percentage they say neither ("30% faster" may be the time or the speed).
PACE_COMPARATIVES: Final = {"slower": 1, "faster": -1, "quicker": -1}
#: Comparatives of temperature after a temperature: "2.3C colder than the previous low" is -2.3C.
TEMPERATURE_COMPARATIVES: Final = {"warmer": 1, "hotter": 1, "colder": -1, "cooler": -1}
#: "above" and "below" after a figure with a unit that compare it with another figure: "41% below the June
#: average" is the ratio 0.59, "1.2C above the average" the difference +1.2C, "three years above that of
#: men" +3 years.
ABOVE_BELOW: Final = {"above": 1, "below": -1}
#: Words after "above" or "below" that make the figure a level, not a comparison: "5C below zero".
NOT_REFERENCES: Final = frozenset("zero freezing par sea ground surface earth".split())
#: Words before a figure that make it a level even with "above" or "below" after it: "inflation of 3.2%
#: above the target" states inflation.
LEVEL_BEFORE: Final = frozenset("of at".split())
#: Words before a figure that state a change: "rose 3%", "fell by 20", "a rise of 12%", "up 3%".
CHANGE_UP: Final = (
    ("rose",), ("rises",), ("risen",), ("rising",), ("increased",), ("increases",), ("increasing",),
    ("grew",), ("grows",), ("grown",), ("growing",), ("climbed",), ("climbs",), ("jumped",),
    ("jumps",), ("soared",), ("surged",), ("went", "up"), ("gone", "up"), ("up",), ("a", "rise", "of"),
    ("rise",), ("increase",), ("grow",), ("climb",), ("go", "up"),
    ("an", "increase", "of"), ("a", "jump", "of"), ("growth", "of"), ("widened",), ("widens",),
    ("expanded",), ("expands",), ("gained",), ("gains",), ("added",), ("adds",), ("advanced",),
    ("advances",), ("rallied",), ("rebounded",),
)  # fmt: skip
CHANGE_DOWN: Final = (
    ("fell",), ("falls",), ("fallen",), ("falling",), ("dropped",), ("drops",), ("declined",),
    ("declines",), ("decreased",), ("decreases",), ("slipped",), ("slid",), ("sank",), ("plunged",),
    ("tumbled",), ("shrank",), ("shrunk",), ("went", "down"), ("gone", "down"), ("down",),
    ("a", "fall", "of"), ("a", "drop", "of"), ("a", "decline", "of"), ("a", "decrease", "of"),
    ("a", "cut", "of"), ("cut", "by"), ("reduced", "by"), ("slashed", "by"), ("lowered", "by"),
    ("trimmed", "by"), ("fall",), ("decrease",), ("decline",),
    ("drop",), ("shrink",), ("go", "down"), ("narrowed",), ("narrows",), ("eased",), ("eases",),
    ("dipped",), ("dips",), ("contracted",), ("contracts",), ("shed",), ("sheds",), ("lost",),
    ("loses",), ("slumped",), ("plummeted",), ("retreated",),
)  # fmt: skip
#: Change words whose way depends on what they change (0 in :data:`CHANGE_UP`'s place): an improvement
#: is a fall of what is better lower (a deficit, a waiting list) and a rise of what is better higher (a
#: surplus, profits); +1 an improvement, -1 a worsening. What the clause names decides
#: (:data:`BETTER_LOWER`, :data:`BETTER_HIGHER`); where it names neither, or both, the way is unknown.
VALUED_CHANGES: Final = {
    **dict.fromkeys([("improved",), ("improves",), ("an", "improvement", "of"), ("improvement", "of")], 1),
    **dict.fromkeys([("worsened",), ("worsens",), ("deteriorated",), ("deteriorates",),
                     ("a", "deterioration", "of"), ("deterioration", "of"), ("a", "worsening", "of")], -1),
}  # fmt: skip
#: The same, as a noun after a percentage or money: "a £1.5bn improvement in the deficit".
VALUED_NOUNS: Final = {"improvement": 1, "deterioration": -1, "worsening": -1}
#: Every noun of a rise or a fall a word or two after a percentage or money names: "a 5% pay rise", "a £2m
#: funding cut", "a £1.5bn improvement".
CHANGE_NOUNS: Final = FOLD_RISES | FOLD_FALLS | VALUED_NOUNS.keys()
#: What is better lower: an improvement of it is a fall ("the deficit improved by £1.5bn" is £1.5bn less).
BETTER_LOWER: Final = frozenset(
    "deficit deficits debt debts borrowing unemployment jobless joblessness backlog backlogs arrears losses "
    "loss waiting waits delays absence absences truancy crime crimes deaths mortality emissions pollution "
    "poverty homelessness overspend overspending shortfall casualties injuries fatalities accidents "
    "queues".split()
)
#: What is better higher: an improvement of it is a rise ("the trade balance improved by £1.5bn"). (No
#: "score", which a golfer improves by lowering, nor "margin", of a win or of a profit.)
BETTER_HIGHER: Final = frozenset(
    "surplus surpluses profit profits earnings balance employment attendance productivity rating ratings "
    "survival satisfaction approval expectancy confidence".split()
)
#: A change's noun before "of" after any words ("a real-terms cut of 8.6%", "a sharp rise of 4 per cent",
#: "annual growth of 2.1%", "a year on year fall of 3 points"): +1 a rise, -1 a fall. ("a net gain of
#: 4,050" names the net figure itself: no gain here.)
CHANGE_NOUNS_OF: Final = {
    **dict.fromkeys("rise increase jump".split(), 1),
    **dict.fromkeys("fall drop decrease decline cut reduction".split(), -1),
}  # fmt: skip
#: Verbs that take a figure off another when "off" follows the figure: "cutting 33 minutes off the journey"
#: is -33 minutes, "wiped 9% off the shares" a fall of 9%; without "off" they state no change ("cut 3% of
#: its staff" is a share).
CUT_OFF: Final = tuple(
    (word,)
    for word in (
        "cut cuts cutting shaved shaves shaving shave knocked knocks knocking knock slashed slashes "
        "slashing trimmed trims trimming wiped wipes wiping lopped lopping chopped chopping took takes "
        "taking"
    ).split()
)
#: Verbs that add a figure to another when "to" follows the figure: "adding 20 minutes to the journey" is
#: +20 minutes, "added £300 to bills" +£300; without "to" they are weak change words ("added 3%"), and
#: a count added to something is no change ("adding 300 jobs to the payroll" counts jobs).
ADD_TO: Final = tuple((word,) for word in "add adds added adding".split())
#: Change words that state a change before any figure ("rose 20", "fell by 3"); the others state one only
#: before a percentage or an amount of money ("dropped 3%", "up $2m"), since "dropped 3 bombs", "jumped 3
#: fences" and "set up 3 camps" count things. Any change word followed by "by" states a change, and so
#: does a noun with "of" ("a drop of 3").
CHANGE_STRONG: Final = frozenset(
    "rose risen fell fallen grew grown increased decreased declined shrank shrunk rise fall grow "
    "increase decrease decline shrink growth of".split()
)
#: Verbs that change what they name by the figure after "by", with the thing between: "cut the risk of a
#: heart attack by a third" (2/3 of it), "raised prices by 5%", "reduced the backlog by 3,000" (+1 adds,
#: -1 takes away). Next to "by" ("cut by", "reduced by") they are :data:`CHANGE_DOWN` phrases.
#: Verbs whose "up" or "down" (right after them) says which way the thing after it changed: "pushed up the
#: price by 5p", "drove down costs by 10%" (the particle gives the direction).
PHRASAL_CHANGE_VERBS: Final = frozenset(
    "push pushed pushes pushing drive drove driven drives driving force forced forces forcing bring "
    "brought brings bringing ramp ramped ramps ramping scale scaled scales scaling mark marked marks "
    "marking".split()
)
CHANGE_OBJECT_VERBS: Final = {
    **dict.fromkeys("cut cuts cutting reduced reduces reducing lowered lowers lowering slashed slashes "
                    "slashing trimmed trims trimming decreased decreasing narrowed narrowing".split(), -1),
    **dict.fromkeys("raised raises raising increased increasing boosted boosts boosting lifted lifts "
                    "lifting widened widening extended extends extending".split(), 1),
}  # fmt: skip
#: Participles of change that only take an object ("the budget was cut by"): "by" and a figure after one
#: may name who did it ("cut by 12 parents"), as after any of :data:`CHANGE_UP` and :data:`CHANGE_DOWN`
#: after a form of "be" ("was increased by 3 councils"); "rose by 40 volunteers" is always a change.
PASSIVE_CHANGES: Final = frozenset("cut reduced slashed lowered trimmed".split())
#: Forms of "be" or "get" before a participle that make it passive: "was increased by".
PASSIVE_BEFORE: Final = frozenset("is are was were be been being get gets got".split())
#: People and bodies that act, named after "by" and a figure after a passive change: they did the change
#: ("funding was cut by three councils", "the fee was reduced by 12 parents" who voted), unless their
#: clause counts them ("the number of councillors was cut by 12 councillors").
AGENTS: Final = frozenset(
    "parents volunteers donors campaigners protesters activists councils councillors ministers governments "
    "firms companies businesses banks lenders investors shareholders charities trusts authorities agencies "
    "regulators judges landlords developers employers unions states countries nations mps senators "
    "lawmakers voters residents members fans supporters officials governors trustees directors "
    "operators insurers retailers suppliers".split()
)
#: Words before "up" or "down" that make it part of another verb: "made up 30% of voters".
#: Verbs of moving a figure before "up to", which then says where it moved, no bound: "the toll was revised
#: up to 52", "pushed up to 4.5%" (a level), against "up to 52 people" (at most 52).
MOVED_UP: Final = frozenset(
    "revised revise revises revising pushed push pushes moved move moves went go goes gone shot jumped "
    "climbed bumped ratcheted ramped raised raises raise".split()
)
PHRASAL_BEFORE_UP_DOWN: Final = frozenset(
    "make makes made making take takes took taken taking sum sums summed add adds added set sets "
    "pick picks picked round rounds rounded line lined step stepped shut shuts cut cuts put puts "
    "bring brings brought turn turns turned break breaks broke broken shot shoot gun gunned mark "
    "hand handed write wrote written back backed".split()
)
#: Points of a lead: "a 5-point lead", "a lead of three points", "ahead by 4 pts".
POINT_WORDS: Final = frozenset({"points", "point", "pts", "pt"})
#: Words that make points a lead, a difference between two shares in percentage points, after the
#: points ("a 5-point lead", "five points clear") or a few words before the figure ("a lead of three
#: points", "ahead by 4 points", "the gap narrowed to two points").
LEAD_WORDS: Final = frozenset(
    "lead leads led leading ahead behind clear margin advantage gap deficit trail trails trailed trailing "
    "swing".split()
)
#: Words that make a percentage after them ("a 3.2% swing") or before "of" and it ("a swing of 3.2%") a
#: change in percentage points between shares, never a share.
SWINGS: Final = frozenset({"swing", "swings"})
#: Words of a game that make a lead in points a lead in points scored, not percentage points ("a 12-point
#: lead at half-time", "the Celtics led by 12 points in the third quarter", "five points clear at the top
#: of the table"), in the lead's sentence or the one before, unless its own sentence speaks of a poll.
GAME_WORDS: Final = frozenset(
    "game games match matches quarter quarters halftime innings basketball football rugby "
    "netball hockey nba nfl wnba league table season seasons scored scoring rebounds assists touchdown "
    "touchdowns try tries goal goals playoff playoffs play-off play-offs fixture fixtures standings "
    "tournament championship champions overtime buzzer coach points-per-game free-throws fans referee "
    "pitch court stadium ladder premiership".split()
)
#: Words of polls and rates that keep a lead in percentage points whatever the sentence before says.
POLL_WORDS: Final = frozenset(
    "poll polls polling survey surveys voters vote votes ballot approval rating ratings pollster "
    "pollsters respondents electorate inflation unemployment turnout".split()
)
#: Lead words for the side behind: "behind by 4 points" is 4 points fewer than the leader.
TRAILING_WORDS: Final = frozenset(
    "behind deficit trail trails trailed trailing defeat defeats loss losses lost lose loses losing "
    "beaten".split()
)
#: Words after points that make them a winning margin, as a lead is: "a 14-point win", "a three-point
#: defeat" (the side behind, :data:`TRAILING_WORDS`).
MARGIN_WORDS: Final = frozenset("win wins victory defeat defeats loss".split())
#: Verbs before "by" and points that make them a winning margin: "won by 14 points", "lost by three
#: points", "beat Leeds by 12 points" ("won 14 points" earned them).
WIN_VERBS: Final = frozenset("won win wins winning beat beats beating beaten lost lose loses losing".split())
#: The colours of gold between a purity in carats and "gold": "18-carat white gold", "9ct rose gold".
GOLD_COLOURS: Final = frozenset({"white", "yellow", "rose", "red", "green", "solid"})
#: Periods of a rate: "1,200 a week", "£6 a day", "3% per year", "annually".
RATE_PERIODS: Final = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "night": "day",
    "week": "week", "month": "month", "year": "year", "annum": "year",
}  # fmt: skip
#: Units of a duration, the span "over" opens after a figure ("£2.3m over three years").
DURATIONS: Final = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
RATE_ADVERBS: Final = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year", "pcm": "month", "annualised": "year", "annualized": "year",
}  # fmt: skip
#: Words before a percentage that make it a rate of growth a year, whatever span it was measured over:
#: "an annualised 2.4%", "an annualized rate of 2.4%" (and "2.4% annualised" after it, in
#: :data:`RATE_ADVERBS`).
ANNUALISED: Final = frozenset({"annualised", "annualized"})
#: A period's symbols, read only glued after a slash: "450MB/s", "1.2GB/s", "5m3/h" ("s" and "h" alone
#: are too short to be units anywhere else).
SLASH_PERIODS: Final = {
    "s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute", "d": "day",
}  # fmt: skip
#: Words that open the second half of a rate: "a week", "per barrel", "each day", "/day".
RATE_OPENERS: Final = frozenset({"a", "an", "per", "each", "every", "/"})
#: "per capita", "per head", "per share": the thing a rate is counted per, before or after its figure
#: ("GDP per capita of $45,000", "$3.20 per share"); never a unit after a figure ("5,000 shares").
PER_THINGS: Final = {"share": "share", "capita": "person", "head": "person", "person": "person"}
#: Singular units a rate is stated per that are no unit after a figure: "$3 per pound" ("a five pound
#: note" is money). Every other unit after "per" is read as after a figure (see
#: :mod:`claimcheck._reading.unit_spellings`).
RATE_UNITS: Final = {"pound": "pound", **PER_THINGS}
#: Things a price or a count is stated per, each to its unit (:data:`claimcheck.units.THINGS`): after
#: "per" for any figure ("15 pupils per teacher", "$3 per cup"), after "a" or "an" for an amount of money
#: only ("£1.50 a pint", "$5 a ticket", "£200,000 a unit"), since "gave 500 a home" counts people given
#: one. People of every kind are persons ("£6,000 per pupil", "£30 a head").
RATE_THINGS: Final = {
    **{thing: thing for thing in (
        "pint cup glass bottle can pack packet bag box loaf ticket seat room bed place unit item piece "
        "copy dose pill tablet meal visit trip journey flight ride call vote household home car "
        "vehicle class school"
    ).split()},
    **dict.fromkeys(
        "pupil student patient child adult employee worker passenger user customer member resident "
        "subscriber voter visitor guest citizen teacher officer woman man taxpayer inhabitant".split(),
        "person",
    ),
    "family": "household",
}  # fmt: skip
#: Plurals of :data:`RATE_THINGS` that are not the singular and an "s": "for each of its 2,400 people".
THING_PLURALS: Final = {
    "people": "person", "children": "child", "women": "woman", "men": "man", "classes": "class",
}  # fmt: skip
#: Events a rate is counted per, like a period, even after the counted thing: "31,400 a game", "27.4
#: points a game", "1.8 goals per match".
RATE_EVENTS: Final = {"game": "game", "match": "game"}
#: Words before a figure that make it an average: "averaged 41,300 over 19 games".
AVERAGE_WORDS: Final = frozenset("averaged averaging averages average mean".split())
#: How many words before a figure an averaging word may stand, with only words between: "averaged 41,300",
#: "an average of just 2,100", "averaged a record 41,300" (the grammar and the parser's shortcuts alike).
AVERAGE_REACH: Final = 3
#: Events and periods counted after an average, each with the thing the average is per: "averaged 41,300
#: over 19 games" is 41,300 a game, "averaged 2,100 across 12 months" 2,100 a month.
PLURAL_EVENTS: Final = {
    "games": "game", "matches": "game", "fixtures": "game", "days": "day", "weeks": "week",
    "months": "month", "years": "year", "nights": "day", "hours": "hour",
}  # fmt: skip
#: Words after a period that make it a time, not a rate: "a year ago", "a day later".
RATE_NOT_AFTER: Final = frozenset(
    "ago earlier later before after since from prior previously old long".split()
)
#: The scale words of "9 per 100,000", "5 per million" (a ratio, not a rate).
PER_SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Words before a pair of small numbers joined by a dash that make it a score ("won 3-2", "a 2-2 draw").
SCORE_WORDS: Final = frozenset(
    "won win wins beat beats beaten lost lose loses drew draw draws defeat defeated victory led lead "
    "leads trailed trail trailing score scored scoreline".split()
)
#: The most goals, points or sets a side scores in a score written with a dash ("3-1", "0-3").
MAX_GOALS: Final = 20
#: People a bound on an age is said of: "children under 5", "those over 65", "8,700 were under 16".
AGED_PEOPLE: Final = frozenset(
    "children child people those anyone anybody everyone everybody residents adults pupils students "
    "users patients victims voters players women men girls boys workers kids teenagers drivers babies "
    "infants passengers applicants respondents".split()
)
#: Copulas between such people (or their count) and the bound: "8,700 were under 16".
AGE_COPULAS: Final = frozenset("is are was were".split())
#: A team's name in a score printed without a dash ("Chelsea 2 Fulham 1", "Man City 3 Aston Villa 0"):
#: up to three capitalised words (a regular expression).
TEAM_NAME: Final = r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}"
#: The other team's name and its side after a figure, in a score printed without a dash ("Chelsea 2
#: Fulham 1", "Leinster 31 Munster 17"): group 1 the side, group 2 what makes it no side after all (a
#: share, a decimal, a score's first side: "Fulham 25%", "Fulham 1.5", "Fulham 1-0"). The kinds read both
#: figures as sides of a score where group 2 is empty; the nouns take no counted thing from a name with a
#: figure of its own either way ("2 Fulham 1" counts no Fulham, nor "30 Reform 25%" any Reform).
SCORE_NEXT: Final = re.compile(rf"[ \t]+{TEAM_NAME} ([0-9]{{1,3}})(?![0-9])(%|[.,][0-9]|\s?[-–])?")
#: The most points a side scores in a score of a sport sentence (basketball, rugby, cricket: "Leinster 31
#: Munster 17", "beat the Hawks 118-104"), where a word of :data:`SPORT_WORDS` stands in the sentence.
MAX_POINTS: Final = 999
#: Words that make a sentence one of sport, where a score's sides may pass :data:`MAX_GOALS`: the words of a
#: game and of a score, and the stages of a match.
SPORT_WORDS: Final = (
    GAME_WORDS | SCORE_WORDS | frozenset("final finals semi-final full-time half-time".split())
)
#: Words after a pair that ends a coordinated list for one hedge: "up to 9,000 in the north and 6,000".
COORDINATORS: Final = frozenset({"and", "or", ",", "while", "whereas"})


#: Video formats by their lines ("1080p", "720p"): names where the words around say video, pence
#: ("720p a share") where they say a price.
VIDEO_LINES: Final = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
#: Words after a resolution that make it one ("8K video", "4K TVs", "a 1080p screen").
VIDEO_WORDS: Final = frozenset(
    "video videos resolution tv tvs television televisions screen screens display displays footage "
    "camera cameras monitor monitors streaming content ultra hdr hd fps".split()
)
#: A price near a figure with a glued "p" makes it pence even where it could be a video format: "shares
#: closed at 720p", "an offer of 720p a share".
_PRICE_BEFORE: Final = re.compile(
    r"\b(?:shares?|stock|prices?|priced|pence|dividend|offer|bid|valued|valuing|closed|traded|trading|rose|"
    r"fell|climbed|dropped|slipped|gained|jumped|tumbled|sank|soared|rallied|target)\b",
    re.IGNORECASE,
)
_PRICE_AFTER: Final = re.compile(r"p\s+(?:a|per|each)\s+share\b", re.IGNORECASE)


def priced(text: str, start: int, end: int) -> bool:
    """Whether a price stands near the figure at ``text[start:end]``: a share, a stock, a price move."""
    return bool(_PRICE_AFTER.match(text, end) or _PRICE_BEFORE.search(text, max(0, start - 60), start))


#: Days and months, which come before a figure without making it a label ("Monday 38C", "May 41F").
CALENDAR_NAMES: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january february "
    "march april may june july august september october november december".split()
)
