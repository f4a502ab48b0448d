"""Tell counts from numbers that are not counts: dates, years, times, ordinals, ages, identifiers (private).

Two plain passes. One regular expression finds the spans that are dates, clock times and multi-part
identifiers whatever the parser made of their pieces ("26 February 2024", "2024-02-26", "10:30 am",
"+1-222-2222-2222"). Then each figure the parser found is judged by the characters around it: a bare
four-digit year ("in 2014"), a number glued to letters ("COVID-19", "G7", "MH17"), a label before it
("Resolution 2254", "No. 10"), an ordinal suffix ("22nd"), an age ("aged 12", "12-year-old").
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final, Literal, cast

from claimcheck._reading import words as lex
from claimcheck._reading.nouns import nounlike
from claimcheck._reading.tokens import CLOCK_TIME, ISO_DATE
from claimcheck._values.currencies import BEFORE, LETTER_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "COUNT",
    "NotCount",
    "context_kind",
    "result_tables",
    "score_lines",
    "score_rows",
    "special_spans",
    "sprint_start",
    "table_spans",
]

COUNT: Final = "count"

#: What a number that counts nothing is (:data:`claimcheck.mentions.MentionKind` adds "count" and "change").
NotCount = Literal["date", "year", "time", "ordinal", "age", "identifier"]

#: The months as news prints them, whole or cut short ("Sept", "Sep"; a longer name before one it starts).
_MONTHS: Final = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
).split()
_MONTH: Final = rf"(?:{'|'.join(_MONTHS)})\.?"
_DAY: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: Where a date, a time or a code may start: a month's capital, "+", or whole digits with a dash, a slash
#: or a colon after them, a time's point ("10.30pm"), or a letter that starts a suffix or a word of
#: :data:`_SPECIAL` ("26th", "3pm", "1400 GMT", "26 of", "6 o'clock", "26 February"). An alternative added
#: there must keep to this.
_AFTER_DIGITS: Final = r"(?:[-/:]|\.[0-5][0-9]\s*[ap]|[snrtapGUh]|\s+[JFMASONDoapGUh])"
_SPECIAL_START: Final = rf"(?=[JFMASOND+]|(?<![0-9])[0-9]++{_AFTER_DIGITS})"
_SPECIAL: Final = re.compile(
    # The lookaheads skip every other place fast: every digit of "1,2,3", "$16m" or "12 34" among them.
    rf"(?=[0-9JFMASOND+]){_SPECIAL_START}(?:"
    # Dates: "February 26", "Feb. 26, 2024", "26 February 2024", "26th of February", "February 2024",
    # "2024-02-26", "1995-01", "26/02/2024".
    rf"(?P<date>\b{_MONTH}\s+{_DAY}\b(?:,?\s+[12][0-9]{{3}}\b)?"
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+[12][0-9]{{3}}\b)?"
    rf"|\b{_MONTH},?\s+[12][0-9]{{3}}\b"
    rf"|\b{ISO_DATE}(?:T{CLOCK_TIME}(?:\.[0-9]+)?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?(?![0-9])"
    r"|\b[12][0-9]{3}-(?:1[0-2]|0[1-9])(?![0-9])"
    r"|\b[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})\b|\b[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}\b)"
    # Clock times: "10:30", "10:30 am", "10.30pm", "3 p.m.", "1400 GMT", "6 o'clock"; lap times, "1:42.4".
    rf"|(?P<time>\b{CLOCK_TIME}(?:\.[0-9]+)?(?:\s*[ap]\.?m\b\.?)?"
    r"|\b(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?\s*(?:[ap]\.m\.|[ap]m\b)"
    r"|\b(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:GMT|UTC|hrs|hours\s+GMT)\b"
    r"|\b(?:1[0-2]|[1-9])\s+o['’]clock\b)"
    # Phone numbers and codes: "+1-222-2222-2222", "12-34-56", "1/2/3/4".
    r"|(?P<identifier>\+[0-9][0-9 ()./-]{5,}[0-9]|\b[0-9]+(?:[-/][0-9]+){2,}\b))"
)

#: Where :data:`_SPECIAL` may match, found fast: a month's first two letters, "+" before a digit, or a run
#: of digits as :data:`_SPECIAL_START` lets through (the run is taken whole, so a match is tried at its
#: first digit). The pattern starts with a class of characters, which the regular expression engine skips
#: to in a tight loop of its own: trying :data:`_SPECIAL` itself at every place costs prose three times as
#: much. Each place :data:`_SPECIAL` may match at starts one of these matches.
_SPECIAL_PLACES: Final = re.compile(
    r"[JFMASOND+0-9](?:"
    rf"(?<=[JFMASOND])(?={'|'.join(sorted({month[1:3] for month in _MONTHS}))})"
    r"|(?<=\+)(?=[0-9])"
    rf"|(?<=[0-9])[0-9]*+(?={_AFTER_DIGITS}))"
)

_YEAR: Final = re.compile(r"(?:1[0-9]|20)[0-9]{2}")
_YEAR_RANGE: Final = re.compile(
    r"(?:between|from)?\s*(?:1[0-9]|20)[0-9]{2}\s*(?:-|–|—|/|to|and|through|until|till)\s*"
    r"(?:(?:1[0-9]|20)[0-9]{2}|[0-9]{2})",
    re.IGNORECASE,
)
_WORD_BEFORE: Final = re.compile(r"[\"'“‘(\[]*([^\W\d_][\w'’.&-]*|#)")
_WORD_AFTER: Final = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_ORDINAL: Final = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_AGE_AFTER: Final = re.compile(
    r"[\s-]*(?:years?|months?|weeks?)[\s-]*olds?\b|[\s-]*olds?\b|s\b", re.IGNORECASE
)
_TIME_AFTER: Final = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|GMT\b|UTC\b)", re.IGNORECASE)
_GLUED: Final = re.compile(r"[^\W_][\w-]*$")
_CODE_AFTER: Final = re.compile(r"[A-Z](?![\w])")

_YEAR_BEFORE: Final = frozenset(
    "in since by until till from of during before after through the early late mid pre post circa year "
    "fiscal spring summer autumn fall winter 's".split()
)
_AGE_BEFORE: Final = frozenset("aged age ages".split())
#: Owners and articles before a year that modifies a singular noun: "its 2021 low", "a 2008 high".
_YEAR_OWNERS: Final = frozenset("its their his her our my a this that".split())
_PERSON_BEFORE: Final = frozenset("their his her my our your its".split())
#: "in her early 20s", "in his late 30s".
_DECADE_PART: Final = frozenset("early mid late".split())
_DECADE_PERSON: Final = re.compile(
    r"\b(?:their|his|her|my|our|your|its)\s+(?:early|mid|late)\s+$", re.IGNORECASE
)
_LABELS: Final = frozenset(
    "no no. nos. number # resolution article articles section chapter clause paragraph page pages route "
    "flight room platform gate phase version model level category grade tier vol vol. volume bus line "
    "highway road exit channel code item rule act".split()
)
#: Capitalised words that come before a count rather than name a thing: days, currency abbreviations.
_NOT_LABELS: Final = (
    frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday sh nt hk".split())
    | LETTER_WORDS
)
_PRONOUN_ONE_BEFORE: Final = frozenset(
    "no the this that any every each which someone anyone same only other last next right wrong new old "
    "little big latest".split()
)
#: A name written with a capital inside it: "iPhone", "eBay", "macOS".
_CAMEL: Final = re.compile(r"[a-z][A-Z]")
#: A version number after a name: "Windows 11" is plain digits; "HDMI 2.1", "iOS 17.4" are these.
_VERSION: Final = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
_ACRONYM: Final = re.compile(r"[A-Z][A-Z&]+")
#: A house number: "12 Baker Street", "221B"-free addresses with up to three capitalised words.
_STREET_AFTER: Final = re.compile(
    r"\s+(?:[A-Z][a-z'’-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Drive|Place|Square|Way"
    r"|Terrace|Crescent|Close|Court|Gardens|Row)\b"
)
#: A video resolution, "8K video", "4K TVs": the words after "4K" that make it one rather than 4,000.
_RESOLUTION: Final = re.compile(r"[0-9]{1,2}K")
#: "4K" and "8K" with a capital K name a resolution wherever they stand ("shot in 4K", "4K and HDR"); news
#: writes four thousand "4,000" or "4k".
_RESOLUTION_NAMES: Final = frozenset({"4K", "8K"})
_P_AFTER: Final = re.compile(r"p(?![\w])")
#: A chip's process node, "3nm", "a 5-nanometre process", "2nm-class chips": a name, however it is printed.
_NODE_AFTER: Final = re.compile(
    r"([\s-]?(?:nm|nanomet(?:re|er)s?))(?:[\s-]+class)?[\s-]+(?:chips?|chipsets?|process(?:es)?|nodes?|"
    r"technology|wafers?|generation|manufacturing|production|processors?|fabs?|family|designs?|"
    r"transistors?|silicon|lithography|plants?|factory|factories)\b",
    re.IGNORECASE,
)
#: "one-off", "one-sided", "one-time": idioms, not counts.
_ONE_IDIOMS: Final = frozenset("off sided time way stop size liner".split())
#: Denominator words that are also ordinals: "a fourth straight meeting", "a third term".
_ORDINAL_DENOMINATORS: Final = frozenset("third fourth fifth sixth seventh eighth ninth tenth".split())
#: "seven-under-par", "three-over par": a golf score against par (a "50-over match" is a count of overs).
_PAR: Final = re.compile(r"-(?:under(?![-\s]*[0-9])|over[-\s]par)\b")
#: An age in apposition, "The boy, 11, was", "Jane Smith, 45, said": a person's noun or name, a comma.
_APPOSITION: Final = re.compile(r"([A-Za-z][\w'’-]*),\s+$")
_PERSONS: Final = frozenset(
    "boy girl man woman son daughter brother sister father mother wife husband partner child baby "
    "teenager pensioner student victim driver jockey player striker midfielder defender goalkeeper "
    "captain rider nurse doctor officer soldier mum dad grandmother grandfather widow".split()
)
_MAX_AGE: Final = 115
#: The largest number a clock time may be before "am", "GMT" or "o'clock".
_HOURS: Final = 24
#: The dash and second side of a score after a figure: "3-1", "0 - 3".
_DASHES: Final = ("-", "–")
_DIGITS_09: Final = "0123456789"
_BLANKS: Final = ("", " ", "\t")
_SCORE_AFTER: Final = re.compile(r"\s?[-–]\s?([0-9]{1,3})(?![0-9%]|[.,][0-9])")
#: A score printed without a dash, "Chelsea 2 Fulham 1": the other team's name (up to three capitalised
#: words) and its side after the first side (``lex.SCORE_NEXT``), or the first side and the name before the
#: second.
_SCORE_BEFORE: Final = re.compile(rf"(?<![\w.,])([0-9]{{1,3}}) {lex.TEAM_NAME} $")
#: A word of sport ("game", "beat", "final", "scored"): a score's sides may pass ``lex.MAX_GOALS`` in its
#: paragraph ("Leinster 31 Munster 17." over a match report), looked for this many characters around it.
_SPORT_WORD: Final = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lex.SPORT_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_SPORT_REACH: Final = 300
_PARAGRAPH: Final = re.compile(r"\n[ \t\r]*\n")
#: A model's number with its variant: "737-800", "320-200" (three digits or more on each side).
_SPACED_NUMBER: Final = re.compile(r"[ \t]+[0-9]")
_MODEL_RANGE: Final = re.compile(r"[0-9]{3,}-[0-9]{3,}")
#: The name of an acceleration test, "0-62mph" and "0-60 in 2.9 seconds": no range of speeds.
_SPRINT: Final = re.compile(r"0\s*(?:-|–|to)\s*[0-9]{2,3}(?![0-9])")
_IN_SECONDS: Final = re.compile(r"\s+in\s+(?:under\s+|just\s+)?[0-9.]+\s*(?:s\b|secs?\b|seconds\b)")


#: The fewest figures that make a table: a run this long is no figure of prose.
TABLE_FIGURES: Final = 8
#: One figure of a table: digits, grouped by commas in threes or not, with decimals or not (read as the
#: tokenizer reads them, so "1,1,1" is three figures and "12,500" one).
_DIGITS: Final = r"(?>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?)"
#: The currency signs a figure of a table may carry before it ("$12", "€3"), and the marks after it.
_SIGNS: Final = "".join(sorted(form for form in BEFORE if len(form) == 1 and not form.isalnum()))
_MARKS: Final = r"%|k|m|bn|tn"
#: The first figure of a table says how every other is dressed: "12", "$12m", "12.5%" (and so "$1m-$2m-…"
#: is a table, "12, $15" no).
_FIRST: Final = rf"(?P<sign>[{re.escape(_SIGNS)}]?){_DIGITS}(?P<mark>(?:{_MARKS})?)(?![^\W\d_])"
_NEXT: Final = rf"(?P=sign){_DIGITS}(?P=mark)(?![^\W\d_])"
#: What stands between two figures of a table: list punctuation (``,`` ``;`` ``|``), dashes, spaces and
#: tabs, and at most one line break ("| 12 | 15 |" rows). A blank line ends a table.
_BETWEEN: Final = r"(?>[ \t,;|\-–—]*\n?[ \t,;|\-–—]*)"
#: Where a table may start: as many characters as the shortest table holds ("1,2,3,4,5,6,7,8"), each one
#: a table may hold (figures, signs, marks and what stands between them).
_TABLE_CHARACTERS: Final = rf"[0-9.,;|%kmbnt \t\n\-–—{re.escape(_SIGNS)}]"
_TABLE_START: Final = rf"(?={_TABLE_CHARACTERS}{{{2 * TABLE_FIGURES - 1}}})"
#: From a digit or a sign, a run of characters a table may hold, as long as the shortest table or longer.
#: Every character of a table is one of them and it starts with a digit or a sign, so each table lies
#: inside one such run, and prose has few: :data:`_TABLE` is tried only in them. (A pattern that starts
#: with a class of characters lets the regular expression engine skip every character outside it in a
#: tight loop of its own.)
_TABLE_RUN: Final = re.compile(rf"[0-9{re.escape(_SIGNS)}]{_TABLE_CHARACTERS}{{{2 * TABLE_FIGURES - 2},}}")
#: How far past its run a table's pattern looks: its last figure's lookahead reads the character after
#: the run, and one more after a no-break space.
_TABLE_LOOKS_ON: Final = 2
_TABLE: Final = re.compile(
    # No table starts after a letter, a digit, a sign, a currency or a decimal point, and its last figure
    # is no part of a word, a percentage, a unit ("9 km") or a number spaced in thousands ("12 500").
    # (The lookahead skips every place where no figure starts at once, and the last every place not
    # followed by as many characters of a table as the shortest holds.)
    rf"(?=[0-9{re.escape(_SIGNS)}])(?<![\w$€£¥₹%.,+\-−#/:]){_TABLE_START}"
    rf"{_FIRST}(?:{_BETWEEN}{_NEXT}){{{TABLE_FIGURES - 1},}}"
    r"(?![\w%‰°]|[ \t]*[^\W\d_%‰°]|[\u00a0\u2009\u202f][0-9])"
)


def table_spans(
    text: str, specials: list[tuple[int, int, NotCount]]
) -> list[tuple[int, int, Literal["table"]]]:
    """Return the runs of at least :data:`TABLE_FIGURES` like figures set out as a list or a table.

    The figures are alike: bare ("12", "1,200", "3.5"), or all with the same currency sign before and the
    same mark after ("$1m", "12.5%"), with no word or unit glued to any; only list punctuation (``,``
    ``;`` ``|``), dashes, spaces, tabs and single line breaks stand between two of them. A run that
    overlaps a date, a time or a code (``specials``) is no table.

    >>> table_spans("Scores: 1,2,3,4,5,6,7,8,9 and 10 points.", [])
    [(8, 23, 'table')]
    """
    found: list[tuple[int, int, Literal["table"]]] = []
    at = 0
    for run in _TABLE_RUN.finditer(text):
        # (The lookbehind before the first figure reads the character before the run, as in the text; a
        # later table in the same run starts after the first one ends.)
        for match in _TABLE.finditer(text, run.start(), run.end() + _TABLE_LOOKS_ON):
            start, end = match.span()
            while at < len(specials) and specials[at][1] <= start:
                at += 1
            if at < len(specials) and specials[at][0] < end:
                continue
            found.append((start, end, "table"))
    return found


#: One cell of a row of results: a bare figure, signed or not, a percentage or not ("38", "-3", "+45",
#: "56.7", "12.5%").
_CELL: Final = rf"[+\-−]?{_DIGITS}%?"
_CELLS: Final = re.compile(_CELL)
#: What stands between two cells of a row: spaces or tabs, list punctuation (``,`` ``;`` ``|``), or both.
_CELL_GAP: Final = r"(?=[ \t|,;])[ \t]*[|,;]?[ \t]*"
#: A row's label: up to six words, each a letter or ``&`` and then letters, digits and ``.`` ``'`` ``&``
#: ``-`` ("Man City", "St. Mirren", "Nott'm Forest", "Brighton & Hove Albion", "Q1", "U21 side").
#: (Atomic: no cell or side of a score starts with a letter or ``&``, so a shorter label never lets a
#: line match.)
_LABEL_PART: Final = r"(?:[\w'’&\-]|\.(?=\w| [^\W\d_]))*"  # a stop only inside a name: "St. Mirren"
_LABEL: Final = rf"(?>[^\W\d_]{_LABEL_PART}(?: (?:[^\W\d_]|&){_LABEL_PART}){{0,5}})"
#: A line that is a row of results: a label, then two cells or more, and nothing else ("Arsenal 38 86 30.2",
#: "| Leeds | 12 | 34 |", "Wolves\t12\t-3").
_ROW_BODY: Final = (
    rf"[ \t]*(?:\|[ \t]*)?(?P<table>{_LABEL}(?P<cells>(?:{_CELL_GAP}{_CELL}){{2,}}))"
    r"[ \t]*\|?[ \t]*\r?(?=\n|\Z)"
)
#: One match's score between two names of up to six words: "Leeds 2-1 Fulham", "Man City 3 - 0 Aston Villa",
#: "Celtics 102-98 Lakers".
_SCORE: Final = rf"{_LABEL}[ \t]+[0-9]{{1,3}}[ \t]?[-–][ \t]?[0-9]{{1,3}}[ \t]+{_LABEL}"
#: A line that holds nothing but scores, set apart by list punctuation ("Leeds 2-1 Fulham; Wolves 0-3
#: Burnley"), with a stop or none at its end.
_SCORES_BODY: Final = (
    rf"[ \t]*(?P<table>{_SCORE}(?:[ \t]*[;,|][ \t]*{_SCORE})*)[ \t]*[;,.]?[ \t]*\r?(?=\n|\Z)"
)
#: A score of such a line: its two sides.
_SIDES: Final = re.compile(r"(?<![\w.])[0-9]{1,3}[ \t]?[-–][ \t]?[0-9]{1,3}(?![\w.])")
#: (Each match but the text's first line starts with its line break, a literal the regular expression
#: engine finds fast: trying every place would cost prose as much as a row.)
_ROW_LINES: Final = (re.compile(_ROW_BODY), re.compile(rf"\n{_ROW_BODY}"))
_SCORE_LINES: Final = (re.compile(_SCORES_BODY), re.compile(rf"\n{_SCORES_BODY}"))
_MIN_ROWS: Final = 2
#: The line break after a line that may be a row of results: a row ends with its last cell's digit or
#: "%" and what may close it (white space, "|", "\\r"), and prose lines seldom do.
_ROW_ENDS: Final = (re.compile(r"\n(?<=[0-9%\t |\r]\n)"),)
#: The dash between a score's two sides, "-" or "–" (every line of scores holds one): one pattern for
#: each, as each then starts with its literal dash.
_SCORE_PLACES: Final = tuple(
    re.compile(rf"{dash}(?:(?<=[0-9]{dash})|(?<=[0-9][ \t]{dash}))[ \t]?[0-9]") for dash in _DASHES
)


def result_tables(
    text: str, others: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, Literal["table"]]]:
    r"""Return the tables of results: rows of a label and figures, and lines of match scores.

    A row is a line with nothing but a label (up to six words that start with a letter: a team, a place,
    a party, a line of accounts) and two or more bare figures after it (signed or not, percentages or
    not), set apart by spaces, tabs or list punctuation. At least two rows on consecutive lines, each with
    as many figures, holding :data:`TABLE_FIGURES` figures or more between them, are one table, from the
    first row's label to the last row's last figure. Lines of nothing but match scores ("Leeds 2-1
    Fulham; Man City 3-0 Aston Villa", "Celtics 102-98 Lakers") on consecutive lines are one table where
    their sides number :data:`TABLE_FIGURES` or more. A line that overlaps a span already read whole (a
    date, a time, a code, a table: ``others``, sorted) is no row.

    >>> result_tables("Points:\nArsenal 38 86 30.2\nLeeds 38 70 12.1\nFulham 38 41 -9", [])
    [(8, 59, 'table')]
    >>> result_tables("Leeds 2-1 Fulham; Wolves 0-3 Burnley\nMan City 3 - 0 Aston Villa, Spurs 1-1 Hull", [])
    [(0, 79, 'table')]
    """
    rows = _line_tables(text, others, _ROW_LINES, _cells, even=True, places=_ROW_ENDS)
    scores = _line_tables(text, others, _SCORE_LINES, _sides, even=False, places=_SCORE_PLACES)
    return sorted([*rows, *scores]) if rows and scores else rows or scores


def _cells(line: re.Match[str]) -> int:
    """The number of figures in a row of results."""
    spelled = line.group("cells")
    # (Cells set apart by white space alone are counted by splitting, far faster.)
    if "," in spelled or "|" in spelled or ";" in spelled:
        return len(_CELLS.findall(spelled))
    return len(spelled.split())


def _sides(line: re.Match[str]) -> int:
    """The number of sides in a line of scores."""
    return 2 * len(_SIDES.findall(line.string, line.start("table"), line.end("table")))


def _lines(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The lines ``patterns`` match: the first line by the first pattern, each other from its line break."""
    first = patterns[0].match(text)
    return itertools.chain((first,) if first else (), patterns[1].finditer(text))


def _placed_lines(
    text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]], places: tuple[re.Pattern[str], ...]
) -> Iterator[re.Match[str]]:
    """The lines of :func:`_lines`, tried only where one of ``places`` finds a place, and the last line.

    ``places`` must find a place in every line but the last that ``patterns`` match: prose has few such
    lines, and a pattern that starts with a literal character finds them far faster than the lines' own
    patterns tried at every line break. (After a place, each search goes on from the next line: every
    character is read a bounded number of times however long its line.)
    """
    lines = {text.rfind("\n")}  # (where each line to try starts: its line break, or -1 for the first)
    for place in places:
        at = 0
        while (found := place.search(text, at)) is not None:
            lines.add(text.rfind("\n", 0, found.start()))
            at = text.find("\n", found.end())
            if at < 0:
                break
    for line in sorted(lines):
        found = patterns[0].match(text) if line < 0 else patterns[1].match(text, line)
        if found is not None:
            yield found


