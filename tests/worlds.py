"""Printed worlds: small consistent worlds of true figures, printed as a reporter prints them.

A world is a few true figures that hold together (counts by region that add to a total, a subgroup and
its share of a group, a figure this year and last, a rate per 100,000 from a count and a population, a
multiple of another figure, money in two currencies at one exchange rate, a difference between two
figures, a range a source gives around the truth). It is printed as news copy prints figures: the wording
drawn from a table of real phrasings, the rounding from real practice (percentages to a whole or one
decimal, money as "£1.2bn" or "$3.4 million", large counts to two or three significant figures behind a
hedge, changes computed from the true, unrounded figures and then rounded, as agencies do). Each world
gives an article and the claims file a newsroom would write for it (quotes in the text, subject, scope,
``of``).

The words are used as a careful data journalist uses them, and no looser: "nearly 7,000" is printed
only for a true figure a little below 7,000 (within 5%), "more than 12,000" only above it and within
a tenth, "a third" only for a share within half a point of a third, "three times as many" for a ratio
within 5% of three, "doubled" within 2.5% of two. A plain round count ("12,000 people") is never printed
for a figure that is not exactly it: a whole count printed without a hedge is exact (issue 10).

A misprint moves one figure far beyond any reading of its rounding and hedge (a multiple of the world's
largest figure, a share 40 points away, a change whose ratio is tripled), and is printed with the same
wording, so the misprinted article reads as fluently as the true one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from math import floor
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

Draw = Callable[..., Any]


@dataclass
class Figure:
    """One printed figure: its claim, its words (true and misprinted) and what extraction must read."""

    id: str
    printed: str  # the words as printed from the true figure
    number: (
        Fraction  # the number a reader reads in the printed words (12% is 12; 9.4 per 100,000 is 9.4/100,000)
    )
    entry: dict[str, Any]  # the claim's keys besides id and quote
    quote: str = "{}"  # the quote, around the printed words (for a quote that occurs once)
    misprinted: str | None = None  # the words printed from a figure moved far from the truth
    misprinted_number: Fraction | None = None

    def words(self, *, misprint: bool = False) -> str:
        """The figure's words as the article prints them."""
        return self.misprinted if misprint and self.misprinted is not None else self.printed


@dataclass
class Scene:
    """A few sentences about one small world, their figures and the hierarchy they need."""

    text: str  # with {figure id} where each figure's words go
    figures: list[Figure]
    hierarchy: list[str] = field(default_factory=list)  # TOML tables


@dataclass
class World:
    """An article and its claims file, as a newsroom would write them."""

    scenes: list[Scene]
    misprint: str | None = None  # the id of the misprinted figure
    joiner: str = "\n\n"  # between scenes: paragraphs, or one paragraph

    @property
    def figures(self) -> list[Figure]:
        return [figure for scene in self.scenes for figure in scene.figures]

    def article(self) -> str:
        parts = []
        for scene in self.scenes:
            words = {f.id: f.words(misprint=f.id == self.misprint) for f in scene.figures}
            parts.append(scene.text.format(**words))
        return self.joiner.join(parts) + "\n"

    def quote(self, figure: Figure) -> str:
        return figure.quote.format(figure.words(misprint=figure.id == self.misprint))

    def claims_file(self, article: str = "article.txt") -> str:
        lines = [f"article = {json.dumps(article)}", ""]
        tables = [line for scene in self.scenes for line in scene.hierarchy]
        signed = [json.loads(line.partition("=")[2]) for line in tables if line.startswith("signed")]
        if signed:  # one top-level key, before any table
            lines += [f"signed = {json.dumps([subject for listed in signed for subject in listed])}", ""]
        lines += [line for line in tables if not line.startswith("signed")]
        for figure in self.figures:
            misprinted = figure.id == self.misprint
            lines += [
                "[[claim]]",
                f"id = {json.dumps(figure.id)}",
                f"quote = {json.dumps(self.quote(figure))}",
            ]
            for key, value in figure.entry.items():
                if isinstance(value, dict):
                    inner = ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in value.items())
                    lines.append(f"{key} = {{ {inner} }}")
                elif key == "value":  # the value around the figure's words ("-{}" for a loss)
                    lines.append(f"{key} = {json.dumps(value.format(figure.words(misprint=misprinted)))}")
                else:
                    lines.append(f"{key} = {json.dumps(value)}")
            lines.append("")
        return "\n".join(lines)

    def misprintable(self) -> list[str]:
        return [figure.id for figure in self.figures if figure.misprinted is not None]


# ---------------------------------------------------------------------------------------------- printing


def grouped(value: Fraction | int) -> str:
    """A whole number with thousands separators: 12,345."""
    return f"{int(value):,}"


def decimal(value: Fraction, places: int) -> str:
    """``value`` rounded half up to ``places`` decimals, as printed (no trailing point)."""
    digits = str(floor(value * 10**places + Fraction(1, 2))).rjust(places + 1, "0")
    return f"{digits[:-places]}.{digits[-places:]}" if places else digits


def round_to(value: Fraction, step: int, how: str = "nearest") -> int:
    """``value`` rounded to a multiple of ``step``: nearest (half up), down or up."""
    if how == "down":
        return floor(value / step) * step
    if how == "up":
        return -floor(-value / step) * step
    return floor(value / step + Fraction(1, 2)) * step


def significant_step(value: Fraction, digits: int) -> int:
    """The step of the last of ``digits`` significant figures of ``value`` (at least 1)."""
    step = 1
    while value >= step * 10**digits:
        step *= 10
    return step


#: hedges a reporter puts before a rounded count, each with when it may be used of the true figure
COUNT_STYLES = (
    "exact",
    "about",
    "around",
    "some",
    "more than",
    "nearly",
    "almost",
    "just under",
    "just over",
)


def print_count(
    value: Fraction, style: str, digits: int, millions: str | None = None
) -> tuple[str, Fraction] | None:
    """A count as printed in ``style`` rounded to ``digits`` significant figures, or None where a careful
    reporter would not use the style of this figure."""
    if style == "exact":
        return grouped(value), value
    step = significant_step(value, digits)
    if millions and value >= 1_000_000:
        step = max(step, 100_000)  # "1.2 million", "2.3m": to a tenth of a million
    if style in ("about", "around", "some"):
        shown = round_to(value, step)
        if shown == 0:
            return None
        return f"{style} {show(shown, millions)}", Fraction(shown)
    if style == "more than":
        shown = round_to(value, step, "down")
        if not 0 < shown < value or value > shown * Fraction(11, 10):
            return None
        return f"more than {show(shown, millions)}", Fraction(shown)
    if style == "just over":
        shown = round_to(value, step, "down")
        if not 0 < shown < value or value > shown * Fraction(21, 20):
            return None
        return f"just over {show(shown, millions)}", Fraction(shown)
    # nearly, almost, just under: a little below the printed figure
    shown = round_to(value, step, "up")
    if not value < shown or value < shown * Fraction(19, 20):
        return None
    return f"{style} {show(shown, millions)}", Fraction(shown)


def show(value: int, millions: str | None) -> str:
    """A rounded count as printed: 12,000, or in millions as "1.2 million" or "1.2m"."""
    if millions is None or value < 1_000_000:
        return grouped(value)
    shown = decimal(Fraction(value, 1_000_000), 1)
    if value >= 10_000_000:
        shown = shown.removesuffix(".0")
    return shown + (" million" if millions == "words" else "m")


#: currencies as papers print them: (sign before, word for millions, word for billions)
CURRENCIES = {"GBP": "£", "USD": "$", "EUR": "€"}


def print_money(value: Fraction, sign: str, style: str) -> tuple[str, Fraction]:
    """Money as printed: "£1.2bn", "$3.4 million", "€450m", "£12.5 billion", "£2.65trn" (to 2 or 3
    significant figures, half up)."""
    scale, word = next((scale, word) for scale, word in _SCALES if value >= scale or scale == 10**6)
    amount = value / scale
    places = 1 if amount < 100 else 0
    if style == "precise" and amount < 10:
        places = 2
    shown = decimal(amount, places)
    if amount >= 10:  # "£20m", not "£20.0m"; but "$1.0bn" ("$1bn" is read as $0.5bn to $1.5bn)
        shown = shown.removesuffix(".0")
    return f"{sign}{shown}{word[style == 'words']}", Fraction(shown) * scale


#: money's scales as printed, each with its short word and its word in full
_SCALES = ((10**12, ("trn", " trillion")), (10**9, ("bn", " billion")), (10**6, ("m", " million")))


def hedged_money(value: Fraction, sign: str, style: str, hedge: str) -> tuple[str, Fraction]:
    """Money behind a hedge, as careful copy prints it: "about £1.2bn" (to the nearest printed digit),
    "more than $3.4m" (rounded down, the figure within 10% above), "nearly €450m" (rounded up, the figure
    within 5% below); the plain figure where the hedge does not fit."""
    printed, shown = print_money(value, sign, style)
    if hedge in ("about", "around", "some"):
        return f"{hedge} {printed}", shown
    billions = value >= 10**9
    scale = 10**9 if billions else 10**6
    places = 1 if value / scale < 100 else 0
    step = Fraction(scale, 10**places)
    if hedge == "more than":
        low = round_to(value / step, 1, "down") * step
        if 0 < low < value <= low * Fraction(11, 10):
            text, number = print_money(low, sign, style)
            return f"more than {text}", number
    elif hedge in ("nearly", "almost", "just under"):
        high = round_to(value / step, 1, "up") * step
        if value < high and value >= high * Fraction(19, 20):
            text, number = print_money(high, sign, style)
            return f"{hedge} {text}", number
    return printed, shown


def hedged_percent(value: Fraction, hedge: str) -> tuple[str, Fraction] | None:
    """A whole percentage behind a hedge, as careful copy prints it ("nearly 46%" a little below 46, within
    5%; "more than 45%" above it, within 10%; "about 46%" to the nearest), or None where it does not fit."""
    if hedge in ("about", "around", "some"):
        shown = round_to(value, 1)
        return (f"{hedge} {shown}%", Fraction(shown)) if shown > 0 else None
    if hedge in ("more than", "just over"):
        shown = round_to(value, 1, "down")
        reach = Fraction(11, 10) if hedge == "more than" else Fraction(21, 20)
        return (f"{hedge} {shown}%", Fraction(shown)) if 0 < shown < value <= shown * reach else None
    shown = round_to(value, 1, "up")
    return (f"{hedge} {shown}%", Fraction(shown)) if shown * Fraction(19, 20) <= value < shown else None


def print_percent(value: Fraction, places: int, *, word: bool = False) -> tuple[str, Fraction]:
    """A percentage rounded half up to ``places`` decimals: "46%", "46.3%", "46.3 per cent"."""
    shown = decimal(value, places)
    return (f"{shown} per cent" if word else f"{shown}%"), Fraction(shown)


#: shares as words, with the share each names
SHARE_WORDS = {
    "half": Fraction(1, 2),
    "a third": Fraction(1, 3),
    "a quarter": Fraction(1, 4),
    "two-thirds": Fraction(2, 3),
    "three-quarters": Fraction(3, 4),
    "one in five": Fraction(1, 5),
    "one in four": Fraction(1, 4),
    "one in three": Fraction(1, 3),
    "one in ten": Fraction(1, 10),
    "a fifth": Fraction(1, 5),
    "one in eight": Fraction(1, 8),
    "one in 20": Fraction(1, 20),
    "three in 10": Fraction(3, 10),
    "seven in 10": Fraction(7, 10),
    "two in five": Fraction(2, 5),
    "four in five": Fraction(4, 5),
    "nine in 10": Fraction(9, 10),
}


def share_words(share: Fraction) -> list[tuple[str, Fraction]]:
    """The words a reporter may use for ``share``, each with the share it names: "a third" within half a
    point of a third (and within 5% of a small share: "one in 20" is no 5.3%), "nearly a third" a little
    below it (within 5%), "more than half" a little above, "about a third" within 5% either way."""
    found = []
    for word, named in SHARE_WORDS.items():
        if abs(share - named) <= min(Fraction(1, 200), named / 20):
            found.append((word, named))
        if named * Fraction(19, 20) <= share < named:
            found += [(f"{hedge} {word}", named) for hedge in ("nearly", "almost", "just under")]
        if named < share <= named * Fraction(21, 20):
            found += [(f"{hedge} {word}", named) for hedge in ("more than", "just over")]
        if abs(share - named) <= named / 20:
            found += [(f"{hedge} {word}", named) for hedge in ("about", "roughly", "around")]
    return found


# ------------------------------------------------------------------------------------------------ scenes

REGIONS = ("the north", "the south", "the east", "the west", "the capital")
COUNTED = (
    ("cases", "Health officials recorded"),
    ("claims", "Insurers received"),
    ("homes", "Surveyors found"),
    ("applications", "The council received"),
)


@st.composite
def partition_scene(draw: Draw, tag: str) -> Scene:
    """Counts by region that add to a total: "Officials recorded about 12,000 cases: 5,021 in the north,
    nearly 4,000 in the south and 3,014 in the east"."""
    noun, lead = draw(st.sampled_from(COUNTED))
    regions = draw(st.lists(st.sampled_from(REGIONS), min_size=2, max_size=4, unique=True))
    parts = [Fraction(draw(st.integers(50, 90_000) | st.integers(90_000, 4_000_000))) for _ in regions]
    total = sum(parts, Fraction(0))
    subject = f"{noun} {tag}"
    printed_parts = [_count(draw, part) for part in parts]
    bounded_parts = all(map(bounded, printed_parts))
    printed_total = _count(draw, total)
    figures = [
        Figure(
            f"{tag}-total",
            *printed_total,
            {"subject": subject, "scope": {"region": "the country"}},
            quote="{} " + noun,
            **_wrong(_count_style(printed_total[0]), total / 5, draw, total * 5 if bounded_parts else None),
        )
    ]
    for region, part, printed in zip(regions, parts, printed_parts, strict=True):
        far = part + 3 * total  # far above: the total bounds it unless the total is a lower bound only
        figures.append(
            Figure(
                f"{tag}-{region.split()[-1]}",
                *printed,
                {"subject": subject, "scope": {"region": region}},
                quote="{} in " + region,
                **(_wrong(_count_style(printed[0]), far, draw, far) if bounded(printed_total) else {}),
            )
        )
    listed = [f"{{{tag}-{region.split()[-1]}}} in {region}" for region in regions]
    if draw(st.booleans()):  # the first part as a share of the total: "42% of them in the north"
        share = parts[0] / total
        options = [*share_words(share), print_percent(share * 100, 0), print_percent(share * 100, 1)]
        words, number = draw(st.sampled_from(options))
        # 40 points down where the other parts are bounded above, up where the total is
        wrong = None
        if share > Fraction(9, 20) and all(map(bounded, printed_parts[1:])):
            wrong = share - Fraction(2, 5)
        elif share < Fraction(11, 20) and bounded(printed_total):
            wrong = share + Fraction(2, 5)
        wrong_words = print_percent(wrong * 100, 0) if wrong is not None else (None, None)
        figures[1] = Figure(
            figures[1].id,
            words,
            number,
            {"subject": subject, "scope": {"region": regions[0]}, "of": f"{tag}-total"},
            quote="{} of them in " + regions[0],
            misprinted=wrong_words[0],
            misprinted_number=wrong_words[1],
        )
        listed[0] = f"{{{tag}-{regions[0].split()[-1]}}} of them in {regions[0]}"
        if share > Fraction(3, 5):  # a total moved down keeps most of itself in the part its share names
            figures[0].misprinted = figures[0].misprinted_number = None
    text = f"{lead} {{{tag}-total}} {noun} last year: " + ", ".join(listed[:-1]) + f" and {listed[-1]}."
    whole = json.dumps(["the country"][0])
    hierarchy = [
        "[[partition]]",
        'facet = "region"',
        f"whole = {whole}",
        "parts = [" + ", ".join(json.dumps(r) for r in regions) + "]",
        "",
    ]
    return Scene(text, figures, hierarchy)


def bounded(printed: tuple[str, Fraction]) -> bool:
    """Whether a printed count bounds its figure above (all but "more than")."""
    return _count_style(printed[0]) != "more than"


def _count_style(printed: str) -> str:
    for style in COUNT_STYLES[1:]:
        if printed.startswith(style + " "):
            return style
    return "exact"


def _count(draw: Draw, value: Fraction) -> tuple[str, Fraction]:
    """A count printed in a style a reporter could use of it (exact when no hedge fits)."""
    style = draw(st.sampled_from(COUNT_STYLES))
    digits = draw(st.sampled_from((2, 3)))
    millions = draw(st.sampled_from((None, "words", "short")))
    printed = print_count(value, style, digits, millions) or print_count(value, "exact", digits)
    assert printed is not None
    return printed


def _wrong(style: str, wrong: Fraction | None, draw: Draw, up: Fraction | None = None) -> dict[str, Any]:
    """The misprint: the figure ``wrong`` printed in the true figure's style; a lower bound ("more
    than") moved down says nothing false, so it is moved ``up`` instead where the world bounds it above
    (and not misprinted where nothing does)."""
    digits = draw(st.sampled_from((2, 3)))
    if style == "more than" or wrong is None:
        if up is None:
            return {}
        wrong = up
    wrong = Fraction(round(wrong))
    if wrong < 10:
        return {}  # a count of a few moved down is not far from it in a reader's eyes
    printed = print_count(wrong, style, digits) or print_count(wrong, "exact", digits)
    assert printed is not None
    return {"misprinted": printed[0], "misprinted_number": printed[1]}


GROUPS = (
    ("nurses", "agency staff", "from agencies", "The trust employs"),
    ("teachers", "part-time teachers", "part-time", "The county has"),
    ("members", "new members", "new this year", "The union counts"),
    ("students", "overseas students", "from overseas", "The university enrolled"),
)


