"""The public API: what ``import claimcheck`` offers, and nothing else."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import claimcheck


def test_all_is_exactly_the_public_names():
    """__all__ names every public name, each resolves, and nothing else is public (httpx's rule)."""
    lazy = {"ureg", "__version__"}  # built on first access through the module's __getattr__
    assert set(claimcheck.__all__) == set(claimcheck._MODULES) | lazy
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None
    public = {
        name
        for name, value in vars(claimcheck).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(claimcheck.__all__)


def test_each_name_comes_from_the_module_the_type_checking_imports_name():
    source = Path(claimcheck.__file__).read_text(encoding="utf-8")
    lines = re.findall(r"^    from (claimcheck\.\w+) import ([\w, ]+)$", source, flags=re.MULTILINE)
    imported = {name.strip(): module for module, names in lines for name in names.split(",")}
    assert imported == claimcheck._MODULES
    for name, module in claimcheck._MODULES.items():
        assert getattr(claimcheck, name) is getattr(importlib.import_module(module), name)


def test_import_claimcheck_imports_none_of_its_modules_until_used():
    code = (
        "import sys, claimcheck; "
        "print(sorted(m for m in sys.modules if m.startswith('claimcheck.') or m in ('pint', 'attrs')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


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