def _line_tables(
    text: str,
    others: Sequence[tuple[int, int, str]],
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    figures: Callable[[re.Match[str]], int],
    *,
    even: bool,
    places: tuple[re.Pattern[str], ...],
) -> list[tuple[int, int, Literal["table"]]]:
    """The tables made of consecutive lines that ``patterns`` match (the first line's, then the others').

    Each line holds ``figures(line)`` figures (none: no such line); lines of one table hold as many each if
    ``even``, and rows need :data:`_MIN_ROWS` lines of them. The lines are tried where ``places`` finds a
    place (:func:`_placed_lines`).
    """
    found: list[tuple[int, int, Literal["table"]]] = []
    block: list[tuple[int, int, int]] = []  # the lines so far: where the table starts, ends, its figures
    line_end = -2  # where the last line ends
    at = 0

    def close() -> None:
        if (len(block) >= _MIN_ROWS or not even) and sum(line[2] for line in block) >= TABLE_FIGURES:
            found.append((block[0][0], block[-1][1], "table"))
        block.clear()

    for line in _placed_lines(text, patterns, places):
        start, end = line.span("table")
        while at < len(others) and others[at][1] <= start:
            at += 1
        count = figures(line)
        if not count or (at < len(others) and others[at][0] < end):
            close()
            continue
        if block and (line.start() != line_end or (even and count != block[-1][2])):
            close()
        block.append((start, end, count))
        line_end = line.end()
    close()
    return found


