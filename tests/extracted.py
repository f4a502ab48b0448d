"""Looking up one mention that :func:`claimcheck.extract` finds, for the reading tests."""

from __future__ import annotations

from claimcheck import Mention, extract


def count_at(text: str, figure: str) -> Mention:
    """The one count mention of ``text`` whose text is ``figure`` (fails unless there is exactly one)."""
    (found,) = [m for m in extract(text) if m.text == figure and m.kind == "count"]
    return found
