"""The article in the HTML report: its paragraphs, with each quoted claim highlighted (private)."""

from __future__ import annotations

import itertools
import re
from html import escape
from typing import TYPE_CHECKING, Final

from claimcheck._reading.quotes import find_quote

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claims import Claim
    from claimcheck.claimsfile import ClaimsFile

__all__ = ["article_html", "claim_spans"]

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r]*\n\s*")


def _offset(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column (the inverse of ``quotes.line_column``)."""
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column - 1


def claim_spans(loaded: ClaimsFile) -> dict[str, tuple[int, int]]:
    """The character span of each quoted claim in its article, by claim id.

    The claims file keeps where each quote starts; the quote is found again there, with the article's
    current numbers when they changed since the quote was written.
    """
    text = loaded.article_text
    if text is None or loaded.article is None:
        return {}
    spans: dict[str, tuple[int, int]] = {}
    for claim in loaded.claims:
        location = loaded.locations.get(str(claim.id))
        if claim.quote is None or location is None or location.path != loaded.article:
            continue
        try:
            start = _offset(text, location.line, location.column)
        except ValueError:  # the article changed under the loaded file; nothing to point at
            continue
        for any_numbers in (False, True):
            passages = find_quote(text, claim.quote, any_numbers=any_numbers)
            match = next((p for p in passages if p.start == start), None)
            if match is not None:
                spans[str(claim.id)] = (match.start, match.end)
                break
    return spans


def _segments(length: int, spans: Mapping[str, tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    """Cut ``[0, length)`` at every span's ends; each piece with the claims covering it, shortest first.

    One sweep over the cuts, keeping the spans open at each: time grows with the cuts and the spans open
    at once, not with their product (an article of 40,000 paragraphs has 40,000 breaks).
    """
    cuts = sorted({0, length, *(end for span in spans.values() for end in span)})
    starting: dict[int, list[str]] = {}
    for claim_id, (lo, _hi) in spans.items():
        starting.setdefault(lo, []).append(claim_id)
    open_spans: dict[str, int] = {}  # the spans covering the current piece, with their lengths
    pieces = []
    for start, end in itertools.pairwise(cuts):
        for claim_id in starting.get(start, ()):
            open_spans[claim_id] = spans[claim_id][1] - spans[claim_id][0]
        for claim_id in [claim_id for claim_id in open_spans if spans[claim_id][1] <= start]:
            del open_spans[claim_id]
        covering = [claim_id for claim_id in open_spans if spans[claim_id][1] >= end]
        covering.sort(key=open_spans.__getitem__)
        pieces.append((start, end, covering))
    return pieces


def article_html(
    text: str,
    spans: Mapping[str, tuple[int, int]],
    claims: Sequence[Claim],
    *,
    statuses: Mapping[str, str],
    slugs: Mapping[str, str],
    tips: Mapping[str, str],
) -> str:
    """The article as HTML paragraphs, each quoted claim a link to its card, coloured by its status.

    Where quotes overlap, the shorter one owns the overlapping words. A quote that runs over a paragraph
    break is highlighted in both paragraphs.

    Args:
        text: the article.
        spans: the character span of each quoted claim.
        claims: the claims, for their order.
        statuses: each claim's status ("conflict", "agreement", …), by claim id.
        slugs: each claim's card anchor, by claim id.
        tips: what hovering over each claim shows, by claim id.
    """
    order = {str(claim.id): index for index, claim in enumerate(claims)}
    ordered = dict(sorted(spans.items(), key=lambda item: (item[1], order.get(item[0], 0))))
    breaks = [(match.start(), match.end()) for match in _PARAGRAPH_BREAK.finditer(text)]
    pieces = _segments(len(text), {**ordered, **{f"\0break{i}": pair for i, pair in enumerate(breaks)}})
    html: list[str] = ["<p>"]
    started: set[str] = set()
    for start, end, covering in pieces:
        if any(claim_id.startswith("\0break") for claim_id in covering):
            html.append("</p><p>")
            continue
        words = escape(text[start:end])
        if not covering:
            html.append(words)
            continue
        claim_id = covering[0]
        slug = slugs[claim_id]
        anchor = "" if claim_id in started else f' id="quote-{slug}"'
        started.add(claim_id)
        html.append(
            f'<a class="claim cc-{statuses[claim_id]}"{anchor} href="#{slug}" '
            f'data-claim="{escape(claim_id)}" data-tip="{escape(tips[claim_id])}">{words}</a>'
        )
    html.append("</p>")
    return re.sub(r"<p>\s*</p>", "", "".join(html).strip())
