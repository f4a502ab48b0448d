"""Reading the files a run is given and writing the files it makes, safely (private).

Reading refuses what is not a regular file (a folder, a FIFO, a device such as ``/dev/zero``) before reading
a byte, refuses files over a size limit, binary files and bytes that are not UTF-8, and reads a
byte-order mark and CRLF line ends as if they were absent. Writing goes through a temporary file in the
target's folder and an atomic rename, so an interrupted run never leaves half a file, and never replaces a
file the run reads or a file that is not a previous claimcheck report unless forced.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import tempfile
from typing import TYPE_CHECKING, Final

from claimcheck.errors import OutputError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import BinaryIO

__all__ = [
    "Refused",
    "check_target",
    "decode",
    "is_report",
    "read_stream",
    "read_text",
    "resolved",
    "write_output",
]

_BOM: Final = b"\xef\xbb\xbf"


class Refused(Exception):  # noqa: N818 - an outcome, not a failure of the code
    """A file that cannot be read: ``rule`` is the finding's rule, ``reason`` says why in plain words."""

    def __init__(self, rule: str, reason: str) -> None:
        """Record the rule and the reason."""
        super().__init__(reason)
        self.rule = rule
        self.reason = reason


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_error(err: OSError) -> Refused:
    if isinstance(err, FileNotFoundError):
        return Refused("file-not-found", "does not exist")
    if isinstance(err, IsADirectoryError):
        return Refused("not-a-file", "is a folder, not a file")
    if err.errno == errno.ELOOP:
        return Refused("unreadable-file", "is a symbolic link that loops")
    if isinstance(err, PermissionError):
        return Refused("unreadable-file", "cannot be read: permission denied")
    return Refused("unreadable-file", f"cannot be read: {err.strerror or err}")


def read_text(path: Path, *, max_bytes: int, limit_hint: str) -> str:
    r"""Return the text of the regular file ``path``, with no byte-order mark and ``\\n`` line ends.

    Args:
        path: the file.
        max_bytes: the largest size read; a larger file is refused.
        limit_hint: how the user raises the size limit, for the refusal's message.

    Raises:
        Refused: the file is missing, not a regular file, too large, binary or not UTF-8.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as err:
        raise _open_error(err) from err
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError as err:
        os.close(descriptor)
        raise _open_error(err) from err
    if not stat.S_ISREG(mode):  # refused before a byte is read: a FIFO would block, /dev/zero never end
        os.close(descriptor)
        raise Refused("not-a-file", f"is {_kind(mode)}; claimcheck reads regular files only")
    with os.fdopen(descriptor, "rb") as file:
        try:
            data = file.read(max_bytes + 1)
        except OSError as err:
            raise _open_error(err) from err
    if len(data) > max_bytes:
        raise Refused("file-too-large", f"is larger than {max_bytes:,} bytes ({limit_hint})")
    return decode(data)


def read_stream(stream: BinaryIO, *, max_bytes: int, limit_hint: str) -> str:
    r"""Return the text of ``stream`` (standard input), as :func:`read_text` returns a file's.

    Raises:
        Refused: the stream is larger than ``max_bytes``, binary or not UTF-8.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Refused("file-too-large", f"is larger than {max_bytes:,} bytes ({limit_hint})")
    return decode(data)


def decode(data: bytes) -> str:
    """Decode UTF-8 ``data`` without a byte-order mark, with CRLF read as LF.

    Raises:
        Refused: the data holds NUL bytes (a binary file) or is not UTF-8.
    """
    data = data.removeprefix(_BOM)
    if b"\0" in data:
        line = data.count(b"\n", 0, data.index(b"\0")) + 1
        raise Refused("binary-file", f"is a binary file, not text (a NUL byte at line {line})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        byte = data[err.start]
        raise Refused(
            "invalid-encoding", f"is not UTF-8 text (byte 0x{byte:02x} at line {line}, column {column})"
        ) from None
    return text.replace("\r\n", "\n")


def resolved(path: Path) -> Path | None:
    """Return ``path`` with every symbolic link followed, or None when that cannot be done (a loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop before Python 3.13
        return None


_TEXT_LINE: Final = re.compile(
    r"(\S.*: (error|warning|info) [a-z0-9-]+ .*"  # a finding
    r"|    .*"  # a finding's detail
    r"|)"
)
#: Lines only a claimcheck text or annotation report holds: a file's verdict, a GitHub annotation.
_SIGNATURE: Final = re.compile(
    r"\S.*: (consistent|INCONSISTENT) \(\d+ claims.*\)|\S.*: cannot be checked"
    r"|::(error|warning|notice) file=.*::.*"
)


def is_report(text: str) -> bool:
    """Whether ``text`` is something claimcheck wrote: a report in any of its formats, or nothing."""
    if not text.strip():
        return True
    if text.lstrip().startswith("<!DOCTYPE html>") and '<meta name="generator" content="claimcheck">' in text:
        return True
    try:
        document = json.loads(text)
    except ValueError:
        lines = text.splitlines()
        signed = [line for line in lines if _SIGNATURE.fullmatch(line)]
        return bool(signed) and all(line in signed or _TEXT_LINE.fullmatch(line) for line in lines)
    return isinstance(document, dict) and {"schema_version", "ok", "files"} <= document.keys()


def check_target(path: Path, inputs: Iterable[Path], *, force: bool) -> None:
    """Refuse to write ``path`` when :func:`write_output` would (see there)."""
    target = resolved(path)
    if target is None:
        raise OutputError(path, "is a symbolic link that loops")
    if any(target == resolved(source) for source in inputs):
        raise OutputError(path, "is a file this run reads; claimcheck never writes over its input")
    if not target.parent.is_dir():
        raise OutputError(path, f"cannot be written: the folder {str(path.parent)!r} does not exist")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputError(path, f"cannot be written: {err.strerror or err}") from err
    if stat.S_ISDIR(mode):
        raise OutputError(path, "is a folder; name a file to write")
    if not stat.S_ISREG(mode):
        raise OutputError(path, f"is {_kind(mode)}; claimcheck writes regular files only")
    if force:
        return
    try:
        previous = read_text(target, max_bytes=64_000_000, limit_hint="")
    except Refused:
        previous = None
    if previous is None or not is_report(previous):
        raise OutputError(
            path, "exists and is not a claimcheck report; remove it, or use --force to replace it"
        )


def write_output(path: Path, text: str, *, inputs: Iterable[Path] = (), force: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename.

    Args:
        path: the file to write.
        text: its new content.
        inputs: the files the run reads; ``path`` may never be one of them.
        force: replace an existing file even when it is not a previous claimcheck report.

    Raises:
        OutputError: ``path`` is an input, a folder, a device, in a missing folder, an existing file that
            is not a claimcheck report (unless ``force``), or cannot be written.
    """
    check_target(path, list(inputs), force=force)
    target = resolved(path) or path
    try:
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(path, f"cannot be written: {err.strerror or err}") from err
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.chmod(temporary, _file_mode(target))  # noqa: PTH101 - on the name mkstemp gave
        os.replace(temporary, target)  # noqa: PTH105 - atomic, on the name mkstemp gave
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # noqa: PTH108
        if isinstance(err, OSError):
            raise OutputError(path, f"cannot be written: {err.strerror or err}") from err
        raise


def _file_mode(target: Path) -> int:
    """The mode the written file gets: the replaced file's, else what the umask allows."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask
