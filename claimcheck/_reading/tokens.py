"""Split text into the tokens the parser reads (private).

One regular expression, applied once from left to right, so tokenising is linear in the text's length.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, final

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "CLOCK_TIME",
    "DATE",
    "GAP",
    "ISO_DATE",
    "NOT_A_QUANTITY",
    "NOT_EQUAL",
    "NUM",
    "SYM",
    "TIME",
    "WORD",
    "Tokens",
    "not_a_quantity",
    "phrase",
    "read_number",
    "tokenize",
]

NUM: Final = 0
WORD: Final = 1
SYM: Final = 2
#: A digit run too long to be a figure; never read as a number.
JUNK: Final = 3
#: An ISO date ("2024-02-26") or a clock time ("10:30"): one token, never read as numbers, so neither
#: becomes a range ("2024-02") or two figures ("10", "30"). :mod:`claimcheck._reading.kinds` names them in
#: running text, from the same patterns.
DATE: Final = 4
TIME: Final = 5
#: A figure whose exponent puts it beyond :data:`MAX_EXPONENT` ("10^400", "1e999").
TOO_LARGE: Final = 6
#: Digits that read two ways: "1,2" is 1.2 with a decimal comma, or the list 1, 2.
AMBIGUOUS: Final = 7
#: A stretch left out of reading (a date, a table of figures, sentences with no figure): one token with
#: no text, so that nothing on either side of it is read as next to the other.
GAP: Final = 8
#: What each kind of token that is no quantity is, for error messages.
NOT_A_QUANTITY: Final = {
    DATE: "a date",
    TIME: "a clock time",
    JUNK: "a run of more than 30 digits, too long to be a figure",
    TOO_LARGE: "beyond the magnitudes claimcheck reads (10^-100 to 10^100)",
    AMBIGUOUS: "either a decimal comma or a list of two numbers; write 1.2 or 1,200",
}

#: An ISO calendar date, year-month-day. (Year-month alone, "2000-01", may be a span of years.)
ISO_DATE: Final = r"[12][0-9]{3}-(?:1[0-2]|0[1-9])-(?:3[01]|[12][0-9]|0[1-9])"
#: A clock time, hours and minutes with optional seconds: "10:30", "9:05:59". "3:1" is a ratio.
CLOCK_TIME: Final = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?"
#: Symbols that rule a value out ("<>30"); what follows them states no value.
NOT_EQUAL: Final = frozenset({"<>", "!=", "≠"})

#: Longer digit runs are identifiers or noise, and converting them would cost quadratic time.
_MAX_DIGITS: Final = 30
#: The largest power of ten a figure may carry ("6.02×10^23", "3.2e-5"): exact arithmetic on the
#: figure stays cheap, and no printed statistic comes near it.
MAX_EXPONENT: Final = 100

_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
#: A power of ten: "^6", "^-5", "⁶", "⁻⁵".
_POWER: Final = r"(?:\^[-−+]?[0-9]+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
#: Continental scale abbreviations after a decimal comma ("€1,2 Mio."), and the English words.
_COMMA_SCALES: Final = r"(?i:mio|mrd|md|tsd|mln|mld|bln|mn|bn|million|billion|millionen|milliarden)\b"

#: Where a word of ASCII letters ends: no letter and no apostrophe before a letter follows ("it's").
_WORD_ENDS: Final = r"(?![^\W\d_¼½¾⅐-⅞]|['’][^\W\d_¼½¾⅐-⅞])"

_TOKEN = re.compile(
    # No token starts with white space: the lookahead skips it at once, without trying every kind.
    r"(?=\S)(?:"
    # Words first, as most tokens are words; no other kind of token starts with a letter. Words of ASCII
    # letters are read by a class the engine tests as a bitmap, not by the Unicode categories, and a run of
    # them with one space between is one match, split in :func:`_tokenize` (the same tokens, for a
    # fraction of the matches). Each ends where no other letter or an apostrophe goes on from it.
    rf"(?P<run>(?:[A-Za-z]++ )+[A-Za-z]++{_WORD_ENDS})"
    rf"|(?P<word>[A-Za-z]++{_WORD_ENDS}"
    r"|[^\W\d_¼½¾⅐-⅞]+(?:['’][^\W\d_¼½¾⅐-⅞]+)*)"
    # Vulgar fractions ("1½ million") are tokens of their own, never part of a word.
    r"|(?P<frac>[¼½¾⅐-⅞])"
    rf"|(?P<date>(?<![0-9]){ISO_DATE}(?![0-9]))"
    rf"|(?P<time>(?<![0-9.,:]){CLOCK_TIME}(?![0-9]))"
    # Scientific notation and powers of ten: "6.02×10^23", "3 x 10⁶", "10^6", "1e6", "3.2e-5".
    rf"|(?P<sci>(?:[0-9]+(?:\.[0-9]+)?\s?[×x·*]\s?)?10{_POWER}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?[eE][-−+]?[0-9]+(?!\w))"
    # Powers of other whole numbers: "2^10" is 1,024 (bits and bytes).
    r"|(?P<power>[0-9]{1,3}\^[0-9]{1,3}(?![0-9]))"
    # "1,2" reads two ways (see AMBIGUOUS) unless a scale word follows it: "€1,2 Mio." is 1.2 million.
    r"|(?P<comma>(?<![0-9,.])[0-9]{1,3},[0-9]{1,2}(?![0-9]|,[0-9]))"
    # Grouped digits: "12,500", "1.000.000" (two or more dot groups: continental), "1,00,000" (lakh
    # grouping), "12 500" with a no-break, thin or narrow no-break space.
    r"|(?P<num>[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]+)?(?![0-9])"
    r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]{1,3}(?:[\u00a0\u2009\u202f][0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"|(?P<sym><=|>=|=<|=>|<>|!=|\+/-|[^\s\w]))"
)


@final
@attrs.define(slots=True)
class Tokens:
    """Parallel lists of token kinds, lower-case texts and character offsets."""

    kinds: list[int] = attrs.field(factory=list)
    texts: list[str] = attrs.field(factory=list)
    starts: list[int] = attrs.field(factory=list)
    ends: list[int] = attrs.field(factory=list)

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.kinds)

    def adjacent(self, index: int) -> bool:
        """Return whether token ``index`` follows the previous one with no space between."""
        return index > 0 and self.starts[index] == self.ends[index - 1]


def tokenize(text: str, spans: Sequence[tuple[int, int]] | None = None) -> Tokens:
    """Return the tokens of ``text``: numbers, words (lower-cased, vulgar fractions too) and symbols.

    ``spans``: read only these stretches of ``text`` (sorted, not overlapping, each cut where no token
    runs across its ends); whatever else holds more than white space becomes one :data:`GAP` token.
    """
    if spans is None:
        return _tokenize(text, 0, len(text), Tokens())
    tokens = Tokens()
    position = 0
    for start, end in (*spans, (len(text), len(text))):
        if start > position and _VISIBLE.search(text, position, start):
            tokens.kinds.append(GAP)
            tokens.texts.append("")
            tokens.starts.append(position)
            tokens.ends.append(start)
        _tokenize(text, start, end, tokens)
        position = end
    return tokens


_VISIBLE: Final = re.compile(r"\S")


def _tokenize(text: str, start: int, end: int, tokens: Tokens) -> Tokens:
    """Add the tokens of ``text[start:end]`` to ``tokens``, at their offsets in ``text``."""
    texts = tokens.texts
    add_kind, add_text = tokens.kinds.append, texts.append
    add_start, add_end = tokens.starts.append, tokens.ends.append
    piece = text[start:end]
    lowered = piece.lower()
    # A word's lower case is its slice of the stretch's, unless a letter changes length in lower case
    # ("İ") or lowers by its context (a final capital sigma): then each word is lowered on its own.
    whole = len(lowered) == len(piece) and "Σ" not in piece
    lowered = lowered.replace("’", "'")
    for match in _TOKEN.finditer(text, start, end):
        group = match.lastgroup
        first, last = match.span()
        if group == "run":  # words with one space between: most tokens
            words = lowered[first - start : last - start] if whole else match.group().lower()
            split = words.split(" ")
            texts += split
            for word in split:
                add_kind(WORD)
                add_start(first)
                first += len(word)
                add_end(first)
                first += 1
            continue
        if group == "word":
            add_kind(WORD)
            word = lowered[first - start : last - start] if whole else match.group().lower().replace("’", "'")
            add_text(word)
            add_start(first)
            add_end(last)
            continue
        value = match.group()
        if group == "frac":  # a word of its own, the same in lower case
            kind = WORD
        elif group == "sym":
            kind = SYM
        elif group == "num":
            kind = NUM if len(value) <= _MAX_DIGITS else JUNK
        elif group == "sci":
            kind = _scientific_kind(value)
        elif group == "power":
            kind = NUM if _power_fits(value) else TOO_LARGE
        elif group == "comma":
            # Only a scale word after it makes the comma a decimal one: "€1,2 Mio.".
            kind = NUM if _COMMA_SCALE_AFTER.match(text, match.end()) else AMBIGUOUS
        else:
            kind = DATE if group == "date" else TIME
        add_kind(kind)
        add_text(value)
        add_start(first)
        add_end(last)
    return tokens


_DECIMAL_COMMA: Final = re.compile(r"[0-9]{1,3},[0-9]{1,2}")
_COMMA_SCALE_AFTER: Final = re.compile(rf"\s?{_COMMA_SCALES}")
_SCIENTIFIC: Final = re.compile(
    r"(?:(?P<mantissa>[0-9]+(?:\.[0-9]+)?)\s?[×x·*]\s?)?10"
    r"(?:\^(?P<power>[-−+]?[0-9]+)|(?P<raised>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
    r"|(?P<coefficient>[0-9]+(?:\.[0-9]+)?)[eE](?P<exponent>[-−+]?[0-9]+)"
)


def _split_scientific(text: str) -> tuple[str, str] | None:
    """Split "6.02×10^23" into its mantissa "6.02" and exponent "23"; None for other numbers."""
    found = _SCIENTIFIC.fullmatch(text)
    if found is None:
        return None
    mantissa = found["mantissa"] or found["coefficient"] or "1"
    exponent = (found["power"] or found["raised"] or found["exponent"]).translate(_SUPERSCRIPTS)
    return mantissa, exponent.replace("−", "-")


def _exponent(digits: str) -> int | None:
    """The exponent's value, or None where it lies beyond :data:`MAX_EXPONENT` (checked before int())."""
    size = digits.lstrip("+-").lstrip("0") or "0"
    if len(size) > len(str(MAX_EXPONENT)) or int(size) > MAX_EXPONENT:
        return None
    return -int(size) if digits.startswith("-") else int(size)


