"""The public API: what ``import claimcheck`` offers, and nothing else."""

from __future__ import annotations

import importlib
import pydoc
import re
import subprocess
import sys
import types

import pytest

import claimcheck


def test_all_is_exactly_the_public_names_and_each_resolves_to_its_module():
    """__all__ names every public name, each resolves, and nothing else is public (httpx's rule)."""
    exports = claimcheck._exports()
    assert set(claimcheck.__all__) == set(exports) | {"ureg", "__version__"}
    for name, module in exports.items():
        assert not module.split(".")[1].startswith("_"), (name, module)
        assert getattr(claimcheck, name) is getattr(importlib.import_module(module), name)
    public = {
        name
        for name, value in vars(claimcheck).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(claimcheck.__all__)
    assert dir(claimcheck) == sorted(claimcheck.__all__)


def test_the_names_the_docs_use_are_public():
    for name in ("Finding", "FileResult", "check_file", "render_html", "ArgumentError", "OutputError"):
        assert name in claimcheck.__all__


def test_help_describes_the_library_and_no_private_names():
    text = pydoc.render_doc(claimcheck, renderer=pydoc.plaintext)
    description = text.split("DESCRIPTION", 1)[1].split("PACKAGE CONTENTS", 1)[0]
    assert "parse_quantity" in description
    assert "PEP 562" not in text
    assert "__getattr__" not in text
    assert "__dir__" not in text
    after_contents = text.split("CLASSES", 1)[1]
    listed = re.findall(r"^    (?:class )?(\w+)", after_contents, flags=re.MULTILINE)
    assert "Report" in listed
    assert "check_file" in listed
    assert not [name for name in listed if name.startswith("_")]


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


def test_ureg_converts_as_the_parser_reads():
    assert (
        claimcheck.ureg.Quantity(30, "percent").to("dimensionless").magnitude
        == claimcheck.parse_quantity("30%").to("").lo
    )
