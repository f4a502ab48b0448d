"""The article in the HTML report: its paragraphs, with each quoted claim highlighted (private)."""

from __future__ import annotations

import bisect
import itertools
import re
from html import escape
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claims import Claim

__all__ = ["article_html"]

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r]*\n\s*")


def _segments(low: int, high: int, spans: Mapping[str, tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    """Cut ``[low, high)`` at every span's ends; each piece with the claims covering it, shortest first.

    One sweep over the cuts, keeping the spans open at each: time grows with the cuts and the spans open
    at once, not with their product.
    """
    cuts = sorted({low, high, *(end for span in spans.values() for end in span if low < end < high)})
    starting: dict[int, list[str]] = {}
    for claim_id, (lo, _hi) in spans.items():
        starting.setdefault(max(lo, low), []).append(claim_id)
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


def _paragraphs(
    text: str, spans: Mapping[str, tuple[int, int]]
) -> tuple[list[int], list[int], dict[int, dict[str, tuple[int, int]]]]:
    """Where the article's paragraphs start and end, and for each one a claim reaches, the claims' spans."""
    starts, ends = [0], []
    for match in _PARAGRAPH_BREAK.finditer(text):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    reaching: dict[int, dict[str, tuple[int, int]]] = {}
    for claim_id, (lo, hi) in spans.items():
        first = max(0, bisect.bisect_right(starts, lo) - 1)
        for index in range(first, bisect.bisect_left(starts, hi)):
            if max(lo, starts[index]) < min(hi, ends[index]):
                reaching.setdefault(index, {})[claim_id] = (lo, hi)
    return starts, ends, reaching


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
    break is highlighted in both paragraphs. Paragraphs no claim reaches are escaped in runs, so the
    page of a long article costs little more than its text.

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
    starts, ends, reaching = _paragraphs(text, ordered)

    def plain(first: int, last: int) -> str:  # paragraphs no claim reaches: one escape, breaks made ends
        return _PARAGRAPH_BREAK.sub("</p><p>", escape(text[starts[first] : ends[last]]))

    html: list[str] = []
    started: set[str] = set()
    after = 0  # the first paragraph not yet written
    for index in sorted(reaching):
        if after < index:
            html.append(plain(after, index - 1))
        after = index + 1
        words = []
        for start, end, covering in _segments(starts[index], ends[index], reaching[index]):
            piece = escape(text[start:end])
            if not covering:
                words.append(piece)
                continue
            claim_id = covering[0]
            slug = slugs[claim_id]
            anchor = "" if claim_id in started else f' id="quote-{slug}"'
            started.add(claim_id)
            words.append(
                f'<a class="claim cc-{statuses[claim_id]}"{anchor} href="#{slug}" '
                f'data-claim="{escape(claim_id)}" data-tip="{escape(tips[claim_id])}">{piece}</a>'
            )
        html.append("".join(words))
    if after < len(starts):
        html.append(plain(after, len(starts) - 1))
    page = "<p>" + "</p><p>".join(html) + "</p>"
    return re.sub(r"<p>\s*</p>", "", page.strip())