def _power_fits(text: str) -> bool:
    """Whether a power such as "2^10" lies within 10^MAX_EXPONENT (checked before it is computed)."""
    base, _, power = text.partition("^")
    return int(base) < 2 or int(power) * math.log10(int(base)) <= MAX_EXPONENT


def _scientific_kind(text: str) -> int:
    split = _split_scientific(text)
    if split is None or len(split[0]) > _MAX_DIGITS:
        return JUNK
    return NUM if _exponent(split[1]) is not None else TOO_LARGE


def read_number(text: str) -> tuple[Fraction, Fraction]:
    """Return the value of a number token and the step of its last printed digit.

    "12,500" is (12500, 1), "10.84" (1084/100, 1/100), "1.000.000" (10**6, 1), "1,00,000" (10**5, 1),
    "6.02×10^23" (6.02e23, 10**21), "1e6" (10**6, 10**6), "1,2" (before a scale word) (6/5, 1/10).
    One reading per distinct spelling is kept: a text repeats its figures, and Fractions are costly.
    """
    found = _READ.get(text)
    if found is None:
        found = _read_number(text)
        if len(_READ) >= _READ_CACHE:
            _READ.clear()
        _READ[text] = found
    return found


#: Readings of number tokens by spelling (see ``read_number``), dropped whole when it fills.
_READ: Final[dict[str, tuple[Fraction, Fraction]]] = {}
_READ_CACHE: Final = 4096
_ONE: Final = Fraction(1)
_WHOLE_POWER: Final = re.compile(r"[0-9]{1,3}\^[0-9]{1,3}")
_GROUPING: Final = str.maketrans("", "", ",\u00a0\u2009\u202f")


