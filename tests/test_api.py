"""The public API: what ``import claimcheck`` offers, and nothing else."""

from __future__ import annotations

import types

import pytest

import claimcheck


def test_all_is_exactly_the_public_names():
    """Every public name in the package namespace is in ``__all__`` and vice versa (httpx's rule)."""
    public = {
        name
        for name, value in vars(claimcheck).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    lazy = {"ureg"}  # built on first access through the module's __getattr__
    assert set(claimcheck.__all__) == public | lazy | {"__version__"}


def test_all_is_sorted():
    assert list(claimcheck.__all__) == sorted(claimcheck.__all__)


def test_every_public_name_has_a_docstring():
    for name in claimcheck.__all__:
        if name in {"__version__", "ureg"}:
            continue
        assert getattr(claimcheck, name).__doc__, name


def test_version_comes_from_the_installed_metadata():
    from importlib.metadata import version

    assert claimcheck.__version__ == version("claimcheck")


def test_unknown_attributes_raise_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = claimcheck.no_such_name  # type: ignore[attr-defined]


def test_ureg_is_the_one_registry():
    assert claimcheck.ureg is claimcheck.ureg
    assert (
        claimcheck.ureg.Quantity(30, "percent").to("dimensionless").magnitude
        == claimcheck.parse_quantity("30%").to("").lo
    )
