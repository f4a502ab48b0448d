"""Find the counted thing after a figure: "500 active fighters" counts "active fighters" (private).

A plain scan over the words right after the figure, with no tagger: it skips a leading "of" ("hundreds of
fighters", "a third of the members"), then takes words up to the first preposition, verb, relative pronoun,
determiner, number or punctuation mark. A conjunction joins a second noun ("members and supporters") only
when the word after it looks like a noun too, so "22 members and destroyed a camp" stops at "members".
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck._reading import words as lex

__all__ = [
    "BACK_REFERENCES", "names_population", "noun_after", "nounlike", "own_noun_after", "reference_after",
]  # fmt: skip

#: The longest noun phrase we return, in words.
_MAX_WORDS: Final = 5

#: A word, with the digits glued to its end where they are a name's ("CO2", "PM2.5", "PM10"), or any other
#: character.
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:-?[0-9]+(?:\.[0-9]+)?(?!\w|\.[0-9]))?|\S")
_PREPOSITIONS: Final = frozenset(
    "about above across after against along amid among amongst around as at before behind below beneath "
    "beside besides between beyond by despite down during except for from in inside into like near of off "
    "on onto out outside over past per since than through throughout to toward towards under until up upon "
    "via with within without including according".split()
)
_DETERMINERS: Final = frozenset(
    "a an the this that these those its their his her our your my some any each every no all both either "
    "neither such another other".split()
)
_PRONOUNS: Final = frozenset(
    "who whom whose which what where when why how it they them he she we you i us him me itself "
    "themselves there here".split()
)
_CONJUNCTIONS: Final = frozenset("and or".split())
_OTHER_STOPS: Final = frozenset(
    "but while because if so yet nor though although whereas unless whether not also still now only just "
    "last next previous earlier later clear ahead behind "
    "even already ago respectively each apiece more less most least fewer else again too very".split()
)
#: Common verbs of news prose; a noun phrase stops before them ("15 to 30 members and uses tactics").
_VERBS: Final = frozenset(
    "is are was were be been being am has have had having do does did will would shall should can could "
    "may might must say says said use uses used remain remains remained continue continues continued "
    "live lives lived work works worked die dies died make makes made take takes took get gets got go "
    "goes went come comes came hold holds held face faces faced need needs needed want wants wanted seek "
    "seeks sought include includes included become becomes became leave leaves left stay stays stayed "
    "fled flee flees fight fought killed kill kills wounded injured arrested joined join joins lost lose "
    "loses gained gain gains rose rise rises fell fall falls reached reach reaches estimated reported "
    "according believed thought expected gives gave given shows showed shown sees saw seen means meant "
    "brings brought provides allocates promises predicts drew ran sold paid built bought spent "
    "compared".split()
)
#: Words that are nouns and verbs alike ("a pay cut", "one airline cut routes"): after a noun, the words
#: after them decide (:func:`_verb_homograph`).
_HOMOGRAPHS: Final = frozenset(
    "cut cuts drop drops hike hikes increase increases plan plans back backs hit hits face faces freeze "
    "freezes".split()
)
#: The first characters of a figure: a digit or a currency sign.
_FIGURE_FIRST: Final = frozenset("0123456789£$€¥")
#: Comparatives after a figure are no noun of it ("tickets are 12 cheaper", "3 points better"), unless a
#: noun follows them ("5 colder days").
_COMPARATIVE_WORDS: Final = frozenset(
    "cheaper dearer pricier costlier better worse faster slower quicker higher lower bigger smaller larger "
    "greater wider narrower deeper heavier lighter stronger weaker richer poorer hotter colder warmer "
    "cooler wetter drier taller shorter longer younger older safer easier harder".split()
)
#: Words after an -ing word that make it a verb: "24 going to smaller parties", "300 fleeing the city".
_LINKS: Final = _PREPOSITIONS | _DETERMINERS
_STOPS: Final = _PREPOSITIONS | _DETERMINERS | _PRONOUNS | _CONJUNCTIONS | _OTHER_STOPS | _VERBS
#: Words after a homograph that leave it a noun: a copula or modal after it ("a pay rise was agreed").
_NOT_OBJECTS: Final = frozenset(
    "is are was were be been has have had will would could should may might".split()
)
#: Words after "of" that refer back to something counted before: "half of whom", "a third of them".
BACK_REFERENCES: Final = frozenset("whom which them those these us you".split())
_OF_DETERMINERS: Final = frozenset("the its their these those his her our".split())
#: Words after "of the" that name a whole counted before: "7.2GW of the total", "40 of the rest".
_WHOLES: Final = frozenset("total rest remainder whole".split())
_COPULAS: Final = frozenset("are were is was be being".split())
#: Words ending in "ed" this short are nouns or adjectives ("bed", "red", "shed"), never a verb after a noun.
_SHORT_ED: Final = 4
#: Plurals not in "s": "2,000 people march", "three women say".
_IRREGULAR_PLURALS: Final = frozenset(
    "people men women children police staff cattle feet teeth mice geese".split()
)
#: Ends of singular words in "s": "business", "virus", "crisis", "politics".
_SINGULAR_ENDS: Final = ("ss", "us", "is", "ics", "'s", "’s")
#: Words in "s" that are no plural, or a plural that modifies the noun after it: "sales staff", "sports
#: cars", "news agencies", "arms dealers", "savings accounts", "a gas leak".
_PLURAL_MODIFIERS: Final = frozenset(
    "news sales sports arms goods customs savings earnings species series means works headquarters "
    "barracks gas bias atlas canvas alias lens always perhaps overseas whereas towards afterwards "
    "backwards forwards upwards downwards besides".split()
)
#: Plurals this short are none: "bus", "has", "was", "its", "yes".
_SHORT_PLURAL: Final = 3
#: A figure of money or a percentage ending at the noun's start: after it a plural may modify a singular
#: head ("a $40bn weapons package", "a 5% sales tax"); read over the last characters before the noun.
_COUNTED: Final = re.compile(
    r"(?:[£$€¥₹%]\s?|\b(?:per\s?cent|percent|pence|cents?|dollars?|euros?|pounds?|yen|p))[\w.,]*"
    r"(?:\s*(?:bn|m|k|tn|million|billion|trillion|thousand))?\s*$",
    re.IGNORECASE,
)
_COUNTED_REACH: Final = 24
#: A figure that ends in a unit: digits, then a per cent or a unit's letters ("km/h", "mph", "41C"), never a
#: scale word ("1.2 million displaced people": a participle after a count may be its adjective).
_UNIT_END: Final = re.compile(
    r"[0-9](?:%|\s?(?!(?:k|m|mn|b|bn|tn|million|billion|trillion|thousand|hundred)$)[^\W\d_]+(?:/[^\W\d_]+)?)$",
    re.IGNORECASE,
)
#: "a" or "an" before the figure: a participle after it is attributive ("a 20% reduced fare").
_A_FIGURE: Final = re.compile(r"\b[Aa]n?\s+[£$€¥]?\s?[0-9]")
#: A figure of one ends at the noun's start: its noun is singular, and a plural before it modifies it
#: ("one claims file", "a single sales tax").
_ONE: Final = re.compile(r"(?<![\w.,])(?:one|1|single)\s*$", re.IGNORECASE)


#: How far after a figure its noun phrase is looked for, in characters and in words and symbols.
_REACH: Final = 120
_MOST_WORDS: Final = 3 * _MAX_WORDS
#: A letter as the first thing after white space: the first word of :class:`_Words` is a word, not a symbol.
_LETTER_FIRST: Final = re.compile(r"\s*[^\W\d_]")
#: A line break that ends a line rather than wraps one: a blank line, or a capital opening the next line
#: ("Turnout: 64.2%\nLabour 12,340", "raised £45m\nInvestors were pleased"). No noun is read past it.
_LINE_END: Final = re.compile(r"\n\s*(?:\n|[^\W\d_a-z])")
#: A score's two sides joined by a dash, ending where a team's name may follow: "Wolves 0-3 Burnley".
_SCORE_ENDS: Final = re.compile(r"(?<![\w.,])[0-9]{1,3}\s?[-–]\s?[0-9]{1,3}$")
#: Spelled numbers end a noun phrase: "45,900 ten years earlier" counts no "ten years".
_NUMBER_WORDS: Final = frozenset({*lex.ONES, *lex.TENS, *lex.SCALES})


class _Words:
    """The first words and symbols of a text from a position, split only as far as they are asked for.

    Most figures are followed by one or two words of a noun phrase, or none: splitting the whole reach
    each time would cost far more than reading them.
    """

    __slots__ = ("_found", "_read")

    def __init__(self, text: str, start: int) -> None:
        end = min(len(text), start + _REACH)
        wrap = text.find("\n", start, end)
        if wrap >= 0:
            cut = _LINE_END.search(text, wrap, end)
            end = cut.start() if cut is not None else end
        self._found = _WORD.finditer(text, start, end)
        self._read: list[str] = []

    def at(self, index: int) -> str:
        """The word or symbol at ``index`` (from 0), or "" past the last one within reach."""
        read = self._read
        while len(read) <= index:
            found = next(self._found, None) if len(read) < _MOST_WORDS else None
            if found is None:
                return ""
            read.append(found.group())
        return read[index]


def nounlike(word: str) -> bool:
    """Return whether ``word`` may be part of a noun phrase."""
    lower = word.lower().replace("’", "'")
    if not word[0].isalpha() or lower in _STOPS:
        return False
    # Adverbs ("roughly") and past participles after a noun ("killed") end a noun phrase.
    return not lower.endswith("ly") or word[0].isupper()


def _participle(word: str) -> bool:
    """Whether a lower-case word after a noun is a past tense or participle ("finished", "damaged")."""
    return word.islower() and word.endswith("ed") and not word.endswith("eed") and len(word) > _SHORT_ED


def _plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun's form: "airlines", "jobs", "people", "women".

    Words in "ss", "us", "is" or "ics" ("business", "virus", "crisis", "politics") are singular, and
    plurals that modify a noun after them ("sales staff", "sports cars", "news agencies") are none.
    """
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > _SHORT_PLURAL
        and word.endswith("s")
        and word.islower()
        and not word.endswith(_SINGULAR_ENDS)
        and word not in _PLURAL_MODIFIERS
    )