#: One match's score between two one-word names: "Leeds 2-1 Fulham" (names, then the two sides).
_SCORE_ROW: Final = re.compile(r"([A-Z][a-z]+) ([0-9]{1,2})-([0-9]{1,2}) ([A-Z][a-z]+)")
_ROW: Final = r"[A-Z][a-z]+ [0-9]{1,2}-[0-9]{1,2} [A-Z][a-z]+"
#: A line that holds nothing but scores, set apart by "; ": "Leeds 2-1 Fulham; Wolves 0-3 Burnley" (the
#: first line's expression, then the others', as :data:`_ROW_LINES`).
_SCORE_LINES_STRICT: Final = (
    re.compile(rf"((?:{_ROW}; )*{_ROW})(?=\n|\Z)"),
    re.compile(rf"\n((?:{_ROW}; )*{_ROW})(?=\n|\Z)"),
)
_SIDE: Final = re.compile("[0-9]+")


def score_lines(text: str) -> list[tuple[int, int]]:
    r"""Return where the lines that hold nothing but match scores start and end.

    Names are one capitalised word each, and a side is one or two digits no greater than a score's
    (:data:`claimcheck._reading.words.MAX_GOALS`); a line with a larger side is left out.
    :func:`score_rows` says where each score's sides are.

    >>> score_lines("Results:\nLeeds 2-1 Fulham; Wolves 0-3 Burnley")
    [(9, 45)]
    """
    found = []
    for line in _lines(text, _SCORE_LINES_STRICT):
        start, end = line.span(1)
        if max(map(int, _SIDE.findall(text, start, end))) <= lex.MAX_GOALS:
            found.append((start, end))
    return found