@st.composite
def share_scene(draw: Draw, tag: str) -> Scene:
    """A subgroup and its share of a group: "The trust employs 4,650 nurses, 21% of them from agencies;
    about 980 agency staff work on the wards"."""
    group, sub, how, lead = draw(st.sampled_from(GROUPS))
    size = draw(st.integers(200, 200_000))
    count = draw(st.integers(size // 100 + 1, size - 1))  # a share printed as 0% is no share
    share = Fraction(count, size)
    words = share_words(share)
    options = ["percent0", "percent1", "percent-word"] + (["word"] if words else [])
    style = draw(st.sampled_from(options))
    if style == "word":
        printed: tuple[str, Fraction] = draw(st.sampled_from(words))
        unit_share = printed[1]
    else:
        printed = print_percent(share * 100, 0 if style == "percent0" else 1, word=style == "percent-word")
        if style == "percent0":  # "nearly 46%", "more than 45%", "about 46%"
            printed = hedged_percent(share * 100, draw(st.sampled_from(COUNT_STYLES[1:]))) or printed
        unit_share = printed[1] / 100
    group_subject, sub_subject = f"{group} {tag}", f"{sub} {tag}"
    whom = draw(st.sampled_from(("them", "whom")))
    how = (
        how
        if whom == "them"
        else {"from agencies": "come from agencies", "part-time": "work part-time"}.get(how, "are " + how)
    )
    size_printed = _count(draw, Fraction(size))
    count_printed = _count(draw, Fraction(count))
    # 40 points down where the group is bounded above (else a larger group takes a smaller share), or up
    # where the count is (else a larger count takes a larger share)
    wrong_share = None
    if share > Fraction(9, 20) and bounded(size_printed):
        wrong_share = share - Fraction(2, 5)
    elif share < Fraction(11, 20) and bounded(count_printed):
        wrong_share = share + Fraction(2, 5)
    wrong: tuple[str | None, Fraction | None] = (None, None)
    if wrong_share is not None:
        wrong = print_percent(
            wrong_share * 100, 0 if style == "percent0" else 1, word=style == "percent-word"
        )
    figures = [
        Figure(
            f"{tag}-group",
            *size_printed,
            {"subject": group_subject},
            quote="{} " + group,
            **_wrong(
                _count_style(size_printed[0]),
                # far below needs a share bounded above ("more than 2%" of a smaller group may be more)
                None if printed[0].startswith("more than") else Fraction(size, 5),
                draw,
                size * 5 if bounded(count_printed) else None,
            ),
        ),
        Figure(
            f"{tag}-share",
            printed[0],
            unit_share * 100 if style != "word" else unit_share,
            {"subject": sub_subject, "of": f"{tag}-group"},
            quote="{} of " + whom,
            misprinted=wrong[0],
            misprinted_number=wrong[1],
        ),
        Figure(
            f"{tag}-count",
            *count_printed,
            {"subject": sub_subject},
            quote="{} " + sub,
            **_wrong(
                _count_style(count_printed[0]),
                Fraction(count, 5),
                draw,
                count + 3 * size if bounded(size_printed) else None,
            ),
        ),
    ]
    text = (
        f"{lead} {{{tag}-group}} {group}, {{{tag}-share}} of {whom} {how}. "
        f"In all, {{{tag}-count}} {sub} were counted in the latest figures."
    )
    hierarchy = [
        "[[subset]]",
        'facet = "subject"',
        f"part = {json.dumps(sub_subject)}",
        f"of = {json.dumps(group_subject)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


MEASURED = (
    ("revenue", "The company's revenue"),
    ("spending", "Spending on roads"),
    ("the budget", "The agency's budget"),
)


COUNTS_OVER_TIME = (
    ("homes sold", "The number of homes sold"),
    ("visitors", "The number of visitors"),
    ("arrests", "The number of arrests"),
)


def _by(
    draw: Draw,
    figure_id: str,
    subject: str,
    values: tuple[Fraction, Fraction],
    printed: tuple[tuple[str, Fraction], tuple[str, Fraction]],
    *,
    money: tuple[str, str] | None,
) -> Figure:
    """The change between two years as an amount: "rose by 4,300", "fell by £120m"."""
    now, before = values
    verb = "rose" if now >= before else "fell"
    size = abs(now - before)
    if money is None:
        amount = print_count(size, draw(st.sampled_from(("exact", "about"))), 2) or print_count(
            size, "exact", 2
        )
        wrong = print_count(size + 3 * (now + before), "about", 2)
    else:
        amount = print_money(size, *money)
        wrong = print_money(size + 3 * (now + before), *money)
    assert amount is not None
    assert wrong is not None
    # far more needs a bound above on this year's figure; far less, on last year's
    far_ok = money is not None or bounded(printed[0] if now >= before else printed[1])
    return Figure(
        figure_id,
        f"{verb} by {amount[0]}",
        amount[1] if now >= before else -amount[1],
        {"subject": subject, "scope": {"year": "2024"}, "of": figure_id.removesuffix("-change") + "-before"},
        misprinted=f"{verb} by {wrong[0]}" if far_ok else None,
        misprinted_number=wrong[1] if now >= before else -wrong[1],
    )


def _percent_change(
    draw: Draw, tag: str, lead: str, figures: list[Figure], ratio: Fraction, *, far: bool
) -> str:
    """The change between two years in per cent ("up 6.5% on last year's", "rose 6.5%", "up 6.5% from"):
    its figure is added to ``figures`` and the sentence returned; ``far``: a misprint is detectable."""
    subject = figures[0].entry["subject"]
    change = (ratio - 1) * 100
    places = draw(st.sampled_from((0, 1)))
    shown, number = print_percent(abs(change), places)
    direction = "up" if change >= 0 else "down"
    wrong_change = (ratio * 3 - 1) * 100  # the ratio tripled
    wrong, wrong_number = print_percent(abs(wrong_change), places)
    figures.append(
        Figure(
            f"{tag}-change",
            f"{direction} {shown}",
            1 + number / 100 if change >= 0 else 1 - number / 100,  # read as the factor of the change
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            # a tripled ratio needs a bound above on this year's figure
            misprinted=f"up {wrong}" if far else None,
            misprinted_number=1 + wrong_number / 100,
        )
    )
    verb = "rose" if change >= 0 else "fell"
    form = draw(st.sampled_from(("on", "verb", "was", "noun", "noun after")))
    noun = "rise" if change >= 0 else "fall"
    if form == "noun":  # "a 6.5% rise on last year's £1.23bn"
        figures[-1].printed = f"a {shown} {noun}"
        figures[-1].misprinted = f"a {wrong} rise" if figures[-1].misprinted else None
    elif form == "noun after":  # "a rise of 6.5% on last year's £1.23bn"
        figures[-1].printed = f"a {noun} of {shown}"
        figures[-1].misprinted = f"a rise of {wrong}" if figures[-1].misprinted else None
    if form == "verb":  # "rose 6.5% to £1.31bn this year, from £1.23bn"
        figures[-1].printed = f"{verb} {shown}"
        figures[-1].misprinted = f"rose {wrong}" if figures[-1].misprinted else None
        figures[1].quote = "from {}"
        text = f"{lead} {{{tag}-change}} to {{{tag}-now}} this year, from {{{tag}-before}} a year earlier."
    elif form == "was":  # "was £1.31bn this year, up 6.5% from £1.23bn a year earlier"
        figures[0].quote, figures[1].quote = "was {}", "from {}"
        text = f"{lead} was {{{tag}-now}} this year, {{{tag}-change}} from {{{tag}-before}} a year earlier."
    else:
        text = f"{lead} {verb} to {{{tag}-now}} this year, {{{tag}-change}} on last year's {{{tag}-before}}."
    return text


#: verbs of a change by a factor, with the factor each names
CHANGE_WORDS = {
    "doubled": Fraction(2),
    "tripled": Fraction(3),
    "trebled": Fraction(3),
    "quadrupled": Fraction(4),
    "halved": Fraction(1, 2),
    "rose fourfold": Fraction(4),
    "rose tenfold": Fraction(10),
}


def change_words(ratio: Fraction) -> list[tuple[str, Fraction]]:
    """The verbs a reporter may use for a change by ``ratio``: "doubled" within 2.5% of two, "nearly
    doubled" a little below (within 5%), "more than doubled" a little above (within 10%)."""
    found = []
    for word, factor in CHANGE_WORDS.items():
        if abs(ratio - factor) <= factor / 40:
            found.append((word, factor))
        if word.endswith("led") and factor > 1:
            if factor * Fraction(19, 20) <= ratio < factor:
                found.append((f"nearly {word}", factor))
            if factor < ratio <= factor * Fraction(11, 10):
                found.append((f"more than {word}", factor))
    return found


def _from_text(draw: Draw, tag: str, lead: str, figures: list[Figure], *, rise: bool) -> str:
    """Two years with no change printed: "from last year's", "down from", "compared with"."""
    verb = "rose" if rise else "fell"
    form = draw(st.sampled_from(("from last year's", "down from", "compared with")))
    if form == "down from":  # "fell to £1.23bn this year, down from £1.31bn"
        figures[1].quote = "from {}"
        way = "up" if rise else "down"
        text = f"{lead} {verb} to {{{tag}-now}} this year, {way} from {{{tag}-before}} a year earlier."
    elif form == "compared with":  # "was £1.31bn this year, compared with £1.23bn a year earlier"
        figures[0].quote, figures[1].quote = "was {}", "with {}"
        text = f"{lead} was {{{tag}-now}} this year, compared with {{{tag}-before}} a year earlier."
    else:
        text = f"{lead} {verb} to {{{tag}-now}} this year, from last year's {{{tag}-before}}."
    return text


@st.composite
def change_scene(draw: Draw, tag: str) -> Scene:
    """A figure this year and last, and the change between them computed from the true figures then
    rounded: "revenue rose to £1.31bn, up 6.5% on last year's £1.23bn"; "doubled to"; "down from"."""
    noun, lead = draw(st.sampled_from(MEASURED))
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    money_style = draw(st.sampled_from(("short", "words", "precise")))
    counted = draw(st.booleans())  # a count ("The number of homes sold rose to 52,000") or money
    if counted:
        noun, lead = draw(st.sampled_from(COUNTS_OVER_TIME))
        before = Fraction(draw(st.integers(100, 900_000)))
    else:
        before = Fraction(draw(st.integers(20, 90_000))) * 10**6 + draw(st.integers(0, 999_999))
    ratio = Fraction(draw(st.integers(400, 2600) | st.integers(2600, 11_000)), 1000)
    now = before * ratio
    if counted:
        now = Fraction(round(now))
        ratio = now / before
    subject = f"{noun} {tag}"
    if counted:
        now_printed, before_printed = _count(draw, now), _count(draw, before)
        far = _wrong(_count_style(now_printed[0]), None, draw, now * 3) if bounded(before_printed) else {}
    else:
        now_printed = print_money(now, sign, money_style)
        before_printed = print_money(before, sign, money_style)
        far = dict(
            zip(("misprinted", "misprinted_number"), print_money(now * 3, sign, money_style), strict=True)
        )
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="to {}",
            **far,
        ),
        Figure(
            f"{tag}-before",
            *before_printed,
            {"subject": subject, "scope": {"year": "2023"}},
            quote="year's {}",
        ),
    ]
    words = change_words(ratio)
    change = (ratio - 1) * 100
    big = not counted and abs(now - before) >= 10**6  # money changes are printed in millions
    styles = ["percent", "percent", "from"] + (["word"] if words else []) + (["by"] if counted or big else [])
    style = draw(st.sampled_from(styles))
    if style == "percent":
        text = _percent_change(draw, tag, lead, figures, ratio, far=not counted or bounded(now_printed))
    elif style == "by":  # "rose by 4,300 to 52,000 this year, from 47,700"
        money = None if counted else (sign, money_style)
        figures.append(
            _by(draw, f"{tag}-change", subject, (now, before), (now_printed, before_printed), money=money)
        )
        figures[1].quote = "from {}"
        text = f"{lead} {{{tag}-change}} to {{{tag}-now}} this year, from {{{tag}-before}} a year earlier."
    elif style == "from":
        figures[0].misprinted = figures[0].misprinted_number = None  # nothing ties the two years
        text = _from_text(draw, tag, lead, figures, rise=change >= 0)
    else:
        word, factor = draw(st.sampled_from(words))
        if word.startswith("more than"):  # a lower bound allows any larger figure this year
            figures[0].misprinted = figures[0].misprinted_number = None
        figures.append(
            Figure(
                f"{tag}-change",
                word,
                factor,
                {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            )
        )
        text = f"{lead} {{{tag}-change}} to {{{tag}-now}} this year, from last year's {{{tag}-before}}."
    return Scene(text, figures)


POLLED = (
    ("the plan", "Support for the plan"),
    ("the mayor", "Approval of the mayor"),
    ("the tax", "Backing for the tax"),
)


@st.composite
def points_scene(draw: Draw, tag: str) -> Scene:
    """A share this year and last, and the change in points computed from the unrounded shares: "Support
    rose to 46%, a rise of 12 points on last year's 34%"."""
    noun, lead = draw(st.sampled_from(POLLED))
    now = Fraction(draw(st.integers(50, 950)), 10)
    before = Fraction(draw(st.integers(50, 950)), 10)
    places = draw(st.sampled_from((0, 1)))
    word = draw(st.booleans())
    now_printed = print_percent(now, places, word=word)
    before_printed = print_percent(before, places, word=word)
    points = now - before
    subject = f"backing for {noun} {tag}"
    shown = decimal(abs(points), places)
    assume(Fraction(shown) != 0)  # "a rise of 0 points" is printed "unchanged"
    wrong_points = decimal(abs(points) + 30, places)
    rise = points >= 0
    phrase = draw(
        st.sampled_from(("a rise of {} points", "up {} points", "up {} percentage points"))
        if rise
        else st.sampled_from(("a fall of {} points", "down {} points", "a fall of {} percentage points"))
    )
    wrong_phrase = (
        phrase.replace("fall", "rise").replace("down", "up")
        if not rise
        else phrase.replace("rise", "fall").replace("up", "down")
    )
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="at {} this year",
        ),
        Figure(
            f"{tag}-before",
            *before_printed,
            {"subject": subject, "scope": {"year": "2023"}},
            quote="on {}",
        ),
        Figure(
            f"{tag}-points",
            phrase.format(shown).replace("1 points", "1 point") if shown == "1" else phrase.format(shown),
            Fraction(shown) if rise else -Fraction(shown),  # "a fall of 3 points" is -3 points
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            misprinted=wrong_phrase.format(wrong_points),
            misprinted_number=Fraction(wrong_points),
        ),
    ]
    text = f"{lead} stood at {{{tag}-now}} this year, {{{tag}-points}} on {{{tag}-before}} a year earlier."
    return Scene(text, figures)


PLACES = (("the region", "flu cases"), ("the county", "burglaries"), ("the city", "road deaths"))


