"""Find the numeric mentions in running text: :func:`extract` and :class:`Mention`.

A plain scan, not a model. :func:`claimcheck.parse.scan` finds every numeric expression; then each one is
judged by its surroundings:

* dates, years, clock times, ordinals and numbers inside names are kept with their ``kind`` ("date",
  "year", "time", "ordinal", "identifier") and no estimate, so nothing downstream mistakes them for counts;
* ages ("a 15-year-old", "aged 30", "in his 40s") keep kind "age" and an estimate in years;
* words that only look like figures are left out: "one" as a pronoun ("one of them", "no one"), "the
  second half", "half-mast", "a third-party seller";
* a change from one figure to another ("rose from 200 to 350", "from 6.2 to 6.1 percent") is one
  ``"change"`` mention with both figures (``ends``);
* every other figure is a ``"count"`` mention with its estimate (which may carry a unit: "$25 million",
  "30%", "1,200 a week"; or relate it to another figure: "three times as many", "12,000 more than"), the
  sentence around it, the thing it counts when the words after it say so (``noun``), and, for a share
  that refers back ("roughly half of whom are fighters"), the mention it is a share of (``share_of``).

>>> mentions = extract("Up to 500 fighters remain, roughly half of whom are in Iraq. In 2014, 22 died.")
>>> for mention in mentions:
...     print(mention.text, mention.kind, mention.noun, mention.share_of)
Up to 500 count fighters None
roughly half count None 0
2014 year None None
22 count None None
"""

from __future__ import annotations

import functools
import heapq
import re
from typing import TYPE_CHECKING, Any, Final, Literal, final, get_args

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.kinds import (
    COUNT,
    context_kind,
    result_tables,
    score_lines,
    score_rows,
    special_spans,
    sprint_start,
    table_spans,
)
from claimcheck._reading.nouns import noun_after, own_noun_after, reference_after
from claimcheck._reading.regions import reading_spans
from claimcheck._reading.relations import (
    BORROWING_REACH,
    ELIDED_REACH,
    RATE_CHANGE_GAP,
    REBASING_BACK,
    RESTATING,
    RESTATING_REACH,
    aged,
    based_on,
    borrowed,
    change_direction,
    comparative_after,
    compared,
    elided,
    estimate_of_change,
    estimated_change,
    rate_changed,
    rate_from,
    rebased,
    restated,
    times_after,
    unit_before,
)
from claimcheck._reading.sentences import Sentences
from claimcheck._values.collector import collector_paused
from claimcheck.errors import ArgumentError, ModelError
from claimcheck.parse import Match, bare_estimate, parse_quantity, scan
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from claimcheck.policy import Policy

__all__ = ["MENTION_KINDS", "Mention", "MentionKind", "extract"]

#: What a mention is. ``count`` is an ordinary figure (a count, an amount with a unit, a rate, a share, or a
#: multiple or difference of another figure); ``change`` is a change from one figure to another ("rose
#: from 200 to 350"), with both in ``ends``; ``age`` ("aged 12", "a 12-year-old") states a person's age,
#: with an estimate in years; the others are numbers that count nothing and have no estimate: ``date``
#: ("February 26", "2024-02-26"), ``year`` ("in 2014", "2014-2017", "the 1990s"), ``time`` ("10:30 am"),
#: ``ordinal`` ("22nd") and ``identifier`` ("COVID-19", "F-16", "G7", "Resolution 2254", "No. 10", "the
#: S&P 500", phone numbers); ``table`` is a list or a table of figures read whole ("1,2,3,…", rows of
#: results, lines of match scores), whose span holds every figure of it (docs/extraction.md).
MentionKind = Literal["count", "change", "date", "year", "time", "ordinal", "age", "identifier", "table"]
MENTION_KINDS: Final[tuple[MentionKind, ...]] = get_args(MentionKind)

#: How far back a share that refers back ("half of whom") looks for its whole, in sentences.
_SHARE_REACH: Final = 1
_SHARE_WORDS: Final = frozenset(lex.DENOMINATORS) | {"majority", "minority"}
_NOT_SHARES: Final = ("ratio", "difference")


def _check_span(instance: Mention, _attribute: object, value: int) -> None:
    if not 0 <= instance.start <= value:
        raise ModelError(f"a mention must have 0 <= start <= end, not {instance.start}..{value}")


