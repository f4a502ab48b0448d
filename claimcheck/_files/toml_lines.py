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


def _open_string(line: str, state: str | None) -> str | None:
    """The multi-line string delimiter still open at the end of ``line``, given the one open at its start.

    Reads strings as TOML does: basic strings with backslash escapes, literal strings without, the
    multi-line forms of both, and comments; so "[[claim]]" or a lone triple quote inside a string or a
    comment changes nothing.
    """
    index = 0
    while index < len(line):
        if state is not None:
            end = _closing(line, index, state)
            if end is None:
                return state
            index, state = end, None
            continue
        char = line[index]
        if char == "#":
            return None
        if char in "\"'":
            if line.startswith(char * 3, index):
                index, state = index + 3, char * 3
                continue
            end = _closing(line, index + 1, char)
            index = len(line) if end is None else end
            continue
        index += 1
    return state


def _closing(line: str, start: int, delimiter: str) -> int | None:
    """The index just past ``delimiter`` closing a string whose text begins at ``start``, or None."""
    escapes = delimiter[0] == '"'
    index = start
    while index < len(line):
        if escapes and line[index] == "\\":
            index += 2
            continue
        if line.startswith(delimiter, index):
            end = index + len(delimiter)
            # a multi-line string may end in one or two quotes of its own kind right before its delimiter
            while len(delimiter) == 3 and end < len(line) and line[end] == delimiter[0] and end - index < 5:
                end += 1
            return end
        index += 1
    return None


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
            started_in_string = in_string is not None
            in_string = _open_string(line, in_string)
            if started_in_string:
                continue
            if (header := _ARRAY_TABLE.match(line)) is not None:
                keys = {}
                lines.entries.setdefault(header.group(1), []).append((number, keys))
            elif _TABLE.match(line) is not None:
                keys = None  # a plain table: not something claims files use, tomllib validates it
            elif keys is not None and (key := _KEY.match(line)) is not None:
                keys.setdefault(key.group(1).strip("\"'"), number)
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
