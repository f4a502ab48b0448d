"""Run the docs' examples in a scratch newsroom: a copy of seeds/ in a fresh working folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