@final
@attrs.frozen
class Mention:
    """One number found in text, where it is and what it is.

    Attributes:
        start: offset of its first character; ``text[start:end]`` is :attr:`text`.
        end: offset just past its last character.
        text: the words of the mention, as written.
        estimate: the value it states, for a ``"count"`` or an ``"age"`` (in years); None for numbers
            that count nothing.
        sentence: the (start, end) offsets of the sentence holding it.
        noun: the thing it counts when the text says so ("500 active fighters" counts "active fighters");
            for a share that refers back, the part it names ("half of whom are fighters": "fighters").
        kind: what it is; see :data:`MentionKind`.
        share_of: for a share that refers back ("roughly half of whom", "a third of them"), the index, in
            the list :func:`extract` returned, of the nearest count before it in the same or the previous
            sentence: the whole it is a share of. None otherwise.
        ends: for a ``"change"``, the figure it changed from and the figure it changed to, in that order
            ("rose from 200 to 350": 200 and 350). None otherwise.
        printed: for a count that the words relate to another figure, the figure as printed: "3%" for
            "rose 3%" (whose estimate is the ratio 1.03), "5,000" for "5,000 fewer than" (-5,000). None
            where the estimate is the printed figure.

    :func:`extract` reads a mention's :attr:`noun` the first time it is asked for (most callers never
    ask for most of them); it is the same whenever it is read, and compares, prints and copies as any
    other field.
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str
    estimate: Estimate | None
    sentence: tuple[int, int]
    noun: str | None = None
    kind: MentionKind = COUNT
    share_of: int | None = None
    ends: tuple[Estimate, Estimate] | None = None
    printed: Estimate | None = None
    #: Where :attr:`noun` is read from when first asked for: the text and the offset after the figure;
    #: None once read, and for a mention made with its noun.
    _noun_from: tuple[str, int] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )


class _ReadOnFirstUse:
    """The slot of :attr:`Mention.noun`, which :func:`extract` leaves empty: read on first use, then kept."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot

    def __get__(self, instance: Mention | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return self.slot.__get__(instance, owner)
        except AttributeError:
            source = instance._noun_from  # noqa: SLF001 - set with the empty slot, by _made
            if source is None:
                raise
            noun = noun_after(*source)
            self.slot.__set__(instance, noun)
            object.__setattr__(instance, "_noun_from", None)
            return noun

    def __set__(self, instance: Mention, value: str | None) -> None:
        self.slot.__set__(instance, value)

    def __delete__(self, instance: Mention) -> None:
        self.slot.__delete__(instance)


setattr(Mention, "noun", _ReadOnFirstUse(vars(Mention)["noun"]))  # noqa: B010 - mypy sees the field


def _made(  # noqa: PLR0917 - every field a mention has
    start: int,
    end: int,
    text: str,
    estimate: Estimate | None,
    sentence: tuple[int, int],
    kind: MentionKind,
    share_of: int | None,
    ends: tuple[Estimate, Estimate] | None,
    printed: Estimate | None,
    noun_from: tuple[str, int] | None,
) -> Mention:
    """A mention as ``Mention(...)`` makes it, without the cost of its checks (the caller's are checked).

    A count's or a change's noun is read from ``noun_from`` when first asked for; with None, the mention
    has none.
    """
    mention = object.__new__(Mention)
    put = _PUT  # the class is frozen: each slot set through its own descriptor, as attrs' __init__ does
    put[0](mention, start)
    put[1](mention, end)
    put[2](mention, text)
    put[3](mention, estimate)
    put[4](mention, sentence)
    put[5](mention, kind)
    put[6](mention, share_of)
    put[7](mention, ends)
    put[8](mention, printed)
    put[9](mention, noun_from)
    if noun_from is None:
        put[10](mention, None)
    return mention


#: The setter of each of a mention's slots, in the order :func:`_made` sets them: through the slot's own
#: descriptor (the noun's under :class:`_ReadOnFirstUse`), faster than ``object.__setattr__``, which looks
#: each name up first.
_PUT: Final = (
    *(
        vars(Mention)[name].__set__
        for name in ("start", "end", "text", "estimate", "sentence", "kind", "share_of", "ends", "printed")
    ),
    vars(Mention)["_noun_from"].__set__,
    vars(Mention)["noun"].slot.__set__,
)


def _is_share(estimate: Estimate) -> bool:
    """Return whether an estimate is a share of something else ("roughly half", "30%", "one in five")."""
    relation = estimate.relation
    if relation in _NOT_SHARES:
        return False
    printed = estimate.text
    if relation == "share" or estimate.kind == "fraction" or "/" in printed:
        return True
    if printed[-1:].isdigit() and "n" not in printed and "N" not in printed:
        return False  # no share's word at its end, and no "in" before its last word: "12,500", "$25"
    words = printed.lower().replace("-", " ").split()
    return bool(words) and (words[-1] in _SHARE_WORDS or (len(words) >= 3 and words[-2] == "in"))


class _Extractor:
    """The state of one pass over a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = Sentences(text)
        self.mentions: list[Mention] = []
        self.wholes: list[int] = []  # indices of counts that are not shares, for share_of
        self.taken = 0  # where the last mention ends; mentions never overlap
        self.policy: Policy | None = None  # how the caller reads hedges, for a figure read again

    def add_other(self, start: int, end: int, kind: MentionKind, estimate: Estimate | None = None) -> None:
        if start < self.taken or start >= end:
            return
        sentence = self.sentences.around(start, end)
        figure = self.text[start:end]
        self.mentions.append(_made(start, end, figure, estimate, sentence, kind, None, None, None, None))
        self.taken = end

    def add_count(
        self,
        start: int,
        end: int,
        estimate: Estimate,
        noun_at: int | None = None,
        printed: Estimate | None = None,
    ) -> None:
        if start < self.taken:
            return
        text = self.text
        share_of = None
        if _is_share(estimate):
            if reference_after(text, end):
                share_of = self._whole_before(start)
        else:
            self.wholes.append(len(self.mentions))
        sentence = self.sentences.around(start, end)
        # "1,200 cases a week": the rate's words come after the counted thing.
        noun_from = (text, end if noun_at is None else noun_at)
        figure = text[start:end]
        self.mentions.append(
            _made(start, end, figure, estimate, sentence, COUNT, share_of, None, printed, noun_from)
        )
        self.taken = end

    def add_change(self, start: int, end: int, ends: tuple[Estimate, Estimate]) -> None:
        if start < self.taken:
            return
        sentence = self.sentences.around(start, end)
        text = self.text
        self.mentions.append(
            _made(start, end, text[start:end], None, sentence, "change", None, ends, None, (text, end))
        )
        self.taken = end

    def _whole_before(self, start: int) -> int | None:
        """Return the nearest count before ``start`` in the same or the previous sentence."""
        if not self.wholes:
            return None
        here = self.sentences.index(start)
        candidate = self.wholes[-1]
        there = self.sentences.index(self.mentions[candidate].start)
        return candidate if here - there <= _SHARE_REACH else None


def extract(text: str, *, policy: Policy | None = None) -> list[Mention]:
    """Return every numeric mention in ``text``, left to right, never overlapping.

    Args:
        text: running text, such as a news article. Quotes and parentheses around figures are fine.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.

    Returns:
        The mentions. Counts and ages carry an estimate and changes their two figures (``ends``); dates,
        years, times, ordinals and identifiers are included with their kind and no estimate (filter on
        ``kind == "count"`` for the single figures alone).

    Raises:
        ArgumentError: ``text`` is not a string.

    >>> [(m.text, m.noun) for m in extract("Daesh has “5,000 to 7,000 members and supporters,” it said.")]
    [('5,000 to 7,000', 'members and supporters')]
    >>> [(m.text, m.kind, m.estimate) for m in extract("On February 26, in 2024.")]
    [('February 26', 'date', None), ('2024', 'year', None)]
    """
    if not isinstance(text, str):
        raise ArgumentError("extract", "text", "text (a str)", text)
    with collector_paused():
        # the pass's tokens, matches and spans go when _extracted returns, before the collector is back:
        # its first collection then walks the mentions alone
        return _extracted(text, policy)


def _extracted(text: str, policy: Policy | None) -> list[Mention]:
    """The body of :func:`extract`, for a text that is a string."""
    specials = special_spans(text)
    # Dates, times, codes and tables are read whole, without the parser: no figure starts inside one.
    others: list[tuple[int, int, MentionKind]] = sorted([*specials, *table_spans(text, specials)])
    # Tables of results (rows of a label and figures, lines of match scores) are read whole too.
    results = result_tables(text, others)
    if results:
        others = sorted([*others, *results])
    # Shorter lines of match scores are read without the parser; their figures are judged as any other.
    scored, scores = _score_figures(text, others, policy)
    holes = sorted([*((s, e) for s, e, _ in others), *scored])
    state = _Extractor(text)
    state.policy = policy
    sentences = state.sentences
    within = reading_spans(text, (sentences.starts, sentences.ends), holes)
    matches = scan(text, policy=policy, within=within)
    if scores:
        matches = heapq.merge(matches, scores, key=_start)
    pending = 0
    for match in matches:
        while pending < len(others) and others[pending][0] < match.end:
            start, end, other = others[pending]
            state.add_other(start, end, other)
            pending += 1
        _judge(state, match)
    for start, end, other in others[pending:]:
        state.add_other(start, end, other)
    return state.mentions


def _start(match: Match) -> int:
    return match.start


def _score_figures(
    text: str, others: list[tuple[int, int, MentionKind]], policy: Policy | None
) -> tuple[list[tuple[int, int]], list[Match]]:
    """Read the lines of match scores ("Leeds 2-1 Fulham; Wolves 0-3 Burnley") without the parser.

    Each side of a score is a bare number, which the parser reads as itself: this gives the very matches
    the parser gives, at a fraction of its cost. A line is read so only where every name in it is one the
    parser reads nothing of (:func:`_plain_name`) and nothing read whole (a date, a code, a table of
    results) overlaps it. Returns the lines' spans and their figures.
    """
    lines: list[tuple[int, int]] = []
    figures: list[Match] = []
    at = 0
    for start, end in score_lines(text):
        while at < len(others) and others[at][1] <= start:
            at += 1
        if at < len(others) and others[at][0] < end:
            continue
        rows = score_rows(text, start, end)
        if not all(_plain_name(name, policy) for row in rows for name in (row[0], row[5])):
            continue
        lines.append((start, end))
        for _, first, first_end, second, second_end, _ in rows:
            figures.append(_bare(text, first, first_end))
            figures.append(_bare(text, second, second_end))
    return lines, figures


def _bare(text: str, start: int, end: int) -> Match:
    """The match the parser reads for a bare whole number at ``text[start:end]``: an exact count."""
    return Match(start, end, bare_estimate(text[start:end]))


_PROBE_SIDES: Final = ((2, 1), (0, 3))


@functools.lru_cache(maxsize=1024)
def _plain_name(name: str, policy: Policy | None) -> bool:
    """Whether the parser reads each side of a score next to ``name`` as a bare number, as it reads "Leeds".

    Asked of the parser itself, once per name, on scores with the name on every side: a name that is a
    word of its grammar ("About", "Per", "Hours") makes the line go through the parser.
    """
    probe = "; ".join(f"{name} {first}-{second} {name}" for first, second in _PROBE_SIDES)
    found = list(scan(probe, policy=policy))
    return found == [_bare(probe, m.start(), m.end()) for m in _DIGIT.finditer(probe)]


_DIGIT: Final = re.compile("[0-9]")


def _judge(state: _Extractor, match: Match) -> None:
    """Add what one figure the parser read is, judged by the characters around it."""
    text = state.text
    estimate = match.estimate
    if estimate.kind == "range" and estimate.lo == 0:
        sprint = sprint_start(text, match.start, match.end, speed=estimate.unit in _SPEEDS)
        if sprint is not None:
            state.add_other(sprint, match.end, "identifier")  # "0-62mph": a test's name
            return
    plain = estimate.kind == "exact" and not estimate.unit
    judged = context_kind(text, match.start, match.end, plain=plain)
    if judged is None:
        return
    kind, start, end = judged
    if kind == COUNT and match.then is not None:
        state.add_change(start, end, (estimate, match.then))
    elif kind == COUNT:
        if text[start - 1 : start] == "-":  # (told at once: most figures have no "sub-" before them)
            start, estimate = _below_prefix(text, start, estimate)
        mentions = state.mentions
        gap = start - mentions[-1].end if mentions else _FAR  # only a figure close by relates to this one
        restated = _restated(state, start, end, estimate) if gap <= RESTATING_REACH else None
        if restated is None and estimate.relation in _RESTATABLE:  # "its first estimate of 0.2%"
            restated = _reestimated(state, start, estimate)
        if restated is not None:  # "rose by 1,200, or 9%": the rise again, in per cent
            state.add_count(start, end, restated, match.noun_at, estimate)
            return
        if estimate.relation == "difference" and gap <= _RATE_CHANGE_REACH:  # "$3.61 a gallon, up 18 cents"
            changed = _rate_change(state, start, estimate)
            if changed is not None:
                state.add_count(start, end, changed, match.noun_at, match.printed or estimate)
                return
        if gap <= BORROWING_REACH and not estimate.unit:  # "fell to 3.1 per cent from 3.4": 3.4 per cent
            estimate = _borrowed(state, start, end, estimate) or estimate
        elif gap <= _REBASING_REACH and estimate.unit and estimate.relation == "amount":
            estimate = _rebased(state, start, estimate) or estimate  # "up 3.1% on this year's £5,470"
        if not estimate.unit:  # "the median age rose to 41.6": 41.6 years
            estimate = _aged(state, start, end, estimate) or estimate
        if not estimate.unit:  # "350 tonnes of aid ... when 100 were sent": 100 tonnes
            estimate = _elided(state, end, estimate) or estimate
        state.add_count(start, end, estimate, match.noun_at, match.printed)
    elif kind == "age":
        state.add_other(start, end, "age", _age(estimate, text[start:end]))
    else:
        state.add_other(start, end, kind)


def _restated(state: _Extractor, start: int, end: int, estimate: Estimate) -> Estimate | None:
    """The figure as the change right before it that it restates, or None (``relations.restated``).

    "rose by 1,200, or 9%, to 14,500": the 9% is the rise in per cent of the figure before, the ratio
    1.09, as a claims file reads it; "rose 9%, or 4,300" the 4,300 the difference +4,300. In brackets
    the figure closes them: "fell £2m (6%)" restates, "rose by 20 (12 of them children)" does not.
    """
    mentions = state.mentions
    if not mentions or estimate.relation not in ("share", "amount"):
        return None
    before = mentions[-1]
    gap = state.text[before.end : start]
    if len(gap) > RESTATING_REACH or not RESTATING.fullmatch(gap) or before.sentence[1] < start:
        return None
    if "(" in gap and _CLOSING.match(state.text, end) is None:  # (no copy of the rest of the text)
        return None
    at = len(mentions) - 1
    if at and _base_of(state, mentions[at - 1], before):
        at, before = at - 1, mentions[at - 1]  # "up 5.2 percent from $3.43, or 18 cents": the rise again
    if before.kind == "change" and before.ends is not None:
        direction, relative = change_direction(*before.ends), False
    elif before.kind == COUNT and before.estimate is not None:
        direction = change_direction(before.estimate, None, before.printed)
        relative = before.estimate.relation == "ratio"
    else:
        return None
    found = restated(estimate, direction, relative=relative)
    if found is not None and found.relation == "difference" and before.kind == COUNT:
        return _of_rate(mentions, at, found) or found
    return found


def _base_of(state: _Extractor, change: Mention, base: Mention) -> bool:
    """Whether ``base`` is the figure the change ``change`` right before it is measured from.

    "up 5.2 percent from $3.43" (``relations.based_on``), in one sentence.
    """
    if change.kind != COUNT or change.estimate is None or change.sentence != base.sentence:
        return False
    gap = state.text[change.end : base.start]
    return base.estimate is not None and based_on(change.estimate, change.text, gap, base.estimate)


def _reestimated(state: _Extractor, start: int, estimate: Estimate) -> Estimate | None:
    """The figure as another estimate of the change before it in its sentence, or None.

    "The economy grew 0.4%, revising up its first estimate of 0.2%": after "estimate of", "forecasts of"
    (``relations.estimate_of_change``) the figure is that change as first estimated, the ratio 1.002, as a
    claims file reads it; the change is the nearest figure before it in the sentence that is no plain
    amount, in the same unit and within ten times of it (``relations.estimated_change``).
    """
    if not estimate_of_change(state.text, start, estimate):
        return None
    for before in reversed(state.mentions):
        if before.sentence[1] < start or before.kind == "change":
            return None  # another sentence; a change from one level to another (a forecast of a level)
        if before.kind == COUNT and before.estimate is not None and before.estimate.relation != "amount":
            direction = estimated_change(before.estimate, before.printed, estimate, before.text)
            return restated(estimate, direction, relative=True) if direction else None
    return None


#: The relations of a figure that another estimate of a change may restate: a share or an amount.
_RESTATABLE: Final = frozenset({"share", "amount"})
#: White space and a closing bracket: the figure closes the brackets the words before it opened.
_CLOSING: Final = re.compile(r"\s*\)")


def _borrowed(state: _Extractor, start: int, end: int, estimate: Estimate) -> Estimate | None:
    """A bare figure with the unit of the figure it is compared with, or None (``relations.borrowed``).

    "fell to 3.1 per cent from 3.4" is 3.4 per cent, "rose to $5.2bn from 4.8" $4.8bn: the figure before,
    in the same sentence, has a unit, the words join the two in one change or comparison ("from", "up
    from", "compared with", "against"; "46.9 seconds, 0.2 outside the record": ``relations.compared``),
    and the bare figure counts no thing of its own ("£40 from 3 donors" counts donors).
    """
    before = state.mentions[-1]
    if before.kind != COUNT or before.estimate is None:
        return None
    if not before.estimate.unit and before.estimate.relation not in ("share", "ratio"):  # ("48 per 100,000")
        return None
    text = state.text
    how = compared(text, before.end, start, end) if before.sentence[1] >= start else None
    if how is None or (own_noun_after(text, end) is not None and not _multiple_again(before, text, end)):
        return None
    read = functools.partial(parse_quantity, policy=state.policy)
    after = comparative_after(text, end) if how == "margin" else ""  # "£40, 12 cheaper than": -£12
    found = borrowed(before.estimate, before.text, estimate, read, near=how == "change", after=after)
    return None if found is None else attrs.evolve(found, text=estimate.text)


def _elided(state: _Extractor, end: int, estimate: Estimate) -> Estimate | None:
    """A bare figure whose noun is left out, in the measure of the figures before it, or None.

    "350 tonnes of aid ... when 100 were sent" is 100 tonnes (``relations.elided``): the counts before it
    within ``ELIDED_REACH`` characters and no paragraph break, nearest first.
    """
    text = state.text
    if not state.mentions or own_noun_after(text, end) is not None:
        return None
    low = end - len(estimate.text) - ELIDED_REACH
    leads = []
    for mention in reversed(state.mentions):
        if mention.end < low or "\n\n" in text[mention.end : end]:
            break
        if mention.kind == COUNT and mention.estimate is not None:
            leads.append((mention.estimate, mention.text))
    read = functools.partial(parse_quantity, policy=state.policy)
    found = elided(text, end, estimate, leads, read)
    return None if found is None else attrs.evolve(found, text=estimate.text)


def _multiple_again(before: Mention, text: str, end: int) -> bool:
    """Whether "times" after a bare figure makes it a multiple as ``before`` is ("against 6.9 times")."""
    return before.estimate is not None and before.estimate.relation == "ratio" and times_after(text, end)


def _rebased(state: _Extractor, start: int, estimate: Estimate) -> Estimate | None:
    """The figure a change is measured from, per what the rate before the change is per; or None.

    "£5,640 per pupil, up 3.1% on this year's £5,470": the £5,470 is per pupil (``relations.rebased``);
    the rate is the nearest figure with a unit before the change in its sentence, figures of no unit
    ("for its 86,200 pupils") between.
    """
    mentions = state.mentions
    change = mentions[-1]
    if change.kind != COUNT or change.estimate is None or change.sentence[1] < start:
        return None
    if " / " in change.estimate.unit and change.estimate.relation == "amount":
        # "rose 7.8% to £1,150 a month from £1,067": the rate's level before
        if own_noun_after(state.text, start + len(estimate.text)) is not None:
            return None  # "£40 a week from £35 donors" counts donors
        read = functools.partial(parse_quantity, policy=state.policy)
        found = rate_from(change.estimate, change.text, state.text[change.end : start], estimate, read=read)
        return None if found is None else attrs.evolve(found, text=estimate.text)
    if change.estimate.relation not in ("ratio", "difference"):
        return None
    before = _unit_before(mentions, len(mentions) - 1)
    if before is None or before.estimate is None:
        return None
    read = functools.partial(parse_quantity, policy=state.policy)
    gap = state.text[change.end : start]
    found = rebased(before.estimate, before.text, change.text, gap, estimate, read=read)
    return None if found is None else attrs.evolve(found, text=estimate.text)


def _unit_before(mentions: list[Mention], at: int) -> Mention | None:
    """The nearest count with a unit before ``mentions[at]`` in its sentence, or None.

    Only counts of no unit between ("£5,640 per pupil for its 86,200 pupils, up 3.1%"), at most
    ``REBASING_BACK`` back (``relations.unit_before``).
    """
    change, low = mentions[at], max(0, at - REBASING_BACK)
    estimates = [
        mention.estimate if mention.kind == COUNT and mention.sentence == change.sentence else None
        for mention in mentions[low : at + 1]
    ]
    found = unit_before(estimates, at - low)
    return None if found is None else mentions[low + found]


def _of_rate(mentions: list[Mention], at: int, change: Estimate) -> Estimate | None:
    """``change`` per what the rate it changed is per, or None.

    ``change`` is a difference stating how much the figure before ``mentions[at]`` changed: "$3.61 a
    gallon, up 5.2 percent, or 18 cents" is 18 cents a gallon more (``relations.rate_changed``).
    """
    rate = _unit_before(mentions, at)
    return None if rate is None or rate.estimate is None else rate_changed(rate.estimate, change)


def _rate_change(state: _Extractor, start: int, estimate: Estimate) -> Estimate | None:
    """A difference right after a rate, as the rate's change, or None.

    "151.3p a litre, down 4p on May" is 4p a litre less (``relations.rate_changed``).
    """
    mentions = state.mentions
    rate = mentions[-1]
    if rate.kind != COUNT or rate.estimate is None or rate.sentence[1] < start:
        return None
    if not RATE_CHANGE_GAP.fullmatch(state.text, rate.end, start):
        return None
    return rate_changed(rate.estimate, estimate)


_RATE_CHANGE_REACH: Final = 4
#: The most characters between a change and the figure it is measured from ("up 3.1% on this year's ").
_REBASING_REACH: Final = 40


def _aged(state: _Extractor, start: int, end: int, estimate: Estimate) -> Estimate | None:
    """A bare figure in years after the name of an age statistic, or None (``relations.aged``)."""
    words = aged(state.text, start, end, estimate)
    if words is None or own_noun_after(state.text, end) is not None:
        return None
    return attrs.evolve(parse_quantity(words, policy=state.policy), text=estimate.text)


#: A gap wider than any between two figures that relate to each other.
_FAR: Final = 1 << 30
_SPEEDS: Final = frozenset({"mile_per_hour", "kilometer_per_hour"})
#: The units an age is printed in ("a six-month-old", "a 15-year-old"); a bare age is in years.
_AGE_UNITS: Final = frozenset({"year", "month", "week", "day"})
_DECADE: Final = 10
_SUB: Final = "sub-"


def _age(estimate: Estimate, words: str) -> Estimate | None:
    """The age a mention states, in years unless printed in months, weeks or days.

    An age reads as printed, like every figure: "a 15-year-old" is 15 years, "aged 18 to 65" 18 to 65
    years. It records no printed precision (a 15-year-old is not 14.5), and "in their 30s" is 30 up to,
    not including, 40.
    """
    unit = estimate.unit or "year"
    if unit not in _AGE_UNITS:
        return None
    if words[-1:] in "sS" and words[:-1].isdigit():
        decade = int(words[:-1])
        return Estimate(decade, decade + _DECADE, "year", high_open=True, kind="range", text=words)
    # (``attrs.evolve`` would check every field again: the estimate's are checked, and each unit of
    # _AGE_UNITS is a canonical name.)
    return Estimate._made(  # noqa: SLF001
        estimate.lo, estimate.hi, unit, estimate.low_open, estimate.high_open, estimate.kind, estimate.text,
        estimate.nominal, None, estimate.relation, canonical=True,
    )  # fmt: skip


def _below_prefix(text: str, start: int, estimate: Estimate) -> tuple[int, Estimate]:
    """Read "sub-500 sq ft" as below 500 sq ft: the mention takes in "sub-" and its estimate the bound."""
    begin = start - len(_SUB)
    if text[start - 1 : start] != "-" or begin < 0 or text[begin:start].lower() != _SUB:
        return start, estimate
    if begin and text[begin - 1].isalnum():
        return start, estimate
    if estimate.kind != "exact":
        return start, estimate
    below = Estimate(
        0, estimate.hi, estimate.unit, high_open=True, kind="below", nominal=estimate.hi,
        text=text[begin : start] + estimate.text, relation=estimate.relation,
    )  # fmt: skip
    return begin, below
