"""The unit registry: what it defines, how names are made canonical, and that it is built lazily."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from fractions import Fraction

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import UnitError, units
from claimcheck._reading.unit_spellings import EVERYDAY
from claimcheck._values import currencies as cur
from claimcheck.units import (
    CURRENCIES,
    canonical_unit,
    conversion_factor,
    dimension,
    get_registry,
    powers,
)

LEXICON_UNITS = sorted(set(EVERYDAY.values()))
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


def test_units_in_claims_never_import_pint(tmp_path) -> None:
    """A check of claims in metres, miles, km/h and rates over a period reads units from the table alone."""
    (tmp_path / "storm.txt").write_text(
        "The river rose more than 5 metres, residents said; the water authority put the rise at 3.5 metres. "
        "Gusts reached 150 km/h, forecasters said, or about 93 mph. The town spent £6,000 a day on pumps "
        "for 3 weeks; the council put the bill at £126,000. The flood covered a 12-mile stretch. About 45% "
        "of homes lost power, nearly half by the utility's count.",
        encoding="utf-8",
    )
    (tmp_path / "storm.claims.toml").write_text(
        """
        article = "storm.txt"
        [[claim]]
        id = "residents"
        quote = "more than 5 metres"
        subject = "river rise"
        [[claim]]
        id = "authority"
        quote = "3.5 metres"
        subject = "river rise"
        [[claim]]
        id = "gusts"
        quote = "150 km/h"
        subject = "top gust"
        [[claim]]
        id = "gusts-mph"
        quote = "about 93 mph"
        subject = "top gust"
        [[claim]]
        id = "pumps"
        quote = "£6,000 a day"
        subject = "pumping bill"
        over = "3 weeks"
        [[claim]]
        id = "bill"
        quote = "£126,000"
        subject = "pumping bill"
        [[claim]]
        id = "stretch"
        quote = "12-mile stretch"
        subject = "flooded stretch"
        [[claim]]
        id = "stretch-km"
        value = "about 19 km"
        subject = "flooded stretch"
        [[claim]]
        id = "homes"
        quote = "About 45%"
        subject = "homes without power"
        [[claim]]
        id = "utility"
        quote = "nearly half"
        subject = "homes without power"
        """.replace("\n        ", "\n"),
        encoding="utf-8",
    )
    out = run_python(
        f"""
        import sys
        from claimcheck import check_file
        result = check_file({str(tmp_path / "storm.claims.toml")!r})
        print(sorted(tuple(sorted(c.claims)) for c in result.report.conflicts))
        print(sorted(tuple(sorted(o.claims)) for o in result.report.overlaps))
        print("pint" in sys.modules)
        """
    )
    assert out.splitlines() == [
        "[('authority', 'residents')]",
        "[('bill', 'pumps'), ('gusts', 'gusts-mph'), ('homes', 'utility'), ('stretch', 'stretch-km')]",
        "False",
    ]


def _pint_reading(unit: str) -> tuple[str, Fraction, str]:
    """What pint makes of a spelling: canonical name, factor to the base units, dimension."""
    registry = get_registry()
    parsed = registry.Quantity(Fraction(1), registry.Unit(unit))
    factor = Fraction(parsed.to_base_units().magnitude)
    return (
        units._product_name(parsed.unit_items()),
        factor,
        units._product_name(parsed.dimensionality.items()),
    )


def test_the_table_reads_every_spelling_as_pint_does() -> None:
    """Every name, symbol and alias, with every prefix and in the plural: one unit, factor and dimension.

    The table is claimcheck's own reading of the definitions (so that units never wait for pint); pint
    reading the same definitions is the reference.
    """
    table = units._table()
    defined = [*table.spellings, *sorted(CURRENCIES)[:20]]
    prefixed = [prefix + name for prefix in table.prefixes if prefix for name in table.definitions]
    tried = [*defined, *prefixed, *(name + "s" for name in table.definitions)]
    read = [spelling for spelling in tried if units._known(spelling) is not None]
    assert len(read) > 0.9 * len(tried)
    for spelling in read:
        assert units._known(spelling) == _pint_reading(spelling), spelling


SPELLINGS = sorted({*units._table().spellings, "km", "MW", "kWh", "mAh", "GiB", "USD", "GBP"} - {"%"})


@given(
    st.lists(
        st.tuples(st.sampled_from(SPELLINGS), st.sampled_from(["", "**2", "^3", " ** -1", "**(2)"])),
        min_size=1,
        max_size=3,
    ),
    st.lists(st.sampled_from([" * ", "/", " / ", "*"]), min_size=2, max_size=2),
)
def test_products_of_units_read_as_pint_reads_them(
    factors: list[tuple[str, str]], operators: list[str]
) -> None:
    """Products, quotients and powers of the table's units: the same name, factor and dimension as pint."""
    text = factors[0][0] + factors[0][1]
    for (name, exponent), operator in zip(factors[1:], operators, strict=False):
        text += operator + name + exponent
    known = units._known(text)
    if known is None:  # ambiguous spellings are left to pint
        return
    assert known == _pint_reading(text)
    assert canonical_unit(text) == known[0]
    assert dimension(known[0]) == (known[2])


def test_what_the_table_does_not_read_is_left_to_pint() -> None:
    """Spellings only pint reads still work: they load pint, which knows the same definitions."""
    for unit, canonical in [("square feet", "foot ** 2"), ("km ** 0.5", "kilometer ** (1/2)")]:
        assert units._known(unit) is None
        assert canonical_unit(unit) == canonical


def test_plain_numbers_and_percentages_convert_without_pint() -> None:
    assert units._known("") == ("", 1, "")
    assert units._known("percent") == ("percent", Fraction(1, 100), "")


def test_powers_name_the_units_a_rate_multiplies() -> None:
    assert powers("GBP / day") == (("GBP", 1), ("day", -1))
    assert powers("1 / week") == (("week", -1),)
    assert powers("square feet") == (("foot", 2),)
    assert powers("") == ()


def test_conversions_through_the_table_are_exact_fractions() -> None:
    """The table's factors are exact: a mile per hour is exactly 1.609344 km/h, a month 1/12 of a year."""
    assert conversion_factor("mile / hour", "kilometer / hour") == Fraction("1.609344")
    assert conversion_factor("GBP / week", "GBP / day") == Fraction(1, 7)
    assert conversion_factor("month", "day") == Fraction("365.25") / 12
    assert conversion_factor("horsepower", "watt") == Fraction("745.69987158227022")
    factor = conversion_factor("millimeter_Hg", "pascal")
    assert type(factor) is Fraction
    assert factor == Fraction("133.322387415")


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
