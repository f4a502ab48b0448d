"""The library's units: their names, dimensions and exact conversion factors, and a lazy pint registry.

Counts and ratios are dimensionless; ``percent`` is 0.01 of one. Every currency is a unit named by its ISO
code and has a dimension of its own, so dollars never convert to euros without an explicit rate. Converting
"up to 1 mile" to kilometres is exact (a :class:`fractions.Fraction`), so a touching bound never depends on
float rounding.

The definitions below are the one source. claimcheck evaluates them itself, exactly and once (on first
use, well under a millisecond): every unit's canonical name, dimension and factor to the base units, and
every name, symbol, alias and prefix pint would accept for it. Names, conversions and dimensions of these
units and of products, quotients and whole powers of them ("USD / day", "kilometer ** 2") never import
pint, which costs far more than a check. pint (:func:`get_registry`, ``claimcheck.ureg``) is built from
the same definitions with ``Fraction`` magnitudes, on first use: for spellings outside the table (a plural
such as "metres", "square feet", a scaled or fractional expression) and for :func:`quantity`. A test keeps
the table and pint in agreement on every spelling the table reads.
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from claimcheck._values.currencies import CODES
from claimcheck.errors import UnitError

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable

    import pint

#: A product of whole powers of names: units {"kilometer": 1, "hour": -1}, dimensions {"[length]": 1}.
_Powers = dict[str, int]
_ONE = Fraction(1)

__all__ = [
    "CURRENCIES",
    "DIMENSIONLESS",
    "LEVELS",
    "TEMPERATURES",
    "canonical_unit",
    "conversion_factor",
    "dimension",
    "get_registry",
    "is_currency",
    "is_money_rate",
    "powers",
    "quantity",
]

#: The unit of plain counts and ratios.
DIMENSIONLESS = ""

#: ISO 4217 codes defined as units, each a dimension of its own (from the one currency table).
CURRENCIES: frozenset[str] = CODES

#: Temperatures: degrees Celsius or Fahrenheit, and degrees with no scale named. Celsius and Fahrenheit
#: are dimensions of their own, never converted (the conversion is affine, not a factor); "about" a
#: temperature keeps a band of at least a degree, and "warmer"/"colder" compare them.
TEMPERATURES: frozenset[str] = frozenset({"degree_Celsius", "degree_Fahrenheit", "degree"})

#: Levels: units on scales whose zero is arbitrary, the temperatures and decibels (a level on a
#: logarithmic scale). Their values never add up (20°C and 20°C is no 40°C, two 80 dB sirens no
#: 160 dB), have no floor of zero, and a gap between two is stated in the unit, never as a share.
LEVELS: frozenset[str] = TEMPERATURES | {"decibel"}

# Decimal literals only: with Fraction magnitudes every factor below is exact.
_DEFINITIONS = """
kilo- = 1000 = k-
mega- = 1000000 = M-
giga- = 1000000000 = G-
tera- = 1000000000000 = T-
peta- = 1000000000000000 = P-
hecto- = 100 = h-
centi- = 0.01 = c-
milli- = 0.001 = m-
micro- = 0.000001 = µ-
nano- = 0.000000001 = n-
kibi- = 1024 = Ki-
mebi- = 1048576 = Mi-
gibi- = 1073741824 = Gi-
tebi- = 1099511627776 = Ti-
percent = 0.01 = %
meter = [length] = m = metre
gram = [mass] = g
second = [time] = s = sec
foot = 0.3048 meter = ft = feet
inch = 0.0254 meter = in = inches
yard = 0.9144 meter = yd
mile = 1609.344 meter = mi
nautical_mile = 1852 meter = nmi
square_meter = meter ** 2 = m2 = square_metre
square_foot = foot ** 2 = sq_ft = square_feet
square_kilometer = kilometer ** 2 = km2 = square_kilometre
square_mile = mile ** 2 = sq_mi
hectare = 10000 square_meter = ha
acre = 4046.8564224 square_meter = ac
liter = 0.001 meter ** 3 = l = L = litre
cubic_meter = meter ** 3 = m3 = cubic_metre
gallon = 3.785411784 liter = gal
imperial_gallon = 4.54609 liter
US_gallon = 3.785411784 liter
barrel = 158.987294928 liter = bbl
bushel = 35.23907016688 liter = bu
tonne = 1000 kilogram = t = metric_ton
ton = 1000 kilogram
short_ton = 2000 pound
long_ton = 2240 pound
pound = 0.45359237 kilogram = lb
ounce = 0.028349523125 kilogram = oz
stone = 14 pound = st
troy_ounce = 0.0311034768 kilogram = ozt
carat = 0.0002 kilogram = ct
karat = [gold_purity]
minute = 60 second = min
hour = 60 minute = h = hr
day = 24 hour = d
week = 7 day
year = 365.25 day = yr = a
month = year / 12
kilometer_per_hour = kilometer / hour = kph = kmh
mile_per_hour = mile / hour = mph
knot = nautical_mile / hour = kn
joule = kilogram * meter ** 2 / second ** 2 = J
watt = joule / second = W
watt_hour = watt * hour = Wh
calorie = 4.184 joule = cal
newton = kilogram * meter / second ** 2 = N
pascal = newton / meter ** 2 = Pa
millimeter_Hg = 133.322387415 pascal = mmHg = millimetre_of_mercury
pound_force = 4.4482216152605 newton = lbf
pound_force_foot = pound_force * foot = lb_ft = pound_foot = pound_feet = lbf_ft
newton_meter = newton * meter = Nm = newton_metre
horsepower = 745.69987158227022 watt = hp = bhp = brake_horsepower
hertz = 1 / second = Hz
revolution_per_minute = 1 / minute = rpm
ampere = [current] = A = amp
ampere_hour = ampere * hour = Ah = amp_hour
volt = watt / ampere = V
byte = [information] = B
bit = byte / 8 = b
bit_per_second = bit / second = bps
mile_per_gallon = mile / gallon = mpg
pixel = [pixel] = px
twenty_foot_equivalent_unit = [container_capacity] = TEU
nit = [luminance]
flop = [computation] = FLOPS
decibel = [sound_level] = dB
basis_point = 0.0001 = bp
degree_Celsius = [temperature_Celsius] = degC = celsius = centigrade
degree_Fahrenheit = [temperature_Fahrenheit] = degF = fahrenheit
degree = [degree_unnamed] = deg
"""

#: Things a rate is counted per that are no measure: each a dimension of its own, never converted into
#: another ("$3.20 per share", "£30 a head" per person, "27 points a game", "£1.50 a pint", "$5 a
#: ticket"). A pint is one of them, not a volume: a British pint (568 ml) and an American one (473 ml)
#: differ by a fifth, and "£4.50 a pint" says neither. Read only as the second half of a rate, never after
#: a figure ("5,000 shares", "20 games", "8 pints" are counts). Adding a thing here makes it a unit; which
#: words name it after "per" or "a" is :data:`claimcheck._reading.words.RATE_THINGS`.
THINGS: frozenset[str] = frozenset(
    "share person game pint cup glass bottle can pack packet bag box loaf ticket seat room bed place "
    "unit item piece copy dose pill tablet meal visit trip journey flight ride call vote household home "
    "car vehicle class school".split()
)
_DEFINITIONS += "".join(f"{thing} = [{thing}]\n" for thing in sorted(THINGS))


@functools.cache
def get_registry() -> pint.UnitRegistry:
    """Return the library's unit registry, building it on the first call.

    Returns:
        The one :class:`pint.UnitRegistry` claimcheck uses; ``claimcheck.ureg`` is the same object.
    """
    import pint  # noqa: PLC0415 - pint costs ~100 ms to import; only pay it when units are used

    registry = pint.UnitRegistry(None, non_int_type=Fraction)
    for line in _DEFINITIONS.strip().splitlines():
        registry.define(line)
    for code in sorted(CURRENCIES):
        registry.define(f"{code} = [currency_{code}]")
    return registry


def _product_name(powers: Iterable[tuple[str, Fraction | int]]) -> str:
    """Write a product of powers the way pint does: "kilometer ** 2", "kilogram * meter / second ** 2".

    pint's own formatting cannot write a Fraction exponent on Python 3.11, so the registry's names are
    written here, sorted so that one unit always gets one name.
    """

    def power(name: str, exponent: Fraction | int) -> str:
        if exponent == 1:
            return name
        return f"{name} ** {exponent}" if exponent.denominator == 1 else f"{name} ** ({exponent})"

    above = [power(name, exponent) for name, exponent in sorted(powers) if exponent > 0]
    below = [power(name, -exponent) for name, exponent in sorted(powers) if exponent < 0]
    top = " * ".join(above) or "1"
    if not below:
        return "" if top == "1" else top
    return f"{top} / {below[0]}" if len(below) == 1 else f"{top} / ({' * '.join(below)})"


#: The tokens of a unit expression: a number, a name or symbol ("km", "µs", "%"), or an operator.
_PIECE = r"\s*(?:(\d+(?:\.\d+)?)|([^\W\d]\w*|%)|(\*\*|\^|[-*/()]))"


def _parse(text: str, *, juxtaposed: bool = False) -> tuple[Fraction, _Powers] | None:
    """Read a product of powers, as pint would: "kilogram * meter ** 2 / second ** 2", "km/h", "hour**-1".

    ``juxtaposed`` reads "0.3048 meter" as a product, as in the definitions. Returns the number the
    expression scales by and each spelling's exponent, or None for what this reader leaves to pint: a name
    beside a name ("square feet"), a fractional exponent, any other character.
    """
    pieces: list[str] = []
    position = 0
    pattern = _piece_pattern()
    while position < len(text.rstrip()):
        found = pattern.match(text, position)
        if found is None:
            return None
        pieces.append(found.group(found.lastindex or 0))
        position = found.end()
    if not pieces:
        return _ONE, {}  # no unit: a plain number, as for pint
    reader = _Reader(pieces, juxtaposed=juxtaposed)
    try:
        result = reader.product()
    except _UnreadError:
        return None
    return result if reader.done() else None


@functools.cache
def _piece_pattern() -> re.Pattern[str]:
    import re  # noqa: PLC0415 - only on first use of a unit; re is loaded by then anyway

    return re.compile(_PIECE)


class _UnreadError(Exception):
    """An expression outside what :func:`_parse` reads."""


class _Reader:
    """A recursive-descent reader of one tokenized unit expression (see :func:`_parse`)."""

    def __init__(self, pieces: list[str], *, juxtaposed: bool) -> None:
        self.pieces = pieces
        self.at = 0
        self.juxtaposed = juxtaposed

    def done(self) -> bool:
        return self.at == len(self.pieces)

    def peek(self) -> str | None:
        return self.pieces[self.at] if self.at < len(self.pieces) else None

    def take(self) -> str:
        piece = self.peek()
        if piece is None:
            raise _UnreadError
        self.at += 1
        return piece

    def product(self) -> tuple[Fraction, _Powers]:
        scale, powers = self.power()
        while (piece := self.peek()) is not None and piece != ")":
            if piece in ("*", "/"):
                self.at += 1
            elif not self.juxtaposed:
                raise _UnreadError
            sign = -1 if piece == "/" else 1
            factor, more = self.power()
            scale *= factor**sign
            for name, exponent in more.items():
                powers[name] = powers.get(name, 0) + sign * exponent
        return scale, {name: exponent for name, exponent in powers.items() if exponent}

    def power(self) -> tuple[Fraction, _Powers]:
        piece = self.take()
        if piece == "(":
            scale, powers = self.product()
            if self.take() != ")":
                raise _UnreadError
        elif piece[0].isdigit():
            scale, powers = Fraction(piece), {}
        elif piece[0].isalpha() or piece[0] in "_%":
            scale, powers = _ONE, {piece: 1}
        else:
            raise _UnreadError
        if self.peek() in ("**", "^"):
            self.at += 1
            exponent = self.exponent()
            scale, powers = scale**exponent, {name: value * exponent for name, value in powers.items()}
        return scale, powers

    def exponent(self) -> int:
        piece = self.take()
        grouped = piece == "("
        if grouped:
            piece = self.take()
        sign = 1
        if piece == "-":
            sign, piece = -1, self.take()
        if not piece.isdigit() or (grouped and self.take() != ")"):
            raise _UnreadError  # a fraction or a decimal: left to pint
        return sign * int(piece)


class _Table:
    """The definitions evaluated exactly: each spelling's unit, each unit's factor and dimension."""

    def __init__(self, definitions: str) -> None:
        #: every spelling of a prefix ("k", "kilo") -> its name and factor; "" is no prefix
        self.prefixes: dict[str, tuple[str, Fraction]] = {"": ("", _ONE)}
        #: every name, symbol and alias -> the unit's canonical name (currencies: see :meth:`resolve`)
        self.spellings: dict[str, str] = {}
        #: canonical name -> its definition, evaluated on first use ("0.3048 meter", "[length]")
        self.definitions: dict[str, str] = {}
        #: canonical name -> factor to the base units and dimension ({"[length]": 1}), once evaluated
        self.units: dict[str, tuple[Fraction, _Powers]] = {}
        for line in definitions.strip().splitlines():
            name, value, *marks = (field.strip() for field in line.split("="))
            if name.endswith("-"):
                prefix = (name[:-1], Fraction(value))
                for spelling in (name, *marks):
                    self.prefixes[spelling.removesuffix("-")] = prefix
                continue
            self.definitions[name] = value
            for spelling in (name, *marks):
                if spelling != "_":
                    self.spellings[spelling] = name

    def resolve(self, spelling: str) -> str | None:
        """The canonical name pint gives ``spelling`` ("km" -> "kilometer"); None when unknown or ambiguous.

        As pint does: a spelling as defined, else any prefix before a spelling, with or without a plural
        "s" (not after one letter); a prefixed unit's name is the prefix's name before the unit's.
        """
        if spelling == "dimensionless":
            return ""
        found = self.name(spelling)
        if found is not None:
            return found
        candidates = {
            (prefix, unit)
            for suffix in ("", "s")
            for spelt, (prefix, _) in self.prefixes.items()
            if spelling.startswith(spelt) and spelling.endswith(suffix)
            and (unit := self.name(stem := spelling[len(spelt) : len(spelling) - len(suffix)])) is not None
            and not (suffix and len(stem) == 1)
        }  # fmt: skip
        if len(candidates) != 1:
            return None  # pint warns and takes the first of several: leave that to it
        ((prefix, unit),) = candidates
        if prefix:
            factor, dimensions = self.unit(unit)
            self.units.setdefault(prefix + unit, (self.prefixes[prefix][1] * factor, dimensions))
        return prefix + unit

    def name(self, spelling: str) -> str | None:
        """The unit a spelling names as defined: a currency code (defined last, so first) or a spelling."""
        return spelling if spelling in CURRENCIES else self.spellings.get(spelling)

    def unit(self, name: str) -> tuple[Fraction, _Powers]:
        """A canonical unit's factor to the base units and its dimension, its definition evaluated once."""
        if name in CURRENCIES:
            return _ONE, {f"[currency_{name}]": 1}
        found = self.units.get(name)
        if found is None:
            value = self.definitions[name]
            if value.startswith("["):  # a base unit: "meter = [length]"
                found = (_ONE, {value: 1})
            else:
                parsed = _parse(value, juxtaposed=True)
                if parsed is None:  # pragma: no cover - the definitions are tested to read
                    raise ValueError(f"unreadable unit definition: {name} = {value}")
                found = self.evaluate(*parsed)
            self.units[name] = found
        return found

    def evaluate(self, scale: Fraction, spelt: _Powers) -> tuple[Fraction, _Powers]:
        """The factor to the base units and the dimension of ``scale`` times a product of spellings."""
        dimensions: _Powers = {}
        for spelling, exponent in spelt.items():
            name = self.resolve(spelling)
            if name is None:
                raise ValueError(f"unknown unit {spelling!r} in the definitions")
            if name:
                factor, dimension = self.unit(name)
                scale *= factor if exponent == 1 else factor**exponent
                for base, power in dimension.items():
                    dimensions[base] = dimensions.get(base, 0) + power * exponent
        return scale, {base: power for base, power in dimensions.items() if power}