@st.composite
def rate_scene(draw: Draw, tag: str) -> Scene:
    """A rate per 100,000 from a count and a population: "In a region of 2.3 million people, 1,104 cases
    were recorded, a rate of 48.0 per 100,000"."""
    place, noun = draw(st.sampled_from(PLACES))
    population = draw(st.integers(50_000, 9_000_000))
    count = draw(st.integers(population // 100_000 + 1, population // 50))  # at least 1 per 100,000
    rate = Fraction(count * 100_000, population)
    places = draw(st.sampled_from((0, 1)))
    shown = decimal(rate, places)
    people_subject, subject = f"residents {tag}", f"{noun} {tag}"
    pop_style = draw(st.sampled_from(("exact", "millions")))
    if pop_style == "millions" and population >= 1_000_000:
        pop_words = f"{decimal(Fraction(population, 10**6), 1)} million"
        pop_number = Fraction(decimal(Fraction(population, 10**6), 1)) * 10**6
    else:
        pop_words, pop_number = grouped(population), Fraction(population)
    count_printed = _count(draw, Fraction(count))
    # far above where the count is bounded above, else far below
    wrong = decimal(rate * 4 + 10, places) if bounded(count_printed) else decimal(rate / 5, 1)
    figures = [
        Figure(f"{tag}-people", pop_words, pop_number, {"subject": people_subject}, quote="{} people"),
        Figure(
            f"{tag}-count",
            *count_printed,
            {"subject": subject},
            quote="{} " + noun,
            **_wrong(_count_style(count_printed[0]), Fraction(count, 5), draw, Fraction(count * 5)),
        ),
        Figure(
            f"{tag}-rate",
            f"{shown} per 100,000",
            Fraction(shown) / 100_000,
            {"subject": subject, "of": f"{tag}-people"},
            misprinted=f"{wrong} per 100,000",
            misprinted_number=Fraction(wrong) / 100_000,
        ),
    ]
    text = (
        f"In {place}, home to {{{tag}-people}} people, {{{tag}-count}} {noun} were recorded last year, "
        f"a rate of {{{tag}-rate}} residents."
    )
    hierarchy = [
        "[[subset]]",
        'facet = "subject"',
        f"part = {json.dumps(subject)}",
        f"of = {json.dumps(people_subject)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


MULTIPLES = {"twice": 2, "three times": 3, "four times": 4, "five times": 5}
PAIRS = (
    ("nurses", "doctors", "The hospital employs"),
    ("cyclists", "drivers", "The survey counted"),
    ("volunteers", "paid staff", "The charity has"),
)


def multiple_words(ratio: Fraction) -> list[tuple[str, Fraction]]:
    """The words a reporter may use for a ratio, each with the factor it names: "three times as many"
    within 5% of three, "nearly three times as many" a little below (within 5%), "more than three times
    as many" a little above (within 10%), "46% more" to the whole per cent, "a third more" within 2 points."""
    found = []
    for word, factor in MULTIPLES.items():
        if abs(ratio - factor) <= Fraction(factor, 20):
            found.append((f"{word} as many", Fraction(factor)))
        if factor * Fraction(19, 20) <= ratio < factor:
            found.append((f"nearly {word} as many", Fraction(factor)))
        if factor < ratio <= factor * Fraction(11, 10):
            found.append((f"more than {word} as many", Fraction(factor)))
    if ratio < 2:
        more = decimal((ratio - 1) * 100, 0)
        found.append((f"{more}% more", 1 + Fraction(more) / 100))
    for word, factor in (
        ("a third more", Fraction(4, 3)),
        ("a quarter more", Fraction(5, 4)),
        ("half as many again", Fraction(3, 2)),
    ):
        if abs(ratio - factor) <= Fraction(1, 50):
            found.append((word, factor))
    return found


@st.composite
def multiple_scene(draw: Draw, tag: str) -> Scene:
    """A multiple of another figure: "The hospital employs 362 nurses, three times as many as its 120
    doctors"."""
    many, few, lead = draw(st.sampled_from(PAIRS))
    base = draw(st.integers(20, 50_000))
    count = round(base * Fraction(draw(st.integers(1100, 5500)), 1000))
    ratio = Fraction(count, base)
    phrases = multiple_words(ratio)
    assume(phrases)
    phrase, factor = draw(st.sampled_from(phrases))
    open_above = phrase.startswith("more than")
    few_subject, many_subject = f"{few} {tag}", f"{many} {tag}"
    many_printed = _count(draw, Fraction(count))
    few_printed = _count(draw, Fraction(base))
    figures = [
        Figure(
            f"{tag}-many",
            *many_printed,
            {"subject": many_subject},
            quote="{} " + many,
            **_wrong(
                _count_style(many_printed[0]),
                Fraction(count, 5),
                draw,
                count * 5 if bounded(few_printed) and not open_above else None,
            ),
        ),
        Figure(
            f"{tag}-multiple",
            phrase,
            factor,
            {"subject": many_subject, "of": f"{tag}-few"},
        ),
        Figure(
            f"{tag}-few",
            *few_printed,
            {"subject": few_subject},
            quote="its {} " + few,
            **_wrong(
                _count_style(few_printed[0]),
                None if open_above else Fraction(base, 5),  # "more than five times" allows fewer doctors
                draw,
                base * 5 if bounded(many_printed) else None,
            ),
        ),
    ]
    than = "than" if phrase.endswith("more") else "as"
    text = f"{lead} {{{tag}-many}} {many}, {{{tag}-multiple}} {than} its {{{tag}-few}} {few}."
    return Scene(text, figures)


@st.composite
def difference_scene(draw: Draw, tag: str) -> Scene:
    """A difference between two figures: "The register lists 48,210 voters, about 3,000 more than at the
    last election, when 45,190 were listed"."""
    before = draw(st.integers(100, 900_000))
    difference = draw(st.integers(-before // 2, before).filter(bool))
    now = before + difference
    subject = f"registered voters {tag}"
    style = draw(st.sampled_from(("exact", "about", "nearly", "more than")))
    size = abs(difference)
    printed_difference = print_count(Fraction(size), style, 2) if size else None
    if printed_difference is None:
        printed_difference = print_count(Fraction(size), "exact", 2)
    assert printed_difference is not None
    more = "more" if difference >= 0 else "fewer"
    wrong = print_count(Fraction(size + 2 * now + 2 * before), "about", 2)
    assert wrong is not None
    now_printed = _count(draw, Fraction(now))
    before_printed = _count(draw, Fraction(before))
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="lists {}",
            # far below needs a bound below (before, plus a difference bounded above where it is fewer); far
            # above, a bound above (before, plus a difference bounded below where it is more)
            **_wrong(
                _count_style(now_printed[0]),
                Fraction(now, 5) if more == "more" or style != "more than" else None,
                draw,
                Fraction(now * 5)
                if bounded(before_printed) and (more == "fewer" or style != "more than")
                else None,
            ),
        ),
        Figure(
            f"{tag}-difference",
            f"{printed_difference[0]} {more} than",
            printed_difference[1]
            if more == "more"
            else -printed_difference[1],  # "5,000 fewer than" is -5,000
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            # far more than before needs a bound above on now; far fewer, one above on before
            misprinted=f"{wrong[0]} {more} than"
            if bounded(now_printed if more == "more" else before_printed)
            else None,
            misprinted_number=wrong[1],
        ),
        Figure(
            f"{tag}-before", *before_printed, {"subject": subject, "scope": {"year": "2020"}}, quote="when {}"
        ),
    ]
    text = (
        f"The register lists {{{tag}-now}} voters, {{{tag}-difference}} at the last election, "
        f"when {{{tag}-before}} were listed."
    )
    return Scene(text, figures)


@st.composite
def range_scene(draw: Draw, tag: str) -> Scene:
    """A range a source gives around the truth, and the count another source makes: "Police put the crowd
    at 20,000 to 30,000; organisers counted 24,310"."""
    truth = draw(st.integers(200, 900_000))
    step = significant_step(Fraction(truth), 2)
    low = round_to(Fraction(truth) * Fraction(draw(st.integers(70, 95)), 100), step, "down")
    high = round_to(Fraction(truth) * Fraction(draw(st.integers(105, 130)), 100), step, "up")
    if low == 0:
        low = step // 10 or 1
    joiner = draw(
        st.sampled_from(
            ("{} to {}", "between {} and {}", "{}-{}", "up to {1}", "as many as {1}", "at least {0}")
        )
    )
    subject = f"marchers {tag}"
    counted = _count(draw, Fraction(truth))
    # far below: every printed count bounds the truth below, not every one above ("more than 200"); a
    # lower bound alone ("at least") is moved far above where the count bounds the truth above
    wrong_low, wrong_high = max(1, round(Fraction(low, 5))), max(2, round(Fraction(high, 5)))
    if joiner == "at least {0}":
        wrong_low = high * 5
    misprinted = joiner.format(grouped(wrong_low), grouped(wrong_high))
    if joiner == "at least {0}" and not bounded(counted):
        misprinted = None
    figures = [
        Figure(
            f"{tag}-range",
            joiner.format(grouped(low), grouped(high)),
            Fraction(high if "{1}" in joiner and "{0}" not in joiner else low),
            {"subject": subject, "source": "police"},
            quote="at {}",
            misprinted=misprinted,
            misprinted_number=Fraction(wrong_high if "{1}" in joiner and "{0}" not in joiner else wrong_low),
        ),
        Figure(f"{tag}-counted", *counted, {"subject": subject, "source": "organisers"}, quote="counted {}"),
    ]
    text = f"Police put the march at {{{tag}-range}} people; organisers counted {{{tag}-counted}} marchers."
    return Scene(text, figures)


#: each printed amount of the deal with the words around it that make its quote occur once
QUOTES = {
    ("total", "pounds"): "worth {}",
    ("total", "dollars"): "({}), made",
    ("cash", "pounds"): "of {}",
    ("cash", "dollars"): "({}) in cash",
    ("shares", "pounds"): "and {}",
    ("shares", "dollars"): "({}) in new",
}


@st.composite
def currencies_scene(draw: Draw, tag: str) -> Scene:
    """Money in two currencies at one exchange rate, a whole and its parts in each: "The deal is worth
    £1.2bn ($1.5bn), made up of £900m ($1.1bn) in cash and £300m ($380m) in shares"."""
    cash = Fraction(draw(st.integers(20, 9_000))) * 10**6 + draw(st.integers(0, 999_999))
    shares = Fraction(draw(st.integers(20, 9_000))) * 10**6 + draw(st.integers(0, 999_999))
    rate = Fraction(draw(st.integers(105, 140)), 100)  # dollars to the pound
    total = cash + shares
    hedge = draw(st.sampled_from(("", "about", "some", "more than", "nearly", "almost")))
    figures = []
    for name, value, subject in (
        ("total", total, "price"),
        ("cash", cash, "cash"),
        ("shares", shares, "shares"),
    ):
        for currency, sign, amount in (("pounds", "£", value), ("dollars", "$", value * rate)):
            printed = (
                hedged_money(amount, sign, "short", hedge)
                if currency == "pounds"
                else print_money(amount, sign, "short")
            )
            far = amount + 3 * total * (rate if sign == "$" else 1)
            wrong = (
                hedged_money(far, sign, "short", hedge)
                if currency == "pounds"
                else print_money(far, sign, "short")
            )
            figures.append(
                Figure(
                    f"{tag}-{name}-{currency}",
                    *printed,
                    {"subject": f"{subject} {tag}", "scope": {"currency": currency}},
                    quote=QUOTES[name, currency],
                    # far above says nothing false where every figure in pounds is a lower bound
                    misprinted=None if currency == "pounds" and hedge == "more than" else wrong[0],
                    misprinted_number=wrong[1],
                )
            )
    t, c, s = (f"{tag}-{name}" for name in ("total", "cash", "shares"))
    text = (
        f"The deal is worth {{{t}-pounds}} ({{{t}-dollars}}), made up of {{{c}-pounds}} ({{{c}-dollars}}) in "
        f"cash and {{{s}-pounds}} ({{{s}-dollars}}) in new shares, at ${decimal(rate, 2)} to the pound."
    )
    hierarchy = [
        "[[partition]]",
        'facet = "subject"',
        f"whole = {json.dumps(f'price {tag}')}",
        f"parts = [{json.dumps(f'cash {tag}')}, {json.dumps(f'shares {tag}')}]",
        "",
    ]
    return Scene(text, figures, hierarchy)


CITIES = (
    ("schools", "The city spends"),
    ("policing", "The county spends"),
    ("libraries", "The borough spends"),
)


@st.composite
def per_head_scene(draw: Draw, tag: str) -> Scene:
    """Money per head from a total and a population: "The city spends £1.2bn a year on schools, about £2,100
    for each of its 571,000 residents". The claims file states the per-head figure over the population as
    printed (`over`), as a newsroom copies it from the article."""
    noun, lead = draw(st.sampled_from(CITIES))
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    population = draw(st.integers(20_000, 9_000_000))
    total = Fraction(draw(st.integers(max(population * 20, 2_000_000), population * 5_000)))
    per_head = total / population
    if population >= 1_000_000 and draw(st.booleans()):
        people = f"{decimal(Fraction(population, 10**6), 1)} million"
        people_number = Fraction(decimal(Fraction(population, 10**6), 1)) * 10**6
    else:
        people, people_number = grouped(population), Fraction(population)
    step = draw(st.sampled_from((1, 10))) if per_head >= 100 else 1
    shown = round_to(per_head, step)
    # money is read to its last printed digit: rounded to tens, a per-head figure needs its hedge
    hedge = draw(st.sampled_from(("about ", "some "))) if step > 1 else ""
    rate_word = draw(st.sampled_from(("a head", "per resident", "per person")))
    head = f"{hedge}{sign}{grouped(shown)} {rate_word}"
    money = print_money(total, sign, draw(st.sampled_from(("short", "words"))))
    wrong = f"{hedge}{sign}{grouped(round_to(per_head * 4, step))} {rate_word}"
    subject = f"spending on {noun} {tag}"
    figures = [
        Figure(
            f"{tag}-total",
            *money,
            {"subject": subject, "over": "a year"},
            quote="spends {}",
            misprinted=print_money(total * 4, sign, "short")[0],
            misprinted_number=print_money(total * 4, sign, "short")[1],
        ),
        Figure(
            f"{tag}-head",
            head,
            Fraction(shown),
            {"subject": subject, "over": f"{people} people"},
            quote="{}",
            misprinted=wrong,
            misprinted_number=Fraction(round_to(per_head * 4, step)),
        ),
        Figure(
            f"{tag}-people", people, people_number, {"subject": f"residents {tag}"}, quote="its {} residents"
        ),
    ]
    text = f"{lead} {{{tag}-total}} a year on {noun}, {{{tag}-head}} for its {{{tag}-people}} residents."
    return Scene(text, figures)


@st.composite
def weekly_scene(draw: Draw, tag: str) -> Scene:
    """A weekly average beside the total over several weeks: "Clinics saw 4,738 patients in four weeks,
    about 1,200 a week"."""
    weeks = draw(st.integers(2, 12))
    total = draw(st.integers(weeks * 10, weeks * 90_000))
    average = Fraction(total, weeks)
    style = draw(st.sampled_from(("exact", "about", "nearly", "more than")))
    digits = draw(st.sampled_from((2, 3)))
    # an average is printed rounded to its nearest whole, or behind a hedge
    printed = print_count(average, style, digits) if style != "exact" else None
    if printed is None:
        shown = round_to(average, 1)
        printed = (grouped(shown), Fraction(shown))
    wrong = print_count(average * 5, "about", digits)
    assert wrong is not None
    number_words = {
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        11: "11",
        12: "12",
    }
    in_days = draw(st.booleans())  # "in the 28 days to Sunday", the claims file's over in days too
    period = f"the {weeks * 7} days to Sunday" if in_days else f"{number_words[weeks]} weeks"
    subject = f"patients {tag}"
    total_printed = _count(draw, Fraction(total))
    figures = [
        Figure(
            f"{tag}-total",
            *total_printed,
            {"subject": subject},
            quote="saw {}",
            **_wrong(
                _count_style(total_printed[0]),
                Fraction(total, 5),
                draw,
                Fraction(total * 5) if style != "more than" else None,
            ),
        ),
        Figure(
            f"{tag}-weekly",
            f"{printed[0]} a week",
            printed[1],
            {"subject": subject, "over": f"{weeks * 7} days" if in_days else f"{weeks} weeks"},
            quote="{}",
            misprinted=f"{wrong[0]} a week" if bounded(total_printed) else None,  # far above needs a bound
            misprinted_number=wrong[1],
        ),
    ]
    text = f"Clinics saw {{{tag}-total}} patients in {period}, {{{tag}-weekly}} on average."
    return Scene(text, figures)


@st.composite
def poll_scene(draw: Draw, tag: str) -> Scene:
    """Percentages of different groups: "Of the 1,012 people polled, 540 were women. Support stood at 55%
    among men and 45% among women, and at 49.7% overall" (each share of its own group, rounded)."""
    women = draw(st.integers(100, 3_000))
    men = draw(st.integers(100, 3_000))
    women_for, men_for = draw(st.integers(0, women)), draw(st.integers(0, men))
    places = draw(st.sampled_from((0, 1)))
    shares = {
        "men": print_percent(Fraction(men_for * 100, men), places),
        "women": print_percent(Fraction(women_for * 100, women), places),
        "overall": print_percent(Fraction((men_for + women_for) * 100, men + women), places),
    }
    polled, backers = f"respondents {tag}", f"backers {tag}"
    sex = f"sex {tag}"
    everyone = f"all respondents {tag}"
    # far beyond both groups' shares: the overall share is their weighted average
    lowest = min(Fraction(men_for, men), Fraction(women_for, women))
    highest = max(Fraction(men_for, men), Fraction(women_for, women))
    wrong_share = highest + Fraction(3, 10) if highest < Fraction(7, 10) else lowest - Fraction(3, 10)
    wrong_overall = print_percent(wrong_share * 100, places)
    figures = [
        Figure(
            f"{tag}-polled",
            grouped(men + women),
            Fraction(men + women),
            {"subject": polled},
            quote="the {} people",
        ),
        Figure(
            f"{tag}-women-polled",
            grouped(women),
            Fraction(women),
            {"subject": polled, "scope": {sex: "women"}},
            quote="{} were women",
        ),
        Figure(
            f"{tag}-men", *shares["men"], {"subject": backers, "scope": {sex: "men"}}, quote="{} among men"
        ),
        Figure(
            f"{tag}-women",
            *shares["women"],
            {"subject": backers, "scope": {sex: "women"}},
            quote="{} among women",
        ),
        Figure(
            f"{tag}-overall",
            *shares["overall"],
            {"subject": backers},
            quote="{} overall",
            misprinted=wrong_overall[0],
            misprinted_number=wrong_overall[1],
        ),
    ]
    text = (
        f"Of the {{{tag}-polled}} people polled, {{{tag}-women-polled}} were women. Support stood at "
        f"{{{tag}-men}} among men and {{{tag}-women}} among women, and at {{{tag}-overall}} overall."
    )
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(sex)}",
        f"whole = {json.dumps(everyone)}",
        'parts = ["men", "women"]',
        "",
        "[[facet]]",
        f"name = {json.dumps(sex)}",
        f"whole = {json.dumps(everyone)}",
        "",
        "[[subset]]",
        'facet = "subject"',
        f"part = {json.dumps(backers)}",
        f"of = {json.dumps(polled)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


@st.composite
def route_scene(draw: Draw, tag: str) -> Scene:
    """A length in km with its conversion in brackets, a whole and its sections: "The 412km (256-mile)
    route runs 180km (112 miles) through the hills and 232km (144 miles) along the coast"."""
    sections = [Fraction(draw(st.integers(50, 90_000)), 100) for _ in range(2)]  # 0.5 to 900 km
    total = sum(sections, Fraction(0))
    mile = Fraction(1_609_344, 1_000_000)
    places = draw(st.sampled_from((0, 1)))

    def km(value: Fraction) -> tuple[str, Fraction]:
        shown = decimal(value, places)
        return f"{shown}km", Fraction(shown)

    def miles(value: Fraction) -> tuple[str, Fraction]:
        shown = decimal(value / mile, 0)  # a conversion is printed to the whole mile
        return f"{shown} miles", Fraction(shown)

    subject = f"route {tag}"
    where = ("through the hills", "along the coast")
    figures = [
        Figure(
            f"{tag}-km",
            *km(total),
            {"subject": subject, "scope": {"part": "whole"}},
            quote="The {}",
            misprinted=km(total * 3)[0],
            misprinted_number=km(total * 3)[1],
        ),
        Figure(
            f"{tag}-miles",
            *miles(total),
            {"subject": subject, "scope": {"part": "whole"}},
            quote="({}) route",
            misprinted=miles(total * 3)[0],
            misprinted_number=miles(total * 3)[1],
        ),
    ]
    for index, (section, place) in enumerate(zip(sections, where, strict=True)):
        far = section + 3 * total
        figures += [
            Figure(
                f"{tag}-km{index}",
                *km(section),
                {"subject": subject, "scope": {"part": place}},
                quote="runs {}" if index == 0 else "and {}",
                misprinted=km(far)[0],
                misprinted_number=km(far)[1],
            ),
            Figure(
                f"{tag}-miles{index}",
                *miles(section),
                {"subject": subject, "scope": {"part": place}},
                quote="({}) " + place,
                misprinted=miles(far)[0],
                misprinted_number=miles(far)[1],
            ),
        ]
    text = (
        f"The {{{tag}-km}} ({{{tag}-miles}}) route runs {{{tag}-km0}} ({{{tag}-miles0}}) {where[0]} "
        f"and {{{tag}-km1}} ({{{tag}-miles1}}) {where[1]}."
    )
    hierarchy = [
        "[[partition]]",
        'facet = "part"',
        'whole = "whole"',
        f"parts = {json.dumps(list(where))}",
        "",
    ]
    return Scene(text, figures, hierarchy)


@st.composite
def results_scene(draw: Draw, tag: str) -> Scene:
    """A profit or loss as revenue less costs: "The group made a loss of £45m on revenue of £1.2bn, with
    costs of £1.25bn". The claims file states a loss as a negative figure (value = "-£45m")."""
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    revenue = Fraction(draw(st.integers(50, 90_000))) * 10**6 + draw(st.integers(0, 999_999))
    margin = Fraction(draw(st.integers(-300, 300)), 1000)
    result = revenue * margin
    assume(abs(result) >= 10**6)
    costs = revenue - result
    style = draw(st.sampled_from(("short", "words")))
    result_printed = print_money(abs(result), sign, style)
    word = "profit" if result > 0 else "loss"
    value = "{}" if result > 0 else "-{}"
    revenue_printed, costs_printed = print_money(revenue, sign, style), print_money(costs, sign, style)
    wrong = print_money(abs(result) + 3 * revenue, sign, style)
    subject = f"results {tag}"
    figures = [
        Figure(
            f"{tag}-revenue",
            *revenue_printed,
            {"subject": subject, "scope": {"line": "revenue"}},
            quote="revenue of {}",
        ),
        Figure(
            f"{tag}-costs",
            *costs_printed,
            {"subject": subject, "scope": {"line": "costs"}},
            quote="with costs of {}",
        ),
        Figure(
            f"{tag}-result",
            *result_printed,
            {"subject": subject, "scope": {"line": "result"}, "value": value},
            quote=f"{word} of {{}}",
            misprinted=wrong[0],
            misprinted_number=wrong[1],
        ),
    ]
    text = (
        f"The group made a {word} of {{{tag}-result}} on revenue of {{{tag}-revenue}}, with costs of "
        f"{{{tag}-costs}}."
    )
    hierarchy = [
        f"signed = [{json.dumps(subject)}]",
        "",
        "[[partition]]",
        'facet = "line"',
        'whole = "revenue"',
        'parts = ["costs", "result"]',
        "",
    ]
    return Scene(text, figures, hierarchy)


# ------------------------------------------------------------------ scenes a literal checker fails


def print_scaled(shown: Fraction, *, short: bool = False) -> str:
    """A rounded figure as printed: "912,000", "2.3 million" ("2.3m" with ``short``), "5.1bn"."""
    for scale, word, brief in ((10**9, "bn", "bn"), (10**6, " million", "m")):
        if shown >= scale:
            digits = decimal(shown / scale, 2).rstrip("0").rstrip(".")
            return digits + (brief if short else word)
    if shown.denominator != 1:  # "8.8 gallons"
        return decimal(shown, 3).rstrip("0").rstrip(".")
    return grouped(shown)


def significant(value: Fraction, digits: int) -> Fraction:
    """``value`` rounded half up to ``digits`` significant figures."""
    step = Fraction(1)
    while value >= step * 10**digits:
        step *= 10
    while step > Fraction(1, 10**6) and value < step * 10 ** (digits - 1):
        step /= 10
    return floor(value / step + Fraction(1, 2)) * step


#: measures printed with their conversion in brackets: the metric word, the converted word, metric units
#: to one converted unit, the sentence's lead, what is measured, and where its two parts lie
MEASURES = (
    ("tonnes", "lb", Fraction("0.00045359237"), "The port handled", "of grain", ("of wheat", "of barley")),
    (
        "litres",
        "gallons",
        Fraction("4.54609"),
        "The reservoir released",
        "of water",
        ("into the river", "into the canal"),
    ),
    (
        "litres",
        "gallons",
        Fraction("3.785411784"),
        "The plant treated",
        "of waste water",
        ("from homes", "from factories"),
    ),
    (
        "hectares",
        "acres",
        Fraction("0.40468564224"),
        "The fire burned",
        "of forest",
        ("inside the park", "on farmland"),
    ),
    (
        "sq km",
        "sq miles",
        Fraction("2.589988110336"),
        "The flood covered",
        "of land",
        ("in the valley", "by the coast"),
    ),
)


@st.composite
def conversion_scene(draw: Draw, tag: str) -> Scene:
    """A measure with its conversion in brackets, each rounded from the truth: "The port handled about 2.3
    million tonnes (5.1bn lb) of grain: 1.4 million tonnes (3.1bn lb) of wheat and 912,000 tonnes (2bn lb)
    of barley". The metric figure is printed as measured (to the unit, or in millions to a tenth) or behind
    "about" at two or three significant figures; the conversion at two or three significant figures of the
    true figure, as sub-editors convert. "gallons" are imperial in one lead and US in another: both are
    printed as plain "gallons", as British and American papers print them."""
    metric, other, factor, lead, what, where = draw(st.sampled_from(MEASURES))
    scale = draw(st.sampled_from((1, 1000)))
    parts = [Fraction(draw(st.integers(20, 400_000)) * scale) for _ in where]  # below a billion in all
    total = sum(parts, Fraction(0))

    def measured(value: Fraction, style: str) -> tuple[str, Fraction]:
        if style == "about":
            shown = significant(value, draw(st.sampled_from((2, 3))))
            return f"about {print_scaled(shown)} {metric}", shown
        if value >= 10**6:
            shown = Fraction(decimal(value / 10**6, 1)) * 10**6
            return f"{print_scaled(shown)} {metric}", shown
        return f"{grouped(value)} {metric}", value

    def converted(value: Fraction) -> tuple[str, Fraction]:
        shown = significant(value / factor, draw(st.sampled_from((2, 3))))
        return f"{print_scaled(shown, short=True)} {other}", shown

    subject, facet = f"{what.removeprefix('of ')} {tag}", f"part {tag}"
    style = draw(st.sampled_from(("exact", "about")))
    lead_word = lead.split()[-1]
    cells = [("whole", total, f"{lead_word} {{}}", f"({{}}) {what}")]
    cells += [
        (
            place,
            part,
            f"{what.split()[-1]} last year: {{}}" if i == 0 else f"{where[0]} and {{}}",
            f"({{}}) {place}",
        )
        for i, (place, part) in enumerate(zip(where, parts, strict=True))
    ]
    figures = []
    for index, (cell, value, quote, other_quote) in enumerate(cells):
        name = f"{tag}-m{index}"
        printed, wrong = measured(value, style), measured(value * 3 + total, style)
        figures.append(
            Figure(
                name,
                *printed,
                {"subject": subject, "scope": {facet: cell}},
                quote=quote,
                misprinted=wrong[0],
                misprinted_number=wrong[1],
            )
        )
        printed, wrong = converted(value), converted(value * 3 + total)
        figures.append(
            Figure(
                f"{name}-c",
                *printed,
                {"subject": subject, "scope": {facet: cell}},
                quote=other_quote,
                misprinted=wrong[0],
                misprinted_number=wrong[1],
            )
        )
    names = [f"{{{tag}-m{i}}} ({{{tag}-m{i}-c}})" for i in range(3)]
    text = f"{lead} {names[0]} {what} last year: {names[1]} {where[0]} and {names[2]} {where[1]}."
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(facet)}",
        'whole = "whole"',
        f"parts = {json.dumps(list(where))}",
        "",
    ]
    return Scene(text, figures, hierarchy)


