"""Find the counted thing after a figure: "500 active fighters" counts "active fighters" (private).

A plain scan over the words right after the figure, with no tagger: it skips a leading "of" ("hundreds of
fighters", "a third of the members"), then takes words up to the first preposition, verb, relative pronoun,
determiner, number or punctuation mark. A conjunction joins a second noun ("members and supporters") only
when the word after it looks like a noun too, so "22 members and destroyed a camp" stops at "members".
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BACK_REFERENCES", "noun_after", "nounlike", "reference_after"]

#: The longest noun phrase we return, in words.
_MAX_WORDS: Final = 5

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S")
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
    "last next previous "
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
    "brings brought provides allocates promises predicts drew ran sold paid built bought spent".split()
)
_STOPS: Final = _PREPOSITIONS | _DETERMINERS | _PRONOUNS | _CONJUNCTIONS | _OTHER_STOPS | _VERBS
#: Words after "of" that refer back to something counted before: "half of whom", "a third of them".
BACK_REFERENCES: Final = frozenset("whom which them those these us you".split())
_OF_DETERMINERS: Final = frozenset("the its their these those his her our".split())
_COPULAS: Final = frozenset("are were is was be being".split())
#: Words ending in "ed" this short are nouns or adjectives ("bed", "red", "shed"), never a verb after a noun.
_SHORT_ED: Final = 4


#: How far after a figure its noun phrase is looked for, in characters and in words and symbols.
_REACH: Final = 120
_MOST_WORDS: Final = 3 * _MAX_WORDS
#: A letter as the first thing after white space: the first word of :class:`_Words` is a word, not a symbol.
_LETTER_FIRST: Final = re.compile(r"\s*[^\W\d_]")


class _Words:
    """The first words and symbols of a text from a position, split only as far as they are asked for.

    Most figures are followed by one or two words of a noun phrase, or none: splitting the whole reach
    each time would cost far more than reading them.
    """

    __slots__ = ("_found", "_read")

    def __init__(self, text: str, start: int) -> None:
        self._found = _WORD.finditer(text, start, start + _REACH)
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


def _phrase(words: _Words, index: int) -> str | None:
    """Return the noun phrase of ``words`` from ``index`` on, or None."""
    taken: list[str] = []
    while len(taken) < _MAX_WORDS and (word := words.at(index)) and nounlike(word):
        if taken and _participle(word):
            break  # "18,400 runners finished", "40,000 homes damaged": a verb after the noun
        taken.append(word)
        index += 1
        if words.at(index).lower() in _CONJUNCTIONS:
            # Join "members and supporters", but not "members and destroyed a camp".
            after = words.at(index + 1)
            if after and nounlike(after) and not after.lower().endswith("ed"):
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
    """
    if _LETTER_FIRST.match(text, position, position + _REACH) is None:
        return None  # a number, a sign or nothing next: no noun phrase starts with it ("12 34", "2-1")
    words = _Words(text, position)
    index = 0
    if words.at(0).lower() == "of":
        index = 1
        if words.at(1).lower() in BACK_REFERENCES:
            return _after_reference(words, 2)
        if words.at(1).lower() in _OF_DETERMINERS:
            index = 2
    return _phrase(words, index)


def _after_reference(words: _Words, index: int) -> str | None:
    """Read "... of whom are fighters" from ``index`` on: the thing a back-referring share counts."""
    if words.at(index).lower() in _COPULAS:
        return _phrase(words, index + 1)
    return None


def reference_after(text: str, position: int) -> bool:
    """Return whether the words after ``position`` refer back ("of whom", "of them").

    >>> reference_after("half of whom are fighters", 4)
    True
    """
    words = _Words(text, position)
    return words.at(0).lower() == "of" and words.at(1).lower() in BACK_REFERENCES
