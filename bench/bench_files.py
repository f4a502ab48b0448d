"""Benchmark: the cost of hostile and careless claims files, which must grow with size, never with bad luck.

Run: ``python bench/bench_files.py``. Each case prints its seconds; targets (issue 14): each well under
the time a user would wait, and growing linearly when the input doubles:

* a missing 10 KB quote in a 1 MB article (the closest-passage hint: anchors, not a scan per word);
* a quote found 20,000 times (the error lists five places and the count);
* the HTML page of a 40,000-paragraph article (one sweep over the paragraph breaks).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from claimcheck.errors import ClaimsFileError
from claimcheck.findings import check_file
from claimcheck.html import render_html

PARAGRAPH = "The council said 40 schools reopened in the north after the floods receded and aid arrived."


def _timed(label: str, run: object) -> None:
    start = time.perf_counter()
    try:
        run()  # type: ignore[operator]
    except ClaimsFileError as err:
        note = err.rule
    else:
        note = "ok"
    print(f"{label:<50} {time.perf_counter() - start:7.2f} s  ({note})")


def main() -> None:
    """Write the cases into a temporary folder and time each, at two sizes."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for scale in (1, 2):
            article = folder / f"long{scale}.txt"
            article.write_text((PARAGRAPH + " ") * 10_500 * scale, encoding="utf-8")
            quote = "Nobody ever said that 12 officials had spoken about the floods in the south. " * 130
            claims = folder / f"missing{scale}.claims.toml"
            claims.write_text(f'article = "{article.name}"\n[[claim]]\nquote = "{quote}"\nsubject = "x"\n')
            _timed(f"missing 10 KB quote, {scale} MB article", lambda c=claims: check_file(c))

            repeated = folder / f"repeated{scale}.txt"
            repeated.write_text("Up to 5 fighters.\n" * 20_000 * scale, encoding="utf-8")
            claims = folder / f"repeated{scale}.claims.toml"
            quoted = f'article = "{repeated.name}"\n[[claim]]\nquote = "up to 5 fighters"\nsubject = "x"\n'
            claims.write_text(quoted)
            _timed(f"quote found {20_000 * scale:,} times", lambda c=claims: check_file(c))

            paragraphs = folder / f"paragraphs{scale}.txt"
            body = "\n\n".join([PARAGRAPH] * 40_000 * scale)
            paragraphs.write_text(body + "\n\nOfficials said up to 500 fighters remain.\n", encoding="utf-8")
            claims = folder / f"paragraphs{scale}.claims.toml"
            claims.write_text(
                f'article = "{paragraphs.name}"\n[[claim]]\nquote = "up to 500 fighters"\nsubject = "x"\n'
            )
            _timed(f"HTML page, {40_000 * scale:,} paragraphs", lambda c=claims: render_html(check_file(c)))


if __name__ == "__main__":
    main()
