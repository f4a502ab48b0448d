"""Which words are units: the one place (private).

A news page prints a unit after a figure in two ways, and this module holds both:

* **the registry's spellings**, derived once from :data:`claimcheck.units._DEFINITIONS`: every unit's
  name, symbol and aliases, with the SI (and, for bytes and bits, IEC) prefixes that papers put on a few
  symbols, glued or spaced ("12 km", "710bhp", "4,500mAh", "144Hz", "2TB", "1.2GW", "30mpg", "350
  pound-feet", "1850 sq ft", "kilometres", "nautical miles"). Adding a unit (or an alias) to the registry
  is the one edit that makes it readable;
* **the everyday words the registry cannot say**, in :data:`EVERYDAY`: abbreviations and plurals of no
  pint spelling ("kms", "sq km", "tons", "lbs", "per cent"), one-letter units read only where the words
  allow ("m", "g", "40C"), and lower-case prints of capitalised symbols ("mw", "kwh"). A test checks that
  no entry there is a spelling the registry already reads.

Names and aliases match in any case, in the singular or with an "s" ("watt-hours", "pound-feet", "square
feet", "kilonewtons"); symbols match exactly as printed, since case is all that tells "MB" from "mb" or "Mb".
A one-letter symbol is too ambiguous to read ("5 s", "a 5A grade", "7 B"), except "W" and "V" glued to the
number ("65W", "12V"); "in" (inches) only glued ("6.2in"). The everyday words match the parser's lower-case
tokens. :class:`claimcheck._reading.amounts.AmountReader` reads both and takes the longer.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from claimcheck.units import _DEFINITIONS, THINGS

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "EVERYDAY",
    "SMALLER_TIME_LETTERS",
    "TEMPERATURE_LETTERS",
    "is_length",
    "may_start_unit",
    "read_unit",
]

#: Everyday unit words after a figure that the registry cannot say, as lower-case token phrases, to
#: canonical unit names. "tons" reads as a ton of no stated kind (``ton``: short, metric or long, which
#: checking widens it to; see ``claimcheck._solving.model.meaning``), "gallons" as a gallon of no stated
#: kind (US or imperial; "imperial gallons" and "US gallons" say which); "metric tons" as tonnes;
#: "pounds" as the mass unit unless a currency sign says otherwise. "m" is million or metres by the words
#: around it, and a spaced "m" is metres only where they say a length is meant (see
#: ``AmountReader._length_meant``).
EVERYDAY: Final = {
    ("%",): "percent", ("per", "cent"): "percent", ("pct",): "percent",
    ("m",): "meter", ("kms",): "kilometer", ("g",): "gram", ("km/h",): "kilometer_per_hour",
    ("m²",): "square_meter", ("m", "2"): "square_meter", ("sq", "m"): "square_meter",
    ("m³",): "cubic_meter", ("m", "3"): "cubic_meter", ("cubic", "metres"): "cubic_meter",
    ("sq", "km"): "square_kilometer", ("km²",): "square_kilometer", ("square", "km"): "square_kilometer",
    ("square", "kilometres"): "square_kilometer", ("sq", "miles"): "square_mile",
    ("kgs",): "kilogram", ("kilos",): "kilogram", ("kilo",): "kilogram", ("kilogrammes",): "kilogram",
    ("metric", "tons"): "tonne", ("metric", "ton"): "tonne",
    ("short", "tons"): "short_ton", ("short", "ton"): "short_ton", ("long", "tons"): "long_ton",
    ("long", "ton"): "long_ton", ("imperial", "tons"): "long_ton",
    ("imperial", "gallons"): "imperial_gallon", ("imperial", "gallon"): "imperial_gallon",
    ("us", "gallons"): "US_gallon", ("us", "gallon"): "US_gallon",
    ("pounds",): "pound", ("lbs",): "pound", ("calories",): "kilocalorie", ("calorie",): "kilocalorie",
    ("mw",): "megawatt", ("gw",): "gigawatt", ("kw",): "kilowatt", ("kwh",): "kilowatt_hour",
    ("mwh",): "megawatt_hour", ("gwh",): "gigawatt_hour", ("twh",): "terawatt_hour",
    ("c",): "degree_Celsius", ("°", "c"): "degree_Celsius", ("degrees", "celsius"): "degree_Celsius",
    ("degrees", "centigrade"): "degree_Celsius", ("degrees", "c"): "degree_Celsius",
    ("f",): "degree_Fahrenheit", ("°", "f"): "degree_Fahrenheit",
    ("degrees", "fahrenheit"): "degree_Fahrenheit", ("degrees", "f"): "degree_Fahrenheit",
    ("°",): "degree",
    ("hrs",): "hour", ("mins",): "minute",
}  # fmt: skip
#: Temperature letters, read only printed as capitals and glued to the figure or its degree sign:
#: "40C", "104F", "-5°C" (a lower-case "40c" is cents; "Group 3C" has no figure).
TEMPERATURE_LETTERS: Final = frozenset({("c",), ("f",), ("degrees", "c"), ("degrees", "f")})

#: The prefixes that news prints on each prefixed symbol ("mAh", "GHz", "TB", "GiB"); none on others.
_PREFIXES_TAKEN: Final = {
    "W": "k M G T m", "Wh": "k M G T", "Hz": "k M G T", "J": "k M G", "N": "k M", "V": "k m",
    "Ah": "m k", "cal": "k", "g": "k m µ", "L": "m c", "l": "m c", "s": "m µ n", "m": "k c m µ",
    "B": "k K M G T P Ki Mi Gi Ti", "b": "k K M G T Ki Mi Gi", "bps": "k K M G T", "px": "M",
    "FLOPS": "G T P", "Pa": "h k M",
}  # fmt: skip
#: "K" before a byte is kilo, as printed in "512KB".
_EXTRA_PREFIX_SYMBOLS: Final = {"K": "kilo"}
#: One-letter symbols read only glued to their number ("65W", "12V", "a 24h strike").
_GLUED_LETTERS: Final = frozenset({"W", "V", "h"})
#: The letter of a smaller unit of time glued to the figure after a larger one, read only there: "6h 40m"
#: is 6 hours 40 minutes (a lone "40m" is millions or metres), "2min 30s" 2 minutes 30 seconds.
SMALLER_TIME_LETTERS: Final = {"hour": ("m", "minute"), "minute": ("s", "second")}
#: Symbols read only glued to their number: "6.2in", never "6 in the morning".
_GLUED_ONLY: Final = frozenset({"in"})
#: Singular names read only glued to the figure ("a 30-year mortgage", "a 90-minute match") or after one
#: ("1 second"): "the 2023 year-end" is a year, and "5 second" is no English.
_GLUED_NAMES: Final = frozenset({"year", "minute", "second"})
#: Names too ambiguous to read alone: "a five pound note" is money, not mass; "three flops" are films;
#: "2,400 calories" are food calories, kilocalories (:data:`EVERYDAY`), never the physicist's small calorie.
_NOT_ALONE: Final = frozenset({"pound", "flop", "calorie"})  # "12 teraflops" and "2,400kcal" still read
#: Units never read after a figure: basis points are read as percentage points (see
#: :mod:`claimcheck._reading.relations`), and a thing (:data:`claimcheck.units.THINGS`: a share of stock,
#: a person, a game, a pint, a ticket) is only the second half of a rate ("$3.20 per share", "GDP per
#: capita", "27 points a game", "£1.50 a pint"): "5,000 shares", "12 persons" and "20 games" are counts.
_NOT_AFTER_A_FIGURE: Final = frozenset({"basis_point", *THINGS})
#: Symbols read only with a prefix: "Mbps" is megabits a second, a bare "bps" basis points.
_PREFIXED_ONLY: Final = frozenset({"bps"})
#: Capitals that news prints as acronyms, never as a unit in capitals: "MS", "MG", "PA", "AC", "NM" (a
#: state, or a chip's "3NM" node), "MV" (a ship), "HA", "AH", "NS", "MI" (a state), "IN", "HP" ("500 HP
#: laptops"), "HR" ("40 HR staff"), "WH" (the White House), "CAL".
_ACRONYMS: Final = frozenset(
    {"MS", "MG", "PA", "AC", "NM", "MV", "HA", "AH", "NS", "MI", "IN", "HP", "HR", "WH", "CAL", "DB", "KPA"}
)
#: Aliases this short are symbols ("a" for year, "L" for litre): matched as printed, never pluralised.
_SHORT: Final = 2
#: The most tokens a unit spans ("revolutions per minute", "pound - feet").
_MAX_TOKENS: Final = 5


def _plurals(name: str) -> list[str]:
    """A name and its plural: "watt_hour" and "watt_hours"; "mile_per_gallon" and "miles_per_gallon"."""
    if "_per_" in name:
        head, _, tail = name.partition("_per_")
        return [name, f"{head}s_per_{tail}"]
    return [name, name + "s"]


@functools.cache
def _spellings() -> tuple[dict[str, str], dict[str, str]]:
    """(symbols as printed, lower-case names with "_" between words) -> the unit's canonical name."""
    prefixes: dict[str, str] = dict(_EXTRA_PREFIX_SYMBOLS)  # symbol -> prefix name
    units: list[tuple[str, list[str], list[str]]] = []  # canonical name, symbols, aliases
    for line in _DEFINITIONS.strip().splitlines():
        fields = [field.strip() for field in line.split("=")]
        if fields[0].endswith("-"):
            for symbol in fields[2:]:
                prefixes[symbol.rstrip("-")] = fields[0].rstrip("-")
            continue
        # name = definition = symbol = aliases; a short alias ("a" for year, "L" for litre) is a symbol too.
        marks = [mark for mark in fields[2:] if mark != "_"]
        short = [mark for mark in marks[1:] if len(mark) <= _SHORT]
        if fields[0] not in _NOT_AFTER_A_FIGURE:
            units.append((fields[0], marks[:1] + short, [mark for mark in marks[1:] if len(mark) > _SHORT]))
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    for canonical, marks, aliases in units:
        spelled = [canonical, *aliases]
        for name in spelled:
            if name not in _NOT_ALONE:
                for form in _plurals(name.lower()):
                    names.setdefault(form, canonical)
        for symbol in marks:
            if symbol == "%":
                continue
            if symbol not in _PREFIXED_ONLY:
                symbols.setdefault(symbol, canonical)
            for prefix_symbol in _PREFIXES_TAKEN.get(symbol, "").split():
                prefix = prefixes[prefix_symbol]
                symbols.setdefault(prefix_symbol + symbol, prefix + canonical)
                for name in spelled:
                    for form in _plurals((prefix + name).lower()):
                        names.setdefault(form, prefix + canonical)
    return symbols, names