def score_rows(text: str, start: int, end: int) -> list[tuple[str, int, int, int, int, str]]:
    r"""Return the scores of the line of scores at ``text[start:end]`` (one of :func:`score_lines`).

    Each is (first name, where the first side starts, where it ends, where the second side starts, where
    it ends, second name).

    >>> score_rows("Results:\nLeeds 2-1 Fulham; Wolves 0-3 Burnley", 9, 45)
    [('Leeds', 15, 16, 17, 18, 'Fulham'), ('Wolves', 34, 35, 36, 37, 'Burnley')]
    """
    return [
        (row.group(1), row.start(2), row.end(2), row.start(3), row.end(3), row.group(4))
        for row in _SCORE_ROW.finditer(text, start, end)
    ]


def special_spans(text: str) -> list[tuple[int, int, NotCount]]:
    """Return the dates, clock times and multi-part identifiers in ``text``: (start, end, kind).

    >>> special_spans("On February 26 at 10:30 am, call +1-222-2222-2222.")
    [(3, 14, 'date'), (18, 26, 'time'), (33, 49, 'identifier')]
    """
    # (As ``_SPECIAL.finditer`` finds them: each match from the first place at or after the last one's end
    # where one starts, tried only at the places where one may.)
    found: list[tuple[int, int, NotCount]] = []
    match = _SPECIAL.match
    taken = 0
    for place in _SPECIAL_PLACES.finditer(text):
        at = place.start()
        if at < taken:
            continue
        special = match(text, at)
        if special is not None:
            taken = special.end()
            # the pattern's named groups are kinds of NotCount, and every match is in one of them
            found.append((at, taken, cast("NotCount", special.lastgroup)))
    return found


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 24) : start].rstrip()
    cut = max(before.rfind(" "), before.rfind("\n"), before.rfind("\t"))
    found = _WORD_BEFORE.fullmatch(before, cut + 1)
    if found is None:
        return ""
    word = found.group(1)
    if word.endswith(".") and word.lower() not in _LABELS:
        return ""  # "... in Iraq. 500 more": the stop ends a sentence, not a label
    return word


