"""The words and symbols the parser knows, as plain tables (private).

Every table maps lower-case words to what they mean; multi-word entries are tuples of words. Unit targets
are canonical names defined in :mod:`claimcheck.units` (a test checks each one). Currencies are not
here: :mod:`claimcheck._currencies` is the one table of them.
"""

from __future__ import annotations

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

#: Vulgar fractions: "½" alone, or after digits as in "1½ million".
VULGAR: Final = {
    "¼": Fraction(1, 4), "½": Fraction(1, 2), "¾": Fraction(3, 4), "⅐": Fraction(1, 7),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
    "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip

#: Unit words after a number, to canonical unit names. "tons" reads as metric tonnes, as in most
#: international news; "pounds" reads as the mass unit unless a currency sign says otherwise.
UNIT_WORDS: Final = {
    ("%",): "percent", ("percent",): "percent", ("per", "cent"): "percent", ("pct",): "percent",
    ("km",): "kilometer", ("kms",): "kilometer", ("kilometres",): "kilometer",
    ("kilometers",): "kilometer", ("kilometre",): "kilometer", ("kilometer",): "kilometer",
    ("m",): "meter", ("metres",): "meter", ("meters",): "meter", ("metre",): "meter",
    ("meter",): "meter", ("m²",): "square_meter", ("m", "2"): "square_meter", ("sq", "m"): "square_meter",
    ("m³",): "cubic_meter", ("m", "3"): "cubic_meter", ("cm",): "centimeter", ("centimetres",): "centimeter",
    ("centimeters",): "centimeter", ("mm",): "millimeter", ("millimetres",): "millimeter",
    ("millimeters",): "millimeter", ("miles",): "mile", ("mile",): "mile",
    ("nautical", "miles"): "nautical_mile", ("feet",): "foot", ("foot",): "foot", ("ft",): "foot",
    ("inches",): "inch", ("yards",): "yard",
    ("sq", "km"): "square_kilometer", ("km2",): "square_kilometer", ("km²",): "square_kilometer",
    ("square", "kilometres"): "square_kilometer", ("square", "kilometers"): "square_kilometer",
    ("square", "km"): "square_kilometer", ("square", "miles"): "square_mile",
    ("sq", "miles"): "square_mile", ("square", "metres"): "square_meter",
    ("square", "meters"): "square_meter", ("hectares",): "hectare", ("hectare",): "hectare",
    ("ha",): "hectare", ("acres",): "acre", ("acre",): "acre",
    ("kg",): "kilogram", ("kgs",): "kilogram", ("kilograms",): "kilogram",
    ("kilogrammes",): "kilogram", ("kilos",): "kilogram", ("grams",): "gram", ("g",): "gram",
    ("tonnes",): "tonne", ("tonne",): "tonne", ("tons",): "tonne", ("ton",): "tonne",
    ("metric", "tons"): "tonne", ("pounds",): "pound", ("lbs",): "pound", ("lb",): "pound",
    ("ounces",): "ounce", ("oz",): "ounce",
    ("litres",): "liter", ("liters",): "liter", ("litre",): "liter", ("liter",): "liter",
    ("gallons",): "gallon", ("barrels",): "barrel", ("bbl",): "barrel",
    ("cubic", "metres"): "cubic_meter", ("cubic", "meters"): "cubic_meter",
    ("seconds",): "second", ("minutes",): "minute", ("hours",): "hour", ("hour",): "hour",
    ("days",): "day", ("day",): "day", ("weeks",): "week", ("week",): "week",
    ("months",): "month", ("month",): "month", ("years",): "year",
    ("mph",): "mile_per_hour", ("kph",): "kilometer_per_hour", ("km/h",): "kilometer_per_hour",
    ("knots",): "knot",
    ("mw",): "megawatt", ("megawatts",): "megawatt", ("megawatt",): "megawatt", ("gw",): "gigawatt",
    ("gigawatts",): "gigawatt", ("gigawatt",): "gigawatt", ("kw",): "kilowatt",
    ("kilowatts",): "kilowatt", ("kilowatt",): "kilowatt",
    ("kwh",): "kilowatt_hour", ("mwh",): "megawatt_hour", ("gwh",): "gigawatt_hour",
    ("kilowatt", "hours"): "kilowatt_hour", ("megawatt", "hours"): "megawatt_hour",
    ("gigawatt", "hours"): "gigawatt_hour", ("terawatt", "hours"): "terawatt_hour",
    ("twh",): "terawatt_hour",
}  # fmt: skip

#: The units of length, by canonical name: a length in brackets says "12m (39ft)" is 12 metres.
LENGTH_UNITS: Final = frozenset(
    {"meter", "kilometer", "centimeter", "millimeter", "mile", "nautical_mile", "foot", "inch", "yard"}
)

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
    ("some",), ("an", "estimated"), ("estimated",), ("circa",), ("c.",), ("ca.",), ("~",),
    ("≈",), ("an", "approximate"), ("nearly", "about"), ("in", "the", "region", "of"),
    ("of", "the", "order", "of"), ("on", "the", "order", "of"), ("more", "or", "less"),
    ("give", "or", "take"), ("somewhere", "around"), ("round", "about"),
)  # fmt: skip
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
                        ("till",), ("until",))  # fmt: skip

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
#: The scale each plural multiplies in "tens of thousands", "hundreds of millions".
PLURAL_SCALE: Final = {
    "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    "trillions": 1_000_000_000_000, "hundreds": 100, "dozens": 12,
}  # fmt: skip

#: Shares that are bounds rather than a number: "a majority" is more than half.
MAJORITY: Final = {("a", "majority"): "above", ("the", "majority"): "above",
                   ("a", "minority"): "below", ("the", "minority"): "below"}  # fmt: skip
HALF: Final = Fraction(1, 2)