def _read_number(text: str) -> tuple[Fraction, Fraction]:
    if text.isascii() and text.isdigit():
        return Fraction(int(text)), _ONE  # the common case, without Fraction's string parser
    if text[:1] != "." and not text[:1].isdigit():
        raise ValueError(text)
    if _WHOLE_POWER.fullmatch(text) and not text.startswith("10^") and _power_fits(text):
        base, _, raised = text.partition("^")
        return Fraction(int(base) ** int(raised)), _ONE  # "2^10": a whole number, printed exactly
    split = _split_scientific(text)
    exponent = None if split is None else _exponent(split[1])
    if split is not None and exponent is not None:
        value, step = read_number(split[0])
        power = Fraction(10) ** exponent
        return value * power, step * power
    if "." in text and text.count(".") >= 2:  # continental grouping: "1.000.000,50"
        text = text.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")  # a decimal comma before a scale word: "1,2 Mio."
    whole, _, decimals = text.translate(_GROUPING).partition(".")
    if not (whole or decimals).isdigit() or not (decimals.isdigit() or not decimals):
        raise ValueError(text)
    scale = 10 ** len(decimals)
    return Fraction(int(whole or "0") * scale + int(decimals or "0"), scale), Fraction(1, scale)


def not_a_quantity(kind: int, text: str) -> str:
    """Say why the token ``text`` of ``kind`` (a key of :data:`NOT_A_QUANTITY`) is no quantity."""
    shown = text if len(text) <= _MAX_DIGITS else f"{text[:12]}…"
    return f"{shown!r} is {NOT_A_QUANTITY[kind]}, not a quantity"


def phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the token texts of a lexicon entry, so "approx." matches the tokens "approx" and "."."""
    return tuple(tokenize(" ".join(words)).texts)