def _word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return found.group(1) if found else ""


def _sentence_initial(text: str, start: int, word: str) -> bool:
    """Return whether ``word`` (which ends just before ``start``) opens a sentence."""
    before = text[max(0, start - 40) : start].rstrip()[: -len(word)].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def context_kind(
    text: str, start: int, end: int, *, plain: bool
) -> tuple[Literal["count"] | NotCount, int, int] | None:
    """Say what the figure at ``text[start:end]`` is, from the characters around it.

    Args:
        text: the whole text.
        start: where the figure starts.
        end: where it ends.
        plain: whether the parser read it as a plain number with no unit or hedge.

    Returns:
        (kind, start, end): the kind and the span to report, which takes in glued letters or an ordinal
        suffix ("COVID-19", "22nd"); ``("count", start, end)`` for an ordinary figure; None for a word
        that only looks like a number ("one of them", "no one").
    """
    figure = text[start:end]
    left = text[start - 1] if start else ""
    right = text[end] if end < len(text) else ""
    # (A figure's shape is read once, and each test is tried only where the shape lets it decide: a
    # prose figure is most often a hedged amount or a plain number, which few of them can touch.)
    last = figure[-1:]
    digits = figure.isdigit()
    if left.isalpha() and (named := _named_start(text, start, end, figure)) is not None:
        return named
    if last.isdigit():  # (each test of this block reads a figure that ends with a digit)
        # Glued to letters, or hyphened to them: "COVID-19", "F-16", "G7", "MH17", "mid-2019".
        hyphened = left in "-–" and start > 1 and text[start - 2].isalpha()
        if (left.isalnum() or hyphened) and (bare := figure.lstrip("-–")).isdigit():
            return _glued_kind(text, start, end, bare)
        if right == "/" and text[end + 1 : end + 2].isdigit() and figure.lstrip("-–").isdigit():
            return "identifier", start, _extend_word(text, end)  # "9/11", "24/7": no fraction
        if right.isalpha() and (suffixed := _suffixed_kind(text, start, end, figure, plain=plain)):
            return suffixed
    # A number next, after spaces ("12 34 56.7"): no word that makes a figure a process node, an address,
    # a golf score, an age, a clock time or a score's first side follows it (each rule's words start
    # with a letter or a dash).
    # Each pattern after the figure is tried only where the characters after it may start a match: the
    # first after white space or a dash (``then``) is one it may hold there.
    gap = right.isspace()
    then = text[end + 1 : end + 2] if gap or right == "-" else right
    spaced = (
        right in _BLANKS
        and (then in _BLANKS or then in _DIGITS_09)
        and _SPACED_NUMBER.match(text, end) is not None
    )
    if plain and digits and not spaced and _may_follow(then, "nN"):
        node = _NODE_AFTER.match(text, end)
        if node is not None:
            return "identifier", start, node.end(1)  # "a 3nm chip": a process node's name, not a length
    if not plain and not digits and _counted_plainly(text, start, end, figure, right, then, spaced=spaced):
        return COUNT, start, end  # (most figures of prose: told without the word before them)
    before = _word_before(text, start)
    lower = before.lower()
    if lower == "per" and plain:
        return None  # "cases per 100,000 people fell to 12.3": the rate's base, no figure of its own
    # A version after a label, an acronym or a camel-cased name: "version 2.0", "HDMI 2.1", "iOS 17.4"
    # (not after any capitalised word: "Germany 1.2, France 0.8" is a table of figures).
    # (No shape holds a comma, and each ends with a digit or the K of "4K": "1,200" and "30%" are none.)
    if "," in figure or not (last.isdigit() or last == "K"):
        year, version_like, year_range, model_range, resolution = _NO_SHAPE
    else:
        year, version_like, year_range, model_range, resolution = _shape(figure)
    version = version_like and (lower in _LABELS or _CAMEL.search(before) or _ACRONYM.fullmatch(before))
    # A side of a score after a team's name: the 3 of "beat City 3-1" counts goals.
    scored = digits and not spaced and lower not in _LABELS and _score_side(text, end, figure, before)
    if plain and (digits or version) and not scored:
        # "Resolution 2254", "the S&P 500", "an iPhone 15", "Windows 11", "HDMI 2.1", "12 Baker Street".
        if (
            version
            or lower in _LABELS
            or _CAMEL.search(before)
            or (
                before[:1].isupper()
                and not _shouted(text, end, before)
                and lower not in _NOT_LABELS
                and lower not in _YEAR_BEFORE
                and not lower.endswith(_POSSESSIVE_ENDS)  # "to Atlanta's 98": the team's figure
                and not _listed_party(text, start, end, before)
                # An acronym names a thing even where it opens a sentence: "FTSE 100 shares fell" (but not
                # in a headline in capitals: "BLAST KILLS 30 IN CITY").
                and (
                    (_ACRONYM.fullmatch(before) and len(before) > 2 and _word_after(text, end)[:1].islower())
                    or not _sentence_initial(text, start, before)
                )
            )
            or (gap and not spaced and (then.isspace() or then.isupper()) and _STREET_AFTER.match(text, end))
        ):
            return "identifier", start, end
        if year and _is_year(text, end, lower):
            return "year", start, end
    if year_range and _is_year(text, end, lower):
        return "year", start, end
    if model_range and before[:1].isupper() and _named(text, start, before, lower):
        return "identifier", start, end  # "a Boeing 737-800", "the Airbus 320-200": a model's name
    if resolution and (figure in _RESOLUTION_NAMES or _word_after(text, end).lower() in lex.VIDEO_WORDS):
        return "identifier", start, end
    folded = figure.lower()
    if (
        not last.isdigit()
        and (right == "-" or "half" in folded)  # (the words it tells have a hyphen after or are "half")
        and _not_a_word_figure(text, end, folded, lower)
    ):
        return None
    if spaced:
        return _spaced_kind(text, start, end, figure, lower)
    if right == "-" and _PAR.match(text, end):
        return None
    if lower in _AGE_BEFORE or (plain and digits and _apposition(text, start, end)):
        return "age", start, end
    initial = figure[:1]
    # (An age's bound starts with a word of _AGE_BOUND: its first two letters are told first.)
    bounded = initial in _BOUND_FIRSTS and text[start : start + 2].lower() in _BOUND_STARTS
    bound = _age_bound(text, start, end, lower) if bounded or not initial.isascii() else None
    if bound is not None:
        return "age", start, bound  # "children under 5", "8,700 were under 16", "the over 65s"
    may_age = then in "-yYmMwWoOsS" or then.isspace() or not then.isascii()  # (``_may_follow``, inline)
    age = _AGE_AFTER.match(text, end) if may_age else None
    if age is not None and _age_after(text, start, end, lower):
        return "age", start, age.end()  # "a 15-year-old", "40 years old", "in their 30s"
    # (Every word of _ORDINAL_DENOMINATORS holds "th".)
    if (folded[:1] == "a" or folded[:1].isspace()) and "th" in folded and _ordinal_share(text, end, folded):
        return "ordinal", start, end
    if (
        digits
        and figure.isascii()
        and int(figure) <= _HOURS
        and _may_follow(then, "aApPoOgGuU")
        and _TIME_AFTER.match(text, end)
    ):
        return "time", start, end
    if folded == "one" and (
        lower in _PRONOUN_ONE_BEFORE or _word_after(text, end).lower() in ("of", "another")
    ):
        return None
    return COUNT, start, end


