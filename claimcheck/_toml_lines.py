"""Where things stand in a TOML file (private): the line of each array-table entry and of its keys.

``tomllib`` gives values but no positions, and a claims file's errors must name the line. This reads the
same text once, line by line, and records where each ``[[table]]`` entry begins and where each of its
keys is set. It only needs to agree with ``tomllib`` on files that ``tomllib`` has already accepted.
"""

from __future__ import annotations

import re
from typing import Final, final

import attrs

__all__ = ["TomlLines"]

_ARRAY_TABLE: Final = re.compile(r"\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE: Final = re.compile(r"\s*\[\s*([^\]\[]+?)\s*\]")
_KEY: Final = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*[.=]""")


@final
@attrs.define
class TomlLines:
    """Line numbers (1-based) of the top-level keys and of each ``[[table]]`` entry and its keys."""

    top: dict[str, int] = attrs.field(factory=dict)
    entries: dict[str, list[tuple[int, dict[str, int]]]] = attrs.field(factory=dict)

    @classmethod
    def read(cls, text: str) -> TomlLines:
        """Record the positions in ``text``, skipping the insides of multi-line strings."""
        lines = cls()
        keys: dict[str, int] | None = lines.top
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string is not None:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            if (header := _ARRAY_TABLE.match(line)) is not None:
                keys = {}
                lines.entries.setdefault(header.group(1), []).append((number, keys))
            elif _TABLE.match(line) is not None:
                keys = None  # a plain table: not something claims files use, tomllib validates it
            elif keys is not None and (key := _KEY.match(line)) is not None:
                keys.setdefault(key.group(1).strip("\"'"), number)
            for delimiter in ('"""', "'''"):
                if line.count(delimiter) % 2 == 1:
                    in_string = delimiter
        return lines

    def entry(self, table: str, index: int) -> int | None:
        """Return the line of the ``index``-th (0-based) ``[[table]]`` header, if there is one."""
        found = self.entries.get(table, [])
        return found[index][0] if index < len(found) else None

    def key(self, table: str | None, index: int, key: str) -> int | None:
        """Return the line where ``key`` is set in that entry (or at the top when ``table`` is None).

        Falls back to the entry's header line when the key is not set on a line of its own.
        """
        if table is None:
            return self.top.get(key)
        found = self.entries.get(table, [])
        if index >= len(found):
            return None
        header, keys = found[index]
        return keys.get(key, header)