@functools.cache
def _table() -> _Table:
    return _Table(_DEFINITIONS)


@functools.cache
def _known(unit: str) -> tuple[str, Fraction, str] | None:
    """``unit``'s canonical name, factor to the base units and dimension, read from the table.

    None for a spelling the table does not read alone (then pint decides).
    """
    parsed = _parse(unit)
    if parsed is None or parsed[0] != 1:
        return None
    table = _table()
    names: _Powers = {}
    for spelling, exponent in parsed[1].items():
        name = table.resolve(spelling)
        if name is None:
            return None
        if name:
            names[name] = names.get(name, 0) + exponent
    names = {name: exponent for name, exponent in names.items() if exponent}
    factor, dimensions = table.evaluate(_ONE, names)
    return _product_name(names.items()), factor, _product_name(dimensions.items())


@functools.cache
def canonical_unit(unit: str) -> str:
    """Return pint's canonical name for ``unit`` ("km" becomes "kilometer"; "" is dimensionless).

    Args:
        unit: a unit name, symbol or alias that the registry knows, or a product, quotient or power of them.

    Returns:
        The canonical name, the form every :class:`~claimcheck.Estimate` stores.

    Raises:
        UnitError: the registry does not know ``unit``.
    """
    name = unit.strip()
    if name in ("", "dimensionless"):
        return DIMENSIONLESS
    known = _known(name)
    if known is not None:
        return known[0]
    registry = get_registry()
    try:
        parsed = registry.Unit(name)
    # pint's unit parser fails on odd text in many ways (PintError, SyntaxError, AssertionError, …);
    # whichever it is, the caller only needs to hear that the unit is unknown.
    except Exception as err:
        raise UnitError(unit, "not a unit claimcheck knows") from err
    return _product_name(registry.Quantity(1, parsed).unit_items())


