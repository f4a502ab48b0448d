"""Pause Python's cyclic garbage collector while a pass makes many objects that live until it ends (private).

A check (:func:`claimcheck.check`) and an extraction (:func:`claimcheck.extract`) each make hundreds of
thousands of small objects, and every collection on the way walks the young ones and, now and then, every
object the process holds: a tenth of an extraction's time and a fifth of a large check's went there.
Reference counting still frees everything a pass drops (its objects make no cycles that matter), and the
collector catches the rest once it is back on.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["collector_paused"]

#: Passes under way, and whether the cyclic collector was on when the first began.
_PAUSE_LOCK: Final = threading.Lock()
_pause = {"passes": 0, "was_enabled": False}


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block; put it back as it was after.

    Passes nested or in several threads share one pause: the collector comes back on when the last one
    ends, and only if it was on when the first began.
    """
    with _PAUSE_LOCK:
        if _pause["passes"] == 0:
            _pause["was_enabled"] = gc.isenabled()
            gc.disable()
        _pause["passes"] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pause["passes"] -= 1
            if _pause["passes"] == 0 and _pause["was_enabled"]:
                gc.enable()
