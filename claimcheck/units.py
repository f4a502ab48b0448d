"""The library's one pint unit registry, built lazily from only the definitions claimcheck needs.

Counts and ratios are dimensionless; ``percent`` is 0.01 of one. Every currency is a unit named by its ISO
code and has a dimension of its own, so dollars never convert to euros without an explicit rate. The
registry uses :class:`fractions.Fraction` magnitudes, so converting "up to 1 mile" to kilometres is exact
and a touching bound never depends on float rounding.

pint is imported and the registry built on first use, never at ``import claimcheck``: the parser and the
engine compare magnitudes in one canonical unit and only ask pint for a conversion factor (cached).
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from claimcheck._values.currencies import CODES
from claimcheck.errors import UnitError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pint

__all__ = [
    "CURRENCIES",
    "DIMENSIONLESS",
    "canonical_unit",
    "conversion_factor",
    "dimension",
    "get_registry",
    "is_currency",
    "quantity",
]

#: The unit of plain counts and ratios.
DIMENSIONLESS = ""

#: ISO 4217 codes defined as units, each a dimension of its own (from the one currency table).
CURRENCIES: frozenset[str] = CODES

# Decimal literals only: with Fraction magnitudes every factor below is exact.
_DEFINITIONS = """
kilo- = 1000 = k-
mega- = 1000000 = M-
giga- = 1000000000 = G-
tera- = 1000000000000 = T-
peta- = 1000000000000000 = P-
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
square_kilometer = kilometer ** 2 = km2
square_mile = mile ** 2 = sq_mi
hectare = 10000 square_meter = ha
acre = 4046.8564224 square_meter = ac
liter = 0.001 meter ** 3 = l = L = litre
cubic_meter = meter ** 3 = m3
gallon = 3.785411784 liter = gal
barrel = 158.987294928 liter = bbl
tonne = 1000 kilogram = t = metric_ton
pound = 0.45359237 kilogram = lb
ounce = 0.028349523125 kilogram = oz
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
"""


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


@functools.cache
def _defined_names() -> frozenset[str]:
    """The canonical names the definitions spell out, read without building the registry.

    A prefixed name ("kilometer", "megawatt") is pint's canonical name too, so the units the parser
    produces never need pint.
    """
    names = {line.split("=", 1)[0].strip() for line in _DEFINITIONS.strip().splitlines()}
    prefixes = {name[:-1] for name in names if name.endswith("-")}
    plain = {name for name in names if not name.endswith("-")}
    return frozenset(plain | {prefix + name for prefix in prefixes for name in plain} | CURRENCIES)


def _product_name(powers: Iterable[tuple[str, Fraction]]) -> str:
    """Write a product of powers the way pint does: "kilometer ** 2", "kilogram * meter / second ** 2".

    pint's own formatting cannot write a Fraction exponent on Python 3.11, so the registry's names are
    written here, sorted so that one unit always gets one name.
    """

    def power(name: str, exponent: Fraction) -> str:
        if exponent == 1:
            return name
        return f"{name} ** {exponent}" if exponent.denominator == 1 else f"{name} ** ({exponent})"

    above = [power(name, exponent) for name, exponent in sorted(powers) if exponent > 0]
    below = [power(name, -exponent) for name, exponent in sorted(powers) if exponent < 0]
    top = " * ".join(above) or "1"
    if not below:
        return "" if top == "1" else top
    return f"{top} / {below[0]}" if len(below) == 1 else f"{top} / ({' * '.join(below)})"


@functools.cache
def canonical_unit(unit: str) -> str:
    """Return pint's canonical name for ``unit`` ("km" becomes "kilometer"; "" is dimensionless).

    Args:
        unit: a unit name, symbol or alias that the registry knows.

    Returns:
        The canonical name, the form every :class:`~claimcheck.Estimate` stores.

    Raises:
        UnitError: the registry does not know ``unit``.
    """
    name = unit.strip()
    if name in ("", "dimensionless"):
        return DIMENSIONLESS
    if name in _defined_names():
        return name
    registry = get_registry()
    try:
        parsed = registry.Unit(name)
    # pint's unit parser fails on odd text in many ways (PintError, SyntaxError, AssertionError, …);
    # whichever it is, the caller only needs to hear that the unit is unknown.
    except Exception as err:
        raise UnitError(unit, "not a unit claimcheck knows") from err
    return _product_name(registry.Quantity(1, parsed).unit_items())


@functools.cache
def dimension(unit: str) -> str:
    """Return a hashable name of ``unit``'s dimension ("[length]", "[currency_USD]", "" for counts)."""
    if unit in (DIMENSIONLESS, "percent"):
        return ""
    if unit in CURRENCIES:
        return f"[currency_{unit}]"
    return _product_name(get_registry().Unit(unit).dimensionality.items()) or ""


def is_currency(unit: str) -> bool:
    """Return whether ``unit`` is an ISO currency code that the registry defines."""
    return unit in CURRENCIES


@functools.cache
def conversion_factor(source: str, target: str) -> Fraction:
    """Return the exact factor that turns a magnitude in ``source`` into one in ``target``.

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
    registry = get_registry()
    magnitude = registry.Quantity(Fraction(1), source or "dimensionless").to(
        target or "dimensionless"
    ).magnitude
    return Fraction(magnitude)


def quantity(magnitude: Fraction | float, unit: str) -> Any:
    """Return ``magnitude`` in ``unit`` as a pint quantity of the library's registry."""
    return get_registry().Quantity(magnitude, unit or "dimensionless")
