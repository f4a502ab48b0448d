"""The unit registry: what it defines, how names are made canonical, and that it is built lazily."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from fractions import Fraction

import pint
import pytest

from claimcheck import UnitError
from claimcheck._reading import words as lex
from claimcheck._values import currencies as cur
from claimcheck.units import CURRENCIES, canonical_unit, conversion_factor, dimension, get_registry

LEXICON_UNITS = sorted(set(lex.UNIT_WORDS.values()))
SIGN_CURRENCIES = sorted({*cur.BEFORE.values(), *(code for code, _ in cur.AFTER.values())})


@pytest.mark.parametrize("unit", LEXICON_UNITS)
def test_every_lexicon_unit_is_defined_and_canonical(unit: str) -> None:
    """The parser's unit names are the names pint itself gives those units."""
    assert canonical_unit(unit) == unit
    if unit != "percent":
        assert str(get_registry().Unit(unit)) == unit
    assert get_registry().Quantity(1, unit).magnitude == 1


@pytest.mark.parametrize("code", SIGN_CURRENCIES)
def test_every_currency_sign_names_a_defined_currency(code: str) -> None:
    assert code in CURRENCIES
    assert dimension(code) == f"[currency_{code}]"
    assert str(get_registry().Quantity(1, code).dimensionality) == f"[currency_{code}]"


def test_currencies_never_convert_into_each_other() -> None:
    with pytest.raises(UnitError, match="measure different things"):
        conversion_factor("USD", "EUR")
    with pytest.raises(pint.DimensionalityError):
        get_registry().Quantity(1, "USD").to("EUR")
    with pytest.raises(UnitError):
        conversion_factor("USD", "")


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("mile", "kilometer", Fraction("1.609344")),
        ("kilometer", "meter", Fraction(1000)),
        ("percent", "", Fraction(1, 100)),
        ("tonne", "pound", Fraction(1000) / Fraction("0.45359237")),
        ("square_kilometer", "hectare", Fraction(100)),
        ("mile_per_hour", "kilometer_per_hour", Fraction("1.609344")),
        ("gigawatt_hour", "megawatt_hour", Fraction(1000)),
        ("year", "day", Fraction("365.25")),
    ],
)
def test_conversion_factors_are_exact(source: str, target: str, factor: Fraction) -> None:
    assert conversion_factor(source, target) == factor
    assert conversion_factor(target, source) == 1 / factor


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("km", "kilometer"),
        ("kilometre", "kilometer"),
        (" metres ", "meter"),
        ("MW", "megawatt"),
        ("%", "percent"),
        ("", ""),
        ("dimensionless", ""),
        ("1", ""),
        ("meter/meter", ""),
        ("km/h", "kilometer / hour"),
        ("km**2", "kilometer ** 2"),
        ("km^2", "kilometer ** 2"),
        ("kg*m/s**2/h", "kilogram * meter / (hour * second ** 2)"),
        ("m*kg", "kilogram * meter"),
        ("hour**-1", "1 / hour"),
        ("USD", "USD"),
    ],
)
def test_canonical_names(name: str, canonical: str) -> None:
    assert canonical_unit(name) == canonical
    assert canonical_unit(canonical) == canonical


def test_dimensions_of_powers() -> None:
    """Dimensions with exponents are named (pint's formatter fails on Fraction exponents)."""
    assert dimension("square_kilometer") == "[length] ** 2"
    assert dimension("kilometer / hour") == "[length] / [time]"
    assert dimension("percent") == ""
    assert dimension("meter / kilometer") == ""


@pytest.mark.parametrize(
    "name", ["kelvin", "furlongs per fortnight", "2 km", "()", "km +", "\x00", "__class__"]
)
def test_unknown_units_raise_unit_error(name: str) -> None:
    with pytest.raises(UnitError, match="not a unit claimcheck knows") as info:
        canonical_unit(name)
    assert info.value.unit == name


def test_registry_magnitudes_are_fractions() -> None:
    assert get_registry().Quantity(Fraction(1), "mile").to("kilometer").magnitude == Fraction("1.609344")


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_import_and_parsing_do_not_import_pint() -> None:
    """pint is imported only when a registry is needed: not on import, not to read "12 km"."""
    out = run_python(
        """
        import sys
        import claimcheck
        print("pint" in sys.modules)
        for text in ("12 km", "$1.2bn", "30%", "12 MW", "about 500 kilometres", "2,000 barrels"):
            claimcheck.parse_quantity(text)
        print("pint" in sys.modules)
        """
    )
    assert out.splitlines() == ["False", "False"]


def test_ureg_is_built_lazily_once() -> None:
    out = run_python(
        """
        import sys
        import claimcheck
        from claimcheck.units import get_registry
        print(get_registry.cache_info().currsize, "pint" in sys.modules)
        first = claimcheck.ureg
        print(get_registry.cache_info().currsize, "pint" in sys.modules, first is claimcheck.ureg)
        """
    )
    assert out.splitlines() == ["0 False", "1 True True"]
