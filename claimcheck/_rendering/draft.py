"""Write a starting claims file from an article's mentions (private; ``claimcheck extract --draft``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from claimcheck._reading.quotes import find_quote, line_column
from claimcheck._rendering.visible import visible

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck.mentions import Mention

__all__ = ["draft_claims"]

#: How many words before a quote are offered as its prefix when the quote alone is ambiguous.
_PREFIX_WORDS = 4


def _toml(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and TOML escapes DEL too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _quote(article: str, mention: Mention) -> str:
    """The mention's words and, when the text names it, the noun after it: "up to 500 active fighters"."""
    end = mention.end
    if mention.noun:
        found = article.find(mention.noun, mention.end, mention.sentence[1])
        between = article[mention.end : found].strip(" \u201c\u201d\"'")
        if found != -1 and between in ("", "of"):  # "500 active fighters", "hundreds of fighters"
            end = found + len(mention.noun)
    return article[mention.start : end]


def _prefix(article: str, mention: Mention, quote: str) -> str | None:
    """Words before the quote that make it unique, or None when it is unique already."""
    if len(find_quote(article, quote, most=2)) <= 1:
        return None
    before = article[mention.sentence[0] : mention.start].split()
    return " ".join(before[-_PREFIX_WORDS:]) or None


def draft_claims(article: str, article_name: str, mentions: Sequence[Mention]) -> str:
    """Return a claims file with one ``[[claim]]`` per counted mention, for an editor to complete.

    Subjects come from the mention's noun; shares that refer back get ``of`` the mention they share.
    A change ("rose from 200 to 350") drafts two claims, one per figure, each with its ``value``; a
    multiple or a difference ("three times as many", "12,000 more than") is drafted with a reminder that
    it needs ``of``. Scopes are left for the editor, as a comment.

    Args:
        article: the article's text.
        article_name: the article's path relative to the draft's folder, written as the TOML string
            ``article`` (any name: quotes, backslashes and non-ASCII letters are escaped).
        mentions: the article's mentions (:func:`claimcheck.extract`).
    """
    drafted = [index for index, mention in enumerate(mentions) if mention.kind in ("count", "change")]
    ids: dict[int, str] = {}
    number = 0
    for index in drafted:
        number += 1
        ids[index] = f"m{number}"
        number += mentions[index].kind == "change"  # a change takes two ids: m3 and m4
    lines = [
        f"# Draft claims for {visible(article_name)}, written by `claimcheck extract --draft`.",
        "# For each claim: check the subject, add its scope, link shares with `of`, and delete what is",
        "# not a claim. Then run `claimcheck check` on this file.",
        f"article = {_toml(article_name)}",
    ]
    for index, claim_id in ids.items():
        mention = mentions[index]
        if mention.ends is not None:
            lines += _change(article, mention, claim_id)
            continue
        quote = _quote(article, mention)
        line, column = line_column(article, mention.start)
        lines += ["", "[[claim]]", f"id = {_toml(claim_id)}"]
        lines.append(f"quote = {_toml(quote)}  # line {line}, column {column}: {mention.estimate}")
        prefix = _prefix(article, mention, quote)
        if prefix is not None:
            lines.append(f"prefix = {_toml(prefix)}")
        lines.append(f"subject = {_toml(mention.noun or '(unknown)')}")
        if mention.share_of is not None and mention.share_of in ids:
            lines.append(f"of = {_toml(ids[mention.share_of])}")
        relation = mention.estimate.relation if mention.estimate is not None else "amount"
        if relation in _RELATED:
            lines.append(f'# of = "..."  # {_RELATED[relation]}')
        lines.append('# scope = { place = "..." }')
    return "\n".join(lines) + "\n"


#: What a drafted multiple or difference still needs.
_RELATED = {
    "ratio": "a multiple of another figure: name the claim it multiplies",
    "difference": "a difference from another figure: name the claim it is added to",
}


def _change(article: str, mention: Mention, claim_id: str) -> list[str]:
    """Two claims for a change: the figure before and the figure after, on the same quote."""
    assert mention.ends is not None  # noqa: S101 - only called for changes
    quote = _quote(article, mention)
    line, column = line_column(article, mention.start)
    prefix = _prefix(article, mention, quote)
    second = f"m{int(claim_id[1:]) + 1}"
    lines: list[str] = []
    for which, (ident, end) in enumerate(zip((claim_id, second), mention.ends, strict=True)):
        lines += ["", "[[claim]]", f"id = {_toml(ident)}"]
        said = "before the change" if which == 0 else "after the change"
        lines.append(f"quote = {_toml(quote)}  # line {line}, column {column}: {end} {said}")
        if prefix is not None:
            lines.append(f"prefix = {_toml(prefix)}")
        lines.append(f"value = {_toml(end.text)}")
        lines.append(f"subject = {_toml(mention.noun or '(unknown)')}")
        lines.append('# scope = { place = "...", date = "..." }  # the two figures are at two times')
    return lines
