"""Shared test configuration: the Hypothesis profile this run loads (``profiles.py``), and shared fixtures."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from collections.abc import Iterator

# the suite imports in importlib mode, which puts no test folder on the path: the tests' shared helpers
# (passages.py) are imported from here
sys.path.insert(0, str(Path(__file__).parent))

from profiles import PROFILE

settings.load_profile(PROFILE)

pytest_plugins = ["pytester"]


@pytest.fixture(params=["on", "off"])
def collector_state(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Python's cyclic garbage collector switched on or off for the test (True: on), put back after."""
    enabled = request.param == "on"
    was = gc.isenabled()
    if enabled:
        gc.enable()
    else:
        gc.disable()
    yield enabled
    if was:
        gc.enable()
    else:
        gc.disable()