#: "aged", "age" or "ages" at the end of the white space before a figure, in either case: the word
#: before it may be one of :data:`_AGE_BEFORE` only where this is found.
_AGED_BEFORE: Final = re.compile(r"age[ds]?\s*\Z", re.IGNORECASE)


def _counted_plainly(  # noqa: PLR0917 - the figure's view, read once by the caller
    text: str, start: int, end: int, figure: str, right: str, then: str, *, spaced: bool
) -> bool:
    """Whether a figure read with a hedge or a unit, not of whole digits, is a count whatever the word before.

    "up to 500", "$25 million", "30%": :func:`context_kind` reads the word before a figure only for tests
    that cannot apply to such a figure unless one of these finds a reason (a number, a hyphen, "half" or
    "one", "a third", a shape of years or a model, an age's bound or its words after it, "aged" before
    it). True only where every test of :func:`context_kind` would leave it a count.
    """
    if spaced or right == "-":
        return False
    folded = figure.lower()
    last = figure[-1:]
    if folded == "one" or (not last.isdigit() and "half" in folded):
        return False
    if "th" in folded and (folded[:1] == "a" or folded[:1].isspace()):
        return False  # (every word of _ORDINAL_DENOMINATORS holds "th")
    if "," not in figure and (last.isdigit() or last == "K") and any(_shape(figure)[2:]):
        return False  # years, a model's number, a resolution
    initial = figure[:1]
    if (initial in _BOUND_FIRSTS or not initial.isascii()) and _AGE_BOUND.match(text, start) is not None:
        return False
    if (then in "-yYmMwWoOsS" or then.isspace() or not then.isascii()) and _AGE_AFTER.match(text, end):
        return False
    return _AGED_BEFORE.search(text, max(0, start - 24), start) is None


def _named_start(text: str, start: int, end: int, figure: str) -> tuple[NotCount, int, int] | None:
    """What a figure glued to letters before it and not ending in a digit is, if a name (or None).

    The ".4" of "ID.4"; "tonnes of CO2 per hour", "the A380s a year": a name glued to its digits,
    whatever the parser read after them. (A figure ending in a digit is told by ``_glued_kind`` itself.)
    """
    if figure.startswith(".") or _DECIMAL_DIGITS.fullmatch(figure):  # "ID.4", "PM2.5": the whole name
        glued = _GLUED.search(text, max(0, start - 24), start)
        return "identifier", glued.start() if glued else start, _extend_word(text, end)
    digits_first = _DIGITS_FIRST.match(figure)
    if figure[-1:].isdigit() or digits_first is None:
        return None
    run = digits_first.group()
    return _glued_kind(text, start, start + len(run), run)


#: A decimal of plain digits: glued to letters before it, a name's ("PM2.5", "PM10" is told as whole digits).
_DECIMAL_DIGITS: Final = re.compile(r"[0-9]+\.[0-9]+")
#: The whole digits a figure starts with, where nothing of a number follows them ("2" of "2 per hour").
_DIGITS_FIRST: Final = re.compile(r"[0-9]+(?![0-9.,])")


