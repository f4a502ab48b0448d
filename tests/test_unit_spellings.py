"""The spellings of units after a figure come from the registry's definitions, and name what pint names."""

from __future__ import annotations

import pytest

from claimcheck._reading.unit_spellings import _spellings, read_unit
from claimcheck.units import canonical_unit, get_registry

SYMBOLS, NAMES = _spellings()


@pytest.mark.parametrize("unit", sorted(set(SYMBOLS.values()) | set(NAMES.values())))
def test_every_spelled_unit_is_a_canonical_registry_name(unit: str) -> None:
    assert canonical_unit(unit) == unit
    assert str(get_registry().Unit(unit)) == unit


@pytest.mark.parametrize(("symbol", "unit"), sorted(SYMBOLS.items()))
def test_every_symbol_means_what_pint_reads_it_as(symbol: str, unit: str) -> None:
    if symbol.startswith("K") and not symbol.startswith("Ki"):
        symbol = "k" + symbol[1:]  # "512KB": papers print kilo as "K" on bytes, which pint does not
    assert get_registry().Quantity(1, symbol).to(unit).magnitude == 1


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([("W", False)], None),  # "65 W" spaced: too ambiguous
        ([("W", True)], ("watt", 1)),
        ([("in", False), ("the", False)], None),
        ([("in", True)], ("inch", 1)),
        ([("s", True)], None),
        ([("B", True)], None),
        ([("as", False)], None),  # "a" is a symbol of year, never pluralised to "as"
        ([("MB", True)], ("megabyte", 1)),
        ([("mb", True)], None),
        ([("pound", False), ("note", False)], None),
        ([("square", False), ("-", False), ("feet", False)], None),  # a spaced dash joins nothing
        ([("Revolutions", False), ("per", False), ("minute", False)], ("revolution_per_minute", 3)),
    ],
)
def test_read_unit(pieces: list[tuple[str, bool]], expected: tuple[str, int] | None) -> None:
    assert read_unit(pieces) == expected