def _verb_after_plural(taken: list[str], word: str, *, counted: bool) -> bool:
    """Whether ``word`` after the plural noun that ends ``taken`` is its verb: "two airlines cut routes".

    After a count the thing counted is plural, so a lower-case word after a plural noun that is no
    plural itself is no part of it: a verb ("400 jobs cut", "30 countries back the plan", "six ministers
    resign") or an adjective ("300 families homeless"); a plural after a plural is one noun ("people
    smugglers", "women doctors"). After money or a percentage a plural may modify a singular head ("a
    $40bn weapons package", "a 5% sales tax"), so the rule is kept to counts.
    """
    return counted and bool(taken) and word.islower() and _plural(taken[-1].lower()) and not _plural(word)


def _verb_homograph(words: _Words, index: int) -> bool:
    """Whether the noun/verb homograph at ``index`` ("cut", "rises", "falls"), after a noun, is its verb.

    The sentence's structure decides: an object or a figure after it makes it a verb ("one airline cut
    routes", "the index falls 3%", "the council cuts its budget", "the rate rises to 4%"); anything else
    leaves it a noun of the phrase ("a pay rise for nurses", "one tax cut was approved", "a 5% pay cut").
    """
    after = words.at(index + 1)
    lower = after.lower()
    if not after or lower in _NOT_OBJECTS:
        return False
    if lower in _DETERMINERS or after[0] in _FIGURE_FIRST:
        return True
    if lower in ("by", "to") and words.at(index + 2)[:1] in _FIGURE_FIRST:
        return True  # "falls by 3%", "rises to 4%"
    return _plural(after) and nounlike(after)