def powers(unit: str) -> tuple[tuple[str, Fraction], ...]:
    """Return the canonical units that ``unit`` multiplies, each with its exponent.

    >>> powers("USD / day")
    (('USD', Fraction(1, 1)), ('day', Fraction(-1, 1)))
    """
    known = _known(unit)
    if known is not None:
        parsed = _parse(known[0])
        assert parsed is not None  # noqa: S101 - a canonical name always reads
        return tuple((name, Fraction(exponent)) for name, exponent in parsed[1].items())
    return tuple(
        (name, Fraction(exponent))
        for name, exponent in get_registry().Quantity(1, unit or "dimensionless").unit_items()
    )


@functools.cache
def dimension(unit: str) -> str:
    """Return a hashable name of ``unit``'s dimension ("[length]", "[currency_USD]", "" for counts)."""
    if unit in (DIMENSIONLESS, "percent"):
        return ""
    if unit in CURRENCIES:
        return f"[currency_{unit}]"
    known = _known(unit)
    if known is not None:
        return known[2]
    return _product_name(get_registry().Unit(unit).dimensionality.items()) or ""


def is_currency(unit: str) -> bool:
    """Return whether ``unit`` is an ISO currency code that the registry defines."""
    return unit in CURRENCIES


def is_money_rate(unit: str) -> bool:
    """Return whether ``unit`` is money per a period or a thing ("GBP / month", "USD / gallon")."""
    money, per, _ = unit.partition(" / ")
    return bool(per) and money in CURRENCIES


@functools.cache
def conversion_factor(source: str, target: str) -> Fraction:
    """Return the exact factor that turns a magnitude in ``source`` into one in ``target``.

    The factor is the ratio of the two units' exact factors to the base units, read from the table; pint
    (with ``Fraction`` magnitudes, as exact) converts only units outside it.

    Raises:
        UnitError: the two units measure different dimensions (dollars and euros, or km and kg).
    """
    if source == target:
        return Fraction(1)
    if dimension(source) != dimension(target):
        raise UnitError(
            source,
            f"cannot be converted to {target or 'a plain count'!r}: they measure different things",
        )
    known_source, known_target = _known(source), _known(target)
    if known_source is not None and known_target is not None:
        return known_source[1] / known_target[1]
    registry = get_registry()
    magnitude = (
        registry.Quantity(Fraction(1), source or "dimensionless").to(target or "dimensionless").magnitude
    )
    return Fraction(magnitude)


def quantity(magnitude: Fraction | float, unit: str) -> Any:
    """Return ``magnitude`` in ``unit`` as a pint quantity of the library's registry."""
    return get_registry().Quantity(magnitude, unit or "dimensionless")