def _glued_kind(text: str, start: int, end: int, bare: str) -> tuple[NotCount, int, int]:
    """What whole digits glued or hyphened to letters before them are: a year ("mid-2019") or a name."""
    glued = _GLUED.search(text, max(0, start - 24), start)
    first = glued.start() if glued else start
    prefix = text[first:start].rstrip("-–").lower()
    if _YEAR.fullmatch(bare) and prefix in _YEAR_BEFORE:
        return "year", first, end
    return "identifier", first, _extend_word(text, end)


def _suffixed_kind(
    text: str, start: int, end: int, figure: str, *, plain: bool
) -> tuple[NotCount, int, int] | None:
    """What a figure ending in a digit with a letter right after it is, if its suffix says (or None)."""
    suffix = _ORDINAL.match(text, end)
    if suffix is not None:
        return "ordinal", start, suffix.end()
    if text[end] in "sS" and _YEAR.fullmatch(figure):
        return "year", start, end + 1  # "the 1990s"
    if plain and figure.isdigit() and _CODE_AFTER.match(text, end):
        return "identifier", start, end + 1  # "4G", "5G", "3D": the parser reads no unit "G"
    video = plain and figure in lex.VIDEO_LINES and _P_AFTER.match(text, end)
    if video and not lex.priced(text, start, end):
        return "identifier", start, end + 1  # "1080p", "720p": a video format, not pence or a year
    return None


#: The first letters of the words of :data:`_AGE_BOUND` (tried only after a figure that starts with one).
_BOUND_FIRST: Final = ("u", "o", "b", "a")
#: The same, in either case: the characters an ASCII figure that :func:`_age_bound` may read starts with.
_BOUND_FIRSTS: Final = frozenset({*_BOUND_FIRST, *(letter.upper() for letter in _BOUND_FIRST)})
#: The first two letters of each word of :data:`_AGE_BOUND`, lower-cased (no character outside ASCII is
#: one of their second letters in any case, as the pattern ignores case).
_BOUND_STARTS: Final = frozenset({"un", "ov", "be", "ab"})
#: A bound on a whole number of years: "under 16", "over 65", "under 16 years".
_AGE_WORDS: Final = {**lex.ONES, **lex.TENS}
_AGE_BOUND: Final = re.compile(
    rf"(?:under|over|below|above)\s+([0-9]{{1,3}}|{'|'.join(sorted(_AGE_WORDS, key=len, reverse=True))})"
    r"(\s+years?\b)?(?![0-9a-rt-z])",
    re.IGNORECASE,
)


#: The end of an owner's name before its figure: "Atlanta's 98", "Britain’s 41".
_POSSESSIVE_ENDS: Final = ("'s", "’s")
#: A plural name in a list of figures after it: ", the Greens 41 and the Liberals 29" (parties, teams).
_LISTED_BEFORE: Final = re.compile(r"(?:,|\band)\s+the\s+[A-Z][a-z]*[a-rtvwxyz]s\s+$")
_LISTED_AFTER: Final = re.compile(r"\s*(?:[,;.]|and\b|$)")


def _listed_party(text: str, start: int, end: int, before: str) -> bool:
    """Whether the figure follows a plural name in a coordinated list ("the Greens 41").

    "the Conservatives 94, the Greens 41 and the Liberals 29" state seats, where "Windows 11" or "the
    Airbus 350" name a thing (a name in -us, -ss or -is is no plural).
    """
    return (
        before[-1:] == "s"
        and _LISTED_BEFORE.search(text, max(0, start - 40), start) is not None
        and _LISTED_AFTER.match(text, end) is not None
    )


def _age_bound(text: str, start: int, end: int, before: str) -> int | None:
    """Where a bound said of people ends when it is an age: "children under 5", "8,700 were under 16".

    After a copula the people (or their count) stand before it ("Turnout was under 40" bounds no age),
    and no noun follows the bound ("were under 16 and", not "were under 16 tonnes"); right after people a
    verb may ("children under five account for"). An age group in the plural ("the over 65s") is one
    wherever it stands. None if no age.
    """
    first = text[start : start + 1].lower()
    if first.isascii() and first not in _BOUND_FIRST:
        return None  # (told at once: no word of the pattern starts with it)
    found = _AGE_BOUND.match(text, start)
    if found is None or found.end() < end:
        return None
    if text[end : end + 1] in ("s", "S") and found.end() == end and not text[end + 1 : end + 2].isalnum():
        return end + 1  # "the over 65s", "Under 18s": an age group
    if before not in lex.AGED_PEOPLE and before not in lex.AGE_COPULAS:
        return None
    years = found.group(1).lower()
    if (int(years) if years.isdigit() else _AGE_WORDS[years]) > _MAX_AGE:
        return None
    if before in lex.AGE_COPULAS:
        subject = text[max(0, start - 40) : start].rstrip()[: -len(before)].rstrip()
        last = subject.rsplit(maxsplit=1)[-1].lower() if subject else ""
        if not (last[-1:].isdigit() or last in lex.AGED_PEOPLE):
            return None
        after = _word_after(text, found.end())  # "were under 16 tonnes" is no age
        spaced = text[found.end() : found.end() + 1] == " "
        if after and found.group(2) is None and nounlike(after) and spaced:
            return None
    return found.end()


def _may_follow(then: str, letters: str) -> bool:
    """Whether a pattern after a figure that starts with white space or dashes may match, by ``then``.

    ``then`` is the first character after them; the pattern goes on with one of ``letters`` (any character
    outside ASCII may, as the case-insensitive patterns fold some of them; "" is the text's end).
    """
    return then in letters or then.isspace() or not then.isascii()


def _spaced_kind(
    text: str, start: int, end: int, figure: str, lower: str
) -> tuple[Literal["count"] | NotCount, int, int] | None:
    """The rest of :func:`context_kind` for a figure with a number next: only the words before it count."""
    if lower in _AGE_BEFORE:
        return "age", start, end
    if _ordinal_share(text, end, figure.lower()):
        return "ordinal", start, end
    if figure.lower() == "one" and lower in _PRONOUN_ONE_BEFORE:
        return None
    return COUNT, start, end


_NO_SHAPE: Final = (False, False, False, False, False)


@functools.lru_cache(maxsize=4096)
def _shape(figure: str) -> tuple[bool, bool, bool, bool, bool]:
    """What a figure's characters alone say it may be: a year, a version, years, a model, a resolution."""
    return (
        _YEAR.fullmatch(figure) is not None,
        _VERSION.fullmatch(figure) is not None,
        _YEAR_RANGE.fullmatch(figure) is not None,
        _MODEL_RANGE.fullmatch(figure) is not None,
        _RESOLUTION.fullmatch(figure) is not None,
    )