def _modifies(words: _Words, index: int) -> bool:
    """Whether the comparative at ``index`` modifies a noun after it: "5 colder days", "12 cheaper cars"."""
    after = words.at(index + 1)
    return bool(after) and nounlike(after) and after.lower() not in _COMPARATIVE_WORDS


def _phrase(words: _Words, index: int, *, counted: bool = False) -> str | None:
    """Return the noun phrase of ``words`` from ``index`` on, or None.

    ``counted``: the figure before is a count, whose noun is plural ("two airlines cut routes" counts
    "airlines": :func:`_verb_after_plural`). After a noun, a noun/verb homograph is its verb where the
    sentence goes on with an object (:func:`_verb_homograph`: "one airline cut routes" counts "airline"),
    and a noun of the phrase otherwise ("a 5% pay rise for nurses").
    """
    taken: list[str] = []
    while len(taken) < _MAX_WORDS and (word := words.at(index)):
        if not nounlike(word):
            break
        if word.lower() in _COMPARATIVE_WORDS and not _modifies(words, index):
            break  # "tickets are 12 cheaper this year": no noun ("12 cheaper flights" counts flights)
        if taken and word.lower() in _HOMOGRAPHS and _verb_homograph(words, index):
            break  # "one airline cut routes": the verb after the noun
        if word.lower() in _NUMBER_WORDS:
            break  # "45,900 ten years earlier": another figure, no noun of this one
        if word.endswith("ing") and len(word) > _SHORT_ED and words.at(index + 1).lower() in _LINKS:
            break  # "the remaining 24 going to", "1,200 living in camps": a verb, no noun
        if taken and _participle(word):
            break  # "18,400 runners finished", "40,000 homes damaged": a verb after the noun
        if _verb_after_plural(taken, word, counted=counted):
            break  # "two airlines cut routes", "400 jobs cut": a verb after the plural noun
        taken.append(word)
        index += 1
        if words.at(index).lower() in _CONJUNCTIONS:
            # Join "members and supporters", but not "members and destroyed a camp".
            after = words.at(index + 1)
            if after and nounlike(after) and not after.lower().endswith(("ed", "ing")):
                taken.append(words.at(index))
                index += 1
    while taken and taken[-1].lower() in _CONJUNCTIONS:
        taken.pop()
    return " ".join(taken) or None


