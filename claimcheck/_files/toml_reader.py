"""Reading a TOML file of ``[[table]]`` entries with errors that name the file, line and field (private).

:class:`TableReader` is the claims file's reader: it reads the file safely (``_files.read_text``), parses
it with ``tomllib``, and gives typed access to each entry's keys, so that a value of the wrong type, a
missing key or invalid TOML becomes one :class:`~claimcheck.ClaimsFileError` naming the line, and an
unknown key a notice naming the nearest known one. ``claimcheck.claimsfile`` says which keys there are.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from typing import TYPE_CHECKING, Any

from claimcheck._files.access import Refused, read_text
from claimcheck._files.toml_lines import TomlLines
from claimcheck.errors import ClaimsFileError, quoted

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

__all__ = ["TableReader"]


def _toml_error(path: Path, err: tomllib.TOMLDecodeError) -> ClaimsFileError:
    at_line = re.search(r"line (\d+)", str(err))
    line = int(at_line.group(1)) if at_line else None
    return ClaimsFileError(path, line, None, f"not valid TOML: {err}", rule="invalid-toml")


class TableReader:
    """Reads one TOML file of ``[[table]]`` entries, turning every fault into an error naming file and line.

    Unknown keys are not errors: each is noted in ``notices`` as ``(rule, message, line)``.
    """

    def __init__(self, path: Path, *, max_bytes: int, text: str | None = None) -> None:
        """Read and parse ``path`` (or ``text``, read elsewhere: ``path`` then only names it)."""
        self.path = path
        self.notices: list[tuple[str, str, int]] = []
        try:
            self.source = (
                text
                if text is not None
                else read_text(path, max_bytes=max_bytes, limit_hint="raise Limits.claims_file_bytes")
            )
        except Refused as refused:
            missing = refused.rule == "file-not-found"
            reason = "no such claims file" if missing else f"the claims file {refused.reason}"
            raise ClaimsFileError(path, None, None, reason, rule=refused.rule) from None
        try:
            self.data: dict[str, Any] = tomllib.loads(self.source)
        except tomllib.TOMLDecodeError as err:
            raise _toml_error(path, err) from None
        except RecursionError:
            reason = "not valid TOML: arrays or tables nested too deeply"
            raise ClaimsFileError(path, None, None, reason, rule="invalid-toml") from None
        if not self.data:
            reason = "the file is empty: it needs at least one [[claim]]"
            raise ClaimsFileError(path, None, None, reason, rule="empty-file")
        self.lines = TomlLines.read(self.source)

    def line_of(self, table: str | None, index: int, key: str | None) -> int | None:
        """The line of ``key`` in the ``index``-th ``[[table]]`` entry (or at the top, or the entry's)."""
        if key is not None:
            return self.lines.key(table, index, key)
        return self.lines.entry(table, index) if table is not None else None

    def fail(
        self, table: str | None, index: int, key: str | None, reason: str, *, rule: str
    ) -> ClaimsFileError:
        """The error for ``key`` of the ``index``-th ``[[table]]`` entry (or the top, or the entry)."""
        field = _field(table, index, key, self._id(table, index))
        return ClaimsFileError(self.path, self.line_of(table, index, key), field, reason, rule=rule)

    def _id(self, table: str | None, index: int) -> str | None:
        if table is None or not isinstance(self.data.get(table), list):
            return None
        entry = self.data[table][index] if index < len(self.data[table]) else None
        if table != "claim" or not isinstance(entry, dict):
            return None
        return entry.get("id") if isinstance(entry.get("id"), str) else None

    def unknown_keys(self, table: str | None, index: int, keys: Any, allowed: frozenset[str]) -> None:
        """Note each key of ``keys`` that is not ``allowed``, with the nearest known key."""
        for key in keys:
            if key in allowed:
                continue
            near = difflib.get_close_matches(key, sorted(allowed), n=1)
            known = f" (known keys: {', '.join(sorted(allowed))})"
            hint = f"; did you mean {quoted(near[0])}?" if near else known
            where = _field(table, index, None, self._id(table, index))
            message = f"{where + ': ' if where else ''}unknown key {quoted(key)} is ignored{hint}"
            self.notices.append(("unknown-key", message, self.line_of(table, index, key) or 1))

    def entries(self, table: str, allowed: frozenset[str]) -> list[dict[str, Any]]:
        """The ``[[table]]`` entries, each checked for unknown keys."""
        value = self.data.get(table, [])
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            raise self.fail(
                None, 0, table, f"'{table}' must be written as [[{table}]] tables", rule="invalid-field"
            )
        for index, entry in enumerate(value):
            self.unknown_keys(table, index, entry, allowed)
        return value

    def text(
        self,
        table: str | None,
        index: int,
        entry: Mapping[str, Any],
        key: str,
        *,
        required: bool,
        what: str = "non-empty text",
    ) -> str | None:
        """The text of ``key``; None when it is absent and not required."""
        value = entry.get(key)
        if value is None:
            if required:
                raise self.fail(table, index, None, f"the key {quoted(key)} is missing", rule="invalid-field")
            return None
        if not isinstance(value, str) or not value.strip():
            reason = f"{key} must be {what}, not {quoted(value)}"
            raise self.fail(table, index, key, reason, rule="invalid-field")
        return value

    def flag(self, table: str, index: int, entry: Mapping[str, Any], key: str) -> bool | None:
        """The boolean of ``key`` (``true`` or ``false``); None when it is absent."""
        value = entry.get(key)
        if value is not None and not isinstance(value, bool):
            reason = f"{key} must be true or false, not {quoted(value)}"
            raise self.fail(table, index, key, reason, rule="invalid-field")
        return value

    def names(self, table: str, index: int, entry: Mapping[str, Any], key: str) -> list[str]:
        """The non-empty list of names of ``key``."""
        value = entry.get(key)
        if value is None:
            raise self.fail(table, index, None, f"the key {quoted(key)} is missing", rule="invalid-field")
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(
                table, index, key, f"{key} must be a list of names, not {quoted(value)}", rule="invalid-field"
            )
        return value

    def entry_line(self, table: str, index: int) -> int:
        """The line of the ``index``-th ``[[table]]`` entry's header."""
        return self.lines.entry(table, index) or 1


def _field(table: str | None, index: int, key: str | None, claim_id: str | None) -> str | None:
    if table is None:
        return key
    entry = f"{table} {quoted(claim_id)}" if claim_id else f"{table} #{index + 1}"
    return f"{entry}, {key}" if key else entry