def _score_side(text: str, end: int, figure: str, before: str = "") -> bool:
    """Whether a whole number is a side of a score: the 3 of "City 3-1", "Wolves 0-3".

    After a capitalised name, a side of "Chelsea 2 Fulham 1" is one too, the first or the second. Each
    side is up to ``lex.MAX_GOALS``, or up to ``lex.MAX_POINTS`` in a paragraph of sport ("Leinster 31
    Munster 17 in the final", "beat the Hawks 118-104").
    """
    # ("10⁶" is digits to str.isdigit, and no int: only ASCII digits are a score's side.)
    if not (figure.isascii() and figure.isdigit()):
        return False
    start = end - len(figure)
    dashed = _SCORE_AFTER.match(text, end)
    if dashed is not None:
        second = dashed.group(1)
        goals = int(figure) <= lex.MAX_GOALS and len(second) < len("100")
        return goals or _score_sides(text, start, figure, second)
    if not before[:1].isupper():
        return False
    after = lex.SCORE_NEXT.match(text, end)
    side = after if after is not None and after.group(2) is None else None
    side = side or _SCORE_BEFORE.search(text, max(0, start - 60), start)
    return side is not None and _score_sides(text, start, figure, side.group(1))


def _score_sides(text: str, start: int, first: str, second: str) -> bool:
    """Whether two sides make a score: each up to ``lex.MAX_GOALS``, or up to ``lex.MAX_POINTS`` in sport."""
    most = max(int(first), int(second))
    return most <= lex.MAX_GOALS or (most <= lex.MAX_POINTS and _sporting(text, start))


def _sporting(text: str, at: int) -> bool:
    """Whether a word of sport stands in the paragraph around ``at`` (a score line may stand alone)."""
    low, high = max(0, at - _SPORT_REACH), min(len(text), at + _SPORT_REACH)
    breaks = [found.end() for found in _PARAGRAPH.finditer(text, low, at)]
    closing = _PARAGRAPH.search(text, at, high)
    opened = breaks[-1] if breaks else low
    return _SPORT_WORD.search(text, opened, closing.start() if closing is not None else high) is not None


def _named(text: str, start: int, before: str, lower: str) -> bool:
    """Whether the capitalised word before a figure names a thing rather than opens a sentence."""
    if lower in _NOT_LABELS or lower in _YEAR_BEFORE:
        return False
    return not _sentence_initial(text, start, before)


def _shouted(text: str, end: int, before: str) -> bool:
    """Return whether the figure sits in a headline in capitals ("BLAST KILLS 30 IN CITY")."""
    after = _word_after(text, end)
    return before.isupper() and len(before) > 1 and after.isupper() and len(after) > 1


def _not_a_word_figure(text: str, end: int, figure: str, before: str) -> bool:
    """Tell words that only look like figures: "third-party", "half-mast", "the second half", "one-off"."""
    last = figure.rsplit(maxsplit=1)[-1]
    hyphened = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    idiom = last == "one" and _word_after(text, end + 1) in _ONE_IDIOMS
    if hyphened and (last in lex.DENOMINATORS or idiom):
        return True
    if last == "half":
        return before in lex.HALF_BEFORE or _word_after(text, end).lower() in lex.HALF_NAMES
    return False


def _ordinal_share(text: str, end: int, figure: str) -> bool:
    """Return whether "a third" or "a fourth" is an ordinal: "a fourth straight meeting", "a third term"."""
    words = figure.split()
    if len(words) != 2 or words[0] not in ("a", "an") or words[1] not in _ORDINAL_DENOMINATORS:
        return False
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if after is None or after.start(1) != end + 1:
        return False
    word = after.group(1)
    return nounlike(word) and not word.lower().endswith("ed")


def _apposition(text: str, start: int, end: int) -> bool:
    """Return whether a bare number between commas after a person is an age: "his brother, 9."."""
    if text[end : end + 1] not in (",", ".", ")") or not 0 < int(text[start:end]) <= _MAX_AGE:
        return False
    found = _APPOSITION.search(text, max(0, start - 30), start)
    if found is None:
        return False
    word = found.group(1)
    if word.lower() in _PERSONS:
        return True
    # "Jane Smith, 45, was charged"; "France, 12, Germany, 9, Italy, 7." is a list.
    after = _WORD_AFTER.match(text, end + 1, min(len(text), end + 40))
    return (
        text[end] == ","
        and after is not None
        and after.group(1)[:1].islower()
        and word[:1].isupper()
        and word.lower() not in _NOT_LABELS
        and not re.fullmatch(_MONTH, word)
        and not _sentence_initial(text, found.end(1), word)
    )


def sprint_start(text: str, start: int, end: int, *, speed: bool) -> int | None:
    """Return where an acceleration test's name starts in a range read at ``text[start:end]``, or None.

    "0-62mph in 2.9 seconds" names the test (0 to 62 mph); the quantity is the time.

    >>> sprint_start("from 0-62mph in 2.9 seconds", 0, 12, speed=True)
    5
    """
    found = _SPRINT.search(text, start, end)
    if found is None or not (speed or _IN_SECONDS.match(text, end)):
        return None
    return found.start()


def _extend_word(text: str, end: int) -> int:
    while end < len(text) and (text[end].isalnum() or text[end] in "-_/"):
        end += 1
    return end


def _is_year(text: str, end: int, before: str) -> bool:
    """Read a four-digit number as a year unless a noun follows it ("1500 soldiers", "2000 people").

    After an owner or an article a singular noun makes it a year too: "its 2021 low", "a 2008 high",
    "since its 2019 launch" (but "their 1500 soldiers" counts soldiers).
    """
    if before in _YEAR_BEFORE:
        return True
    after = _word_after(text, end)
    if before in _YEAR_OWNERS and not after.lower().endswith("s"):
        return True
    return not (after.islower() and nounlike(after) and text[end : end + 1] == " ")


def _age_after(text: str, start: int, end: int, before: str) -> bool:
    """Tell "12 years old", "in their 30s" and "in his late 30s" (ages) from "the 30s" (a decade)."""
    if text[end : end + 1] in "sS" and text[end - 1 : end].isdigit():
        if before in _DECADE_PART:
            return _DECADE_PERSON.search(text, max(0, start - 30), start) is not None
        return before in _PERSON_BEFORE
    return True
