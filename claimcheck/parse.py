"""Read English numeric expressions into :class:`~claimcheck.Estimate` values.

The parser works on tokens (:mod:`claimcheck._reading.tokens`) with a small recursive-descent grammar:

* an *amount* is a number with its scale, currency and unit: "12,500", "twenty-two", "half a million",
  "$1.2bn", "£300m", "10 per cent", "500,000-strong";
* a *core* is an amount, a range of two amounts ("5,000 to 7,000", "between $25m and $50m"), a share
  ("a third", "one in five") or a vague amount ("hundreds", "a few thousand");
* an *expression* is a core with hedges around it: bounds ("up to", "fewer than", "or more"),
  approximations ("about", "nearly", "or so") and two bounds joined ("more than 20 and less than 35").

Each layer is its own private module: amounts in :mod:`claimcheck._reading.amounts`, cores in
:mod:`claimcheck._reading.cores`, hedges in :mod:`claimcheck._reading.hedges`; this one joins bounds and
scans. Each start position does a bounded amount of work, so reading is linear in the length of the text.

:func:`parse_quantity` reads a value in a common spelling ("12,500", "$1.2bn", "40 km", "400 to 500",
"between 400 and 500") by a fast path (:mod:`claimcheck._reading.plain`) that gives the estimate this
grammar gives, and keeps one estimate per short text and policy for the next claim that repeats it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, final

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.amounts import AFTER_NUMBER, BEFORE_INDEX, STARTERS
from claimcheck._reading.cores import (
    _RANGE_OPENERS,
    AFTER_AMOUNT,
    OPENER_INDEX,
    QUANTIFIER_INDEX,
    Core,
    estimate_of,
)
from claimcheck._reading.hedges import _SUFFIX_INDEX as HEDGE_SUFFIX_INDEX
from claimcheck._reading.hedges import (
    AFTER_CORE,
    BOUND_JOINER_INDEX,
    BOUNDS,
    HEDGE_INDEX,
    HedgeReader,
    apply_hedge,
    estimated_around,
    hedge_kind,
    opposite,
)
from claimcheck._reading.nouns import BACK_REFERENCES, nounlike
from claimcheck._reading.plain import CURRENCY_SIGNS, GLUED_SCALES, MEASURES, SPELLED_SCALES, read_plain
from claimcheck._reading.plain import HEDGES as PLAIN_HEDGES
from claimcheck._reading.regions import CORE_WORDS
from claimcheck._reading.relations import AFTER_FIGURE, CHANGE_INDEX, averaged, relate
from claimcheck._reading.tokens import (
    NOT_A_QUANTITY,
    NOT_EQUAL,
    NUM,
    SYM,
    WORD,
    not_a_quantity,
    phrase,
    read_number,
)
from claimcheck._reading.unit_spellings import may_start_unit
from claimcheck._values.currencies import BEFORE as CURRENCIES_BEFORE
from claimcheck.errors import ArgumentError, ParseError
from claimcheck.policy import DEFAULT_POLICY, Policy
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from claimcheck.quantity import Kind

__all__ = ["Match", "bare_estimate", "parse_quantity", "scan"]

#: Words that can begin an expression; any other word is skipped at once when scanning.
_STARTERS: Final = frozenset(
    {*HEDGE_INDEX, *OPENER_INDEX, *QUANTIFIER_INDEX, *lex.ONES, *lex.TENS}
    | {*lex.VAGUE_PLURALS, *lex.VULGAR, *STARTERS, "a", "an", "half"}
    | {*lex.MULTIPLES, *lex.MULTIPLES_BEFORE, *lex.FOLDS, *lex.FREQUENCIES, *CHANGE_INDEX}
)

#: Words that can stand between an expression's first word and its core: every word of a hedge, a
#: change, a range opener or a quantifier, the currency forms, and the starters themselves.
_LEADS: Final = frozenset(
    {word for index in (HEDGE_INDEX, OPENER_INDEX, QUANTIFIER_INDEX, CHANGE_INDEX) for entries in
     index.values() for words in entries for word in words}
    | {word for form in CURRENCIES_BEFORE for word in phrase((form,))}
    | _STARTERS | {"by", "from", "a", "an", "average", "of"}  # "rose by an average of 4.9%"
)  # fmt: skip
#: Starters that begin only phrases of two words or more ("the majority", "in excess of", "more than",
#: "US$"), each with the second words of its phrases: where none of them follows, no expression starts
#: at the starter, and :func:`scan` skips it without asking the grammar.
_PHRASE_STARTERS: Final = {
    word: frozenset(words[1] for table in tables for words in table[word])
    for word in _STARTERS
    if word not in {*lex.ONES, *lex.TENS, *lex.VAGUE_PLURALS, *lex.VULGAR, "a", "an", "half"}
    and word not in {*lex.MULTIPLES, *lex.MULTIPLES_BEFORE, *lex.FOLDS, *lex.FREQUENCIES}
    and word not in STARTERS - BEFORE_INDEX.keys()  # ISO codes, minus signs and words
    and (tables := tuple(
        table
        for table in (HEDGE_INDEX, OPENER_INDEX, QUANTIFIER_INDEX, CHANGE_INDEX, BEFORE_INDEX)
        if word in table
    ))
    and all(len(words) > 1 for table in tables for words in table[word])
}  # fmt: skip
#: The whole phrases of each of :data:`_PHRASE_STARTERS` ("in the region of", "in excess of"), longest
#: first: where none of them stands at the starter, no expression starts there ("in the north").
_STARTER_PHRASES: Final = {
    word: tuple(sorted(
        {words for table in (HEDGE_INDEX, OPENER_INDEX, QUANTIFIER_INDEX, CHANGE_INDEX, BEFORE_INDEX)
         for words in table.get(word, ())},
        key=len,
        reverse=True,
    ))
    for word in _PHRASE_STARTERS
}  # fmt: skip
_DASHES: Final = frozenset({"-", "−"})
#: How far a starter's leading words are followed before the start is tried anyway.
_LEAD_REACH: Final = 40


@final
@attrs.frozen
class Match:
    """A numeric expression found in text: its character span and what it means.

    Attributes:
        start: offset of the first character of the expression.
        end: offset just past its last character.
        estimate: the value the expression states.
    """

    start: int
    end: int
    estimate: Estimate
    #: For a change written "from 200 to 350" ("rose from 200 to 350", "from 6.2 to 6.1 percent"), the
    #: figure it changed to; :attr:`estimate` is then the figure it changed from. None otherwise.
    then: Estimate | None = None
    #: Where the counted thing begins when the expression reaches past it to a rate ("1,200 cases a
    #: week" counts "cases"); None otherwise.
    noun_at: int | None = None
    #: The figure as printed where the words around it relate it to another and so give
    #: :attr:`estimate` another value: "3%" of "rose 3%" (the ratio 1.03), "5,000" of "5,000 fewer than"
    #: (-5,000). None where :attr:`estimate` is the printed figure.
    printed: Estimate | None = None


class _Parser(HedgeReader):
    """Reads whole expressions: a hedged core, or two opposite bounds joined into one range."""

    #: The token :meth:`changes` was last asked about, and its answer.
    _changes_at: int = -1
    _changed: bool = False

    def expression(self, index: int, inherited: tuple[str, ...] = ()) -> tuple[Match, int] | None:
        """Read one expression starting at token ``index``; return it and the index after it.

        ``inherited``: the hedges of a list's first figure, for a figure that states none of its own.
        """
        # "<>30", "≠ 30": a value ruled out is no estimate of one.
        if index > 0 and self.words[index - 1] in NOT_EQUAL:
            self.fail(index, f"{self.words[index - 1]!r} rules a value out and states none")
            return None
        first = self.bounded(index, inherited)
        if first is None:
            return None
        core, kind, nxt = first
        hedged, noun_at, printed = self.hedged, self.noun_at, self.printed
        if self.unchanged:  # "dropped 3 bombs": the figure is "3", the verb is no part of it
            index = self._after_change(index)
        # "more than 20 and less than 35": two bounds in opposite directions make one range.
        joiner = self.match_phrase(nxt, BOUND_JOINER_INDEX)
        if joiner is not None and kind in BOUNDS:
            second = self.bounded(joiner[1])
            if (
                second is not None
                and opposite(kind, second[1])
                and second[0].relation == core.relation
                and second[0].then is None
            ):
                both = core.interval.intersection(second[0].interval)
                # "more than 20 and less than 10" states two bounds that contradict each other: keep
                # them apart (the first is read here, the second by the next scan), so a checker sees
                # both rather than one number taken out of the phrase.
                if both is not None:
                    core = attrs.evolve(core, interval=both, unit=core.unit or second[0].unit)
                    kind, nxt = "range", second[2]
        start = self.tokens.starts[index]
        end = self.tokens.ends[nxt - 1]
        self.hedged = hedged
        noun_at = self.tokens.starts[noun_at] if noun_at is not None else None
        if core.then is None:
            estimate = self._estimate(core, kind, start, end)
            if printed is not None and core.interval == first[0].interval:
                figure = self._estimate(attrs.evolve(printed[0], relation=None), printed[1], start, end)
                return Match(start, end, estimate, noun_at=noun_at, printed=figure), nxt
            return Match(start, end, estimate, noun_at=noun_at), nxt
        # "from 6.2 to 6.1 percent": the figure it changed from, then the one it changed to.
        at, then_at = core.then_at
        then = self._estimate(core.then, core.then.kind, self.tokens.starts[then_at], end)
        before = self._estimate(core, kind, self.tokens.starts[at], self.tokens.ends[then_at - 2])
        return Match(start, end, before, then=then), nxt

    def changes(self, index: int) -> bool:
        """Whether the grammar reads a change of the figure that starts at token ``index``.

        A change word at ``index`` ("rose 5%", "fell by 3", "a rise of 2%": :meth:`change`) or a verb and
        its object before "by" right before it ("cut the risk by 27%", "reduced the backlog by 3,000":
        :meth:`change_before`), as :meth:`bounded` reads them: the one question each of :func:`scan`'s
        shortcuts asks before it reads a figure without the grammar.
        """
        if index != self._changes_at:  # (each shortcut asks it of the same figure in turn)
            self._changes_at = index
            self._changed = self.change(index) is not None or self.change_before(index) is not None
        return self._changed

    def _after_change(self, index: int) -> int:
        """The token after the change word (and "by") that starts at ``index``."""
        found = self.change(index)
        return index if found is None else found[1]

    def _estimate(self, core: Core, kind: Kind, start: int, end: int) -> Estimate:
        return estimate_of(core, kind, self.text[start:end])


def _candidates(parser: _Parser, *, quick: bool = False) -> Iterator[int]:
    """Yield the token indices where an expression may start.

    ``quick`` skips a starting word whose leading words run into a word that no expression reads
    before its number ("the government", "of the report"), a starter none of whose phrases follows
    ("the" without "majority"), and a dash that is no minus sign ("F-16"): no expression can start
    there, and only the reason a failed parse gives (which :func:`scan` never reports) would differ.
    """
    kinds, words = parser.kinds, parser.words
    if quick:
        yield from _quick_candidates(parser)
        return
    for index in range(parser.size):
        if index < parser.unfinished:
            continue
        if kinds[index] == NUM or (words[index] in _STARTERS and not parser.asking(index)):
            yield index
        elif kinds[index] in NOT_A_QUANTITY:
            parser.fail(index, not_a_quantity(kinds[index], words[index]))


def _quick_candidates(parser: _Parser) -> Iterator[int]:
    kinds, words = parser.kinds, parser.words
    starters, last = _STARTERS, parser.size - 1
    for index in [index for index, word in enumerate(words) if word in starters or kinds[index] == NUM]:
        if index < parser.unfinished:
            continue
        if kinds[index] == NUM:
            yield index
            continue
        word = words[index]
        seconds = _PHRASE_STARTERS.get(word)
        if seconds is not None and (
            index == last
            or words[index + 1] not in seconds
            or not any(tuple(words[index : index + len(entry)]) == entry for entry in _STARTER_PHRASES[word])
        ):
            continue  # "of the report", "in the north": none of the starter's phrases
        if word in _DASHES and not parser.minus_sign(index):
            continue  # a hyphen ("F-16") or a range's dash: no minus sign
        if index < last and word not in CORE_WORDS:
            # _may_lead's first step past the starter, inline: most starters ("a", "the") lead nowhere
            after, kind = words[index + 1], kinds[index + 1]
            if kind != NUM and after not in CORE_WORDS and (kind not in (WORD, SYM) or not _leads(after)):
                continue
        if not parser.asking(index) and _may_lead(kinds, words, index):
            yield index


def _may_lead(kinds: list[int], words: list[str], index: int) -> bool:
    """Whether the words from ``index`` on may lead to a figure: only leading words before a number."""
    for position in range(index, min(index + _LEAD_REACH, len(words))):
        word = words[position]
        if kinds[position] == NUM or word in CORE_WORDS:
            return True
        if kinds[position] not in (WORD, SYM) or not _leads(word):
            return False  # a date, a gap, or a word no expression reads before its number
    return True


def _leads(word: str) -> bool:
    """Whether ``word`` may stand between an expression's first word and its core (:data:`_LEADS`).

    An adverb in -ly may too, and a comma after it: "up sharply by 2 points", "fell sharply, by 40%"
    (the change reader decides whether they do).
    """
    return word in _LEADS or word == "," or (word.endswith("ly") and word.isalpha())


def scan(
    text: str, *, policy: Policy | None = None, within: Sequence[tuple[int, int]] | None = None
) -> Iterator[Match]:
    """Yield every numeric expression in ``text``, left to right, longest first, never overlapping.

    Args:
        text: any text.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.
        within: read only these stretches of ``text`` (sorted, not overlapping, each ending where no
            word or number runs on); no expression reads across what lies between them. All of
            ``text`` if None.
    """
    parser = _Parser(text, policy or DEFAULT_POLICY, spans=within)
    taken = 0
    hedged: tuple[str, ...] = ()
    last: Estimate | None = None
    predicated = False  # the last hedge follows a verb: "8,700 were under 16"
    for index in _candidates(parser, quick=True):
        if index < taken:
            continue
        listed = _listed(parser, taken, index) if hedged else None
        inherited = hedged if listed is not None else ()
        if not inherited:
            bare = _bare_number(parser, index)
            if bare is not None and not _rough(parser, index, index + 1):
                hedged, last, taken, predicated = (), bare.estimate, index + 1, False
                yield bare
                continue
            plain = _plain_figure(parser, index) or _vague_figure(parser, index)
            if plain is not None and (plain[2] not in _ROUGH_HEDGES or not _rough(parser, index, plain[1])):
                match, taken, hedged = plain
                last, predicated = match.estimate, _predicated(parser, index, hedged)
                yield match
                continue
        if _from_no_range(parser, index):
            continue
        found = None if inherited else _isolated_figure(parser, index) or _amount_figure(parser, index)
        if found is None:
            found = parser.expression(index, inherited)
        # "up to 500 fighters and 30%" lists two things; "up to 500 fighters remain, and 22 were killed"
        # two clauses: the hedge stays with its own figure.
        # "8,700 were under 16 and 10,600 were over 65": a hedge stated of a verb is no hedge of the
        # next figure's own clause
        if (
            inherited
            and found is not None
            and (
                _unlike(found[0].estimate, last)
                or ((listed or predicated) and not _elliptical(parser, found[1]))
            )
        ):
            found = parser.expression(index)
        if found is not None:
            match, taken = found
            hedged, last = parser.hedged, match.estimate
            predicated = _predicated(parser, index, hedged)
            yield match


def _predicated(parser: _Parser, index: int, hedged: tuple[str, ...]) -> bool:
    """Whether the hedges of the expression at token ``index`` follow a verb: "8,700 were under 16".

    Such a hedge is stated of the verb's subject and is no hedge of a figure listed after it ("Most were
    under 16 while 10,600 fled": 10,600 is exact). :func:`scan` asks it of every expression it reads, by
    the grammar or by a shortcut alike.
    """
    return bool(hedged) and index > 0 and parser.words[index - 1] in _VERBS_BEFORE_BOUND


#: The hedges a plain figure may read and still be made an estimate by the words around it ("some 2,000
#: are thought to").
_ROUGH_HEDGES: Final = ((), ("about",))


def _rough(parser: _Parser, index: int, after: int) -> bool:
    """Whether words around the unhedged figure of tokens ``index`` to ``after`` make it an estimate.

    "estimates put the toll at 2,000", "2,000 are thought to have fled": the grammar's to read, not a
    shortcut's (``hedges.estimated_around``).
    """
    kinds = parser.kinds
    while index < after and kinds[index] == WORD:
        index += 1  # past a hedge: "some 2,000"
    return estimated_around(parser.words, kinds, index, after)


#: Every word that may make more of a bare number after it, for any rule of the grammar: a scale, a unit,
#: a share, the second end of a range, a hedge or a bound after it, a comparison, percentage points. (The
#: words that join two bounds, "more than 20 and less than 35", join only bounds: a bare number is none.)
_AFTER_BARE: Final = AFTER_NUMBER | AFTER_AMOUNT | AFTER_CORE | AFTER_FIGURE
#: The words a rate's second half starts with; the counted thing may stand between ("500 cases a week").
_RATE_WORDS: Final = lex.RATE_OPENERS | lex.RATE_ADVERBS.keys()
#: How far after a figure a rate's words are looked for: three words of the counted thing, then the rate.
_RATE_REACH: Final = 4


def _bare_number(parser: _Parser, index: int) -> Match | None:
    """Read token ``index`` when it is a bare number that nothing around it makes more of; else None.

    The grammar reads such a number as itself: a plain exact count, printed to its last digit. This
    shortcut gives the very estimate :meth:`_Parser.expression` gives, without its work, where every
    token after the number is one that no rule reads after a figure (:data:`_AFTER_BARE`, the first
    words of units, and no rate's words within reach), and no "≠" stands before it.
    """
    kinds, words = parser.kinds, parser.words
    before = words[index - 1] if index else ""
    if kinds[index] != NUM or before in NOT_EQUAL or averaged(words, kinds, index):
        return None  # "≠ 30"; "averaged 41,300 over 19 games" is a rate per game
    if parser.changes(index):
        return None  # "reduced the backlog by 3,000": a change
    tokens = parser.tokens
    nxt = index + 1
    if nxt < parser.size:
        word = words[nxt]
        if word == "and" and _and_plain(parser, nxt):
            pass  # "the G7 and the EU": "and" starts no more of the figure
        elif word in _AFTER_BARE or may_start_unit(parser.text[tokens.starts[nxt] : tokens.ends[nxt]]):
            return None  # "12 to 15", "12 times"; "1 in 5", "12 km": the grammar's (or _amount_figure's)
        if not _no_rate(parser, index, nxt, None):
            return None  # "12 a day", "1,200 new cases a week"
    return Match(tokens.starts[index], tokens.ends[index], bare_estimate(words[index]))


#: The words after a figure that a range's, a hedge's or a relation's rule reads on ("to", "or more",
#: "times", "a week", "2C above", "5.8C colder"): a shortcut leaves the figure before one of them to the
#: grammar. The words that only the amount reader reads after a number ("of", "in", a unit) are asked of
#: that reader (:func:`_amount_figure`), and a rate's words the rate reader.
_READ_ON: Final = (
    AFTER_AMOUNT | AFTER_CORE | AFTER_FIGURE | lex.ABOVE_BELOW.keys() | lex.TEMPERATURE_COMPARATIVES.keys()
)


def _no_rate(parser: _Parser, index: int, nxt: int, unit: str | None) -> bool:
    """Whether no rate follows the figure at token ``index`` that ends before ``nxt``, in ``unit``.

    Told at once where no rate's word stands within reach; else the grammar's rate reader is asked, as it
    reads there ("8,685 last year, a rate" has none; "1,200 new cases a week" has one).
    """
    if _RATE_WORDS.isdisjoint(parser.words[nxt : nxt + _RATE_REACH]):
        return True
    parser.core_at = index  # where the rate reader looks back for an averaging word, as the grammar sets it
    return parser.rate(nxt, unit) is None


#: The words that may start an expression the plain reader reads: a hedge of its table, "between", and a
#: currency sign before digits.
_PLAIN_STARTS: Final = frozenset(
    {phrase(tuple(words.split()))[0] for words in PLAIN_HEDGES} | {"between"} | CURRENCY_SIGNS.keys()
)
#: Number tokens as the plain reader prints them: grouped by commas in threes or plain, with decimals.
_PLAIN_NUMBER: Final = re.compile(r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,11}|0)(?:\.[0-9]{1,6})?")
#: The unit words the plain reader reads after a number, as tokens (lower case).
_PLAIN_UNITS: Final = frozenset({word.lower() for word in MEASURES} | {"percent"})
#: Words after a plain figure that the grammar reads on: those after a bare number, and "above" or "below"
#: a reference ("41% below its peak").
_AFTER_PLAIN: Final = _AFTER_BARE | lex.ABOVE_BELOW.keys()


def _plain_figure(parser: _Parser, index: int) -> tuple[Match, int, tuple[str, ...]] | None:
    """Read the expression at token ``index`` when it is in a plain shape that nothing around it changes.

    The shapes are those of :func:`~claimcheck._reading.plain.read_plain`: a number with a currency sign,
    a scale and a unit or per cent ("$1.2bn", "45%", "40 km"), two joined into a range ("5,000 to 7,000",
    "between $5 million and $7 million"), with at most one common hedge before ("about 45%", "up to
    500"). It reads the figure's own characters with that reader, which gives the estimate the grammar
    gives, where no word after the figure is one any rule of the grammar reads on (as for
    :func:`_bare_number`), no change word, "≠", averaging word or "per capita" stands before it, and no
    "over" follows a figure ("£2.3m over three years"). Returns the match, the token after it and the
    hedges it read (as :attr:`_Parser.hedged`); None where the grammar must read it.
    """
    words, kinds = parser.words, parser.kinds
    word = words[index]
    if kinds[index] != NUM and word not in _PLAIN_STARTS:
        return None
    before = words[index - 1] if index else ""
    if before in NOT_EQUAL or parser.changes(index):
        return None  # "rose 5%", "cut the risk by 27%": a change
    if before == "of" and index > 1 and words[index - 2] in lex.SWINGS:
        return None  # "a swing of 3.2%": points, the grammar's to read
    at = core_at = index
    hedge = ""
    if word == "between":
        first = _plain_amount(parser, index + 1)
        if first is None or parser.word_at(first[0]) != "and":
            return None
        second = _plain_amount(parser, first[0] + 1)
        if second is None:
            return None
        at, unit = second[0], first[1] or second[1]
    else:
        if kinds[index] != NUM and word not in CURRENCY_SIGNS:
            found = parser.match_phrase(index, HEDGE_INDEX)
            if found is None:
                return None
            hedge = " ".join(found[0])
            if hedge not in PLAIN_HEDGES or (hedge == "over" and _after_figure(parser, index)):
                return None  # "£2.3m over three years": "over" says when
            if hedge == "up to" and index and words[index - 1] in lex.MOVED_UP:
                return None  # "revised up to 52": a level, the grammar's to read
            at = core_at = found[1]
        first = _plain_amount(parser, at)
        if first is None:
            return None
        at, unit = first
        if parser.word_at(at) in _PLAIN_JOINERS:
            if parser._pair_not_range(core_at, at) or parser.minus_sign(at):  # noqa: SLF001
                return None  # "won 3-2", "the Nikkei 225 -0.9%": the grammar's to read
            second = _plain_amount(parser, at + 1)
            if second is None:
                return None
            at, unit = second[0], unit or second[1]
    name = PLAIN_HEDGES.get(hedge, "equal")
    if not _ends_plainly(parser, at, unit=unit, bound=name in BOUNDS) or averaged(words, kinds, core_at):
        return None
    if parser.per_thing_before(index) is not None:
        return None
    tokens = parser.tokens
    start, end = tokens.starts[index], tokens.ends[at - 1]
    estimate = _plain_reading(parser.text[start:end], len(hedge), parser.policy)
    if estimate is None:
        return None
    return Match(start, end, estimate), at, (() if name == "equal" else (name,))


#: The units of an age written as one compound word: "a 12-year-old", "a six-month-old".
_AGE_UNITS: Final = frozenset({"year", "month", "week", "day"})
_OLD: Final = frozenset({"old", "olds"})


def _isolated_figure(parser: _Parser, index: int) -> tuple[Match, int] | None:
    """Read a share or an age compound at ``index`` as the grammar reads its own words alone, or None.

    The shapes: a share word after at most one common hedge ("roughly half", "about a third", "nearly
    two-thirds") and a number joined to a unit of age ("12-year" of "a 12-year-old"). Where nothing
    before the figure and nothing after it makes more of it (as for :func:`_plain_figure`: "of whom"
    after a share and "-old" after an age say only what is counted), the grammar reads the figure as it
    reads its own words alone, and that reading is kept per spelling (:func:`_alone`). Sets
    :attr:`_Parser.hedged` as :meth:`_Parser.expression` does. None where the grammar must read it.
    """
    words, kinds = parser.words, parser.kinds
    word = words[index]
    if index and words[index - 1] in NOT_EQUAL:
        return None
    if parser.changes(index):
        return None
    if kinds[index] == NUM:  # "12-year" of "a 12-year-old"
        at = index + 3
        adjacent = parser.tokens.adjacent
        if not (
            parser.word_at(index + 1) == "-"
            and parser.word_at(index + 2) in _AGE_UNITS
            and adjacent(index + 1)
            and adjacent(index + 2)
        ):
            return None
        unit, hedge = True, "equal"
    else:
        at = index
        hedge = "equal"
        if word in HEDGE_INDEX:
            found = parser.match_phrase(index, HEDGE_INDEX)
            if found is None:
                return None
            hedge = PLAIN_HEDGES.get(" ".join(found[0]), "")
            if not hedge or (hedge == "above" and found[0] == ("over",) and _after_figure(parser, index)):
                return None
            if found[0] == ("up", "to") and index and words[index - 1] in lex.MOVED_UP:
                return None
            at = found[1]
        share = parser._share(at)  # noqa: SLF001 - the amount reader's own reading of a share word
        if share is None or kinds[share[1] - 1] != WORD:
            return None
        at, unit = share[1], False
    if not _ends_alone(parser, at, unit=unit, bound=hedge in BOUNDS):
        return None
    if averaged(words, kinds, index) or parser.per_thing_before(index) is not None:
        return None
    tokens = parser.tokens
    start, end = tokens.starts[index], tokens.ends[at - 1]
    alone = _alone(parser.text[start:end], parser.policy)
    if alone is None or alone[0] != tuple(words[index:at]) or alone[1] != tuple(kinds[index:at]):
        return None  # read otherwise alone, or cut into other tokens
    match = alone[2]
    parser.hedged = alone[3]
    return Match(start, end, match.estimate), at


#: The words that may start an amount :func:`_amount_figure` reads: currency signs and prefixes before
#: digits ("$", "US$", "Rs") and the words of a number spelled out ("two", "twenty-two", "ten years"), none
#: of which starts a multiple, a range, a vague amount or a hedge.
_AMOUNT_WORDS: Final = (frozenset(BEFORE_INDEX) | lex.ONES.keys() | lex.TENS.keys()) - {
    *HEDGE_INDEX, *QUANTIFIER_INDEX, *CHANGE_INDEX, *OPENER_INDEX, *lex.VAGUE_PLURALS, "half",
    *lex.MULTIPLES, *lex.MULTIPLES_BEFORE, *lex.FOLDS, *lex.FREQUENCIES,
}  # fmt: skip


def _amount_figure(parser: _Parser, index: int) -> tuple[Match, int] | None:
    """Read an amount at ``index`` that no word around it makes more of, as the grammar reads it, or None.

    Digits or a number spelled out, or a currency before digits, with the scale and unit the grammar's
    amount reader reads ("4,145 kWh", "30.5C", "£5,888", "52 million", "ten years") and the rate its rate
    reader reads after them ("£5,888 a year", "94.3p per kWh", "1.7 million passengers a day"), after at
    most one common hedge ("about £895 a month", "up to 8.2 million tonnes", as for :func:`_plain_figure`)
    or a change ("rose 6%", "fell 20% to $98m", "a fall of 4%", "cut the risk by 27%", as
    :meth:`_Parser.bounded` reads one). With nothing the amount reader reads after them that another rule
    reads on (a range's joiner, but the "to" of a level after a change; a hedge after it, a comparison,
    points: :data:`_READ_ON`), no figure right after it, no averaging word, "≠", estimate ("put the toll
    at") or "per capita" around it, the grammar's expression is the amount itself, hedged or related to
    what it changed: its core made an estimate, as :meth:`_Parser.expression` makes it. Sets
    :attr:`_Parser.hedged` as it does.
    """
    words, kinds = parser.words, parser.kinds
    word = words[index]
    if kinds[index] != NUM and word not in _AMOUNT_WORDS and word not in _AMOUNT_LEADS:
        return None
    if index and words[index - 1] in NOT_EQUAL:
        return None
    if index > 1 and words[index - 1] == "of" and words[index - 2] in lex.SWINGS:
        return None  # "a swing of about 3.2%": points, the grammar's to read
    found_change = parser.change(index)
    change, at = found_change if found_change is not None else (parser.change_before(index), index)
    hedge = "equal"
    if change is not None and (change.off or change.to):
        return None  # "cut 33 minutes off the journey", "adding 20 minutes to it": the grammar's to read
    if change is None and kinds[index] != NUM and word not in _AMOUNT_WORDS:
        found_hedge = parser.match_phrase(index, HEDGE_INDEX)
        if found_hedge is None:
            return None
        hedge = PLAIN_HEDGES.get(" ".join(found_hedge[0]), "")
        if not hedge or (found_hedge[0] == ("over",) and _after_figure(parser, index)):
            return None  # "£2.3m over three years": "over" says when
        if found_hedge[0] == ("up", "to") and index and words[index - 1] in lex.MOVED_UP:
            return None  # "revised up to 52": a level
        at = found_hedge[1]
    if at >= parser.size or (kinds[at] != NUM and words[at] not in _AMOUNT_WORDS):
        return None
    if averaged(words, kinds, at):
        return None  # "averaged 41,300 over 19 games": a rate per game
    found = parser.amount(at)
    if found is None or found[0].share:
        return None
    amount, nxt = found
    if not _ends_amount(parser, nxt, bound=hedge in BOUNDS, changing=change is not None):
        return None
    if change is None and hedge in ("equal", "about") and _rough(parser, index, nxt):
        return None  # "estimates put the toll at 2,000": an estimate, the grammar's to read
    if amount.unit is not None and parser.per_thing_before(index) is not None:
        return None  # "GDP per capita of $45,000": money per person
    core = parser._single(amount)  # noqa: SLF001 - the core reader's own core of an amount
    last, noun_at = nxt - 1, None
    if not _no_rate(parser, at, nxt, core.unit):
        rate = parser.rate(nxt, core.unit)
        if rate is None:
            return None
        if change is not None and parser.years_compounded(rate, core) is not None:
            return None  # "rose 10% a year for three years": the grammar compounds it
        if rate[2] > nxt:
            noun_at = parser.tokens.starts[nxt]  # "1,200 new cases a week" counts "cases"
        core, nxt = parser._with_rate(core, rate[0]), rate[1]  # noqa: SLF001 - as the grammar applies it
        after = parser.word_at(nxt)
        if (
            (after in AFTER_CORE and not (after == "and" and _and_plain(parser, nxt)))
            or (hedge in BOUNDS and after in BOUND_JOINER_INDEX)
            or after in lex.COMPARATIVES
            or after in lex.FOLD_WAYS
        ):
            return (
                None  # "£5 a day or more": a hedge after the rate; "£83 a month more", "... rise": a change
            )
    if change is not None and parser.no_change(change, core, last, nxt):
        change, index = None, at  # "dropped 3 bombs": the figure is "3", the verb is no part of it
    kind = core.kind
    if hedge != "equal":
        kind = hedge_kind(hedge, core, kind)
        core = apply_hedge(core, hedge, parser.policy)
    tokens = parser.tokens
    start, end = tokens.starts[index], tokens.ends[nxt - 1]
    text = parser.text[start:end]
    parser.hedged = () if hedge == "equal" else (hedge,)
    related = relate(core, None, change)
    if related is not core and (related.interval != core.interval or related.unit != core.unit):
        # "rose 3%": the ratio 1.03, printed "3%"
        printed = estimate_of(attrs.evolve(core, relation=None), kind, text)
        return Match(start, end, estimate_of(related, kind, text), noun_at=noun_at, printed=printed), nxt
    return Match(start, end, estimate_of(related, kind, text), noun_at=noun_at), nxt


#: The words besides digits and currency signs that may lead an amount :func:`_amount_figure` reads: a
#: plain hedge's first word and a change's.
_AMOUNT_LEADS: Final = _PLAIN_STARTS | CHANGE_INDEX.keys()


def _ends_amount(parser: _Parser, nxt: int, *, bound: bool, changing: bool) -> bool:
    """Whether no rule but the rate reader's reads on after an amount that ends before token ``nxt``.

    No figure follows ("2 hours 6 minutes"), and no word another rule reads after a figure
    (:data:`_READ_ON`, but a rate's: the rate reader is asked; "and" only where it starts no more of the
    figure: "the G7 and the EU"); after a ``bound`` ("more than 20"), no word that joins two bounds. After
    a change (``changing``), "to" joins no range: "rose 3.2% to 212p" is a change and a level.
    """
    if nxt >= parser.size:
        return True
    word = parser.words[nxt]
    if parser.kinds[nxt] == NUM or (bound and word in BOUND_JOINER_INDEX):
        return False
    if not lex.CHANGE_NOUNS.isdisjoint(parser.words[nxt + 1 : nxt + 3]):
        return False  # "a 5% pay rise", "a £2m funding cut": the grammar's to read
    if word == "(" and _read_on_past_brackets(parser, nxt):
        return False  # "3in (8cm) taller than": a conversion, then a comparison, the grammar's to read
    if word not in _READ_ON or word in _RATE_WORDS or (changing and word == "to"):
        return True
    return word == "and" and _and_plain(parser, nxt)


#: The most tokens a conversion in brackets holds, brackets and all ("(8cm)", "($6.2 million)").
_BRACKETS_REACH: Final = 6


def _read_on_past_brackets(parser: _Parser, bracket: int) -> bool:
    """Whether a word the grammar reads after a figure follows the brackets opened at token ``bracket``.

    "3in (8cm) taller than", "£5m ($6.2m) more than": the comparison is the figure's, past its conversion.
    """
    words = parser.words
    for at in range(bracket + 1, min(parser.size, bracket + _BRACKETS_REACH)):
        if words[at] == ")":
            return parser.word_at(at + 1) in _READ_ON
    return False


def _ends_alone(parser: _Parser, nxt: int, *, unit: bool, bound: bool) -> bool:
    """Whether nothing from token ``nxt`` on makes more of a share or an age that ends there.

    As :func:`_ends_plainly`, past "of" and a word that refers back ("half of whom") and past the "-old"
    of an age ("12-year-old"), with no rate's words within reach of either.
    """
    words = parser.words
    word, then = parser.word_at(nxt), parser.word_at(nxt + 1)
    past = (word == "of" and then in BACK_REFERENCES) or (unit and word == "-" and then in _OLD)
    skip = 2 if past else 0
    if skip and not _RATE_WORDS.isdisjoint(words[nxt : nxt + skip + _RATE_REACH]):
        return False
    return _ends_plainly(parser, nxt + skip, unit=unit, bound=bound)


@functools.lru_cache(maxsize=1024)
def _alone(
    text: str, policy: Policy
) -> tuple[tuple[str, ...], tuple[int, ...], Match, tuple[str, ...]] | None:
    """The grammar's reading of ``text`` alone: its tokens' words and kinds, the match and its hedges.

    None unless the grammar reads all of ``text`` as one figure.
    """
    parser = _Parser(text, policy)
    found = parser.expression(0) if parser.size else None
    if found is None or found[1] != parser.size:
        return None
    match = found[0]
    if match.start or match.end != len(text) or match.then or match.noun_at is not None or match.printed:
        return None
    return tuple(parser.words), tuple(parser.kinds), match, parser.hedged


def _from_no_range(parser: _Parser, index: int) -> bool:
    """Whether no expression starts at ``index``: "from" (or a change word and "from"), then an amount.

    "down from 20 per cent in 2019": "from" opens a range or a change only where a joiner of its range
    ("to", a dash; "up to") follows its first amount, as the grammar's amount reader reads it; without one,
    the grammar reads nothing at "from" nor at the change word before it ("fell from"), and the figure is
    read from its own first token.
    """
    word = parser.words[index]
    if word != "from" and word not in CHANGE_INDEX:
        return False
    found = parser.change(index)
    at = index if found is None else found[1]
    if parser.word_at(at) != "from":
        return False
    first = parser.amount(at + 1)
    if first is None:
        return False
    after = parser.word_at(first[1])
    return after not in _FROM_JOINERS and after != "up"


#: The joiners of a range that "from" opens ("from 5 to 7", "from 5-7").
_FROM_JOINERS: Final = _RANGE_OPENERS[("from",)]
_PLAIN_JOINERS: Final = frozenset({"to", "-", "–"})
_PERCENT: Final = frozenset({"%", "percent"})


def _plain_amount(parser: _Parser, index: int) -> tuple[int, bool] | None:
    """The token after a plain amount that starts at ``index`` ("$1.2bn", "45%", "12 km"), or None.

    Also whether the amount has a unit or a currency. The plain reader checks the spelling.
    """
    words, kinds, size = parser.words, parser.kinds, parser.size
    at = index
    unit = False
    if at < size and words[at] in CURRENCY_SIGNS:
        at += 1
        unit = True
    if at >= size or kinds[at] != NUM or not _PLAIN_NUMBER.fullmatch(words[at]):
        return None
    at += 1
    if at < size:
        word = words[at]
        glued = parser.tokens.adjacent(at)
        if (word in GLUED_SCALES and glued) or (word in SPELLED_SCALES and not glued):
            if word in lex.DOTTED_SCALES:
                return None
            at += 1
            word = parser.word_at(at)
        if word in _PERCENT or (word in _PLAIN_UNITS and kinds[at] == WORD):
            return at + 1, True
        if word == "per" and parser.word_at(at + 1) == "cent":
            return at + 2, True
    return at, unit


def _after_figure(parser: _Parser, index: int) -> bool:
    """Whether token ``index`` follows a figure, its scale or its per cent (see ``HedgeReader._span``)."""
    if index == 0:
        return False
    before = parser.words[index - 1]
    scale = before in lex.SHORT_SCALES or before in lex.SCALES
    return parser.kinds[index - 1] == NUM or scale or before == "%"


def _ends_plainly(parser: _Parser, nxt: int, *, unit: bool, bound: bool) -> bool:
    """Whether nothing from token ``nxt`` on makes more of the figure that ends there.

    No rule of the grammar reads the word at ``nxt`` after a figure (:data:`_AFTER_PLAIN`), no unit
    starts there, no rate's words stand within reach. After a unit or a currency, no number follows
    ("2 hours 6 minutes"), and "in" or "of" says where or of what ("£12m in the year", "45% of the
    total"): the unit is read already, and only the token right after digits may make them a share
    ("1 in 5"). After a ``bound`` ("more than 20"), no second figure follows the words that join two
    bounds ("more than 20, but fewer than 35").
    """
    if nxt >= parser.size:
        return True
    words, kinds = parser.words, parser.kinds
    word = words[nxt]
    if unit:
        if kinds[nxt] == NUM:
            return False
        if not lex.CHANGE_NOUNS.isdisjoint(words[nxt + 1 : nxt + 3]):
            return False  # "a 5% pay rise", "a £2m funding cut": the grammar's to read
        if word == "(" and _read_on_past_brackets(parser, nxt):
            return False  # "3in (8cm) taller than"
        if word in _WHERE and kinds[nxt - 1] != NUM:
            return _RATE_WORDS.isdisjoint(words[nxt : nxt + _RATE_REACH])
    if word in _AFTER_PLAIN and not (word == "and" and _and_plain(parser, nxt)):
        return False
    if bound and word in BOUND_JOINER_INDEX:
        joiner = parser.match_phrase(nxt, BOUND_JOINER_INDEX)
        after = nxt + 1 if joiner is None else joiner[1]
        if after < parser.size and (kinds[after] == NUM or words[after] in _STARTERS):
            return False
    tokens = parser.tokens
    if may_start_unit(parser.text[tokens.starts[nxt] : tokens.ends[nxt]]):
        return False
    return _RATE_WORDS.isdisjoint(words[nxt : nxt + _RATE_REACH])


#: Words after a figure's unit that say where or of what ("£12m in the year", "45% of the total").
_WHERE: Final = frozenset({"in", "of"})


#: The words that start a vague amount ("several", "a few", "hundreds", "tens of thousands") and no
#: hedge, change, multiple or range ("a" and "the" are left to the grammar: "a third", "the majority").
_VAGUE_STARTS: Final = frozenset(
    ({*QUANTIFIER_INDEX, *lex.VAGUE_PLURALS} - {"a", "an", "the"})
    - {*HEDGE_INDEX, *CHANGE_INDEX, *OPENER_INDEX, *lex.MULTIPLES, *lex.MULTIPLES_BEFORE, *lex.FOLDS}
    - {*lex.FREQUENCIES, *STARTERS}
)
#: Words after a vague amount that the grammar reads on: a hedge after it, a comparison, a multiple,
#: points and a rate's first word ("several hundred more", "dozens or more", "hundreds a day").
_AFTER_VAGUE: Final = AFTER_CORE | AFTER_FIGURE | lex.ABOVE_BELOW.keys()


def _vague_figure(parser: _Parser, index: int) -> tuple[Match, int, tuple[str, ...]] | None:
    """Read a vague amount at ``index`` ("several", "tens of thousands") as the grammar does, or None.

    None where the grammar must read it. The grammar reads no hedge, change or multiple at these words, so
    its core reader's own reading of the vague amount (with any scale and unit) is the expression, unless a
    word after it is one the grammar reads after a figure (:data:`_AFTER_VAGUE`, a rate's words within
    reach), an averaging word stands before it, "≠" does, or it is money counted per capita.
    """
    words = parser.words
    if words[index] not in _VAGUE_STARTS or (index and words[index - 1] in NOT_EQUAL):
        return None
    if parser.changes(index):
        return None  # "cut the queue by several thousand": a change
    found = parser._vague(index)  # noqa: SLF001 - the core reader's own reading
    if found is None:
        return None
    core, nxt = found
    if nxt < parser.size and (
        (words[nxt] in _AFTER_VAGUE and not (words[nxt] == "and" and _and_plain(parser, nxt)))
        or not _RATE_WORDS.isdisjoint(words[nxt : nxt + _RATE_REACH])
    ):
        return None
    if averaged(words, parser.kinds, index) or (core.unit and parser.per_thing_before(index) is not None):
        return None
    if core.unit and not lex.CHANGE_NOUNS.isdisjoint(words[nxt + 1 : nxt + 3]):
        return None  # "several billion dollars funding cut": a change, the grammar reads it
    tokens = parser.tokens
    start, end = tokens.starts[index], tokens.ends[nxt - 1]
    return Match(start, end, estimate_of(core, core.kind, parser.text[start:end])), nxt, ()


@functools.lru_cache(maxsize=4096)
def _plain_reading(text: str, hedge: int, policy: Policy) -> Estimate | None:
    """The plain reader's estimate of a figure's text: one estimate per spelling and policy.

    The hedge, its first ``hedge`` characters, is read in lower case ("Nearly 45,000" opens a sentence), as
    the grammar reads every word; the estimate keeps the text as printed.
    """
    lowered = text[:hedge].lower() + text[hedge:]
    estimate = read_plain(lowered, policy)
    if estimate is None or lowered == text:
        return estimate
    return attrs.evolve(estimate, text=text)


def _and_plain(parser: _Parser, index: int) -> bool:
    """Whether "and" at ``index`` starts no more of the figure before it ("the G7 and the EU").

    Only what comes after it makes it more: "and a half", a suffix ("18 and over", "and more"), the second
    of two bounds or units ("more than 20 and less than 35", "1 hour and 5 minutes"), all of which start
    with a word an expression may start with, a number, or a suffix's second word.
    """
    after = index + 1
    if after >= parser.size:
        return False
    word = parser.words[after]
    if parser.kinds[after] == NUM or word in _AND_SECONDS:
        return False
    if word not in _STARTERS:
        return True
    # "the G7 and the EU": a word that begins only longer phrases ("the majority") begins none of them
    # where none of its second words follows, as for :func:`_quick_candidates`.
    seconds = _PHRASE_STARTERS.get(word)
    return seconds is not None and parser.word_at(after + 1) not in seconds


#: The second words of the phrases after a figure that start with "and" ("and over", "and yet").
_AND_SECONDS: Final = frozenset(
    {words[-1] for words in (*HEDGE_SUFFIX_INDEX.get("and", ()), *BOUND_JOINER_INDEX.get("and", ()))}
    - {"and"}
    | {"a", "an"}
)


def bare_estimate(figure: str) -> Estimate:
    """The estimate of a bare number token as printed: one per spelling (estimates are immutable)."""
    estimate = _BARE.get(figure)
    if estimate is None:
        value, step = read_number(figure)
        precision = None if step == 1 else step
        estimate = Estimate.from_reading(
            value, value, kind="exact", text=figure, nominal=value, precision=precision
        )
        if len(_BARE) >= _BARE_CACHE:
            _BARE.clear()
        _BARE[figure] = estimate
    return estimate


#: Estimates of bare numbers by spelling (see ``bare_estimate``), dropped whole when it fills.
_BARE: Final[dict[str, Estimate]] = {}
_BARE_CACHE: Final = 4096


#: The most tokens between two figures of one list that a hedge distributes over.
_MAX_LIST_GAP: Final = 8
#: Words that may stand between two figures of one list besides nouns ("in the north and").
_LIST_WORDS: Final = frozenset("in the of at on for a an from across around its their per".split())


#: Verbs before a bound that make it a predicate: "8,700 were under 16", "most are over 65".
_VERBS_BEFORE_BOUND: Final = frozenset("is are was were be been being aged".split())


def _unlike(estimate: Estimate, other: Estimate | None) -> bool:
    return other is None or (estimate.unit, estimate.relation) != (other.unit, other.relation)


def _verbish(word: str) -> bool:
    """Whether a word may be a verb, or another word that ends a list of figures ("remain", "during")."""
    if word in _LIST_WORDS or word in lex.COORDINATORS:
        return False
    return word.endswith("ed") or not nounlike(word)


def _listed(parser: _Parser, end: int, index: int) -> bool | None:
    """Whether the figure at ``index`` may continue a list begun by the figure that ends at ``end``.

    "up to 9,000 in the north and 6,000 in the south": a coordinator stands just before the second
    figure, and only words stand between the two, no stop. Returns None where it cannot; else whether a
    verb stands between them, in which case the second figure continues the list only where its own
    clause has no verb ("Up to 9,000 fled in the north and 6,000 in the south").
    """
    if index - end > _MAX_LIST_GAP or index <= end or parser.words[index - 1] not in lex.COORDINATORS:
        return None
    verb = False
    for position in range(end, index - 1):
        word = parser.words[position]
        if word == ",":
            continue
        if parser.kinds[position] != WORD:
            return None
        verb = verb or _verbish(word)
    return verb


def _elliptical(parser: _Parser, index: int) -> bool:
    """Whether the clause from token ``index`` up to the next stop or coordinator has no verb."""
    for position in range(index, min(index + _MAX_LIST_GAP, parser.size)):
        word = parser.words[position]
        if parser.kinds[position] != WORD or word in lex.COORDINATORS:
            return True
        if _verbish(word):
            return False
    return True


def parse_quantity(text: str, *, policy: Policy | None = None) -> Estimate:
    """Read the numeric expression in ``text`` into an :class:`~claimcheck.Estimate`.

    Words around the expression are allowed ("15 to 30 members"); where the text holds several
    expressions, the first is read.

    Args:
        text: English text holding a numeric expression.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.

    Returns:
        The estimate, with ``text`` set to the words it was read from.

    Raises:
        ParseError: the text holds no numeric expression; ``position`` (0-based) and ``column``
            (1-based) say where reading failed.
        ArgumentError: ``text`` is not a string.

    >>> str(parse_quantity("no more than 400 to 500 fighters"))
    '≤ 500'
    >>> str(parse_quantity("roughly half"))
    '≈ 0.5 (0.45–0.55)'
    """
    if not isinstance(text, str):
        raise ArgumentError("parse_quantity", "text", "text (a str)", text)
    policy = policy or DEFAULT_POLICY
    if len(text) > _CACHED_LENGTH:
        return _grammar(text, policy)
    return _read(text, policy)


#: The longest text whose estimate is kept for the next time it is read: a claim value, not an article.
_CACHED_LENGTH: Final = 80
#: How many recently read spellings keep their estimate (a few hundred kB at most).
_CACHED: Final = 4096


@functools.lru_cache(maxsize=_CACHED)
def _read(text: str, policy: Policy) -> Estimate:
    """Read a short text: the fast path for a common spelling, else the full grammar.

    One estimate per spelling and policy is shared by every claim that repeats it: estimates are
    immutable, and the key holds everything the reading depends on (the whole text and the whole policy,
    which compares by value and caches its hash). Errors are not kept; they are raised again each time.
    """
    plain = read_plain(text, policy)
    return plain if plain is not None else _grammar(text, policy)


def _grammar(text: str, policy: Policy) -> Estimate:
    """Read ``text`` with the full grammar: the first expression found, or the :class:`ParseError`.

    A long text is read from the start in growing stretches: only as much is tokenised as it takes to
    find the first expression and the words that may still belong to it.
    """
    reach = _FIRST_STRETCH
    while True:
        cut = _stretch_end(text, reach)
        parser = _Parser(text, policy, spans=None if cut == len(text) else [(0, cut)])
        found = next(
            (match for index in _candidates(parser) if (match := parser.expression(index)) is not None), None
        )
        if cut == len(text) or (found is not None and found[1] + _READ_AHEAD <= parser.size):
            break
        reach *= 8
    if found is not None:
        return found[0].estimate
    if not text.strip():
        raise ParseError(text, 0, "the text is empty")
    if parser.failure is not None:
        raise ParseError(text, *parser.failure)
    raise ParseError(text, 0, "no number or amount found")


#: The characters :func:`parse_quantity` reads first; it reads eight times as many each time it needs more.
_FIRST_STRETCH: Final = 2_000
#: The most tokens after an expression that may still change its reading ("… respectively" is the
#: furthest, 16): a first expression found this far from the end of a stretch is the text's first.
_READ_AHEAD: Final = 40
_BREAK: Final = re.compile(r"[ \t\n]")


def _stretch_end(text: str, reach: int) -> int:
    """Where a stretch of about ``reach`` characters from the start ends: at white space or the end."""
    if reach >= len(text):
        return len(text)
    found = _BREAK.search(text, reach)
    return len(text) if found is None else found.start()
