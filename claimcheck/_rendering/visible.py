r"""Text from articles and claims files made safe to show (private).

Article and claims-file text reaches terminals, CI logs and web pages. Control characters (a newline that
starts a forged ``::error`` line in a CI log, an ANSI escape that recolours or clears a terminal) and
Unicode's invisible direction and format characters (U+202E turns the rest of a line around) are shown as
escapes such as ``\x1b`` or ``\u202e``: seen, never interpreted.

>>> print(visible("x\n::error file=y::pwned"))
x\n::error file=y::pwned
>>> print(visible("5\u202e00 \x1b[2J"))
5\u202e00 \x1b[2J
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["visible", "visible_lines"]

#: C0 and C1 controls, bidi marks, embeddings, overrides and isolates, the zero-width space, line and
#: paragraph separators, invisible operators and the BOM. The zero-width (non-)joiner stays: Persian,
#: Indic scripts and emoji need it.
_HIDDEN: Final = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Return ``text`` on one line, with every control, bidi and invisible format character escaped."""
    return _HIDDEN.sub(_escape, text)


def visible_lines(text: str) -> str:
    """Like :func:`visible`, but keep line breaks (and tabs) as they are: for multi-line text."""
    return "\n".join(visible(line.replace("\t", "    ")) for line in text.split("\n"))
