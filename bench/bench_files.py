"""Benchmark: the cost of hostile and careless claims files, which must grow with size, never with bad luck.

Run: ``python bench/bench_files.py``. Each case prints its seconds at one size and at twice that size,
then the growth ratios (about 2 is linear) and the HTML page's cost against the text output's. Targets
(issue 14): each well under the time a user would wait, and linear:

* a missing 10 KB quote in a 1 MB article (past the hint's 2,000 characters: no hint is computed);
* a missing 1,900-character quote that nearly matches (the closest-passage hint: anchors, then a few
  quote-sized windows compared, whatever the article's length);
* a corrected quote in a table that repeats its words (the "any numbers" search: one literal search of
  the article with its figures shrunk, never the article's length times the quote's);
* a quote found 20,000 times, and one found 250,000 times (the error lists five places and the count);
* the HTML page of a 40,000-paragraph article (paragraphs no claim reaches are escaped in runs), beside
  the check with text output.
"""

from __future__ import annotations

import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck._rendering import formats
from claimcheck.errors import ClaimsFileError
from claimcheck.findings import check_file
from claimcheck.html import render_html

if TYPE_CHECKING:
    from collections.abc import Callable

PARAGRAPH = "The council said 40 schools reopened in the north after the floods receded and aid arrived."

_SECONDS: dict[str, list[float]] = {}
_CHECK_AND_TEXT = "check and text output, 40,000 paragraphs"


def _rendered(path: Path) -> str:
    """The text output of checking the claims file at ``path``."""
    return formats.render_text([check_file(path)])


def _timed(label: str, scale: int, run: Callable[[], object]) -> None:
    start = time.perf_counter()
    try:
        run()
    except ClaimsFileError as err:
        note = err.rule
    else:
        note = "ok"
    seconds = time.perf_counter() - start
    _SECONDS.setdefault(label, []).append(seconds)
    print(f"{label + f' (x{scale})':<60} {seconds:7.2f} s  ({note})")


def _claims(folder: Path, name: str, article: str, quote: str) -> Path:
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    path = folder / f"{name}.claims.toml"
    text = f'article = "{name}.txt"\n[[claim]]\nquote = "{quote}"\nsubject = "x"\n'
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    """Write the cases into a temporary folder and time each, at two sizes; then the ratios."""
    near = " ".join(f"Aid groups counted {n},000 displaced families in area {n}." for n in range(40))
    row = "In district 1 up to 5 fighters remain. "
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for scale in (1, 2):
            long = (PARAGRAPH + " ") * 10_500 * scale
            missing = "Nobody ever said that 12 officials had spoken about the floods in the south. " * 130
            path = _claims(folder, f"missing{scale}", long, missing)
            _timed("missing 10 KB quote, 1 MB article", scale, partial(check_file, path))

            typo = near.replace("counted", "count").replace("families", "familys")[:1_900]
            path = _claims(folder, f"near{scale}", (PARAGRAPH + "\n") * 10_500 * scale + near, typo)
            _timed("near-miss 1,900-character quote, 1 MB article", scale, partial(check_file, path))

            corrected = row * 50 + "In district 1 up to 5 fighters left."
            path = _claims(folder, f"table{scale}", row * 25_000 * scale, corrected)
            _timed("2 KB quote in a 1 MB table repeating its words", scale, partial(check_file, path))

            repeated = "Up to 5 fighters.\n" * 20_000 * scale
            path = _claims(folder, f"repeated{scale}", repeated, "up to 5 fighters")
            _timed("quote found 20,000 times", scale, partial(check_file, path))

            path = _claims(folder, f"spaced{scale}", "a " * 250_000 * scale, "a a")
            _timed("quote found 250,000 times", scale, partial(check_file, path))

            body = "\n\n".join([PARAGRAPH] * 40_000 * scale) + "\n\nOfficials said up to 500 fighters left.\n"
            path = _claims(folder, f"paragraphs{scale}", body, "up to 500 fighters")
            result = check_file(path)
            _timed(_CHECK_AND_TEXT, scale, partial(_rendered, path))
            _timed("HTML page, 40,000 paragraphs", scale, partial(render_html, result))
    print("\ngrowth when the input doubles (about 2 is linear):")
    for label, seconds in _SECONDS.items():
        print(f"{label:<60} {seconds[1] / seconds[0]:7.2f}")
    html, text = _SECONDS["HTML page, 40,000 paragraphs"], _SECONDS[_CHECK_AND_TEXT]
    print(f"{'HTML page against check and text output, 80,000 paragraphs':<60} {html[1] / text[1]:7.2f}")


if __name__ == "__main__":
    main()