def noun_after(text: str, position: int) -> str | None:
    """Return the counted thing named right after ``position`` in ``text``, or None.

    >>> noun_after("up to 500 active fighters in the country", 9)
    'active fighters'
    >>> noun_after("hundreds of Daesh fighters remain", 8)
    'Daesh fighters'
    >>> noun_after("a one-bedroom flat", 5), noun_after("a two-day strike", 9)
    ('bedroom', None)
    """
    modifies, noun = _compound(text, position)
    if modifies:  # "a one-bedroom flat" counts bedrooms, "a two-day strike" no strikes
        return noun
    noun = _noun_next(text, position)
    if noun is not None and not (
        noun[:1].isupper() and _COMPARED_TO.search(text, max(0, position - _COMPARISON_REACH), position)
    ):
        return noun
    # "up from last year's 41,000", "two more than France": the noun of the figure compared, or none
    return _borrowed(text, position)


def _noun_next(text: str, position: int) -> str | None:
    """The noun phrase right after ``position``, or None (:func:`noun_after` without borrowing)."""
    if _LETTER_FIRST.match(text, position, position + _REACH) is None:
        return None  # a number, a sign or nothing next: no noun phrase starts with it ("12 34", "2-1")
    words = _Words(text, position)
    index = _owner_end(words, 0)
    if (
        not index
        and text[position + 1 : position + 2].isupper()
        and (lex.SCORE_NEXT.match(text, position) or _SCORE_ENDS.search(text, max(0, position - 9), position))
    ):
        return None  # the other side of a score: "Chelsea 2 Fulham 1", "Wolves 0-3 Burnley" count no team
    if words.at(0).lower() == "of":
        index = 1
        if words.at(1).lower() in BACK_REFERENCES:
            return _after_reference(words, 2)
        if words.at(1).lower() in _OF_DETERMINERS:
            index = 2
            if words.at(2).lower() in _WHOLES:
                return None  # "7.2GW of the total": the whole named before, no counted thing
        index = _owner_end(words, index, any_owner=True)
    low = max(0, position - _COUNTED_REACH)
    money = _COUNTED.search(text, low, position) is not None
    counted = not money and _ONE.search(text, low, position) is None
    if (
        index == 0
        and _participle(words.at(0))
        and _verb_homograph(words, 0)
        and (money or _UNIT_END.search(text, low, position) is not None)
        and _A_FIGURE.search(text, low, position) is None
    ):
        return None  # "60 km/h fanned wildfires", "$1.3bn wiped 9% off": a verb after a unit, no noun
    return _phrase(words, index, counted=counted)


