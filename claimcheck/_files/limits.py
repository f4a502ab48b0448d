"""The default limits of a check (private): the one place their numbers are written.

:class:`claimcheck.claimsfile.Limits` takes its defaults from here, and so does the command line's help,
which must not import the claims-file reader to print them.
"""

from __future__ import annotations

from typing import Final

#: The largest article read, in bytes (10 MB).
ARTICLE_BYTES: Final = 10_000_000
#: The largest claims file read, in bytes (64 MB).
CLAIMS_FILE_BYTES: Final = 64_000_000
#: The most claims in one file.
CLAIMS: Final = 100_000
#: The longest quote, in characters.
QUOTE_CHARS: Final = 20_000
