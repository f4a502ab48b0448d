"""The suite's Hypothesis profiles, and the example budgets that the engine's oracle properties scale by.

Three profiles, chosen by the environment when the suite starts (``tests/conftest.py`` loads it):

- ``ci`` (``CI`` set): derandomized and bounded, so that CI runs the same examples every time and stays
  within its time limit;
- ``dev`` (the default): random, 100 examples a property, failures kept in ``.hypothesis/examples`` and
  replayed first on the next run;
- ``hunt`` (``HYPOTHESIS_PROFILE=hunt``, run by ``.ci/hunt``): random, :data:`HUNT_FACTOR` times as many
  examples as CI, failures kept in ``.hypothesis/hunt``. It hunts the engine's bugs that a derandomized
  run keeps missing (two false conflicts went through CI for a round before random runs found them).

A property that sets its own number of examples writes it as ``@settings(max_examples=examples(50))``:
50 in CI and development, :data:`HUNT_FACTOR` times as many in the hunt. A property whose examples are
slow draws smaller worlds outside the hunt (:data:`HUNTING`), and says why.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

#: How many times CI's examples the hunt draws for each property (``HUNT_FACTOR`` in the environment:
#: fewer make shorter rounds, so that every property gets its random examples on a busy machine)
HUNT_FACTOR = int(os.environ.get("HUNT_FACTOR", "20"))
#: Where the hunt keeps the failures it found (apart from development runs' own database)
HUNT_DATABASE = Path(__file__).resolve().parent.parent / ".hypothesis" / "hunt"

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=200,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "hunt",
    max_examples=200 * HUNT_FACTOR,
    deadline=None,
    print_blob=True,
    database=DirectoryBasedExampleDatabase(HUNT_DATABASE),
    suppress_health_check=[HealthCheck.too_slow],
)

#: The profile this run loads: CI's wherever ``CI`` is set, else ``HYPOTHESIS_PROFILE`` or ``dev``
PROFILE = "ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev")
#: Whether this run is the hunt: a property whose examples are slow draws larger worlds only then
HUNTING = PROFILE == "hunt"


def examples(count: int) -> int:
    """A property's own number of examples: ``count``, and :data:`HUNT_FACTOR` times more in the hunt."""
    return count * HUNT_FACTOR if PROFILE == "hunt" else count