@functools.cache
def _capitals() -> dict[str, str]:
    """Map symbols printed in capitals, as in a headline ("KM", "KG", "MPH"), to the symbols themselves.

    Only symbols of two letters or more, where no other symbol reads the same in capitals ("MW" and "mW"
    do: neither is taken) and no common acronym is spelled so.
    """
    symbols, _ = _spellings()
    found: dict[str, str | None] = {}
    for symbol in symbols:
        if len(symbol) > 1 and symbol.isalpha() and symbol.upper() not in _ACRONYMS:
            upper = symbol.upper()
            found[upper] = None if upper in found else symbol
    return {upper: symbol for upper, symbol in found.items() if symbol is not None and upper != symbol}


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of every spelling, as printed for symbols and lower-case for names."""
    symbols, names = _spellings()
    firsts = {symbol.split("_")[0] for symbol in symbols} | {name.split("_")[0] for name in names}
    return frozenset(firsts | set(_capitals()))


def is_length(unit: str) -> bool:
    """Return whether the canonical ``unit`` measures a length ("meter", "mile", "foot")."""
    from claimcheck.units import dimension  # noqa: PLC0415 - only "12m (39ft)" asks, and rarely

    return dimension(unit) == "[length]"


def may_start_unit(word: str) -> bool:
    """Return whether a unit may start with ``word`` (as printed): a cheap test before :func:`read_unit`."""
    firsts = _first_words()
    return word in firsts or word.lower() in firsts


def read_unit(pieces: Sequence[tuple[str, bool]], *, one: bool = False) -> tuple[str, int] | None:
    """Read a unit from the tokens after a figure; return its canonical name and the tokens it spans.

    Args:
        pieces: the next tokens as printed, each with whether it touches the token before it (the
            first: whether it is glued to the figure). Stop the list at the next number.
        one: whether the figure is one ("1 second", "one year"), which reads a singular name spaced.

    Returns:
        The longest unit the tokens spell, or None.

    >>> read_unit([("mAh", True)])
    ('milliampere_hour', 1)
    >>> read_unit([("pound", False), ("-", True), ("feet", True), ("of", False)])
    ('pound_force_foot', 3)
    >>> read_unit([("in", False), ("the", False)]) is None
    True
    """
    symbols, names = _spellings()
    for size in range(min(len(pieces), _MAX_TOKENS), 0, -1):
        words = _joined(pieces[:size])
        if words is None:
            continue
        symbol = words if words in symbols else _capitals().get(words, words)  # "5 KM" as "5 km"
        found = symbols.get(symbol)
        if found is not None and _symbol_fits(symbol, glued=pieces[0][1]):
            return found, size
        found = names.get(words.lower())
        spaced_ok = one or pieces[0][1] or words.lower() not in _GLUED_NAMES
        if found is not None and len(words) > 1 and spaced_ok:
            return found, size
    return None


def _joined(pieces: Sequence[tuple[str, bool]]) -> str | None:
    """Join words with "_" across spaces and glued hyphens ("pound-feet", "sq ft"); None if not words."""
    words: list[str] = []
    expect_word = True
    for index, (text, glued) in enumerate(pieces):
        if text == "-":
            if expect_word or not glued or index == len(pieces) - 1:
                return None
            expect_word = True
            continue
        if not text.isalpha() or (words and not expect_word and glued):
            return None
        words.append(text)
        expect_word = False
    return "_".join(words) if words and not expect_word else None


def _symbol_fits(symbol: str, *, glued: bool) -> bool:
    if len(symbol) == 1:
        return glued and symbol in _GLUED_LETTERS
    return glued or symbol not in _GLUED_ONLY
