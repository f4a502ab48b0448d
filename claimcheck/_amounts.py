"""Read single amounts (private): numbers in digits or words, scales, shares, currencies and units.

:class:`AmountReader` holds one text's tokens and reads, at a token index, the pieces every expression is
made of: "12,500", "twenty-two", "half a million", "$1.2bn", "£300m", "a third", "one in five", "10 per
cent", "12 km". :mod:`claimcheck.parse` builds ranges and hedged expressions on top of it.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck import _lexicon as lex
from claimcheck._tokens import NUM, SYM, WORD, Tokens, phrase, tokenize
from claimcheck.units import CURRENCIES

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Amount", "AmountReader", "index_phrases"]

#: The largest whole in "one in N"; beyond it, "22 in 2017" is a count and a year.
_MAX_SHARE_WHOLE: Final = 1000
#: The longest spelled-out number we read, in tokens: "nine hundred and ninety-nine" is 6 tokens, and with
#: four falling scale words a number below a quadrillion takes at most 34.
_MAX_NUMBER_WORDS: Final = 40
#: The largest denominator of a slash fraction ("1/2", "7/10"); see ``AmountReader._slashed``.
_MAX_SLASH_DENOMINATOR: Final = 10
#: The most scale words after one number ("a thousand million"); more is noise, and costly to multiply.
_MAX_SCALE_WORDS: Final = 3


def index_phrases(*tables: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Index phrases by their first token, longest first, for longest-match lookup."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for table in tables:
        for words in table:
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


_UNITS: Final = {phrase(words): unit for words, unit in lex.UNIT_WORDS.items()} | {
    phrase(words): unit for words, unit in lex.CURRENCY_WORDS.items()
}
ISO_CODES: Final = frozenset(code.lower() for code in ("USD", "EUR", "GBP", "JPY", "CNY", "CHF"))
_UNIT_INDEX: Final = index_phrases(_UNITS)
_CURRENCY_INDEX: Final = index_phrases(phrase(words) for words in lex.CURRENCY_WORDS)


@attrs.define(slots=True)
class Amount:
    """One number as written, before hedges: value, the scale it carries, its unit if stated."""

    value: Fraction
    raw: Fraction
    scaled: bool
    unit: str | None
    share: bool = False


class AmountReader:
    """One text's tokens, and the readers of amounts; each returns a result and the next index, or None."""

    def __init__(self, text: str) -> None:
        """Tokenise ``text``."""
        self.text = text
        self.tokens: Tokens = tokenize(text)
        self.kinds = self.tokens.kinds
        self.words = self.tokens.texts
        self.size = len(self.tokens)
        self.failure: tuple[int, str] | None = None

    # -- helpers ---------------------------------------------------------------------------------

    def fail(self, index: int, reason: str) -> None:
        """Remember the furthest place where an expression was begun but could not be finished."""
        position = self.tokens.starts[index] if index < self.size else len(self.text)
        if self.failure is None or position > self.failure[0]:
            self.failure = (position, reason)

    def word_at(self, index: int) -> str:
        """Return the text of token ``index``, or "" past the end."""
        return self.words[index] if index < self.size else ""

    def match_phrase(
        self, index: int, index_table: dict[str, list[tuple[str, ...]]]
    ) -> tuple[tuple[str, ...], int] | None:
        """Return the longest phrase of the table that starts at ``index``, and the index after it."""
        for words in index_table.get(self.word_at(index), ()):
            end = index + len(words)
            if end <= self.size and tuple(self.words[index:end]) == words:
                return words, end
        return None

    # -- numbers ---------------------------------------------------------------------------------

    def _digits(self, index: int) -> Fraction:
        return Fraction(self.words[index].replace(",", ""))

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
        word = self.word_at(index)
        sign = 1
        # A dash glued to letters before it is a hyphen, not a minus: "COVID-19", "F-16", "mid-2019".
        if word in ("minus", "negative") or (
            word == "-"
            and self.kinds[index] == SYM
            and not self._follows_number(index)
            and not (self.kinds[index - 1] == WORD and self.tokens.adjacent(index))
        ):
            if index + 1 < self.size and (
                word != "-" or (self.kinds[index + 1] == NUM and self.tokens.adjacent(index + 1))
            ):
                sign, index = -1, index + 1
                word = self.word_at(index)
            else:
                return None
        if index < self.size and self.kinds[index] == NUM:
            value = self._digits(index)
            if self.word_at(index + 1) in lex.VULGAR and self.tokens.adjacent(index + 1):
                return sign * (value + lex.VULGAR[self.words[index + 1]]), index + 2, None  # "1½"
            return sign * value, index + 1, None
        if index < self.size and self.kinds[index] == WORD:
            spelled = self._spelled(index)
            if spelled is not None:
                value, nxt, lead = spelled
                return sign * value, nxt, (None if lead is None else sign * lead)
        return None

    def _glued(self, index: int) -> bool:
        """Return whether token ``index`` touches the tokens on both sides, as the dash of "15-mile"."""
        return index + 1 < self.size and self.tokens.adjacent(index) and self.tokens.adjacent(index + 1)

    def _follows_number(self, index: int) -> bool:
        return index > 0 and self.kinds[index - 1] == NUM

    def _scale(self, index: int, *, currency: bool) -> tuple[int, int] | None:
        """Read a scale word after a number: "million", "bn", and "m" after a currency."""
        word = self.word_at(index)
        # "5m dollars": a currency named after the figure makes "m" a scale too.
        currency = currency or self.match_phrase(index + 1, _CURRENCY_INDEX) is not None
        if word in lex.SCALES and word != "dozen":
            return lex.SCALES[word], index + 1
        if word == "dozen":
            return 12, index + 1
        if word in lex.SHORT_SCALES and (currency or word in lex.PLAIN_SHORT_SCALES):
            if word in ("k", "b") and not self.tokens.adjacent(index):
                return None
            return lex.SHORT_SCALES[word], index + 1
        return None

    def _share(self, index: int) -> tuple[Fraction, int] | None:
        """Read a fraction word: "half", "a third", "two-thirds", "three quarters", "one in five"."""
        word = self.word_at(index)
        if word == "half":
            return lex.HALF, index + 1
        if word in lex.VULGAR:
            return lex.VULGAR[word], index + 1
        numerator: Fraction | None = None
        nxt = index
        if word in ("a", "an", "one"):
            numerator, nxt = Fraction(1), index + 1
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
            if numerator > lex.DENOMINATORS[denominator_word]:
                return None
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

    def _scaled_number(self, index: int, *, currency: bool) -> tuple[Amount, int] | None:
        """Read a number with its scale: "1.5 million", "a dozen", "half a million", "$1.2bn"."""
        share = self._share(index)
        if share is not None:
            value, nxt = share
            after = nxt + 1 if self.word_at(nxt) == "of" else nxt
            if self.word_at(after) in ("a", "an") and self.word_at(after + 1) in lex.SCALES:
                scale = lex.SCALES[self.word_at(after + 1)]  # "half a million", "a quarter of a million"
                return Amount(value * scale, value, scaled=True, unit=None), after + 2
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
        if not scaled and tuple(self.words[nxt : nxt + 3]) == ("and", "a", "half"):
            value = raw = value + lex.HALF if value >= 0 else value - lex.HALF  # "one and a half million"
            nxt += 3
        # A few scale words stack ("a thousand million"); the cap keeps the value's size bounded.
        for _ in range(_MAX_SCALE_WORDS):
            found = self._scale(nxt, currency=currency)
            if found is None:
                break
            value *= found[0]
            nxt = found[1]
            scaled = True
        return Amount(value, raw, scaled=scaled, unit=None), nxt

    def amount(self, index: int, *, context: str | None = None) -> tuple[Amount, int] | None:
        """Read an amount: currency, number, scale and unit, as in "US$1.2bn" or "10 per cent".

        ``context`` is the unit of the range's first end: after "$2" the "3m" of "$2-3m" is millions.
        """
        currency: str | None = None
        word = self.word_at(index)
        start = index
        if word in lex.CURRENCY_SIGNS:
            currency, start = lex.CURRENCY_SIGNS[word], index + 1
        elif word in lex.CURRENCY_SIGN_PREFIXES and self.word_at(index + 1) == "$":
            if self.tokens.adjacent(index + 1):
                currency, start = lex.CURRENCY_SIGN_PREFIXES[word], index + 2
        elif word in ISO_CODES and index + 1 < self.size and self.kinds[index + 1] == NUM:
            currency, start = word.upper(), index + 1
        in_currency = currency is not None or context in CURRENCIES
        result = self._scaled_number(start, currency=in_currency)
        if result is None:
            if currency is not None:
                self.fail(start, f"expected a number after {self.words[index]!r}")
            return None
        amount, nxt = result
        if currency is not None:
            amount.unit = currency
        elif not amount.share:
            unit = self.unit(nxt)
            if unit is None and self.word_at(nxt) == "-" and self._glued(nxt):
                unit = self.unit(nxt + 1)  # "a 15-mile stretch", "a 10-tonne truck"
            if unit is not None:
                amount.unit, nxt = unit
        # "500,000-strong": the count of a force, nothing more.
        if self.word_at(nxt) == "-" and self.word_at(nxt + 1) == "strong":
            nxt += 2
        return amount, nxt

    def unit(self, index: int) -> tuple[str, int] | None:
        word = self.word_at(index)
        if word in ISO_CODES:
            return word.upper(), index + 1
        found = self.match_phrase(index, _UNIT_INDEX)
        if found is None:
            return None
        words, nxt = found
        if words == ("m",) and not self.tokens.adjacent(index):
            return None  # "5 m" is too ambiguous to read as metres
        if words == ("g",) and self.text[self.tokens.starts[index]] == "G":
            return None  # "4G", "5G" are mobile networks; grams are written "g"
        return _UNITS[words], nxt

    # -- cores -----------------------------------------------------------------------------------