@st.composite
def swing_scene(draw: Draw, tag: str) -> Scene:
    """A signed result this year against last: "The group swung to a pre-tax loss of £3.2m from a profit of
    £1.1m a year earlier, a swing of £4.3m, on revenue of £40.1m and costs of £43.3m" (or from a loss back
    to a profit). The claims file states a loss as a negative figure (value = "-£3.2m") and the swing as
    the fall or rise it is (value = "fell by £4.3m")."""
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    revenue = Fraction(draw(st.integers(20, 9_000))) * 10**6 + draw(st.integers(0, 999_999))
    margin = Fraction(draw(st.integers(10, 300)), 1000)
    now = revenue * margin * draw(st.sampled_from((1, -1)))
    before = -now * Fraction(
        draw(st.integers(20, 300)), 100
    )  # the other sign, a fifth to three times as large
    assume(abs(now) >= 10**6 and abs(before) >= 10**6 and abs(now - before) >= 10**6)
    costs = revenue - now
    style = draw(st.sampled_from(("short", "words")))
    # the earlier result: "from a profit of £1.1m", "against a profit of", or as accounts print it
    # in brackets after the year
    against = draw(st.sampled_from(("from", "against", "compared with", "accounts")))
    comma = "" if against == "from" else ","

    def word(value: Fraction) -> str:
        return "profit" if value > 0 else "loss"

    subject, line = f"pre-tax result {tag}", f"line {tag}"
    swing = now - before
    wrong_swing = print_money(abs(swing) + 3 * revenue, sign, style)
    figures = [
        Figure(
            f"{tag}-now",
            *print_money(abs(now), sign, style),
            {
                "subject": subject,
                "scope": {"year": "2024", line: "result"},
                "value": "{}" if now > 0 else "-{}",
            },
            quote=f"pre-tax {word(now)} of {{}}",
            misprinted=print_money(abs(now) + 3 * revenue, sign, style)[0],
            misprinted_number=print_money(abs(now) + 3 * revenue, sign, style)[1],
        ),
        Figure(
            f"{tag}-before",
            *print_money(abs(before), sign, style),
            {
                "subject": subject,
                "scope": {"year": "2023", line: "result"},
                "value": "{}" if before > 0 else "-{}",
            },
            quote=f"{against} a {word(before)} of {{}}"
            if against != "accounts"
            else f"(2023: {word(before)} {{}})",
        ),
        Figure(
            f"{tag}-revenue",
            *print_money(revenue, sign, style),
            {"subject": subject, "scope": {"year": "2024", line: "revenue"}},
            quote="sales of {}",
        ),
        Figure(
            f"{tag}-costs",
            *print_money(costs, sign, style),
            {"subject": subject, "scope": {"year": "2024", line: "costs"}},
            quote="and costs of {}",
        ),
    ]
    swing_words = ""
    if draw(st.booleans()):  # "a swing of £4.3m": the fall (or rise) from last year's result
        printed = print_money(abs(swing), sign, style)
        verb = "rose by {}" if swing > 0 else "fell by {}"
        figures.append(
            Figure(
                f"{tag}-swing",
                printed[0],
                printed[1],  # extraction reads the swing as printed; the value says its way
                {
                    "subject": subject,
                    "scope": {"year": "2024", line: "result"},
                    "of": f"{tag}-before",
                    "value": verb,
                },
                quote="swing of {}",
                misprinted=wrong_swing[0],
                misprinted_number=wrong_swing[1],
            )
        )
        swing_words = f", a swing of {{{tag}-swing}}"
    verb = draw(st.sampled_from(("swung to", "slumped to" if now < 0 else "returned to", "made")))
    earlier = f"{against} a {word(before)} of {{{tag}-before}} a year earlier"
    if against == "accounts":
        earlier, comma = f"(2023: {word(before)} {{{tag}-before}})", ""
    text = (
        f"The group {verb} a pre-tax {word(now)} of {{{tag}-now}}{comma} {earlier}{swing_words}, on sales of "
        f"{{{tag}-revenue}} and costs of {{{tag}-costs}}."
    )
    hierarchy = [
        f"signed = [{json.dumps(subject)}]",
        "",
        "[[partition]]",
        f"facet = {json.dumps(line)}",
        'whole = "revenue"',
        'parts = ["costs", "result"]',
        "",
    ]
    return Scene(text, figures, hierarchy)


DEFICITS = (
    ("deficit", "The budget deficit", "narrowed", "widened"),
    ("loss", "The club's annual loss", "narrowed", "widened"),
    ("shortfall", "The pension fund's shortfall", "shrank", "grew"),
)


