"""Read single amounts (private): numbers in digits or words, scales, shares, currencies and units.

:class:`AmountReader` holds one text's tokens and reads, at a token index, the pieces every expression is
made of: "12,500", "twenty-two", "half a million", "$1.2bn", "£300m", "a third", "one in five", "10 per
cent", "12 km". :mod:`claimcheck.parse` builds ranges and hedged expressions on top of it.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.tokens import (
    NOT_A_QUANTITY,
    NUM,
    SYM,
    WORD,
    Tokens,
    not_a_quantity,
    phrase,
    read_number,
    tokenize,
)
from claimcheck._reading.unit_spellings import (
    EVERYDAY,
    TEMPERATURE_LETTERS,
    is_length,
    may_start_unit,
    read_unit,
)
from claimcheck._values import currencies as cur
from claimcheck.policy import DEFAULT_POLICY
from claimcheck.units import CURRENCIES

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimcheck.policy import Policy

__all__ = [
    "AFTER_NUMBER",
    "BEFORE_INDEX",
    "STARTERS",
    "TABLE_UNIT_WORDS",
    "Amount",
    "AmountReader",
    "index_phrases",
]

#: The largest whole in "one in N"; beyond it, "22 in 2017" is a count and a year.
_MAX_SHARE_WHOLE: Final = 1000
#: The longest spelled-out number we read, in tokens: "nine hundred and ninety-nine" is 6 tokens, and with
#: four falling scale words a number below a quadrillion takes at most 34.
_MAX_NUMBER_WORDS: Final = 40
#: The largest denominator of a slash fraction ("1/2", "7/10"); see ``AmountReader._slashed``.
_MAX_SLASH_DENOMINATOR: Final = 10
#: One, made once: a Fraction is immutable, and making one costs a gcd.
_ONE: Final = Fraction(1)
#: The most tokens a unit spelled from the registry spans ("revolutions per minute").
_UNIT_TOKENS: Final = 5
#: The most scale words after one number ("a thousand million"); more is noise, and costly to multiply.
_MAX_SCALE_WORDS: Final = 3
#: Scale words from a thousand up make a count a rounded figure ("12 million people", "12k").
_ROUNDING_SCALE: Final = 1000
#: Minus signs: the hyphen-minus and U+2212. (A dash after a number is a range, not a sign.)
_MINUS: Final = frozenset({"-", "−"})
_SIGN_WORDS: Final = frozenset({"minus", "negative"})
#: Words hyphened after a fraction word that keep it a share: "a half-million", "half-a-million".
_HALF_JOINED: Final = frozenset({*lex.SCALES, "a", "an"})
#: Video resolutions, which "p" after a number names more often than pence does.
#: The tokens after digits that may make them a share: "1½", "1/2", "2-thirds", "2 thirds", "1 in 5",
#: "9 out of 10".
_SHARE_AFTER: Final = frozenset({*lex.VULGAR, *lex.DENOMINATORS, "/", "-", "in", "out"})


def index_phrases(*tables: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Index phrases by their first token, longest first, for longest-match lookup."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for table in tables:
        for words in table:
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


#: The everyday unit words the registry cannot say ("kms", "tons", "per cent", "m"); the registry's own
#: spellings are read by :func:`read_unit`. Which words are units: :mod:`claimcheck._reading.unit_spellings`.
_UNITS: Final = {phrase(words): (unit, Fraction(1)) for words, unit in EVERYDAY.items()}
#: Currency words after a number ("dollars", "Swiss francs", "pence"), from the one currency table.
_CURRENCY_AFTER: Final = {phrase((form,)): found for form, found in cur.AFTER.items()}
_UNIT_TABLE: Final = _UNITS | _CURRENCY_AFTER
_UNIT_INDEX: Final = index_phrases(_UNIT_TABLE)
_CURRENCY_INDEX: Final = index_phrases(_CURRENCY_AFTER)
#: Currency signs and prefixes before a number ("$", "US$", "R$", "RM", "Rs").
_CURRENCY_BEFORE: Final = {phrase((form,)): code for form, code in cur.BEFORE.items()}
BEFORE_INDEX: Final = index_phrases(_CURRENCY_BEFORE)
#: ISO codes by their lower-case token; read only where printed in capitals ("AUD 20m", "5 USD").
_CODES: Final = {code.lower(): code for code in CURRENCIES}
#: The words the unit tables read alone after a number ("tons", "dollars", "pct"), and the ISO codes; a
#: unit word outside them is read by the registry's spellings alone (``read_unit``).
TABLE_UNIT_WORDS: Final = frozenset({words[0] for words in _UNIT_TABLE if len(words) == 1} | _CODES.keys())
#: Every token the amount reader may read right after a number: a vulgar fraction ("1½"), a slash or a
#: denominator ("1/2", "two-thirds", "one in five"), "and a half", a scale, a currency word or code, a unit
#: word, a hyphen ("15-mile", "500,000-strong"). (A unit the registry spells is found by ``may_start_unit``.)
AFTER_NUMBER: Final = frozenset(
    {*lex.VULGAR, *lex.DENOMINATORS, *lex.SCALES, *lex.SHORT_SCALES, "/", "-", "in", "out", "of", "and"}
    | _UNIT_INDEX.keys()
    | _CURRENCY_INDEX.keys()
    | _CODES.keys()
)
#: Tokens that can begin an amount before its number: currency forms, ISO codes and minus signs.
STARTERS: Final = frozenset({words[0] for words in _CURRENCY_BEFORE} | set(_CODES) | _MINUS | _SIGN_WORDS)

#: Words after "12m" that say it is a length ("12m long", "the 100m final", "at 3,000m altitude").
_LENGTH_AFTER: Final = frozenset(
    "long high tall wide deep thick across away apart behind ahead altitude elevation underground "
    "underwater offshore "
    "inland upstream downstream final finals heat heats semi-final freestyle backstroke breaststroke "
    "butterfly medley hurdles sprint dash relay race steeplechase swim run sprinter hurdler".split()
)
#: Nouns of physical things a length measures, after "12m" ("the 50m pool", "the 2m rule", "10m waves", "a
#: 30m yacht"): a reader takes "m" as metres before them. Things counted in millions ("12m homes", "10m
#: trees", "2m doses") are left out, and so is any noun that counts people.
_LENGTH_NOUNS: Final = frozenset(
    "pool pools wall walls fence fences rule tower towers mast masts yacht yachts boat boats bridge tunnel "
    "tunnels platform springboard board wave waves cliff cliffs crater sinkhole hole pit shaft trench "
    "dam radius zone buffer cordon stretch putt statue crane ladder rope cable "
    "pole poles hedge runway lane corridor dune summit ridge rockface seawall tsunami "
    "swell whale shark crocodile python snake dinosaur hull wingspan diameter circumference".split()
)
#: How far after "12m" its physical thing may stand: "the 2m social distancing rule".
_THING_WORDS: Final = 3
#: Verbs before "the 100m" that make it a race: "won the 100m", "she ran the 400m".
_RACE_BEFORE: Final = frozenset("won win wins winning ran runs swam swims entered contested clinched".split())
#: Words just before "12m" that say it is a length: movement and measure ("ran 100m", "measuring
#: 12m", "jumped 8.95m") and the events of "the men's 100m". ("rose 12m", "fell 12m" are left out:
#: sales rise and fall in millions too.)
_LENGTH_BEFORE: Final = frozenset(
    "ran run runs swam swim swims jumped jumps leapt leaped threw throws hurled cleared clears vaulted "
    "sprinted dived dove climbed measuring measures measured spanning spans spanned towering stands stood "
    "men's women's boys' girls'".split()
)
#: Words before "of 12m" that say it is a length ("a depth of 12m").
_LENGTH_BEFORE_OF: Final = frozenset(
    "depth height length distance altitude elevation width diameter radius span".split()
)
#: Nouns after "a 12m" that make it an amount, not a length ("a 12m increase").
_AMOUNT_NOUNS: Final = frozenset(
    "increase rise fall drop decline jump gain loss boost cut shortfall deficit surplus budget deal "
    "audience following fine payout windfall investment contract bill settlement profit turnover "
    "stake bonus sale sales order orders viewership readership transfer fee salary pay wage package bid "
    "offer loan grant fund funding bailout valuation revenue income debt tax price prize jackpot "
    "donation subsidy overspend refurbishment redevelopment upgrade project scheme programme program "
    "plan purchase acquisition takeover spend spending writedown crowd "
    "population workforce turnout membership userbase fanbase figure total mark milestone threshold "
    "barrier level target".split()
)
#: Words after "7 B" or "7b" that are no noun it could count ("Plan B is", "flat 7b on").
_NOT_NOUNS: Final = frozenset(
    "a an the and or of in on at to for by is was were are be from with as than per that which this".split()
)


@attrs.define(slots=True)
class Amount:
    """One number as written, before hedges: value, the scale it carries, its unit if stated."""

    value: Fraction
    raw: Fraction
    scaled: bool
    unit: str | None
    share: bool = False
    #: The step of the last printed digit, scales applied ("1.2m" steps by 100,000); None for words
    #: that name an exact value ("half", "a dozen").
    step: Fraction | None = None
    #: Whether the figure is printed rounded even as a count: decimals, a scale from a thousand up, or
    #: a power of ten ("1.2m refugees", "12 million people"); a whole count in full ("12,000") is not.
    rounded: bool = False

    @property
    def precision(self) -> Fraction | None:
        """The step an :class:`~claimcheck.Estimate` records: money, measures and rounded counts."""
        if self.share or self.step is None or (self.unit is None and not self.rounded):
            return None
        return self.step

    def rescale(self, factor: Fraction) -> None:
        """Apply a scale written only on the other end of a range: the 5 of "5 to 7 million"."""
        self.value = self.raw * factor
        if self.step is not None:
            self.step *= factor
        self.rounded = self.rounded or factor >= _ROUNDING_SCALE


class AmountReader:
    """One text's tokens, and the readers of amounts; each returns a result and the next index, or None."""

    def __init__(
        self, text: str, policy: Policy | None = None, *, spans: Sequence[tuple[int, int]] | None = None
    ) -> None:
        """Tokenise ``text`` (only ``spans`` of it, if given: see ``tokenize``) to read with ``policy``.

        ``policy`` says what "m" after a number means (``Policy.m_means``).
        """
        self.text = text
        self.policy = policy or DEFAULT_POLICY
        self.tokens: Tokens = tokenize(text, spans)
        self.kinds = self.tokens.kinds
        self.words = self.tokens.texts
        self.size = len(self.tokens)
        self.failure: tuple[int, str] | None = None
        #: The unit the registry's spellings read at each token asked about (see ``_registry_unit``).
        self._units: dict[int, tuple[str, int] | None] = {}

    # -- helpers ---------------------------------------------------------------------------------

    def fail(self, index: int, reason: str) -> None:
        """Remember the furthest place where an expression was begun but could not be finished."""
        position = self.tokens.starts[index] if index < self.size else len(self.text)
        if self.failure is None or position > self.failure[0]:
            self.failure = (position, reason)

    def word_at(self, index: int) -> str:
        """Return the text of token ``index``, or "" before the start and past the end."""
        return self.words[index] if 0 <= index < self.size else ""

    def match_phrase(
        self, index: int, index_table: dict[str, list[tuple[str, ...]]]
    ) -> tuple[tuple[str, ...], int] | None:
        """Return the longest phrase of the table that starts at ``index``, and the index after it."""
        if not 0 <= index < self.size:
            return None  # (no phrase starts with "", the word past the end)
        entries = index_table.get(self.words[index])
        if entries is None:
            return None
        for words in entries:
            end = index + len(words)
            if end <= self.size and tuple(self.words[index:end]) == words:
                return words, end
        return None

    # -- numbers ---------------------------------------------------------------------------------

    def _digits(self, index: int) -> Fraction:
        return read_number(self.words[index])[0]

    def _sign(self, index: int) -> int | None:
        """Return the index after a minus sign at ``index``: "-", "−", "minus", "negative", "minus-"."""
        word = self.word_at(index)
        if word in _SIGN_WORDS:
            if word == "minus" and self.word_at(index - 1) == "or" and self.word_at(index - 2) == "plus":
                return None  # "plus or minus 2.8 points" states a margin, not a negative figure
            if self.word_at(index + 1) in _MINUS and self._glued(index + 1):
                return index + 2  # "minus-7 yards"
            return index + 1
        # A dash glued to letters before it is a hyphen, not a minus: "COVID-19", "F-16", "mid-2019";
        # glued to a number before it, it joins a range ("5-10", "5 - 10"); a minus touches what it
        # negates and stands apart from the number before it ("the Nikkei 225 -0.9%").
        if (
            word in _MINUS
            and self.kinds[index] == SYM
            and not (index > 0 and self.kinds[index - 1] != SYM and self.tokens.adjacent(index))
            and index + 1 < self.size
            and self.tokens.adjacent(index + 1)
        ):
            return index + 1
        return None

    def _spelled(self, index: int) -> tuple[Fraction, int, Fraction | None] | None:
        """Read a spelled-out number: "twenty-two", "three hundred and forty", "a hundred and fifty".

        Returns the value, the next index, and the lead number where the words are a number followed
        only by scale words ("three hundred" leads with 3, "thirty thousand" with 30), else None.
        """
        total = 0
        current = 0
        seen = False
        last = ""  # what the previous word was: "ones", "tens", "hundred", "scale", "and"
        lead: int | None = None  # the number before the first scale word
        plain = True  # whether only scale words followed the lead
        smallest = lex.SCALES["trillion"] + 1  # the smallest scale word so far
        i = index
        if self.word_at(i) in ("a", "an") and self.word_at(i + 1) in lex.SCALES:
            current, last, seen, i = 1, "ones", True, i + 1  # "a hundred and fifty", "a dozen"
        while i < self.size and i - index < _MAX_NUMBER_WORDS:
            word = self.words[i]
            if word in lex.ONES and last in ("", "tens", "hundred", "scale", "and"):
                if last == "tens" and lex.ONES[word] >= 10:
                    break
                current += lex.ONES[word]
                last = "ones"
                plain = lead is None
            elif word in lex.TENS and last in ("", "hundred", "scale", "and"):
                current += lex.TENS[word]
                last = "tens"
                plain = lead is None
            elif word == "-" and last == "tens" and self.word_at(i + 1) in lex.ONES:
                if not (self.tokens.adjacent(i) and self.tokens.adjacent(i + 1)):
                    break
                i += 1
                continue
            elif word == "hundred" and last in ("ones", "tens") and current < 100:
                lead = current if lead is None else lead
                current *= 100
                last = "hundred"
            elif word == "dozen" and last in ("ones", "tens"):
                lead = current if lead is None else lead
                current *= 12
                last = "scale"
            elif (
                word in ("thousand", "million", "billion", "trillion")
                and last in ("ones", "tens", "hundred")
                and lex.SCALES[word] < smallest
            ):
                # Scale words fall: "two million three hundred thousand"; "two thousand three million"
                # is two numbers, not 3,002,000.
                smallest = lex.SCALES[word]
                lead = current if lead is None else lead
                total += current * lex.SCALES[word]
                current = 0
                last = "scale"
            elif (
                word == "and"
                and last in ("hundred", "scale")
                and (self.word_at(i + 1) in lex.ONES or self.word_at(i + 1) in lex.TENS)
            ):
                last = "and"
            else:
                break
            seen = True
            i += 1
        if not seen:
            return None
        return Fraction(total + current), i, (Fraction(lead) if lead is not None and plain else None)

    def _number(self, index: int) -> tuple[Fraction, int, Fraction | None] | None:
        """Read a bare number, digits or words, with an optional sign.

        Returns the value, the next index, and the lead number of a spelled number that ends in scale
        words (see :meth:`_spelled`), else None.
        """
        if index < self.size and self.kinds[index] == NUM:  # digits: no sign, no words to spell
            value = self._digits(index)
            if self.word_at(index + 1) in lex.VULGAR and self.tokens.adjacent(index + 1):
                return value + lex.VULGAR[self.words[index + 1]], index + 2, None  # "1½"
            return value, index + 1, None
        word = self.word_at(index)
        sign = 1
        after_sign = self._sign(index)
        if after_sign is not None:
            if word in _MINUS and self.kinds[after_sign] != NUM:
                return None
            sign, index = -1, after_sign
            word = self.word_at(index)
        elif word in _MINUS:
            return None
        if index < self.size and self.kinds[index] == NUM:
            value = self._digits(index)
            if self.word_at(index + 1) in lex.VULGAR and self.tokens.adjacent(index + 1):
                return sign * (value + lex.VULGAR[self.words[index + 1]]), index + 2, None  # "1½"
            return (value if sign > 0 else -value), index + 1, None  # no int-by-Fraction product
        if index < self.size and self.kinds[index] == WORD:
            spelled = self._spelled(index)
            if spelled is not None:
                value, nxt, lead = spelled
                return sign * value, nxt, (None if lead is None else sign * lead)
        return None

    def _glued(self, index: int) -> bool:
        """Return whether token ``index`` touches the tokens on both sides, as the dash of "15-mile"."""
        return index + 1 < self.size and self.tokens.adjacent(index) and self.tokens.adjacent(index + 1)

    def minus_sign(self, index: int) -> bool:
        """Return whether token ``index`` is a minus sign ("-0.9%"), not a hyphen or a range's dash."""
        return self.word_at(index) in _MINUS and self._sign(index) is not None

    def _scale(self, index: int, *, currency: bool, start: int) -> tuple[int, int] | None:
        """Read a scale word after a number: "million", "bn", "k", and "m" unless a length is meant.

        ``start`` is the number's first token, whose neighbours may say "m" means metres ("a 12m wall").
        """
        word = self.word_at(index)
        if word in lex.SCALES and word != "dozen":
            return lex.SCALES[word], self._abbreviation_end(index)
        if word == "dozen":
            return 12, index + 1
        if word not in lex.SHORT_SCALES:
            return None
        # "5m dollars": a currency named after the figure makes "m" a scale too.
        currency = currency or self.match_phrase(index + 1, _CURRENCY_INDEX) is not None
        glued = self.tokens.adjacent(index)
        if word in ("k", "b") and not glued and not (word == "b" and self._capital_before_noun(index)):
            return None  # "5 k" is no thousand; "7 B people" is seven billion
        if currency:
            return lex.SHORT_SCALES[word], self._abbreviation_end(index)
        if word in lex.PLAIN_SHORT_SCALES:
            return lex.SHORT_SCALES[word], self._abbreviation_end(index)
        if word == "b":
            # "7b" or "7 B" with no noun after it is a label ("flat 7b", "Plan 7B").
            return (lex.SHORT_SCALES[word], index + 1) if self._noun_after(index + 1) else None
        # "m" is million ("12m refugees", "3.1M subscribers") unless the words say it is a length, or
        # Policy.m_means says metres.
        if self.policy.m_means == "metre" or self._length_meant(start, index):
            return None
        if not glued and not self._capital_before_noun(index):
            return None  # "12 m" alone is too ambiguous to read
        return lex.SHORT_SCALES[word], index + 1

    def _abbreviation_end(self, index: int) -> int:
        """The index after a scale word, and after the stop of "Mio." or "Mrd."."""
        if self.word_at(index) in lex.DOTTED_SCALES and self.word_at(index + 1) == ".":
            return index + 2
        return index + 1

    def _noun_after(self, index: int) -> bool:
        """Return whether token ``index`` is a lower-case word that could be what a figure counts."""
        if index >= self.size or self.kinds[index] != WORD or self.words[index] in _NOT_NOUNS:
            return False
        start = self.tokens.starts[index]
        return self.text[start].islower()

    def _capital_before_noun(self, index: int) -> bool:
        """Return whether a spaced capital scale letter has a noun after it: "7 B people"."""
        return self.text[self.tokens.starts[index]].isupper() and self._noun_after(index + 1)

    def _length_meant(self, start: int, index: int) -> bool:
        """Return whether the words around "12m" say it is metres, not millions.

        ``start`` is the number's first token and ``index`` the "m". A length is signalled by a word
        after it ("12m long", "12m-high", "the 100m final", "at 3,000m altitude", "12m above sea
        level"), a physical thing after it ("the 50m pool", "the 2m rule", "10m waves"), a length in
        brackets after it ("12m (39ft)"), a compound unit ("12m2", "12m/s"), "of" after a length noun
        before it ("a depth of 12m"), a race ("won the 100m"), or an article before it with a noun after
        it that is no amount ("a 12m wall", but "a 12m increase").
        """
        unit = self.match_phrase(index, _UNIT_INDEX)
        if unit is not None and unit[0] != ("m",):
            return True  # "12m2", "12 m³"
        after = self.word_at(index + 1)
        if after == "/" or after in _LENGTH_AFTER or self._thing_after(index + 1):
            return True
        if after in _MINUS and self._glued(index + 1) and self.word_at(index + 2) in _LENGTH_AFTER:
            return True
        if after in ("above", "below") and self.word_at(index + 2) in ("sea", "ground", "the"):
            return True
        if after == "in" and self.word_at(index + 2) in _LENGTH_BEFORE_OF:
            return True  # "12m in length", "3m in diameter"
        if after == "(" and self._length_in_brackets(index + 2):
            return True
        before = self.word_at(start - 1) if start > 0 else ""
        if before == "(" and self._length_before_brackets(start - 1):
            return True  # "6ft 2in (1.88m)", "30ft (9.1m)": a length's conversion
        if before in _LENGTH_BEFORE or (
            before == "of" and start > 1 and self.words[start - 2] in _LENGTH_BEFORE_OF
        ):
            return True
        if before == "the" and start > 1 and self.words[start - 2] in _RACE_BEFORE:
            return not self._noun_after(index + 1)  # "won the 100m in 9.8 seconds"; "won the 2m prize"
        if before in ("by", "x", "×") and start > 2 and self.words[start - 2] == "m":
            return self.kinds[start - 3] == NUM and self.tokens.adjacent(start - 2)  # "12m by 8m"
        return before in ("a", "an") and self._noun_after(index + 1) and after not in _AMOUNT_NOUNS

    def _thing_after(self, index: int) -> bool:
        """Return whether a physical thing a length measures is named from ``index`` on.

        The thing may stand after up to two words ("the 5m sea wall", "the 2m social-distancing rule",
        "a 50m Olympic pool"); an amount noun ("a 50m pay deal"), a plural ("12m homes with a pool",
        "the 12m Syrians") or a word that is no noun ends the search first.
        """
        words, at = 0, index
        while at < self.size and words < _THING_WORDS:
            word = self.words[at]
            if word == "-" and self._glued(at):  # "Olympic-size", "social-distancing"
                at += 1
                continue
            if word in _LENGTH_NOUNS:
                return True
            if (
                self.kinds[at] != WORD
                or word in _NOT_NOUNS
                or word in _AMOUNT_NOUNS
                or (word.endswith("s") and not word.endswith("ss"))
            ):
                return False
            words, at = words + 1, at + 1
        return False

    def _length_in_brackets(self, index: int) -> bool:
        """Return whether a length follows at ``index``: the "39ft" of "12m (39ft)"."""
        if index >= self.size or self.kinds[index] != NUM:
            return False
        unit = self._unit_at(index + 1)
        return unit is not None and is_length(unit[0])

    def _length_before_brackets(self, bracket: int) -> bool:
        """Return whether a figure with a unit of length ends right before the bracket at ``bracket``."""
        for width in (1, 2):  # "30ft (", "6 feet (", "400 nautical miles ("
            unit_at = bracket - width
            if unit_at < 1 or self.kinds[unit_at - 1] != NUM:
                continue
            unit = self._unit_at(unit_at)
            if unit is not None and unit[2] == bracket and is_length(unit[0]):
                return True
        return False

    def _compounded(self, index: int) -> bool:
        """Whether a fraction word ending before ``index`` is hyphened into a word ("half-time").

        "half-time", "third-party", "half-mast", "quarter-final" name things and are no shares; a scale
        after the hyphen keeps the share ("half-million").
        """
        return (
            self.word_at(index) == "-"
            and self.tokens.adjacent(index)
            and index + 1 < self.size
            and self.kinds[index + 1] == WORD
            and self.tokens.adjacent(index + 1)
            and self.word_at(index + 1) not in _HALF_JOINED
        )

    def _share(self, index: int) -> tuple[Fraction, int] | None:
        """Read a fraction word: "half", "a third", "two-thirds", "three quarters", "one in five"."""
        if index < self.size and self.kinds[index] == NUM and self.word_at(index + 1) not in _SHARE_AFTER:
            return None  # digits that nothing after makes a share of
        word = self.word_at(index)
        if word == "half":
            if self.word_at(index - 1) in lex.HALF_BEFORE or self.word_at(index + 1) in lex.HALF_NAMES:
                return None  # "the second half", "level at half time": a part of a match, no share
            return None if self._compounded(index + 1) else (lex.HALF, index + 1)
        if word in lex.VULGAR:
            return lex.VULGAR[word], index + 1
        numerator: Fraction | None = None
        nxt = index
        if word in ("a", "an", "one"):
            numerator, nxt = _ONE, index + 1
        else:
            number = self._number(index)
            if number is not None:
                numerator, nxt, _ = number
        if numerator is None or numerator < 0:
            return None
        slashed = self._slashed(index, nxt, numerator)
        if slashed is not None:
            return slashed
        if self.word_at(nxt) == "-" and self.tokens.adjacent(nxt):
            nxt += 1
        denominator_word = self.word_at(nxt)
        if denominator_word in lex.DENOMINATORS and (
            numerator == 1 or denominator_word.endswith("s") or denominator_word == "halves"
        ):
            if numerator > lex.DENOMINATORS[denominator_word] or self._compounded(nxt + 1):
                return None
            if denominator_word == "half" and self.word_at(nxt + 1) in lex.HALF_NAMES:
                return None  # "a half marathon"
            return numerator / lex.DENOMINATORS[denominator_word], nxt + 1
        # "one in five", "nine out of ten", "one in every five"
        after = nxt
        if self.word_at(after) == "in":
            after += 1
        elif self.word_at(after) == "out" and self.word_at(after + 1) == "of":
            after += 2
        else:
            return None
        if self.word_at(after) == "every":
            after += 1
        whole = self._number(after)
        # "one in five", not "22 in 2017": the whole of a share is a small round count.
        if whole is None or not 0 < whole[0] <= _MAX_SHARE_WHOLE or numerator > whole[0]:
            return None
        return numerator / whole[0], whole[1]

    def _slashed(self, index: int, nxt: int, numerator: Fraction) -> tuple[Fraction, int] | None:
        """Read the slash fraction "1/2" or "2/3" whose numerator ``numerator`` ends before ``nxt``.

        News writes a share with a slash only as a proper fraction with a small denominator, so one
        is read only when
        * both numbers are plain digits glued to the slash ("1/2", not "1 / 2" or "1.5/2");
        * the denominator is from 2 to 10 and above the numerator: "24/7" (around the clock), "9/11"
          (a date's name) and "20/20" are no fractions;
        * no slash and digits come before or after it: "3/4/2024" is a date and "1/2/3" a code.
        """
        if self.word_at(nxt) != "/" or self.kinds[index] != NUM or nxt != index + 1:
            return None
        after = nxt + 1
        if after >= self.size or self.kinds[after] != NUM or not self.words[after].isdigit():
            return None
        if not (self.words[index].isdigit() and self.tokens.adjacent(nxt) and self.tokens.adjacent(after)):
            return None
        if self.word_at(after + 1) == "/" and self.tokens.adjacent(after + 1):
            return None
        if index > 0 and self.words[index - 1] == "/" and self.tokens.adjacent(index):
            return None
        denominator = int(self.words[after])
        if not 0 < numerator < denominator <= _MAX_SLASH_DENOMINATOR:
            return None
        return numerator / denominator, after + 1

    def _printed_step(self, index: int, end: int) -> tuple[Fraction, bool]:
        """Return the step of the last printed digit of the number in tokens ``index`` to ``end``.

        Also returns whether the number is printed rounded: with decimals, a power of ten, or a spelled
        scale from a thousand up ("three million" steps by a million; "three hundred" by one).
        """
        if end == index + 1 and self.kinds[index] == NUM:  # digits alone: "12,500", "10.84"
            step = read_number(self.words[index])[1]
            return step, step != 1
        step, rounded = _ONE, False
        for position in range(index, end):
            word = self.words[position]
            if self.kinds[position] == NUM:
                step = read_number(word)[1]
                rounded = step != 1
            elif word in lex.VULGAR:
                step = min(step, Fraction(1, lex.VULGAR[word].denominator))  # "1½"
            elif lex.SCALES.get(word, 0) >= _ROUNDING_SCALE:
                step, rounded = step * lex.SCALES[word], True
        return step, rounded

    def _scaled_number(self, index: int, *, currency: bool) -> tuple[Amount, int] | None:
        """Read a number with its scale: "1.5 million", "a dozen", "half a million", "$1.2bn"."""
        share = self._share(index)
        if share is not None:
            value, nxt = share
            after = nxt + 1 if self.word_at(nxt) in ("of", "-") else nxt
            hyphen = int(self.word_at(after + 1) == "-")  # "half-a-million"
            if self.word_at(after) in ("a", "an") and self.word_at(after + 1 + hyphen) in lex.SCALES:
                # "half a million", "a quarter of a million"
                scale = lex.SCALES[self.word_at(after + 1 + hyphen)]
                return Amount(value * scale, value, scaled=True, unit=None), after + 2 + hyphen
            if self.word_at(nxt) == "-" and self.word_at(after) in lex.SCALES:  # "a half-million"
                nxt = after
            if self.word_at(nxt) in lex.SCALES:  # "half million" is rare but unambiguous
                scale = lex.SCALES[self.word_at(nxt)]
                return Amount(value * scale, value, scaled=True, unit=None), nxt + 1
            return Amount(value, value, scaled=False, unit=None, share=True), nxt
        number = self._number(index)
        if number is None:
            return None
        value, nxt, lead = number
        raw = value if lead is None else lead
        scaled = lead is not None
        step, rounded = self._printed_step(index, nxt)
        if lead is None and value.denominator == 1 and not rounded:
            step = _ONE  # "two million three hundred thousand" is printed to the unit
        if not scaled and tuple(self.words[nxt : nxt + 3]) == ("and", "a", "half"):
            value = raw = value + lex.HALF if value >= 0 else value - lex.HALF  # "one and a half million"
            step = min(step, lex.HALF)
            nxt += 3
        # A few scale words stack ("a thousand million"); the cap keeps the value's size bounded.
        for _ in range(_MAX_SCALE_WORDS):
            found = self._scale(nxt, currency=currency, start=index)
            if found is None:
                break
            value *= found[0]
            step *= found[0]
            rounded = rounded or found[0] >= _ROUNDING_SCALE
            nxt = found[1]
            scaled = True
        return Amount(value, raw, scaled=scaled, unit=None, step=step, rounded=rounded), nxt

    def _currency_before(self, index: int) -> tuple[str, int, bool] | None:
        """Read a currency sign, prefix or ISO code before a number: "$", "US$", "R$", "RM", "AUD".

        A form of several tokens is written solid ("A$5", not "a $5"); a form of letters is printed
        with a capital ("RM45", "Rs 500"), and an ISO code in capitals, with a number after it.
        Returns the code, the next index, and whether the number must carry a scale word: an ISO code
        that is also an English word ("TOP", "ALL") is read only as in "TRY 5bn", never in "TOP 10".
        """
        found = self.match_phrase(index, BEFORE_INDEX)
        if found is not None:
            words, nxt = found
            solid = all(self.tokens.adjacent(position) for position in range(index + 1, nxt))
            lettered = words[0].isalpha()
            if (
                solid
                and (not lettered or self._capitalised(index))
                and (not lettered or self._number_at(nxt))
            ):
                return _CURRENCY_BEFORE[words], nxt, False
        code = _CODES.get(self.word_at(index))
        if code is not None and self._capitalised(index, upper=True) and self._number_at(index + 1):
            return code, index + 1, code in cur.WORD_CODES
        return None

    def _video(self, figure: int, after: int) -> bool:
        """Whether the figure at token ``figure``, "p" glued, is a video format ("1080p"), not pence.

        It is, unless a price stands near ("shares closed at 720p", "720p a share").
        """
        if self.words[figure] not in lex.VIDEO_LINES:
            return False
        if after < self.size and self.words[after].lower() in lex.VIDEO_WORDS:
            return True
        starts, ends = self.tokens.starts, self.tokens.ends
        return not lex.priced(self.text, starts[figure], ends[figure])

    def _capitalised(self, index: int, *, upper: bool = False) -> bool:
        """Whether token ``index`` is printed with a capital first letter, or (``upper``) in capitals."""
        printed = self.text[self.tokens.starts[index] : self.tokens.ends[index]]
        return printed.isupper() if upper else printed[:1].isupper()

    def _names_label(self, index: int) -> bool:
        """Whether token ``index`` is a name a label follows ("Group 3C"), not a day's ("Monday's 38C")."""
        printed = self.text[self.tokens.starts[index] : self.tokens.ends[index]]
        return (
            printed[:1].isupper()
            and not printed.endswith(("'s", "\u2019s"))
            and printed.casefold() not in lex.CALENDAR_NAMES
        )

    def _number_at(self, index: int) -> bool:
        """Whether digits, or a minus and digits, start at token ``index``."""
        if index < self.size and self.kinds[index] == NUM:
            return True
        after = self._sign(index)
        return after is not None and after < self.size and self.kinds[after] == NUM

    def amount(self, index: int, *, context: str | None = None) -> tuple[Amount, int] | None:
        """Read an amount: sign, currency, number, scale and unit, as in "-US$1.2bn" or "10 per cent".

        ``context`` is the unit of the range's first end: after "$2" the "3m" of "$2-3m" is millions.
        """
        negative = False
        currency: str | None = None
        start = index
        needs_scale = False
        if index >= self.size or self.kinds[index] != NUM:  # digits carry no sign and no currency before
            after_sign = self._sign(index)
            if after_sign is not None and self._currency_before(after_sign) is not None:
                negative, index = True, after_sign  # "-€450m", "−£2bn", "minus €450 million"
                start = index
            before = self._currency_before(index)
            if before is not None:
                currency, start, needs_scale = before
        in_currency = currency is not None or context in CURRENCIES
        result = self._scaled_number(start, currency=in_currency)
        if result is None:
            if currency is not None and start < self.size and self.kinds[start] in NOT_A_QUANTITY:
                self.fail(start, not_a_quantity(self.kinds[start], self.words[start]))
            elif currency is not None:
                self.fail(start, f"expected a number after {self.words[index]!r}")
            return None
        amount, nxt = result
        if negative:
            if amount.value < 0:
                return None  # "-€-450m" says the sign twice
            amount.value, amount.raw = -amount.value, -amount.raw
        if currency is not None:
            if needs_scale and not amount.scaled:
                return None  # "ALL 50", "TOP 10": words, not Albanian lek or Tongan paʻanga
            amount.unit = currency
        elif not amount.share:
            unit = self._unit_at(nxt, start=start)
            if unit is None and self.word_at(nxt) == "-" and self._glued(nxt):
                unit = self._unit_at(nxt + 1)  # "a 15-mile stretch", "a 10-tonne truck"
            if unit is not None:
                name, factor, nxt = unit
                amount.unit = name
                if factor != 1:  # "212p" is £2.12
                    amount.value, amount.raw = amount.value * factor, amount.raw * factor
                    amount.step = None if amount.step is None else amount.step * factor
        # "500,000-strong": the count of a force, nothing more.
        if self.word_at(nxt) == "-" and self.word_at(nxt + 1) == "strong":
            nxt += 2
        return amount, nxt

    def unit(self, index: int) -> tuple[str, int] | None:
        """Read a unit or currency word at ``index`` ("km", "per cent", "dollars", "USD")."""
        found = self._unit_at(index)
        if found is None or found[1] != 1:
            return None  # "hundreds of pence" would need the hundredths carried; read no unit
        return found[0], found[2]

    def _unit_at(self, index: int, *, start: int | None = None) -> tuple[str, Fraction, int] | None:
        """Read a unit after a number: its name, the factor to that unit ("pence" is 1/100 GBP), next.

        ``start`` is the number's first token, where known: a spaced "m" is metres only where the
        words around it say a length is meant ("the 100 m final").
        """
        code = _CODES.get(self.word_at(index))
        if code is not None and code not in cur.WORD_CODES and self._capitalised(index, upper=True):
            return code, _ONE, index + 1  # "5 USD"; "5 top" is no Tongan paʻanga
        found = self.match_phrase(index, _UNIT_INDEX)
        registry = self._registry_unit(index)
        if found is None or (registry is not None and registry[1] > found[1]):
            # "710bhp", "4,500mAh", "2TB", "350 pound-feet", "30 miles per gallon"
            return None if registry is None else (registry[0], _ONE, registry[1])
        words, nxt = found
        # "5 m" alone is too ambiguous to read as metres; "the 100 m final" is not.
        if (words == ("m",) and not self.tokens.adjacent(index)) and (
            start is None or not self._length_meant(start, index)
        ):
            return None
        if words == ("g",) and self.text[self.tokens.starts[index]] == "G":
            return None  # "4G", "5G" are mobile networks; grams are written "g"
        if words in TEMPERATURE_LETTERS and not (
            self._capitalised(nxt - 1)
            and (len(words) > 1 or self.tokens.adjacent(index))
            and (start is None or start == 0 or not self._names_label(start - 1))
        ):
            return None  # "40C", "40 degrees C"; "40c" is cents, "40 C" and "Group 3C" labels
        # A one-letter currency touches its number ("212p"); "a 1080p screen" is a video resolution.
        if (words in _CURRENCY_AFTER and len(words[0]) == 1) and (
            not self.tokens.adjacent(index) or self._video(index - 1, nxt)
        ):
            return None
        name, factor = _UNIT_TABLE[words]
        return name, factor, nxt

    def _registry_unit(self, index: int) -> tuple[str, int] | None:
        """Read a unit spelled as the registry defines it (see :mod:`claimcheck._reading.unit_spellings`).

        Kept per token: the shortcuts and the grammar may read the same amount in turn.
        """
        if index in self._units:
            return self._units[index]
        found = self._registry_unit_read(index)
        self._units[index] = found
        return found

    def _registry_unit_read(self, index: int) -> tuple[str, int] | None:
        tokens = self.tokens
        if index >= self.size or not may_start_unit(self.text[tokens.starts[index] : tokens.ends[index]]):
            return None
        pieces = []
        for at in range(index, min(index + _UNIT_TOKENS, self.size)):
            if self.kinds[at] == NUM:
                break
            pieces.append((self.text[tokens.starts[at] : tokens.ends[at]], tokens.adjacent(at)))
        found = _read_unit(tuple(pieces), one=index > 0 and self.words[index - 1] in ("1", "one"))
        if found is None:
            return None
        nxt = index + found[1]
        if found[0] == "carat" and self._gold_at(nxt):
            return "karat", nxt  # "18-carat gold", "9ct rose gold": a purity in 24ths, no weight
        if pieces[0][0] == "st" and index and _ORDINAL_ST.fullmatch(self.words[index - 1]):
            pounds = nxt < self.size and self.kinds[nxt] == NUM and self.word_at(nxt + 1) in _POUNDS
            if not pounds:
                return None  # "the 21st century", "1st": an ordinal; "21st 4lb" weighs 21 stone
        return found[0], nxt

    def _gold_at(self, index: int) -> bool:
        """Whether gold is named at token ``index``: "gold", or a gold's colour and "gold" ("white gold")."""
        word = self.word_at(index)
        return word == "gold" or (word in lex.GOLD_COLOURS and self.word_at(index + 1) == "gold")

    # -- cores -----------------------------------------------------------------------------------


#: The numbers whose ordinal ends in "st" ("1st", "21st", "101st"; "11st" is eleven stone): glued "st"
#: after them is the ordinal's, unless a figure of pounds follows ("21st 4lb").
_ORDINAL_ST: Final = re.compile(r"(?:[0-9]*[02-9])?1")
_POUNDS: Final = frozenset({"lb", "lbs", "pound", "pounds"})


@functools.lru_cache(maxsize=4096)
def _read_unit(pieces: tuple[tuple[str, bool], ...], *, one: bool) -> tuple[str, int] | None:
    """:func:`read_unit` kept per run of tokens: the words after a figure ("in the", "a year") repeat."""
    return read_unit(pieces, one=one)
