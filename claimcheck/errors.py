"""The errors claimcheck raises.

Every error derives from :class:`ClaimcheckError`, and each concrete error also derives from the builtin
exception a caller would naturally catch, so ``except ValueError`` keeps working::

    ClaimcheckError (Exception)
    ├── ArgumentError (TypeError)        an argument of the wrong type: names the function and the argument
    ├── ParseError (ValueError)          text that holds no numeric expression claimcheck can read
    ├── UnitError (ValueError)           a unit claimcheck does not know, or units that cannot be compared
    ├── ModelError (ValueError)          values, claims or a hierarchy that are malformed as given
    ├── ClaimsFileError (ValueError)     a claims file that cannot be used: names its file, line and field
    └── OutputError (OSError)            a file claimcheck will not or cannot write (an input, a folder)

Errors keep their facts as attributes and build their message from them, quoting the input and pointing at
the place that went wrong.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ClaimcheckError",
    "ClaimsFileError",
    "ModelError",
    "OutputError",
    "ParseError",
    "UnitError",
]

_QUOTE_LIMIT = 60


def _excerpt(text: str, position: int) -> str:
    """Return ``text`` shortened around ``position`` so a message stays readable."""
    if len(text) <= _QUOTE_LIMIT:
        return text
    start = max(0, min(position - _QUOTE_LIMIT // 2, len(text) - _QUOTE_LIMIT))
    head = "…" if start > 0 else ""
    tail = "…" if start + _QUOTE_LIMIT < len(text) else ""
    return f"{head}{text[start : start + _QUOTE_LIMIT]}{tail}"


def quoted(value: object, limit: int = 200) -> str:
    """Quote ``value`` for a message as ``repr`` does, cut to about ``limit`` characters with "…".

    Input reaches messages (a quote, a value of the wrong type, an id); however long it is, the message
    stays one readable line.

    >>> quoted("up to 500 fighters"), quoted("x" * 300, limit=8), quoted(list(range(100)), limit=12)
    ("'up to 500 fighters'", "'xxxxxxx…'", '[0, 1, 2, 3…')
    """
    if isinstance(value, str) and len(value) > limit:
        return repr(value[: limit - 1] + "…")
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


class ClaimcheckError(Exception):
    """The root of every error claimcheck raises on purpose."""


class ArgumentError(ClaimcheckError, TypeError):
    """An argument of the wrong type, such as a number where text belongs.

    Attributes:
        function: the function that was called ("parse_quantity").
        argument: the name of the argument at fault ("text").
        expected: what the argument must be, in plain words ("text (a str)").
        value: the value that was given.
    """

    def __init__(self, function: str, argument: str, expected: str, value: object) -> None:
        """Record the failure; the message reads ``function(): argument must be expected, not value``."""
        self.function = function
        self.argument = argument
        self.expected = expected
        self.value = value
        super().__init__(
            f"{function}(): {argument} must be {expected}, not {type(value).__name__} "
            f"{quoted(value, _QUOTE_LIMIT)}"
        )


class ParseError(ClaimcheckError, ValueError):
    """Text that holds no numeric expression claimcheck can read.

    Attributes:
        text: the text that was read.
        position: the 0-based character offset where reading failed (``text[position:]`` is what was
            left unread).
        column: the same place counted as the message counts it, from 1 (``position + 1``).
        reason: what was expected there, in plain words.
    """

    def __init__(self, text: str, position: int, reason: str) -> None:
        """Record the failure; the message is built from ``text``, ``position`` and ``reason``."""
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(
            f"cannot read a quantity in {_excerpt(text, position)!r} at column {self.column}: {reason}"
        )

    @property
    def column(self) -> int:
        """The 1-based column the message names: ``position + 1``."""
        return self.position + 1


class UnitError(ClaimcheckError, ValueError):
    """A unit claimcheck does not know, or two units that cannot be compared.

    Attributes:
        unit: the unit as given.
        reason: what is wrong with it.
    """

    def __init__(self, unit: str, reason: str) -> None:
        """Record the failure; the message is built from ``unit`` and ``reason``."""
        self.unit = unit
        self.reason = reason
        super().__init__(f"unit {unit!r}: {reason}")


class ModelError(ClaimcheckError, ValueError):
    """Claims or a hierarchy that are malformed as given (a cycle, a duplicate id, a bad value)."""


class ClaimsFileError(ClaimcheckError, ValueError):
    """A claims file that cannot be used: bad TOML, an unknown key, a quote the article does not hold.

    Attributes:
        path: the file at fault (the claims file, or the article it names).
        line: the 1-based line in ``path``, or None when the fault is the whole file.
        field: the entry and key at fault, as in "claim 'un', quote", or None.
        reason: what is wrong, in plain words.
        rule: a stable id of the kind of fault ("quote-not-found", "unknown-key", "invalid-toml", …),
            for tools that sort or silence findings.
    """

    def __init__(
        self,
        path: object,
        line: int | None,
        field: str | None,
        reason: str,
        *,
        rule: str = "invalid-claims-file",
    ) -> None:
        """Record the failure; the message reads ``path:line: field: reason``, like a compiler's."""
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason
        self.rule = rule
        where = f"{path}:{line}" if line is not None else f"{path}"
        what = f" {field}:" if field else ""
        super().__init__(f"{where}:{what} {reason}")


class OutputError(ClaimcheckError, OSError):
    """A file claimcheck was asked to write and will not or cannot: an input, a folder, another file.

    Attributes:
        path: the file that was to be written.
        reason: why it was not, in plain words.
    """

    def __init__(self, path: object, reason: str) -> None:
        """Record the failure; the message reads ``path: reason``."""
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