#: A comparison that ends just before ``position``: what follows is the thing compared with ("two more
#: than France", "twice as many as Spain"), a capitalised name no thing counted.
_COMPARED_TO: Final = re.compile(r"\b(?:than|as)\s*$", re.IGNORECASE)
_COMPARISON_REACH: Final = 8
#: A figure related explicitly to one before it in its sentence: "up from last year's 41,000", "down from
#: 3.1m", "compared with 41,000", "two more than", "12,000 fewer than" (the words before its end).
_RELATED: Final = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to))\s+(?:the\s+|a\s+)?(?:(?:last|previous|same|this)\s+)?"
    r"(?:[^\W\d_]+['’]s\s+)?(?:[0-9][0-9,.]*|[^\W\d_]+)(?:\s?(?:m|bn|k|million|billion|thousand))?$"
    r"|\b(?:(?:more|fewer|less)\s+than|as\s+(?:many|much)\s+as)\s*$",
    re.IGNORECASE,
)
#: How far back the words of a related figure, and the figure it is related to, are looked for.
_RELATED_REACH: Final = 60
_FIGURE_REACH: Final = 200
#: A figure before the related one in its sentence: digits or a number word, and any scale after it.
_EARLIER_FIGURE: Final = re.compile(
    r"(?<![\w.,])(?:[0-9][0-9,.]*[0-9]|[0-9]|(?:" + "|".join(sorted(lex.ONES, key=len, reverse=True)) + r"))"
    r"(?:\s?(?:m|bn|k|million|billion|thousand)\b)?(?![\w.,]*[0-9])",
    re.IGNORECASE,
)
_STOPS_BACK: Final = re.compile(r"[.!?;](?=\s)")
#: What stands between a comparison's own number and its comparing words: "two more than", "three times
#: as many as", "a third more than".
_OWN_FIGURE: Final = re.compile(r"\s*(?:-?\s*(?:times|fold)\s*)?")


def _borrowed(text: str, position: int) -> str | None:
    """The noun of the figure that the one ending at ``position`` is compared with, or None.

    Only where the comparison is explicit: "sold 43,500 cars, up from last year's 41,000" counts cars
    in both figures, and "scored 26 points, two more than France" two points (France is the side compared
    with, no thing counted). The figure compared with is the last one before, in the same sentence.
    """
    related = _RELATED.search(text, max(0, position - _RELATED_REACH), position)
    if related is None:
        return None
    low = max(0, related.start() - _FIGURE_REACH)
    stops = [stop.end() for stop in _STOPS_BACK.finditer(text, low, related.start())]
    figures = list(_EARLIER_FIGURE.finditer(text, stops[-1] if stops else low, related.start()))
    if figures and _OWN_FIGURE.fullmatch(text, figures[-1].end(), related.start()):
        figures.pop()  # "two more than", "three times as many as": the figure's own number
    if not figures or text[figures[-1].end() : figures[-1].end() + 1].isalpha():
        return None  # "38C, down from 41": a unit glued to the figure compared with, no thing counted
    return _noun_next(text, figures[-1].end())


def own_noun_after(text: str, position: int) -> str | None:
    """The counted thing named right after ``position``, never one borrowed from a figure compared with.

    >>> own_noun_after("sold 43,500 cars, up from 41,000 in May", 32) is None
    True
    """
    return _noun_next(text, position)


#: Words before a possessive of time: "last year's", "the previous year's", "this season's".
_TIME_OWNERS: Final = frozenset("the last this next previous same".split())
_POSSESSIVE: Final = re.compile(r"[^\W\d_]+(?:['’]s|s['’])", re.IGNORECASE)