@st.composite
def deficit_scene(draw: Draw, tag: str) -> Scene:
    """A deficit (a figure stated positive that is a shortfall) and its change: "The budget deficit narrowed
    by £2.8bn to £12.3bn this year, from £15.1bn a year earlier"; "widened to £5.1m from £3.2m". The
    change is computed from the true figures and rounded: "narrowed by" is a fall of the deficit."""
    noun, lead, smaller, larger = draw(st.sampled_from(DEFICITS))
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    before = Fraction(draw(st.integers(20, 90_000))) * 10**6 + draw(st.integers(0, 999_999))
    now = before * Fraction(draw(st.integers(300, 1_900)), 1000)
    change = now - before
    assume(abs(change) >= 10**6)
    style = draw(st.sampled_from(("short", "words")))
    subject = f"{noun} {tag}"
    verb = larger if change > 0 else smaller
    printed = print_money(abs(change), sign, style)
    wrong = print_money(abs(change) + 3 * (now + before), sign, style)
    figures = [
        Figure(
            f"{tag}-now",
            *print_money(now, sign, style),
            {"subject": subject, "scope": {"year": "2024"}},
            quote="to {} in 2024",
            misprinted=print_money(now * 4 + before, sign, style)[0],
            misprinted_number=print_money(now * 4 + before, sign, style)[1],
        ),
        Figure(
            f"{tag}-before",
            *print_money(before, sign, style),
            {"subject": subject, "scope": {"year": "2023"}},
            quote="from {} in 2023",
        ),
    ]
    form = draw(st.sampled_from(("amount", "percent", "none")))
    if form == "percent":  # "narrowed by 19% to £12.3bn": the ratio of the two years
        places = draw(st.sampled_from((0, 1)))
        shown, number = print_percent(abs(change) / before * 100, places)
        assume(number > 0)
        wrong = print_percent((now * 3 / before) * 100, places)  # this year's figure 3x itself higher
        figures.append(
            Figure(
                f"{tag}-change",
                f"{verb} by {shown}",
                1 + number / 100 if change > 0 else 1 - number / 100,
                {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
                misprinted=f"{larger} by {wrong[0]}",
                misprinted_number=1 + wrong[1] / 100,
            )
        )
        text = f"{lead} {{{tag}-change}} to {{{tag}-now}} in 2024, from {{{tag}-before}} in 2023."
    elif form == "amount":  # "narrowed by £2.8bn to £12.3bn"
        figures.append(
            Figure(
                f"{tag}-change",
                f"{verb} by {printed[0]}",
                printed[1] if change > 0 else -printed[1],
                {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
                misprinted=f"{verb} by {wrong[0]}",
                misprinted_number=wrong[1] if change > 0 else -wrong[1],
            )
        )
        text = f"{lead} {{{tag}-change}} to {{{tag}-now}} in 2024, from {{{tag}-before}} in 2023."
    else:
        figures[0].misprinted = figures[0].misprinted_number = None  # nothing ties the two years
        text = f"{lead} {verb} to {{{tag}-now}} in 2024 from {{{tag}-before}} in 2023."
    return Scene(text, figures)


NESTED = (
    ("nurses", "night nurses", "work nights", "agency night nurses", "are agency staff", "The hospital has"),
    (
        "members",
        "members who voted",
        "voted in the ballot",
        "members who backed the strike",
        "backed a strike",
        "The union has",
    ),
    (
        "households",
        "households with a car",
        "own a car",
        "households with two cars",
        "own two or more",
        "The district has",
    ),
)


def _share_printed(draw: Draw, share: Fraction) -> tuple[str, Fraction, Fraction]:
    """A share as printed (words where they fit, else a percentage to a whole or a tenth): its words, the
    number extraction reads, and the share it names."""
    words = share_words(share)
    if words and draw(st.booleans()):
        text, named = draw(st.sampled_from(words))
        return text, named, named
    text, number = print_percent(share * 100, draw(st.sampled_from((0, 1))))
    return text, number, number / 100


@st.composite
def share_of_share_scene(draw: Draw, tag: str) -> Scene:
    """A share of a share: "The trust employs 4,650 nurses, half of whom work nights; a third of those are
    agency staff, about 780 in all". The second share is of the first share's figure (`of` names it)."""
    group, middle, middle_how, inner, inner_how, lead = draw(st.sampled_from(NESTED))
    size = draw(st.integers(300, 400_000))
    first = draw(st.integers(max(1, size // 20), size - 1))
    second = draw(st.integers(max(1, first // 20), first - 1))
    assume(second >= 1)
    one, two = _share_printed(draw, Fraction(first, size)), _share_printed(draw, Fraction(second, first))
    size_printed, count_printed = _count(draw, Fraction(size)), _count(draw, Fraction(second))
    g, m, i = f"{group} {tag}", f"{middle} {tag}", f"{inner} {tag}"
    # the second share 40 points off, where the group and the count bound it: up needs the count bounded
    # above and the group below (every printed count bounds it below); down, the group bounded above
    wrong = None
    inner_share = Fraction(second, first)
    if inner_share < Fraction(11, 20) and bounded(count_printed):
        wrong = print_percent((inner_share + Fraction(2, 5)) * 100, 0)
    figures = [
        Figure(f"{tag}-group", *size_printed, {"subject": g}, quote=lead.split()[-1] + " {} " + group),
        Figure(
            f"{tag}-first",
            one[0],
            one[1],
            {"subject": m, "of": f"{tag}-group"},
            quote="{} of whom " + middle_how,
        ),
        Figure(
            f"{tag}-second",
            two[0],
            two[1],
            {"subject": i, "of": f"{tag}-first"},
            quote="{} of those " + inner_how,
            misprinted=wrong[0] if wrong else None,
            misprinted_number=wrong[1] if wrong else None,
        ),
        Figure(
            f"{tag}-count",
            *count_printed,
            {"subject": i},
            quote="{} in all",
            # far below the group's share of a share (each bounded below); far above, past the group
            **_wrong(
                _count_style(count_printed[0]),
                Fraction(second, 5),
                draw,
                Fraction(second * 5 + size) if bounded(size_printed) else None,
            ),
        ),
    ]
    text = (
        f"{lead} {{{tag}-group}} {group}, {{{tag}-first}} of whom {middle_how}; {{{tag}-second}} of those "
        f"{inner_how}, {{{tag}-count}} in all."
    )
    hierarchy = []
    for part, whole in ((m, g), (i, m)):
        hierarchy += [
            "[[subset]]",
            'facet = "subject"',
            f"part = {json.dumps(part)}",
            f"of = {json.dumps(whole)}",
            "",
        ]
    return Scene(text, figures, hierarchy)


@st.composite
def turnout_scene(draw: Draw, tag: str) -> Scene:
    """Percentages of different groups: "Of the borough's 61,340 adults, 48,210 are registered to vote.
    Turnout was 62%, with 29,890 ballots cast, the equivalent of 49% of the adult population" (turnout is
    of registered voters, the second share of every adult)."""
    adults = draw(st.integers(2_000, 2_000_000))
    registered = round(adults * Fraction(draw(st.integers(60, 97)), 100))
    votes = round(registered * Fraction(draw(st.integers(20, 85)), 100))
    assume(0 < votes < registered < adults)
    places = draw(st.sampled_from((0, 1)))
    turnout = print_percent(Fraction(votes * 100, registered), places)
    of_adults = print_percent(Fraction(votes * 100, adults), places)
    adults_printed = print_count(
        Fraction(adults), draw(st.sampled_from(("exact", "about", "some"))), draw(st.sampled_from((2, 3)))
    )
    assert adults_printed is not None
    a, r, v = f"adults {tag}", f"registered voters {tag}", f"voters {tag}"
    share = Fraction(votes, registered)
    wrong = print_percent(
        (share + Fraction(2, 5) if share < Fraction(11, 20) else share - Fraction(2, 5)) * 100, places
    )
    wrong_adults = print_percent(Fraction(votes * 100, adults) + 40, places)
    figures = [
        Figure(f"{tag}-adults", *adults_printed, {"subject": a}, quote="{} adults"),
        Figure(
            f"{tag}-registered",
            grouped(registered),
            Fraction(registered),
            {"subject": r},
            quote="{} are registered",
        ),
        Figure(
            f"{tag}-turnout",
            *turnout,
            {"subject": v, "of": f"{tag}-registered"},
            quote="Turnout was {}",
            misprinted=wrong[0],
            misprinted_number=wrong[1],
        ),
        Figure(f"{tag}-votes", grouped(votes), Fraction(votes), {"subject": v}, quote="{} ballots"),
        Figure(
            f"{tag}-of-adults",
            *of_adults,
            {"subject": v, "of": f"{tag}-adults"},
            quote="equivalent of {}",
            misprinted=wrong_adults[0],
            misprinted_number=wrong_adults[1],
        ),
    ]
    text = (
        f"Of the borough's {{{tag}-adults}} adults, {{{tag}-registered}} are registered to vote. Turnout was "
        f"{{{tag}-turnout}}, with {{{tag}-votes}} ballots cast, the equivalent of {{{tag}-of-adults}} of the "
        "adult population."
    )
    hierarchy = []
    for part, whole in ((v, r), (r, a)):
        hierarchy += [
            "[[subset]]",
            'facet = "subject"',
            f"part = {json.dumps(part)}",
            f"of = {json.dumps(whole)}",
            "",
        ]
    return Scene(text, figures, hierarchy)


AREAS = (("the north", "the south"), ("the city", "the suburbs"), ("the east", "the west"))
PER_THOUSAND = (
    ("infant deaths", "live births", "babies were born"),
    ("complaints", "patients", "patients were treated"),
    ("exclusions", "pupils", "pupils were enrolled"),
)


@st.composite
def rates_by_area_scene(draw: Draw, tag: str) -> Scene:
    """Rates per 1,000 over two populations of different sizes, and the rate across both (their weighted
    average, never their sum): "There were 4.2 infant deaths per 1,000 live births in the north, where
    31,220 babies were born, against 3.1 per 1,000 in the south, where 12,410 were born; across the
    region the rate was 3.9 per 1,000"."""
    noun, base, born = draw(st.sampled_from(PER_THOUSAND))
    areas = draw(st.sampled_from(AREAS))
    sizes = [draw(st.integers(2_000, 900_000)) for _ in areas]
    counts = [draw(st.integers(size // 1000 + 1, size // 20)) for size in sizes]
    per = draw(st.sampled_from((1000, 10_000)))
    places = 1

    def rate(count: int, size: int) -> tuple[str, Fraction]:
        shown = decimal(Fraction(count * per, size), places)
        return f"{shown} per {grouped(per)}", Fraction(shown) / per

    events, people, facet = f"{noun} {tag}", f"{base} {tag}", f"area {tag}"
    whole = f"the region {tag}"
    rates = [Fraction(c, s) for c, s in zip(counts, sizes, strict=True)]
    wrong_rate = max(rates) * 3 + Fraction(10, per)
    wrong = rate(int(wrong_rate * 10**9), 10**9)
    figures = []
    for index, (area, size, count) in enumerate(zip(areas, sizes, counts, strict=True)):
        figures += [
            Figure(f"{tag}-rate{index}", *rate(count, size), {"subject": events, "scope": {facet: area}}),
            Figure(
                f"{tag}-size{index}",
                grouped(size),
                Fraction(size),
                {"subject": people, "scope": {facet: area}},
                quote=f"where {{}} {born.split()[0]}" if index == 0 else "where {} were",
            ),
        ]
    figures.append(
        Figure(
            f"{tag}-overall",
            *rate(sum(counts), sum(sizes)),
            {"subject": events},
            quote="rate was {}",
            misprinted=wrong[0],
            misprinted_number=wrong[1],
        )
    )
    r0, r1 = figures[0], figures[2]
    r0.printed = r0.printed.replace(" per ", f" {noun} per ", 1)  # "4.2 infant deaths per 1,000"
    r0.quote, r1.quote = "{} " + base + " in " + areas[0], "against {}"
    text = (
        f"There were {{{tag}-rate0}} {base} in {areas[0]}, where {{{tag}-size0}} {born}, against "
        f"{{{tag}-rate1}} in {areas[1]}, where {{{tag}-size1}} were {born.split()[-1]}; across the "
        f"region the rate was {{{tag}-overall}}."
    )
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(facet)}",
        f"whole = {json.dumps(whole)}",
        f"parts = {json.dumps(list(areas))}",
        "",
        "[[facet]]",
        f"name = {json.dumps(facet)}",
        f"whole = {json.dumps(whole)}",
        "",
        "[[subset]]",
        'facet = "subject"',
        f"part = {json.dumps(events)}",
        f"of = {json.dumps(people)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


@st.composite
def households_scene(draw: Draw, tag: str) -> Scene:
    """Averages that do not add: "The 24,213 households in the north hold 76,950 people, an average of 3.2
    per household; in the south, 18,310 households hold an average of 2.1 people per household, and the
    area's 42,523 households as a whole 2.7 per household". Each average is stated over the households it
    is counted per (`over`), so only the totals add up."""
    areas = draw(st.sampled_from(AREAS))
    homes = [draw(st.integers(500, 400_000)) for _ in areas]
    people = [round(h * Fraction(draw(st.integers(110, 450)), 100)) for h in homes]
    residents, households, facet = f"residents {tag}", f"households {tag}", f"area {tag}"
    whole = f"the area {tag}"

    def average(count: int, size: int, words: str = "per household") -> tuple[str, Fraction]:
        shown = decimal(Fraction(count, size), 1)
        return f"{shown} {words}", Fraction(shown)

    def over(size: int) -> str:
        return f"{grouped(size)} households"

    scopes = [{facet: area} for area in areas]
    figures = [
        Figure(
            f"{tag}-homes0",
            grouped(homes[0]),
            Fraction(homes[0]),
            {"subject": households, "scope": scopes[0]},
            quote="The {} households",
        ),
        Figure(
            f"{tag}-people0",
            grouped(people[0]),
            Fraction(people[0]),
            {"subject": residents, "scope": scopes[0]},
            quote="hold {} people",
        ),
        Figure(
            f"{tag}-average0",
            *average(people[0], homes[0]),
            {"subject": residents, "scope": scopes[0], "over": over(homes[0])},
            quote="{}; in",
            **dict(zip(("misprinted", "misprinted_number"), average(people[0] * 3, homes[0]), strict=True)),
        ),
        Figure(
            f"{tag}-homes1",
            grouped(homes[1]),
            Fraction(homes[1]),
            {"subject": households, "scope": scopes[1]},
            quote="{} households hold an",
        ),
        Figure(
            f"{tag}-average1",
            *average(people[1], homes[1], "people per household"),
            {"subject": residents, "scope": scopes[1], "over": over(homes[1])},
            quote="an average of {}",
        ),
        Figure(
            f"{tag}-homes",
            grouped(sum(homes)),
            Fraction(sum(homes)),
            {"subject": households, "scope": {facet: whole}},
            quote="area's {}",
        ),
        Figure(
            f"{tag}-overall",
            *average(sum(people), sum(homes)),
            {"subject": residents, "scope": {facet: whole}, "over": over(sum(homes))},
            quote="whole {}",
            **dict(
                zip(("misprinted", "misprinted_number"), average(sum(people) * 3, sum(homes)), strict=True)
            ),
        ),
    ]
    text = (
        f"The {{{tag}-homes0}} households in {areas[0]} hold {{{tag}-people0}} people, an average of "
        f"{{{tag}-average0}}; "
        f"in {areas[1]}, {{{tag}-homes1}} households hold an average of {{{tag}-average1}}, and the area's "
        f"{{{tag}-homes}} households as a whole {{{tag}-overall}}."
    )
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(facet)}",
        f"whole = {json.dumps(whole)}",
        f"parts = {json.dumps(list(areas))}",
        "",
    ]
    return Scene(text, figures, hierarchy)


PARTIES = (
    ("Labour", "the Conservatives", "Reform", "the Liberal Democrats"),
    ("the Democrats", "the Republicans", "independents"),
    ("Yes", "No"),
)


@st.composite
def poll_shares_scene(draw: Draw, tag: str) -> Scene:
    """Poll shares of one sample, each rounded to a whole per cent, so they add to 99% or 101% as often as
    to 100%: "A poll of 2,013 adults put Labour on 41%, the Conservatives on 33%, Reform on 12% and the
    Liberal Democrats on 10%, with 5% undecided"."""
    parties = [*draw(st.sampled_from(PARTIES)), "undecided"]
    sample = draw(st.integers(300, 5_000))
    cuts = sorted(
        draw(
            st.lists(
                st.integers(1, sample - 1), min_size=len(parties) - 1, max_size=len(parties) - 1, unique=True
            )
        )
    )
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, sample], strict=True)]
    places = draw(st.sampled_from((0, 0, 1)))
    backers, facet, whole = f"backers {tag}", f"party {tag}", f"all respondents {tag}"
    figures = [
        Figure(
            f"{tag}-sample",
            grouped(sample),
            Fraction(sample),
            {"subject": backers, "scope": {facet: whole}},
            quote="poll of {}",
        )
    ]
    listed = []
    on = draw(st.booleans())  # "put Labour on 41%", or a list: "Labour 41%, the Conservatives 33%"
    for index, (party, count) in enumerate(zip(parties, counts, strict=True)):
        share = Fraction(count * 100, sample)
        wrong = print_percent(share + 40 if share < 55 else share - 40, places)
        figures.append(
            Figure(
                f"{tag}-p{index}",
                *print_percent(share, places),
                {"subject": backers, "scope": {facet: party}, "of": f"{tag}-sample"},
                quote=(f"{party} on {{}}" if on else f"{party} {{}}")
                if party != "undecided"
                else "{} undecided",
                misprinted=wrong[0],
                misprinted_number=wrong[1],
            )
        )
        if party != "undecided":
            listed.append(f"{party} on {{{tag}-p{index}}}" if on else f"{party} {{{tag}-p{index}}}")
    undecided = f"{{{tag}-p{len(parties) - 1}}} undecided"
    text = (
        f"A poll of {{{tag}-sample}} adults put "
        + ", ".join(listed[:-1])
        + f" and {listed[-1]}, with {undecided}."
        if on
        else f"The poll of {{{tag}-sample}} adults: " + ", ".join(listed) + f"; {undecided}."
    )
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(facet)}",
        f"whole = {json.dumps(whole)}",
        f"parts = {json.dumps(parties)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


#: a level against an earlier one, as a careful reporter words the ratio: (words, the factor they name, when
#: the words fit the true ratio)
LEVEL_WORDS = (
    ("less than half the level of", Fraction(1, 2), lambda r: Fraction(2, 5) <= r < Fraction(1, 2)),
    ("about half the level of", Fraction(1, 2), lambda r: abs(r - Fraction(1, 2)) <= Fraction(1, 40)),
    ("a third lower than in", Fraction(2, 3), lambda r: abs(r - Fraction(2, 3)) <= Fraction(1, 100)),
    ("a quarter lower than in", Fraction(3, 4), lambda r: abs(r - Fraction(3, 4)) <= Fraction(1, 100)),
    ("a fifth lower than in", Fraction(4, 5), lambda r: abs(r - Fraction(4, 5)) <= Fraction(1, 100)),
    ("a fifth higher than in", Fraction(6, 5), lambda r: abs(r - Fraction(6, 5)) <= Fraction(1, 100)),
    ("a fifth more than in", Fraction(6, 5), lambda r: abs(r - Fraction(6, 5)) <= Fraction(1, 100)),
    ("a quarter fewer than in", Fraction(3, 4), lambda r: abs(r - Fraction(3, 4)) <= Fraction(1, 100)),
    ("a third higher than in", Fraction(4, 3), lambda r: abs(r - Fraction(4, 3)) <= Fraction(1, 100)),
    ("twice the level of", Fraction(2), lambda r: abs(r - 2) <= Fraction(1, 20)),
    ("more than twice the level of", Fraction(2), lambda r: 2 < r <= Fraction(11, 5)),
    ("three times the level of", Fraction(3), lambda r: abs(r - 3) <= Fraction(3, 40)),
)
LEVELS = (
    ("burglaries", "Police recorded", "were recorded"),
    ("fly-tipping incidents", "Councils recorded", "were recorded"),
    ("emergency admissions", "Hospitals logged", "were logged"),
)


@st.composite
def levels_scene(draw: Draw, tag: str) -> Scene:
    """A level as a fraction or multiple of an earlier one: "Police recorded 41,200 burglaries last year,
    a fifth higher than in 2015, when 34,400 were recorded"; "less than half the level of 1990"."""
    noun, lead, passive = draw(st.sampled_from(LEVELS))
    before = draw(st.integers(100, 900_000))
    ratio = Fraction(draw(st.integers(380, 3300)), 1000)
    now = round(before * ratio)
    assume(now > 0)
    ratio = Fraction(now, before)
    fits = [(words, factor) for words, factor, fit in LEVEL_WORDS if fit(ratio)]
    if Fraction(1, 2) <= ratio <= Fraction(3, 2) and ratio != 1:  # "18% more than in 2015"
        shown = decimal(abs(ratio - 1) * 100, 0)
        more = "more" if ratio > 1 else draw(st.sampled_from(("fewer", "lower")))
        if Fraction(shown) > 0:
            fits.append((f"{shown}% {more} than in", 1 + Fraction(shown) / 100 * (1 if ratio > 1 else -1)))
    assume(fits)
    words, factor = draw(st.sampled_from(fits))
    now_printed, before_printed = _count(draw, Fraction(now)), _count(draw, Fraction(before))
    year = draw(st.sampled_from(("1990", "2005", "2015")))
    subject = f"{noun} {tag}"
    words = words.replace(" in", f" in {year},") if words.endswith(" in") else f"{words} {year},"
    lower_only = words.startswith("more than")
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="{} " + noun.split()[0],
            # far below needs the ratio bounded below ("less than half" is not); far above, the ratio
            # and the earlier level bounded above
            **_wrong(
                _count_style(now_printed[0]),
                None if words.startswith("less than") else Fraction(now, 5),
                draw,
                Fraction(now * 5) if bounded(before_printed) and not lower_only else None,
            ),
        ),
        Figure(
            f"{tag}-ratio",
            words.removesuffix(","),
            factor,
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
        ),
        Figure(
            f"{tag}-before",
            *before_printed,
            {"subject": subject, "scope": {"year": year}},
            quote="when {} " + passive,
        ),
    ]
    streak = draw(
        st.sampled_from(("", ", the third fall in a row" if ratio < 1 else ", the fourth rise in a row"))
    )
    text = f"{lead} {{{tag}-now}} {noun} last year{streak}, {{{tag}-ratio}}, when {{{tag}-before}} {passive}."
    return Scene(text, figures)


#: a rise over several years, as reporters word it, with the factor each names and when it fits
SINCE_WORDS = (
    ("doubled", Fraction(2), lambda r: abs(r - 2) <= Fraction(1, 20)),
    ("more than doubled", Fraction(2), lambda r: 2 < r <= Fraction(11, 5)),
    ("nearly doubled", Fraction(2), lambda r: Fraction(19, 10) <= r < 2),
    ("tripled", Fraction(3), lambda r: abs(r - 3) <= Fraction(3, 40)),
    ("risen by half", Fraction(3, 2), lambda r: abs(r - Fraction(3, 2)) <= Fraction(1, 50)),
    ("risen by a third", Fraction(4, 3), lambda r: abs(r - Fraction(4, 3)) <= Fraction(1, 50)),
    ("risen by a quarter", Fraction(5, 4), lambda r: abs(r - Fraction(5, 4)) <= Fraction(1, 50)),
    ("fallen by a fifth", Fraction(4, 5), lambda r: abs(r - Fraction(4, 5)) <= Fraction(1, 50)),
    ("halved", Fraction(1, 2), lambda r: abs(r - Fraction(1, 2)) <= Fraction(1, 80)),
)


def _since_words(draw: Draw, ratio: Fraction) -> tuple[str, Fraction]:
    """Words for a rise or fall over several years: "doubled", "risen by a third", or "risen by 46%"."""
    fits = [(words, factor) for words, factor, fit in SINCE_WORDS if fit(ratio)]
    change = (ratio - 1) * 100
    shown = decimal(abs(change), 0)
    fits.append(
        (
            f"{'risen' if change >= 0 else 'fallen'} by {shown}%",
            1 + Fraction(shown) / 100 if change >= 0 else 1 - Fraction(shown) / 100,
        )
    )
    return draw(st.sampled_from(fits))


@st.composite
def since_scene(draw: Draw, tag: str) -> Scene:
    """Changes over time beyond one step, each measured from the same base year: "Visitor numbers have
    doubled since 2010 to 2.4 million, having risen by a third in the five years to 2015, when 1.6 million
    came; in 2010, 1.2 million visited"."""
    base = draw(st.integers(1_000, 900_000))
    middle = round(base * Fraction(draw(st.integers(700, 1600)), 1000))
    now = round(base * Fraction(draw(st.integers(450, 3200)), 1000))
    assume(middle > 0 and now > 0)
    overall, first = _since_words(draw, Fraction(now, base)), _since_words(draw, Fraction(middle, base))
    subject = f"visitors {tag}"
    printed = {
        name: _count(draw, Fraction(value))
        for name, value in (("now", now), ("middle", middle), ("base", base))
    }
    overall_words = overall[0]
    figures = [
        Figure(
            f"{tag}-overall",
            overall_words,
            overall[1],
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-base"},
            quote="have {}",
        ),
        Figure(
            f"{tag}-now",
            *printed["now"],
            {"subject": subject, "scope": {"year": "2024"}},
            quote="to {}, having",
        ),
        Figure(
            f"{tag}-first",
            first[0],
            first[1],
            {"subject": subject, "scope": {"year": "2015"}, "of": f"{tag}-base"},
            quote="having {}",
        ),
        Figure(
            f"{tag}-middle",
            *printed["middle"],
            {"subject": subject, "scope": {"year": "2015"}},
            quote="when {} came",
            # far above where the base bounds it above; a "more than" figure moved down says nothing
            **_wrong(
                _count_style(printed["middle"][0]),
                Fraction(middle, 5),
                draw,
                Fraction(middle * 5) if bounded(printed["base"]) else None,
            ),
        ),
        Figure(
            f"{tag}-base",
            *printed["base"],
            {"subject": subject, "scope": {"year": "2010"}},
            quote="in 2010, {}",  # a year before the figure labels it,
        ),
    ]
    text = (
        f"Visitor numbers have {{{tag}-overall}} since 2010 to {{{tag}-now}}, having {{{tag}-first}} in the "
        f"five years to 2015, when {{{tag}-middle}} came; in 2010, {{{tag}-base}} visited."
    )
    return Scene(text, figures)


PLAYERS = (("striker", "captain"), ("centre", "coach"), ("goalkeeper", "understudy"))


def feet_inches(inches: int) -> str:
    """A height as printed in feet and inches: "6ft 2in", "6ft"."""
    feet, rest = divmod(inches, 12)
    return f"{feet}ft {rest}in" if rest else f"{feet}ft"


def _feet_number(inches: int) -> Fraction:
    """What a reader reads in a height printed in feet and inches: inches, or feet for whole feet."""
    return Fraction(inches) if inches % 12 else Fraction(inches // 12)


@st.composite
def height_scene(draw: Draw, tag: str) -> Scene:
    """Heights in feet and inches with metres in brackets, and the difference between them: "At 6ft 2in
    (1.88m), the striker is 3in taller than his captain, who stands 5ft 11in (1.80m)". Each height is
    measured to the centimetre and printed to the inch, and in metres to the centimetre."""
    one, other = draw(st.sampled_from(PLAYERS))
    tall = draw(st.integers(165, 215))
    short = draw(st.integers(150, tall - 3))
    inch = Fraction(254, 100)

    def printed(cm: int) -> tuple[int, str, str]:
        inches = floor(cm / inch + Fraction(1, 2))
        return inches, feet_inches(inches), f"{decimal(Fraction(cm, 100), 2)}m"

    (tall_in, tall_ft, tall_m), (short_in, short_ft, short_m) = printed(tall), printed(short)
    gap_in = floor((tall - short) / inch + Fraction(1, 2))
    assume(gap_in > 0)
    unit = "in" if draw(st.booleans()) else (" inch" if gap_in == 1 else " inches")
    subject = f"height {tag}"
    wrong_in = tall_in + 12
    figures = [
        Figure(
            f"{tag}-tall",
            tall_ft,
            _feet_number(tall_in),
            {"subject": subject, "scope": {"player": one}},
            quote="At {}",
            misprinted=feet_inches(wrong_in),
            misprinted_number=Fraction(wrong_in),
        ),
        Figure(
            f"{tag}-tall-m",
            tall_m,
            Fraction(tall, 100),
            {"subject": subject, "scope": {"player": one}},
            quote="({}), the",
            # 15cm off: beyond the inch it was printed to, and the metres' own rounding (to 0.1m at most)
            misprinted=f"{decimal(Fraction(tall + 15, 100), 2)}m",
            misprinted_number=Fraction(tall + 15, 100),
        ),
        Figure(
            f"{tag}-gap",
            f"{gap_in}{unit} taller",
            Fraction(gap_in),
            {"subject": subject, "scope": {"player": one}, "of": f"{tag}-short"},
            quote="is {} than",
            misprinted=f"{gap_in + 12}{' inches' if unit != 'in' else unit} taller",
            misprinted_number=Fraction(gap_in + 12),
        ),
        Figure(
            f"{tag}-short",
            short_ft,
            _feet_number(short_in),
            {"subject": subject, "scope": {"player": other}},
            quote="stands {}",
        ),
        Figure(
            f"{tag}-short-m",
            short_m,
            Fraction(short, 100),
            {"subject": subject, "scope": {"player": other}},
            quote="({}).",
        ),
    ]
    text = (
        f"At {{{tag}-tall}} ({{{tag}-tall-m}}), the {one} is {{{tag}-gap}} than the {other}, who stands "
        f"{{{tag}-short}} ({{{tag}-short-m}})."
    )
    return Scene(text, figures)


#: a compound change as reporters print it: "risen 10% a year for three years"
YEARS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@st.composite
def compound_scene(draw: Draw, tag: str) -> Scene:
    """A change a year over several years, compounded: "House prices have risen 10% a year for three years,
    to £312,000, from £234,000 in 2021" (the rate is the yearly rate that takes the earlier figure to the
    later, rounded to a whole per cent): the change compounds, 1.1 x 1.1 x 1.1.
    """
    years = draw(st.sampled_from(sorted(YEARS)))
    before = draw(st.integers(50_000, 900_000))
    rate = Fraction(draw(st.integers(20, 150)), 1000)
    now = round(before * (1 + rate) ** years)
    shown = decimal(rate * 100, 0)
    assume(Fraction(shown) > 0)
    subject = f"house prices {tag}"
    verb = draw(st.sampled_from(("risen", "grown", "climbed")))
    span = draw(
        st.sampled_from(
            ("for {} years", "over {} years", "for {} consecutive years", "in each of the past {} years")
        )
    )
    wrong = round(before * (1 + rate) ** years * 3)
    figures = [
        Figure(
            f"{tag}-change",
            f"{verb} {shown}% a year {span.format(YEARS[years])}",
            (1 + Fraction(shown) / 100) ** years,
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
        ),
        Figure(
            f"{tag}-now",
            f"£{grouped(now)}",
            Fraction(now),
            {"subject": subject, "scope": {"year": "2024"}},
            quote="to {}, from",
            misprinted=f"£{grouped(wrong)}",
            misprinted_number=Fraction(wrong),
        ),
        Figure(
            f"{tag}-before",
            f"£{grouped(before)}",
            Fraction(before),
            {"subject": subject, "scope": {"year": str(2024 - years)}},
            quote="from {} in",
        ),
    ]
    text = f"House prices have {{{tag}-change}}, to {{{tag}-now}}, from {{{tag}-before}} in {2024 - years}."
    return Scene(text, figures)


# --------------------------------------------------------------- scenes that hunt false conflicts


#: numbers a reporter spells out: "six more than Monday's 37"
NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
}
#: a running toll: what is counted, the sentence's subject, and how the first day's figure is said
TOLLS = (
    ("deaths", "The death toll", "deaths had been confirmed"),
    ("cases", "The number of confirmed cases", "cases had been recorded"),
    ("arrests", "The number of arrests", "arrests had been made"),
)


@st.composite
def toll_scene(draw: Draw, tag: str) -> Scene:
    """A running toll over updates, each figure the total so far: "The death toll rose to 43 on Tuesday, six
    more than Monday's 37, and has more than doubled since Friday, when 19 deaths had been confirmed";
    "rose to at least 43"; "stood at 43 on Tuesday, up six on Monday's 37"; "rose to 43 on Tuesday from 37
    on Monday, with six new deaths reported in a day". The claims file declares the day a cumulative facet
    (a toll only grows) in its order (Friday comes before Monday here) and a day's new figures the
    difference from the day before (value = "6 more")."""
    noun, lead, confirmed = draw(st.sampled_from(TOLLS))
    first = draw(st.integers(1, 20_000))
    middle = first + draw(st.integers(0, 2 * first + 20))
    latest = middle + draw(st.integers(1, middle // 2 + 20))
    subject, facet = f"{noun} {tag}", f"day {tag}"
    exact = draw(st.booleans())  # "rose to 43", or "rose to at least 43" (the count confirmed so far)
    difference = latest - middle

    def spelt(value: int) -> str:
        return NUMBER_WORDS[value] if value in NUMBER_WORDS and draw(st.booleans()) else grouped(value)

    form = draw(st.sampled_from(("more than", "up", "new")))
    far = difference + 3 * latest + 10  # a difference no reading of the toll allows, where it is exact
    scope = {"Friday": {facet: "Friday"}, "Monday": {facet: "Monday"}, "Tuesday": {facet: "Tuesday"}}
    change = Figure(
        f"{tag}-new",
        f"{spelt(difference)} more than",
        Fraction(difference),
        {"subject": subject, "scope": scope["Tuesday"], "of": f"{tag}-monday"},
        misprinted=f"{grouped(far)} more than" if exact else None,
        misprinted_number=Fraction(far),
    )
    latest_words = grouped(latest) if exact else f"at least {grouped(latest)}"
    figures = [
        Figure(
            f"{tag}-tuesday",
            latest_words,
            Fraction(latest),
            {"subject": subject, "scope": scope["Tuesday"]},
            quote="{} on Tuesday",
            # below Monday's toll, which it only grows from (a lower bound moved down says nothing)
            misprinted=grouped(middle // 2) if exact and middle >= 2 else None,
            misprinted_number=Fraction(middle // 2),
        ),
        change,
        Figure(
            f"{tag}-monday",
            grouped(middle),
            Fraction(middle),
            {"subject": subject, "scope": scope["Monday"]},
            quote="Monday's {}" if form != "new" else "{} on Monday",
            misprinted=grouped(latest * 3 + 10) if exact else None,  # above Tuesday's toll
            misprinted_number=Fraction(latest * 3 + 10),
        ),
    ]
    if form == "more than":  # "rose to 43 on Tuesday, six more than Monday's 37"
        text = f"{lead} rose to {{{tag}-tuesday}} on Tuesday, {{{tag}-new}} Monday's {{{tag}-monday}}"
    elif form == "up":  # "stood at 43 on Tuesday, up six on Monday's 37"
        change.printed = f"up {spelt(difference)}"
        change.misprinted = f"up {grouped(far)}" if exact else None
        text = f"{lead} stood at {{{tag}-tuesday}} on Tuesday, {{{tag}-new}} on Monday's {{{tag}-monday}}"
    else:  # "with six new deaths reported in a day": the claims file says what the new figure adds to
        change.printed = spelt(difference)
        change.misprinted = grouped(far) if exact else None
        change.quote = "{} new"
        change.entry["value"] = "{} more"
        text = (
            f"{lead} rose to {{{tag}-tuesday}} on Tuesday from {{{tag}-monday}} on Monday, with "
            f"{{{tag}-new}} new {noun} reported in a day"
        )
    # since Friday: "has more than doubled", "has nearly tripled" (the ratio of the tolls, as printed)
    words = [(word, factor) for word, factor in change_words(Fraction(latest, first)) if "led" in word]
    friday = Figure(
        f"{tag}-friday",
        grouped(first),
        Fraction(first),
        {"subject": subject, "scope": scope["Friday"]},
        quote="when {}",
        misprinted=grouped(latest * 5 + 10) if exact else None,  # above every later toll
        misprinted_number=Fraction(latest * 5 + 10),
    )
    figures.append(friday)
    if words and draw(st.booleans()):
        word, factor = draw(st.sampled_from(words))
        figures.append(
            Figure(
                f"{tag}-since",
                word,
                factor,
                {"subject": subject, "scope": scope["Tuesday"], "of": f"{tag}-friday"},
                quote="has {}",
            )
        )
        text += f", and has {{{tag}-since}} since Friday, when {{{tag}-friday}} {confirmed}."
    else:
        friday.quote = "stood at {} on Friday"
        text += f". The count stood at {{{tag}-friday}} on Friday."
    # the days in order, as the docs ask where they wrap round a weekend (Monday-first they would not)
    order = 'order = ["Friday", "Monday", "Tuesday"]'
    hierarchy = ["[[facet]]", f"name = {json.dumps(facet)}", "cumulative = true", order, ""]
    return Scene(text, figures, hierarchy)


#: a multiple as reporters word it, valued by its factor: (words, the factors they may name, when they fit)
TIMES = {3: "three", 4: "four", 5: "five"}


def times_words(ratio: Fraction) -> list[tuple[str, Fraction]]:
    """The words a reporter may use for a ratio of counts, each with the (least) factor it names: "three
    times more than" or "three times higher than" for three times as many or four (careful readers take
    it either way; within 5% of either), "a threefold increase on" within 2.5% of three, "half as many as"
    within 1.25% of a half, "a third more than", "a fifth fewer than", "a quarter fewer than" within 2
    points, "three times fewer than" within 5% of a third."""
    found = []
    for factor, word in TIMES.items():
        if abs(ratio - factor) <= Fraction(factor, 20) or abs(ratio - factor - 1) <= Fraction(factor + 1, 20):
            found += [
                (f"{word} times more than", Fraction(factor)),
                (f"{word} times higher than", Fraction(factor)),
            ]
        if abs(ratio - factor) <= Fraction(factor, 40):
            found.append((f"a {word}fold increase on", Fraction(factor)))
        if abs(ratio * factor - 1) <= Fraction(1, 20):  # "three times fewer than": a third
            found.append((f"{word} times fewer than", Fraction(1, factor)))
    for word, factor, reach in (
        ("half as many as", Fraction(1, 2), Fraction(1, 80)),
        ("a third more than", Fraction(4, 3), Fraction(1, 50)),
        ("a fifth fewer than", Fraction(4, 5), Fraction(1, 50)),
        ("a quarter fewer than", Fraction(3, 4), Fraction(1, 50)),
        ("a third fewer than", Fraction(2, 3), Fraction(1, 50)),
    ):
        if abs(ratio - factor) <= reach:
            found.append((word, factor))
    return found


TIMES_COUNTED = (
    ("fraud reports", "Police received", "were received"),
    ("cyclists", "Counters recorded", "were recorded"),
    ("complaints", "The regulator received", "were made"),
)


@st.composite
def times_scene(draw: Draw, tag: str) -> Scene:
    """A count as a multiple of an earlier one, in the words reporters use loosely: "Police received 4,120
    fraud reports last year, three times more than in 2019, when 1,030 were received" (three times as many
    or four: either reading passes); "a threefold increase on 2019"; "half as many as in 2019"; "a fifth
    fewer than in 2019"."""
    noun, lead, passive = draw(st.sampled_from(TIMES_COUNTED))
    before = draw(st.integers(20, 50_000))
    # near a factor the words name (within 4%), so that words fit nearly every draw
    near = draw(
        st.sampled_from(
            (
                3,
                4,
                5,
                6,
                Fraction(1, 2),
                Fraction(4, 3),
                Fraction(4, 5),
                Fraction(3, 4),
                Fraction(1, 3),
                Fraction(1, 5),
            )
        )
    )
    ratio = near * (1 + Fraction(draw(st.integers(-40, 40)), 1000))
    now = round(before * ratio)
    assume(now > 0)
    fits = times_words(Fraction(now, before))
    assume(fits)
    words, factor = draw(st.sampled_from(fits))
    now_printed, before_printed = _count(draw, Fraction(now)), _count(draw, Fraction(before))
    subject = f"{noun} {tag}"
    year = "on 2019" if words.endswith(" on") else "in 2019"
    printed = words.removesuffix(" on")
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="{} " + noun,
            # far below needs the earlier count bounded below (every printed count is); far above, above
            **_wrong(
                _count_style(now_printed[0]),
                Fraction(now, 8),
                draw,
                Fraction(now * 8) if bounded(before_printed) else None,
            ),
        ),
        Figure(
            f"{tag}-ratio",
            printed,
            factor,
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            quote="{} " + year.split(maxsplit=1)[0],
        ),
        Figure(
            f"{tag}-before",
            *before_printed,
            {"subject": subject, "scope": {"year": "2019"}},
            quote="when {} " + passive,
            # far below needs the count now bounded below (every printed count is); far above, above
            **_wrong(
                _count_style(before_printed[0]),
                Fraction(before, 8),
                draw,
                Fraction(before * 8) if bounded(now_printed) else None,
            ),
        ),
    ]
    text = f"{lead} {{{tag}-now}} {noun} last year, {{{tag}-ratio}} {year}, when {{{tag}-before}} {passive}."
    return Scene(text, figures)


#: a figure as a share of a whole printed beside it: the part's subject, the whole's, and the sentence, with
#: the least and most share the part may be of the whole, and the whole's least and most (in millions)
WHOLES = (
    (
        "public debt",
        "GDP",
        "Public debt stood at {part}, or {share} of GDP of {whole}.",
        (30, 130),
        (150_000, 3_000_000),
    ),
    (
        "defence spending",
        "GDP",
        "Defence spending will reach {part} next year, equivalent to {share} of a GDP of {whole}.",
        (1, 6),
        (150_000, 3_000_000),
    ),
    (
        "spending on social care",
        "the council's budget",
        "The council will spend {part} on social care, {share} of its {whole} budget.",
        (5, 60),
        (50, 20_000),
    ),
)


@st.composite
def share_of_whole_scene(draw: Draw, tag: str) -> Scene:
    """A figure as a share of a whole printed beside it: "Public debt stood at £2.6trn, or 98% of GDP of
    £2.65trn"; "spend £240m on social care, a fifth of its £1.2bn budget". Each amount is printed rounded
    and the share is computed from the true figures, then rounded (or put in words); a share may pass 100%
    (debt above GDP)."""
    part_subject, whole_subject, sentence, (least, most), (small, large) = draw(st.sampled_from(WHOLES))
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    style = draw(st.sampled_from(("short", "words")))
    whole = Fraction(draw(st.integers(small, large))) * 10**6 + draw(st.integers(0, 999_999))
    share = Fraction(draw(st.integers(least * 10, most * 10)), 1000)
    part = whole * share
    assume(part >= 10**6)
    words = share_words(share) if share < 1 else []
    if words and draw(st.booleans()):
        share_printed: tuple[str, Fraction] = draw(st.sampled_from(words))
        share_number = share_printed[1]
    else:
        share_printed = print_percent(share * 100, draw(st.sampled_from((0, 1))))
        share_number = share_printed[1]
    # 40 points off, as a percentage: the two amounts are printed to their last digit and bound it
    wrong_share = print_percent(
        (share + Fraction(2, 5) if share < Fraction(3, 5) else share - Fraction(2, 5)) * 100, 0
    )
    part_printed, whole_printed = print_money(part, sign, style), print_money(whole, sign, style)
    wrong_part = print_money(part * 3 + whole, sign, style)
    p, w, s = f"{part_subject} {tag}", f"{whole_subject} {tag}", f"{tag}-share"
    words_at = sentence.split("{share}")[0].split()[-1]  # "or", "to", the word before the share
    figures = [
        Figure(
            f"{tag}-part",
            *part_printed,
            {"subject": p},
            quote=sentence.split("{part}")[0].split()[-1] + " {}",
            misprinted=wrong_part[0],
            misprinted_number=wrong_part[1],
        ),
        Figure(
            s,
            share_printed[0],
            share_number,
            {"subject": p, "of": f"{tag}-whole"},
            quote=words_at + " {}",
            misprinted=wrong_share[0],
            misprinted_number=wrong_share[1],
        ),
        Figure(
            f"{tag}-whole",
            *whole_printed,
            {"subject": w},
            quote=sentence.split("{whole}")[0].split()[-1] + " {}",
        ),
    ]
    text = sentence.format(part=f"{{{tag}-part}}", share=f"{{{s}}}", whole=f"{{{tag}-whole}}")
    return Scene(text, figures)


#: groups compared by how likely each is to do something: the two groups, what they do, and the subject
LIKELY = (
    ("men", "women", "to smoke", "smokers"),
    ("renters", "homeowners", "to have moved in the past year", "movers"),
    ("pupils in the north", "pupils in the south", "to be persistently absent", "absentees"),
)


def likely_words(ratio: Fraction) -> list[tuple[str, Fraction]]:
    """How a reporter words the ratio of two groups' rates: "twice as likely as" within 5% of two, "three
    times more likely than" within 5% of three or four (either reading), "half as likely as", "a third more
    likely than" within 2 points, each with the (least) factor it names."""
    found = []
    for factor, word in ((2, "twice"), *((factor, f"{word} times") for factor, word in TIMES.items())):
        if abs(ratio - factor) <= Fraction(factor, 20):
            found.append((f"{word} as likely as", Fraction(factor)))
        near = abs(ratio - factor) <= Fraction(factor, 20) or abs(ratio - factor - 1) <= Fraction(
            factor + 1, 20
        )
        if factor > 2 and near:
            found.append((f"{word} more likely than", Fraction(factor)))
    for word, factor in (("half as likely as", Fraction(1, 2)), ("a third more likely than", Fraction(4, 3))):
        if abs(ratio - factor) <= Fraction(1, 50):
            found.append((word, factor))
    return found


@st.composite
def likely_scene(draw: Draw, tag: str) -> Scene:
    """Rates of two groups and their ratio, or a risk cut in relative and absolute terms, or shares of two
    different bases: "Men were twice as likely as women to smoke: 12% of men did, against 6% of women";
    "The drug cut the risk of a stroke by half, from 2.1% in the placebo group to 1.0% among those who
    took it, a fall of 1.1 percentage points"; "Women make up 40% of the 1,200 staff but 25% of its 96
    managers". Each share is of its own group's total (no ``of``); the ratio and the fall name the other
    group's claim. Shares of different bases bound nothing about each other (25% of managers says nothing
    about 40% of staff): only a misprinted count of managers above the staff is a misprint a reader could
    prove."""
    form = draw(st.sampled_from(("likely", "risk", "bases")))
    places = draw(st.sampled_from((0, 1)))
    if form == "likely":
        return draw(_likely(tag, places))
    if form == "risk":
        return draw(_risk(tag, places))
    return draw(_bases(tag, places))


@st.composite
def _likely(draw: Draw, tag: str, places: int) -> Scene:
    one, other, doing, noun = draw(st.sampled_from(LIKELY))
    sizes = [draw(st.integers(200, 20_000)) for _ in range(2)]
    # the first group's rate near a multiple the words name (within 4%) of the second's
    near = draw(st.sampled_from((2, 3, 4, 5, 6, Fraction(1, 2), Fraction(4, 3))))
    ratio = near * (1 + Fraction(draw(st.integers(-40, 40)), 1000))
    second = draw(st.integers(sizes[1] // 50 + 1, max(sizes[1] // 50 + 1, floor(sizes[1] * 19 / 20 / ratio))))
    counts = [round(sizes[0] * ratio * second / sizes[1]), second]
    assume(0 < counts[0] < sizes[0])
    shares = [Fraction(c * 100, s) for c, s in zip(counts, sizes, strict=True)]
    fits = likely_words(shares[0] / shares[1])
    assume(fits)
    words, factor = draw(st.sampled_from(fits))
    printed = [print_percent(share, places) for share in shares]
    assume(all(number > 0 for _, number in printed))
    subject, facet = f"{noun} {tag}", f"group {tag}"
    first = shares[0]
    wrong = print_percent(first + 40 if first < 55 else first - 40, places)
    figures = [
        Figure(
            f"{tag}-ratio",
            words,
            factor,
            {"subject": subject, "scope": {facet: one}, "of": f"{tag}-other"},
            quote="were {}",
        ),
        Figure(
            f"{tag}-one",
            *printed[0],
            {"subject": subject, "scope": {facet: one}},
            quote="{} of " + one,
            misprinted=wrong[0],
            misprinted_number=wrong[1],
        ),
        Figure(
            f"{tag}-other", *printed[1], {"subject": subject, "scope": {facet: other}}, quote="against {}"
        ),
    ]
    text = (
        f"{one.capitalize()} were {{{tag}-ratio}} {other} {doing}: {{{tag}-one}} of {one} did, against "
        f"{{{tag}-other}} of {other}."
    )
    return Scene(text, figures)


#: relative cuts in a risk as reporters word them, with the factor each leaves and how near it must be
RISK_CUTS = (
    ("by half", Fraction(1, 2), Fraction(1, 80)),
    ("by a third", Fraction(2, 3), Fraction(1, 50)),
    ("by a quarter", Fraction(3, 4), Fraction(1, 50)),
)


@st.composite
def _risk(draw: Draw, tag: str, places: int) -> Scene:
    arms = [draw(st.integers(500, 20_000)) for _ in range(2)]
    events = [draw(st.integers(arm // 200 + 1, arm // 4)) for arm in arms]
    risks = [Fraction(e * 100, a) for e, a in zip(events, arms, strict=True)]
    assume(risks[1] < risks[0])
    ratio = risks[1] / risks[0]
    cuts = [(words, factor) for words, factor, reach in RISK_CUTS if abs(ratio - factor) <= reach]
    percent = decimal((1 - ratio) * 100, 0)
    cuts.append((f"by {percent}%", 1 - Fraction(percent) / 100))
    words, factor = draw(st.sampled_from(cuts))
    printed = [print_percent(risk, places) for risk in risks]
    points = decimal(risks[0] - risks[1], places)
    assume(Fraction(points) > 0 and printed[1][1] > 0)
    subject, facet = f"strokes {tag}", f"arm {tag}"
    # the bounds the two printed risks put on their ratio: a cut to a tenth of its lowest is beyond them
    step = Fraction(1, 2 * 10**places)
    lowest = (printed[1][1] - step) / (printed[0][1] + step)
    wrong_cut = decimal((1 - lowest / 2) * 100, 0)
    verb = draw(st.sampled_from(("cut", "reduced")))
    figures = [
        Figure(
            f"{tag}-cut",
            f"{verb} the risk of a stroke {words}",
            factor,
            {"subject": subject, "scope": {facet: "treated"}, "of": f"{tag}-placebo"},
            misprinted=f"{verb} the risk of a stroke by {wrong_cut}%" if lowest > Fraction(1, 50) else None,
            misprinted_number=1 - Fraction(wrong_cut) / 100,
        ),
        Figure(
            f"{tag}-placebo", *printed[0], {"subject": subject, "scope": {facet: "placebo"}}, quote="from {}"
        ),
        Figure(
            f"{tag}-treated", *printed[1], {"subject": subject, "scope": {facet: "treated"}}, quote="to {}"
        ),
        Figure(
            f"{tag}-points",
            f"a fall of {points} percentage points",
            -Fraction(points),
            {"subject": subject, "scope": {facet: "treated"}, "of": f"{tag}-placebo"},
            misprinted=f"a fall of {decimal(Fraction(points) + 30, places)} percentage points",
            misprinted_number=-(Fraction(points) + 30),
        ),
    ]
    text = (
        f"The drug {{{tag}-cut}}, from {{{tag}-placebo}} in the placebo group to {{{tag}-treated}} among "
        f"those who took it, {{{tag}-points}}."
    )
    return Scene(text, figures)


@st.composite
def _bases(draw: Draw, tag: str, places: int) -> Scene:
    staff = draw(st.integers(100, 50_000))
    managers = draw(st.integers(5, staff // 4))
    women = draw(st.integers(1, staff - 1))
    women_managers = draw(st.integers(max(1, women - (staff - managers)), min(women, managers)))
    assume(women_managers < managers)
    shares = [
        print_percent(Fraction(women * 100, staff), places),
        print_percent(Fraction(women_managers * 100, managers), places),
    ]
    assume(all(number > 0 for _, number in shares))
    grade, people, members = f"grade {tag}", f"staff {tag}", f"women {tag}"
    figures = [
        Figure(
            f"{tag}-women",
            *shares[0],
            {"subject": members, "scope": {grade: "all staff"}},
            quote="make up {}",
        ),
        Figure(
            f"{tag}-staff",
            grouped(staff),
            Fraction(staff),
            {"subject": people, "scope": {grade: "all staff"}},
            quote="the {} staff",
        ),
        Figure(
            f"{tag}-women-managers",
            *shares[1],
            {"subject": members, "scope": {grade: "managers"}},
            quote="but {}",
        ),
        Figure(
            f"{tag}-managers",
            grouped(managers),
            Fraction(managers),
            {"subject": people, "scope": {grade: "managers"}},
            quote="its {} managers",
            misprinted=grouped(staff * 3),
            misprinted_number=Fraction(staff * 3),
        ),
    ]
    text = (
        f"Women make up {{{tag}-women}} of the {{{tag}-staff}} staff but {{{tag}-women-managers}} of its "
        f"{{{tag}-managers}} managers."
    )
    hierarchy = [
        "[[subset]]",
        f"facet = {json.dumps(grade)}",
        'part = "managers"',
        'of = "all staff"',
        "",
        "[[subset]]",
        'facet = "subject"',
        f"part = {json.dumps(members)}",
        f"of = {json.dumps(people)}",
        "",
    ]
    return Scene(text, figures, hierarchy)


REAL = (
    ("spending on schools", "Spending on schools"),
    ("the health budget", "The health budget"),
    ("spending on the police", "Spending on the police"),
)


def indefinite(number: str) -> str:
    """The article before a printed number: "an 8% rise", "an 11% cut", "a 7% rise"."""
    whole = number.split(".", maxsplit=1)[0].rstrip("%")
    spoken_vowel = whole.startswith("8") or (len(whole) in (2, 5) and whole[:2] in ("11", "18"))
    return "an" if spoken_vowel else "a"


@st.composite
def real_terms_scene(draw: Draw, tag: str) -> Scene:
    """Nominal and real terms side by side: "Spending on schools rose to £12.4bn this year from £12.0bn, a
    3% rise in cash terms but a 1% cut in real terms once inflation of 4% is taken into account". A
    real-terms change is a different quantity from the cash change: the claims file states it of a
    different subject (the figure at last year's prices), and inflation, where it ties the two, as this
    year's cash figure over that (value = "4% more"). The real change is computed from the true cash
    change and inflation, as statisticians deflate, then rounded."""
    noun, lead = draw(st.sampled_from(REAL))
    sign = draw(st.sampled_from(sorted(CURRENCIES.values())))
    before = Fraction(draw(st.integers(200, 90_000))) * 10**6 + draw(st.integers(0, 999_999))
    cash = Fraction(draw(st.integers(-60, 150)), 1000)  # the change in cash terms: -6% to 15%
    inflation = Fraction(draw(st.integers(5, 110)), 1000)
    now = before * (1 + cash)
    real = (1 + cash) / (1 + inflation) - 1
    places = draw(st.sampled_from((0, 1)))
    shown = {
        name: print_percent(abs(value) * 100, places) for name, value in (("cash", cash), ("real", real))
    }
    inflation_printed = print_percent(inflation * 100, places)
    assume(shown["cash"][1] > 0 and shown["real"][1] > 0 and inflation_printed[1] > 0)
    style = draw(st.sampled_from(("short", "precise")))
    subject, at_prices = f"{noun} {tag}", f"{noun} at 2023 prices {tag}"

    def said(value: Fraction, printed: tuple[str, Fraction], terms: str) -> tuple[str, Fraction]:
        way = "rise" if value >= 0 else "cut"
        factor = 1 + printed[1] / 100 if value >= 0 else 1 - printed[1] / 100
        return f"{indefinite(printed[0])} {printed[0]} {way} in {terms} terms", factor

    cash_words, real_words = said(cash, shown["cash"], "cash"), said(real, shown["real"], "real")
    far = print_percent(((1 + cash) * 3 - 1) * 100, places)[0]  # the ratio tripled
    far_real = print_percent((Fraction(3, 10) - real) * 100, places)[0]  # 30 points lower: a cut
    tied = draw(st.booleans())  # the claims file ties the two through inflation
    now_printed, before_printed = print_money(now, sign, style), print_money(before, sign, style)
    figures = [
        Figure(
            f"{tag}-now",
            *now_printed,
            {"subject": subject, "scope": {"year": "2024"}},
            quote="to {} this",
            misprinted=print_money(now * 3 + before, sign, style)[0],
            misprinted_number=print_money(now * 3 + before, sign, style)[1],
        ),
        Figure(
            f"{tag}-before", *before_printed, {"subject": subject, "scope": {"year": "2023"}}, quote="from {}"
        ),
        Figure(
            f"{tag}-cash",
            *cash_words,
            {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            misprinted=f"{indefinite(far)} {far} rise in cash terms",
            misprinted_number=1 + Fraction(far.removesuffix("%")) / 100,
        ),
        Figure(
            f"{tag}-real",
            *real_words,
            {"subject": at_prices, "scope": {"year": "2024"}, "of": f"{tag}-before"},
            # a real change 30 points lower is beyond the cash change and inflation, where they tie it
            misprinted=f"{indefinite(far_real)} {far_real} cut in real terms" if tied else None,
            misprinted_number=1 - Fraction(far_real.removesuffix("%")) / 100,
        ),
    ]
    inflation_words = f"once inflation of {{{tag}-inflation}} is taken into account"
    if tied:
        figures.append(
            Figure(
                f"{tag}-inflation",
                *inflation_printed,
                {"subject": subject, "scope": {"year": "2024"}, "of": f"{tag}-real", "value": "{} more"},
                quote="inflation of {}",
            )
        )
    else:
        inflation_words = f"once inflation of {inflation_printed[0]} is taken into account"
    text = (
        f"{lead} rose to {{{tag}-now}} this year from {{{tag}-before}}, {{{tag}-cash}} but {{{tag}-real}} "
        f"{inflation_words}."
    )
    if cash < 0:
        text = text.replace(" rose to ", " fell to ", 1)
    if (cash >= 0) == (real >= 0):
        text = text.replace("} but {", "} and {", 1)
    return Scene(text, figures)


#: averages by group: the subject, the unit words after a figure, the whole and its two parts, the
#: sentence's lead, the least and most of the average, how many decimals it is printed to, the range of
#: the number of things it is an average over, and the money sign where it is money
AVERAGES = (
    ("class size", "pupils per class", "all schools", ("primary schools", "secondary schools"),
     "Classes in the county's schools average", (18, 34), 1, (40, 5_000), ""),
    ("funding per pupil", "per pupil", "all schools", ("primary schools", "secondary schools"),
     "Funding in the county's schools averages", (4_000, 9_000), 0, (2_000, 400_000), "£"),
    ("household size", "people per household", "the region", ("the north", "the south"),
     "Households in the region hold an average of", (1.8, 3.6), 1, (500, 400_000), ""),
)  # fmt: skip


@st.composite
def averages_scene(draw: Draw, tag: str) -> Scene:
    """An average across groups beside each group's: "Classes in the county's schools average 27.1 pupils
    per class: 29.4 pupils per class in primary schools and 24.3 in secondary schools" (an average lies
    between its groups' averages; it is not their sum). The claims file states the elliptical figure with
    its unit (value = "24.3 pupils per class"). No misprint: an overall average outside its groups' is
    a conflict a reader could prove, which the engine does not yet check (tests/test_printed_worlds.py
    holds it as a known gap)."""
    noun, per, whole, parts, lead, (least, most), places, (few, many), sign = draw(st.sampled_from(AVERAGES))
    sizes = [draw(st.integers(few, many)) for _ in parts]
    scale = 10
    averages = [Fraction(draw(st.integers(int(least * scale), int(most * scale))), scale) for _ in parts]
    totals = [round(size * average) for size, average in zip(sizes, averages, strict=True)]
    overall = Fraction(sum(totals), sum(sizes))

    def shown(value: Fraction) -> tuple[str, Fraction]:
        digits = decimal(value, places)
        return (f"{sign}{grouped(Fraction(digits))}" if sign else digits), Fraction(digits)

    printed = [shown(Fraction(total, size)) for total, size in zip(totals, sizes, strict=True)]
    overall_printed = shown(overall)
    subject, facet = f"{noun} {tag}", f"group {tag}"
    figures = [
        Figure(
            f"{tag}-all",
            f"{overall_printed[0]} {per}",
            overall_printed[1],
            {"subject": subject, "scope": {facet: whole}},
            quote="{}:",
        ),
        Figure(
            f"{tag}-first",
            f"{printed[0][0]} {per}",
            printed[0][1],
            {"subject": subject, "scope": {facet: parts[0]}},
            quote="{} in " + parts[0],
        ),
        Figure(
            f"{tag}-second",
            printed[1][0],
            printed[1][1],
            {"subject": subject, "scope": {facet: parts[1]}, "value": "{} " + per},
            quote="and {} in " + parts[1],
        ),
    ]
    text = f"{lead} {{{tag}-all}}: {{{tag}-first}} in {parts[0]} and {{{tag}-second}} in {parts[1]}."
    hierarchy = [
        "[[partition]]",
        f"facet = {json.dumps(facet)}",
        f"whole = {json.dumps(whole)}",
        f"parts = {json.dumps(list(parts))}",
        "",
    ]
    return Scene(text, figures, hierarchy)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November")  # fmt: skip
YEAR_TO_DATE = (
    ("visitors", "The museum drew", "came"),
    ("passengers", "The airport handled", "travelled"),
    ("homes sold", "Agents reported", "were sold"),
)


@st.composite
def year_to_date_scene(draw: Draw, tag: str) -> Scene:
    """A total over the months so far beside one month's figure and the monthly average: "The museum drew
    1.2m visitors in the first nine months of the year, 180,000 of them in September, an average of 133,000
    a month; that was up 12% on the same period last year, when 1.07m came". The month is a part of the
    months so far (a `[[subset]]` of a `period` facet declared to add up), the average is over the
    months (`over`), and the change is of the same months a year earlier."""
    noun, lead, passive = draw(st.sampled_from(YEAR_TO_DATE))
    months = draw(st.integers(2, 11))
    counts = [draw(st.integers(1_000, 400_000)) for _ in range(months)]
    total, last = sum(counts), counts[-1]
    ratio = Fraction(draw(st.integers(700, 1_400)), 1000)
    before = round(total / ratio)
    month = MONTHS[months - 1]
    so_far = f"January to {month}"
    subject = f"{noun} {tag}"
    total_printed, last_printed = _count(draw, Fraction(total)), _count(draw, Fraction(last))
    average = significant(Fraction(total, months), draw(st.sampled_from((2, 3))))
    count_words = {**NUMBER_WORDS, 10: "ten", 11: "11"}[months]
    figures = [
        Figure(
            f"{tag}-total",
            *total_printed,
            {"subject": subject, "scope": {"period": so_far, "year": "2024"}},
            quote="{} " + noun,
            # far below the month's figure and the average; far above the average, where it bounds it
            **_wrong(_count_style(total_printed[0]), Fraction(total, 8), draw, Fraction(total * 8)),
        ),
        Figure(
            f"{tag}-month",
            *last_printed,
            {"subject": subject, "scope": {"period": month, "year": "2024"}},
            quote="{} of them",
            # far above the months so far (a month far below them is no misprint a reader could prove)
            **_wrong(
                _count_style(last_printed[0]),
                None,
                draw,
                Fraction(total * 8) if bounded(total_printed) else None,
            ),
        ),
        Figure(
            f"{tag}-average",
            f"{grouped(average)} a month",
            average,
            {"subject": subject, "scope": {"period": so_far, "year": "2024"}, "over": f"{months} months"},
            quote="average of {}",
            misprinted=f"{grouped(significant(average * 8, 2))} a month" if bounded(total_printed) else None,
            misprinted_number=significant(average * 8, 2),
        ),
    ]
    text = (
        f"{lead} {{{tag}-total}} {noun} in the first {count_words} months of the year, {{{tag}-month}} "
        f"of them in {month}, an average of {{{tag}-average}}"
    )
    if draw(st.booleans()):  # "up 12% on the same period last year, when 1.07m came"
        change = (ratio - 1) * 100
        percent = print_percent(abs(change), draw(st.sampled_from((0, 1))))
        assume(percent[1] > 0)
        way = "up" if change > 0 else "down"
        before_printed = _count(draw, Fraction(before))
        figures += [
            Figure(
                f"{tag}-change",
                f"{way} {percent[0]}",
                1 + percent[1] / 100 if change > 0 else 1 - percent[1] / 100,
                {"subject": subject, "scope": {"period": so_far, "year": "2024"}, "of": f"{tag}-before"},
                quote="was {}",
            ),
            Figure(
                f"{tag}-before",
                *before_printed,
                {"subject": subject, "scope": {"period": so_far, "year": "2023"}},
                quote="when {}",
            ),
        ]
        text += f"; that was {{{tag}-change}} on the same period last year, when {{{tag}-before}} {passive}"
    hierarchy = [
        "[[facet]]",
        'name = "period"',
        "adds = true",
        "",
        "[[subset]]",
        'facet = "period"',
        f"part = {json.dumps(month)}",
        f"of = {json.dumps(so_far)}",
        "",
    ]
    return Scene(text + ".", figures, hierarchy)


JOURNEYS = (("journey", "The"), ("run", "The team's"), ("crossing", "The ferry's"))
MILE_IN_KM = Fraction(1_609_344, 1_000_000)


def duration_words(minutes: int) -> str:
    """A time as reporters print it: "six hours 40 minutes", "11 hours", "40 minutes"."""
    hours, rest = divmod(minutes, 60)
    said = []
    if hours:
        said.append(f"{NUMBER_WORDS.get(hours, str(hours))} hour{'s' if hours > 1 else ''}")
    if rest:
        said.append(f"{rest} minute{'s' if rest > 1 else ''}")
    return " ".join(said)


@st.composite
def speed_scene(draw: Draw, tag: str) -> Scene:
    """Distance, time and average speed: "The 412-mile (663km) journey took six hours 40 minutes, an
    average of 62mph"; "took about six and a half hours, averaging 99km/h". The speed is computed from the
    true distance and time and rounded to the whole unit; the claims file states it over the time as
    printed (`over`), and a time printed rounded behind "about" stands for the times it rounds."""
    noun, owner = draw(st.sampled_from(JOURNEYS))
    miles = draw(st.integers(15, 900))
    speed = Fraction(draw(st.integers(150, 1_200)), 10)  # mph
    minutes = round(miles / speed * 60)
    assume(minutes >= 10)
    metric = draw(st.booleans())  # the distance in km with miles in brackets, the speed in km/h
    km = miles * MILE_IN_KM
    exact_time = draw(st.booleans())
    if exact_time:
        time_words = duration_words(minutes)
    else:  # "about six and a half hours": to the half hour, within 5% of the truth
        halves = round(Fraction(minutes, 30))
        assume(halves > 0 and abs(halves * 30 - minutes) <= minutes / 20)
        whole, half = divmod(halves, 2)
        count = NUMBER_WORDS.get(whole, str(whole)) if whole else ""
        time_words = (
            f"about {count} and a half hours"
            if whole and half
            else f"about {count} hour{'s' if whole > 1 else ''}"
            if whole
            else "about half an hour"
        )
        assume(time_words != "about half an hour")
    subject = f"{noun} {tag}"
    true_speed = miles * 60 / Fraction(minutes)
    if metric:
        distance_words, distance = f"{decimal(km, 0)}km", Fraction(decimal(km, 0))
        converted = significant(Fraction(miles), 3)
        bracket = f"({print_scaled(converted)}-mile)"
        speed_shown = decimal(true_speed * MILE_IN_KM, 0)
        speed_words = f"{speed_shown}km/h"
        wrong_speed = f"{decimal(true_speed * MILE_IN_KM * 2 + 30, 0)}km/h"
    else:
        distance_words, distance = f"{miles}-mile", Fraction(miles)
        converted = significant(km, 3)
        bracket = f"({print_scaled(converted)}km)"
        speed_shown = decimal(true_speed, 0)
        speed_words = f"{speed_shown}mph"
        wrong_speed = f"{decimal(true_speed * 2 + 20, 0)}mph"
    figures = [
        Figure(
            f"{tag}-distance",
            distance_words,
            distance,
            {"subject": subject},
            quote=owner.split()[-1] + " {}",
            misprinted=f"{decimal(km * 3, 0)}km" if metric else f"{miles * 3}-mile",
            misprinted_number=Fraction(decimal(km * 3, 0)) if metric else Fraction(miles * 3),
        ),
        Figure(
            f"{tag}-speed",
            speed_words,
            Fraction(speed_shown),
            {"subject": subject, "over": time_words},
            quote="{}",
            misprinted=wrong_speed,
            misprinted_number=Fraction(wrong_speed.removesuffix("km/h").removesuffix("mph")),
        ),
    ]
    converted_figure = Figure(
        f"{tag}-converted",
        bracket.strip("()").removesuffix("-mile"),
        converted,
        {"subject": subject} if not metric else {"subject": subject, "value": "{} miles"},
        quote="({}",
    )
    if draw(st.booleans()):
        figures.append(converted_figure)
        distance_text = f"{{{tag}-distance}} ({{{tag}-converted}}{'-mile' if metric else ''})"
    else:
        distance_text = f"{{{tag}-distance}}"
    speed_text = draw(st.sampled_from(("an average of {}", "averaging {}", "at an average speed of {}")))
    text = f"{owner} {distance_text} {noun} took {time_words}, {speed_text.format(f'{{{tag}-speed}}')}."
    return Scene(text, figures)


#: prices that change over part of a year, and the annualised rate of that change
ANNUALISED_PRICES = (
    ("house prices", "Average house prices", (150_000, 600_000)),
    ("used-car prices", "Used-car prices", (8_000, 40_000)),
    ("prices of new homes", "Prices of new homes", (200_000, 900_000)),
)
#: the span a change is measured over: months, how it is said, and the month it starts from
SPANS = {
    1: ("in June", "May"),
    3: ("in the three months to June", "March"),
    6: ("in the six months to June", "December"),
}


@st.composite
def annualised_scene(draw: Draw, tag: str) -> Scene:
    """A change over part of a year and its annualised rate: "Average house prices rose 1.2% in the three
    months to June, to £291,400 from £287,950 in March, an annualised rate of 4.9%". Reporters annualise
    either way, compounded (1.012 to the fourth power, 4.9%) or simply (four times 1.2%, 4.8%): the world
    draws one, and either must pass. The claims file states the annualised rate of the earlier price over
    the span (`of`, `over = "3 months"`); a fall's rate is printed "-4.9%" or "an annualised fall of
    4.9%"."""
    noun, lead, (least, most) = draw(st.sampled_from(ANNUALISED_PRICES))
    months = draw(st.sampled_from(sorted(SPANS)))
    span, start = SPANS[months]
    before = draw(st.integers(least, most))
    change = Fraction(draw(st.integers(-300, 600)), 100_000) * months  # -0.3% to 0.6% a month
    now = round(before * (1 + change))
    change = Fraction(now, before) - 1
    periods = 12 // months
    compounded = draw(st.booleans())
    conventions = ((1 + change) ** periods - 1, change * periods)  # compounded, and simply times
    annual = conventions[0] if compounded else conventions[1]
    shown, yearly = print_percent(abs(change) * 100, 1), print_percent(abs(annual) * 100, 1)
    assume(shown[1] > 0 and yearly[1] > 0 and (annual > 0) == (change > 0))
    subject, verb = f"{noun} {tag}", "rose" if change > 0 else "fell"
    minus = "" if change > 0 else "-"  # a fall's annualised rate is printed as a fall: "-4.9%"
    wrong = print_percent(max(map(abs, conventions)) * 100 + 10, 1)  # 10 points beyond both readings
    forms = ["an annualised rate of {}", "an annualised {}", "{} annualised"]
    if minus:  # "an annualised fall of 4.9%": the fall in words, its figure printed plain
        forms.append("an annualised fall of {}")
    form = draw(st.sampled_from(forms))
    if form == "an annualised fall of {}":
        minus = ""
    figures = [
        Figure(
            f"{tag}-change",
            f"{verb} {shown[0]}",
            1 + shown[1] / 100 if change > 0 else 1 - shown[1] / 100,
            {"subject": subject, "scope": {"month": "June"}, "of": f"{tag}-before"},
        ),
        Figure(
            f"{tag}-now",
            f"£{grouped(now)}",
            Fraction(now),
            {"subject": subject, "scope": {"month": "June"}},
            quote="to {} from",
            misprinted=f"£{grouped(now * 3)}",
            misprinted_number=Fraction(now * 3),
        ),
        Figure(
            f"{tag}-before",
            f"£{grouped(before)}",
            Fraction(before),
            {"subject": subject, "scope": {"month": start}},
            quote="from {} in",
        ),
        Figure(
            f"{tag}-annual",
            form.format(f"{minus}{yearly[0]}"),
            yearly[1] if change > 0 else -yearly[1],
            {
                "subject": subject,
                "scope": {"month": "June"},
                "of": f"{tag}-before",
                "over": f"{months} month{'s' * (months > 1)}",
            },
            misprinted=form.format(f"{minus}{wrong[0]}"),
            misprinted_number=wrong[1] if change > 0 else -wrong[1],
        ),
    ]
    text = (
        f"{lead} {{{tag}-change}} {span}, to {{{tag}-now}} from {{{tag}-before}} in {start}, "
        f"{{{tag}-annual}}."
    )
    return Scene(text, figures)


SCENES = {
    "route": route_scene,
    "results": results_scene,
    "poll": poll_scene,
    "per head": per_head_scene,
    "weekly": weekly_scene,
    "partition": partition_scene,
    "share": share_scene,
    "change": change_scene,
    "points": points_scene,
    "rate": rate_scene,
    "multiple": multiple_scene,
    "difference": difference_scene,
    "range": range_scene,
    "currencies": currencies_scene,
    "conversion": conversion_scene,
    "swing": swing_scene,
    "deficit": deficit_scene,
    "share of share": share_of_share_scene,
    "turnout": turnout_scene,
    "rates by area": rates_by_area_scene,
    "households": households_scene,
    "poll shares": poll_shares_scene,
    "levels": levels_scene,
    "since": since_scene,
    "height": height_scene,
    "compound": compound_scene,
    "toll": toll_scene,
    "times": times_scene,
    "share of whole": share_of_whole_scene,
    "likely": likely_scene,
    "real terms": real_terms_scene,
    "averages": averages_scene,
    "year to date": year_to_date_scene,
    "speed": speed_scene,
    "annualised": annualised_scene,
}


@st.composite
def worlds(draw: Draw, *, misprint: bool = False, kinds: tuple[str, ...] = tuple(SCENES)) -> World:
    """A printed world of one to three scenes; with ``misprint``, one misprintable figure moved far."""
    names = draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=3, unique=True))
    scenes = [draw(SCENES[name](f"w{index}")) for index, name in enumerate(names)]
    world = World(scenes, joiner=draw(st.sampled_from(("\n\n", " ", "\n"))))
    if misprint:
        candidates = world.misprintable()
        if candidates:
            world.misprint = draw(st.sampled_from(candidates))
    return world