def _owner_end(words: _Words, index: int, *, any_owner: bool = False) -> int:
    """Skip an owner and its figure: the noun of "24 of the club's 30 players" is "players".

    After a comparison the owner is a time ("12,000 more than last year's total" counts "total",
    "300 more than the previous year's 1,200 cases" counts "cases"); after "of", any possessive.
    Returns ``index`` where there is none.
    """
    at = index
    while words.at(at).lower() in _TIME_OWNERS and at - index < 2:
        at += 1
    owner = words.at(at)
    named = not any_owner and at == index and owner[:1].isupper()
    if not _POSSESSIVE.fullmatch(owner) or (named and not words.at(at + 1)[:1].isdigit()):
        return index  # (a name's own figure after a comparison: "two more than France's 22 points")
    at += 1
    while words.at(at).isdigit() or (words.at(at) in ",." and words.at(at + 1).isdigit()):
        at += 1  # the owner's own figure: "the club's 30 players"
    return at


#: A figure hyphened to a noun that modifies another: "a one-bedroom flat", "a 12-storey tower".
_MODIFIER: Final = re.compile(r"[-‑]([^\W\d_]+)\b(?![-‑])")
#: A figure that ends in a hyphened word modifies the noun after it ("a two-day strike", "a 12-mile
#: route"), unless the word makes the figure a count of that noun ("a 500,000-strong crowd", "40-odd").
_MODIFIED: Final = re.compile(r"[\w][-‑](?!(?:strong|odd|plus|hundred|thousand|million|billion)$)[^\W\d_]+$")


def _compound(text: str, position: int) -> tuple[bool, str | None]:
    """Whether the figure ending at ``position`` modifies a noun after it, and the thing it counts.

    A compound modifier counts no head noun: "a one-bedroom flat" counts one bedroom (its noun is
    "bedroom", never "flat"), and "a two-day strike" is a duration, no count of strikes (no noun).
    """
    found = _MODIFIER.match(text, position)
    if found is not None:
        return True, found.group(1)
    if position and text[position - 1].isalpha() and _MODIFIED.search(text, max(0, position - 30), position):
        return True, None
    return False, None


_PERCENT_OF: Final = re.compile(r"(?:%|\bper\s?cent)\s+of\s+", re.IGNORECASE)


def names_population(text: str) -> bool:
    """Whether a percentage in ``text`` is "of" a population of people or things, which it cannot pass.

    "120% of voters", "55 per cent of the workforce", "12% of all households" name one; "120% of GDP",
    "120% of the target" and "annual inflation of 120%" do not (a rate or a ratio may pass 100%).

    >>> names_population("120% of voters"), names_population("debt of 120% of GDP")
    (True, False)
    """
    found = _PERCENT_OF.search(text)
    if found is None:
        return False
    words = _Words(text, found.end())
    index = 0
    while words.at(index).lower() in lex.POPULATION_DETERMINERS and index < 2:
        index += 1
    return words.at(index).lower() in lex.POPULATION_NOUNS


def _after_reference(words: _Words, index: int) -> str | None:
    """Read "... of whom are fighters" from ``index`` on: the thing a back-referring share counts."""
    if words.at(index).lower() in _COPULAS:
        return _phrase(words, index + 1)
    return None


#: What the text after a share that refers back starts with: white space, "of" in any case, white space
#: and the first letter of a word of :data:`BACK_REFERENCES`.
_OF_NEXT: Final = re.compile(
    rf"\s*of\s*[{''.join(sorted({word[0] for word in BACK_REFERENCES}))}]", re.IGNORECASE
)


def reference_after(text: str, position: int) -> bool:
    """Return whether the words after ``position`` refer back ("of whom", "of them").

    >>> reference_after("half of whom are fighters", 4)
    True
    """
    if _OF_NEXT.match(text, position) is None:
        return False  # (told at once: no "of" and a word that refers back come first)
    words = _Words(text, position)
    return words.at(0).lower() == "of" and words.at(1).lower() in BACK_REFERENCES
