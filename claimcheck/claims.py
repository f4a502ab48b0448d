"""Claims: what an article says about one counted thing, and how claims are named.

A :class:`Claim` pairs a figure (an :class:`~claimcheck.Estimate`, or the words for one) with what it counts
(``subject``) and where or when (``scope``). Names compare case- and space-insensitively, so "Iraq",
" iraq " and "IRAQ" are one place.

>>> claim = Claim("up to 500", "fighters", {"place": "Iraq"}, id="b")
>>> claim.subject, dict(claim.scope)
('fighters', {'place': 'Iraq'})
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs

from claimcheck._values.frozen import FrozenDict
from claimcheck._values.interval import INF
from claimcheck.errors import ClaimcheckError, ModelError, ParseError
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from claimcheck.policy import Policy

__all__ = [
    "Claim",
    "Role",
    "assign_ids",
    "claim_ids",
    "facets_of",
    "normalize_name",
    "of_cycle",
    "role",
    "roles",
]

#: The facet that names what a claim counts; a scope cannot set it.
SUBJECT = "subject"


def normalize_name(name: str) -> str:
    """Return the form in which names compare: case-folded, with runs of spaces made one.

    A name already in that form comes back as the same string, and every other is interned, so the many
    claims of one place or subject share one copy of its name.

    >>> normalize_name("  Iraq and   SYRIA ")
    'iraq and syria'
    """
    normal = " ".join(name.casefold().split())
    return name if normal == name else sys.intern(normal)


def _check_value(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, Estimate | str):
        raise ModelError(f"a claim's value must be an Estimate or text, not {value!r}")
    if isinstance(value, str) and not value.strip():
        raise ModelError("a claim's value cannot be empty text")


def _check_name(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    # a name is empty after normalize_name exactly when it is all white space: strip() tells at once
    if not isinstance(value, str) or not value.strip():
        raise ModelError(f"a claim's {attribute.name} must be non-empty text, not {value!r}")


def _check_optional_name(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _check_name(_instance, attribute, value)


def _check_flag(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise ModelError(f"a claim's {attribute.name} must be True or False, not {value!r}")


def _check_of(instance: Claim, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_optional_name(instance, attribute, value)
    if value is None and isinstance(instance.value, Estimate):
        role(instance, instance.value)  # a ratio or a difference needs its base


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def period(text: str) -> Estimate:
    """Read what a rate covers: a duration, a number of the things a rate is counted per, or a measure.

    A duration has a unit ("4 weeks", "30 days", "a year"); a number of things is a count ("19 games",
    "5.1 million people"); a measure has the unit a price or a rate is per ("2,700 kWh" for "24.5p per
    kWh", "1.2 million barrels" for "$70 per barrel").

    Raises:
        ModelError: the text is neither (a month's name, a date, a measure other than time).
    """
    from claimcheck.parse import parse_quantity  # noqa: PLC0415 - the parser imports late

    words = normalize_name(text)
    if words.split(" ", 1)[0] in ("a", "an", "one"):  # "a week" is one week
        words = "1 " + words.split(" ", 1)[-1]
    if not words or any(word.strip(".,") in _MONTHS for word in words.split()):
        raise ModelError(
            f"'over' must be a duration with a unit, such as '4 weeks' or '30 days', not {text!r}: "
            "a month's name is a date, not a duration"
        )
    try:
        estimate = parse_quantity(words)
    except ClaimcheckError as err:
        raise ModelError(
            f"'over' must be a duration with a unit, such as '4 weeks' or '30 days', not {text!r}"
        ) from err
    # a number of things names them ("19 games"): a bare number ("2024") is no period
    named = estimate.unit != "" or any(part.isalpha() for part in words.split()[1:])
    if estimate.unit == "percent" or not named or estimate.lo <= 0 or estimate.hi == INF:
        raise ModelError(
            f"'over' must be a duration with a unit, such as '4 weeks' or '30 days', or a number of the "
            f"things a rate is counted per, such as '19 games', not {text!r}"
        )
    return estimate


def _check_over(_instance: object, _attribute: object, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ModelError(f"a claim's over must be a duration such as '4 weeks', not {value!r}")
    period(value)


#: The scope of every claim that names none: one shared empty mapping.
_NO_SCOPE: Final[Mapping[str, str]] = FrozenDict()


def _to_scope(value: Mapping[str, str] | None) -> Mapping[str, str]:
    if value is None:
        return _NO_SCOPE
    # a dict or a frozen scope without the abstract Mapping check (a claim is made per figure)
    if not (type(value) is dict or type(value) is FrozenDict or isinstance(value, Mapping)):
        raise ModelError(f"a claim's scope must map facet names to values, not {value!r}")
    if not value:
        return _NO_SCOPE
    seen: dict[str, str] = {}
    for facet, name in value.items():
        if not isinstance(facet, str) or not facet.strip():
            raise ModelError(f"a scope's facet names must be non-empty text, not {facet!r}")
        if not isinstance(name, str) or not name.strip():
            raise ModelError(f"the scope's {facet!r} must be non-empty text, not {name!r}")
        key = normalize_name(facet)
        if key == SUBJECT:
            raise ModelError("a scope cannot set 'subject': give it as the claim's subject")
        if key in seen:
            raise ModelError(f"the scope names the facet {facet!r} twice ({seen[key]!r})")
        seen[key] = facet
    # A scope already frozen (another claim's, or this claim's again in attrs.evolve) is shared, not copied.
    return value if isinstance(value, FrozenDict) else FrozenDict(value)


@final
@attrs.frozen
class Claim:
    """One figure an article states about one counted thing.

    Args:
        value: the figure, as an :class:`~claimcheck.Estimate` or as words that
            :func:`~claimcheck.parse_quantity` reads when the claim is checked ("roughly half").
        subject: what is counted ("fighters", "cash reserves").
        scope: facet names mapped to values (``{"place": "Iraq", "year": "2023"}``); a facet left out
            means the whole of it, so a claim with no place is about all places together.
        of: the id of another claim whose figure this one is measured against: a share of it ("roughly
            half of whom"), a multiple ("three times as many"), a difference ("12,000 more than") or a
            count among it ("300 of whom"), as the value's wording says (``Estimate.relation``).
        id: a name for the claim; :func:`check` numbers claims that have none ("c1", "c2", …).
        source: who says so ("aid agencies"), used in explanations.
        quote: the words of the article the claim was taken from.
        exact: the figure is exact as printed, so checking never widens it by its rounding (a budget
            line copied from the accounts to the cent); see ``Policy.rounding``.
        over: the period a rate covers, a duration with a unit ("4 weeks", "30 days", "a year"): the
            claim then states its cell's total, rate × period, so "about 1,200 cases a week" over
            "4 weeks" is 4,320–5,280 cases. A month's name ("March") is a date, not a duration. For a
            rate per thing, the number of things: "31,400 a game" over "19 games", "£410 a head" over
            "5.1 million people".

    Raises:
        ModelError: a field is empty or of the wrong type, the scope sets the subject, or the value is a
            multiple or a difference and ``of`` names no figure for it.
    """

    value: Estimate | str = attrs.field(validator=_check_value)
    subject: str = attrs.field(validator=_check_name)
    scope: Mapping[str, str] = attrs.field(default=None, converter=_to_scope, hash=False)
    of: str | None = attrs.field(default=None, kw_only=True, validator=_check_of)
    id: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional_name)
    source: str | None = attrs.field(default=None, kw_only=True)
    quote: str | None = attrs.field(default=None, kw_only=True)
    exact: bool = attrs.field(default=False, kw_only=True, validator=_check_flag)
    over: str | None = attrs.field(default=None, kw_only=True, validator=_check_over)

    def estimate(self, *, policy: Policy | None = None) -> Estimate:
        """Return the claim's figure as an estimate, reading text with ``policy``.

        Raises:
            ParseError: the value is text that holds no figure; the message names the claim.
        """
        if isinstance(self.value, Estimate):
            return self.value
        try:
            return _parser()(self.value, policy=policy)
        except ParseError as err:
            where = f" (claim {self.id})" if self.id is not None else ""
            raise ParseError(err.text, err.position, f"{err.reason}{where}") from err

    @property
    def facets(self) -> dict[str, str]:
        """The claim's normalised facets, the subject among them: what makes its cell."""
        return facets_of(self, {})


def facets_of(claim: Claim, names: dict[str, str]) -> dict[str, str]:
    """A claim's :attr:`~Claim.facets`, each spelling normalised once for all the claims that share ``names``.

    ``names`` maps each spelling met to its normalised form, and is filled as spellings are met: the
    claims of one check name a few facets and places many times over.
    """
    known = names.get
    facets = {
        known(facet) or names.setdefault(facet, normalize_name(facet)): known(name)
        or names.setdefault(name, normalize_name(name))
        for facet, name in claim.scope.items()
    }
    facets[SUBJECT] = known(claim.subject) or names.setdefault(claim.subject, normalize_name(claim.subject))
    return facets


def _parser() -> Callable[..., Estimate]:
    """:func:`~claimcheck.parse_quantity`, imported on first use (the parser imports late) and kept."""
    global _PARSE  # noqa: PLW0603 - one import, then a plain look-up per claim read
    if _PARSE is None:
        from claimcheck.parse import parse_quantity  # noqa: PLC0415

        _PARSE = parse_quantity
    return _PARSE


_PARSE: Callable[..., Estimate] | None = None
#: A claim's id and its ``of``, read at C speed over a whole claim list.
_ID: Final = operator.attrgetter("id")
_OF: Final = operator.attrgetter("of")


def claim_ids(claims: Iterable[Claim]) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    """Return the claims as a tuple and, in the same order, each one's id: its own, or one made for it.

    A claim without an id gets "c" and its 1-based position; a generated id skips any id the caller gave,
    so "c2" never names two claims. The claims are not copied: a check carries the ids beside them.

    Raises:
        ModelError: something is not a claim, two claims were given the same id (ids compare like
            names), or the claims' ``of`` links go round in a cycle.

    >>> claim_ids([Claim("5", "a", id="c1"), Claim("6", "b")])[1]
    ('c1', 'c2')
    """
    claims = tuple(claims)
    if not {*map(type, claims)} <= {Claim}:  # (Claim is final: its type says it is one)
        for number, claim in enumerate(claims):
            if not isinstance(claim, Claim):
                raise _stranger(claims, number)
    own = list(map(_ID, claims))
    given = _given_ids(own)
    ids: tuple[str, ...]
    if len(given) == len(own):  # each has one
        ids = tuple(own)
    elif not given:  # no id given: each claim's is its position's
        ids = tuple([f"c{position}" for position in range(1, len(claims) + 1)])
    elif not any(key.startswith("c") for key in given):  # no id given can be a generated one
        ids = tuple([f"c{p}" if claim_id is None else claim_id for p, claim_id in enumerate(own, start=1)])
    else:
        made: list[str] = []
        for position, claim_id in enumerate(own, start=1):
            if claim_id is not None:
                made.append(claim_id)
                continue
            candidate = f"c{position}"
            # generated ids never meet each other ("c12" and "c1.2" name different positions): only an id
            # the caller gave can be taken ("c12" and "c12.1" are normalised names already)
            suffix = 0
            while candidate in given:
                suffix += 1
                candidate = f"c{position}.{suffix}"
            made.append(candidate)
        ids = tuple(made)
    cycle = of_cycle(claims, ids)
    if cycle:
        links = ", ".join(f"{ids[i]} of {claims[i].of}" for i in cycle)
        raise ModelError(f"the claims' 'of' links go round in a cycle ({links}): no claim can be the base")
    return claims, ids


def _stranger(claims: Sequence[object], number: int) -> ModelError:
    """The error for ``claims[number]``, which is no claim; two ids that clash before it raise first."""
    _given_ids(list(map(_ID, claims[:number])))
    return ModelError(f"check() takes Claim objects, not {claims[number]!r}")


def _given_ids(own: Sequence[str | None]) -> dict[str, str]:
    """The ids given, by their normalised names.

    Raises:
        ModelError: two claims were given the same id (ids compare like names).
    """
    given: dict[str, str] = {}
    for claim_id in own:
        if claim_id is None:
            continue
        key = normalize_name(claim_id)
        if key in given:
            raise ModelError(f"two claims have the id {claim_id!r} ({given[key]!r})")
        given[key] = claim_id
    return given


def assign_ids(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Return the claims with an id each: a claim without one is copied with the id :func:`claim_ids` makes.

    Raises:
        ModelError: as :func:`claim_ids`.

    >>> [claim.id for claim in assign_ids([Claim("5", "a", id="c1"), Claim("6", "b")])]
    ['c1', 'c2']
    """
    claims, ids = claim_ids(claims)
    return tuple(
        claim if claim.id is not None else attrs.evolve(claim, id=claim_id)
        for claim, claim_id in zip(claims, ids, strict=True)
    )


def of_cycle(claims: Sequence[Claim], ids: Sequence[str | None] | None = None) -> tuple[int, ...]:
    """Return the positions of claims whose ``of`` links go round in a cycle (the first found), or ().

    ``ids`` gives each claim's id where it is not the claim's own (:func:`claim_ids`).

    >>> of_cycle([Claim("half", "x", id="a", of="b"), Claim("half", "y", id="b", of="a")])
    (0, 1)
    """
    if list(map(_OF, claims)).count(None) == len(claims):
        return ()
    named = [claim.id for claim in claims] if ids is None else ids
    position = {normalize_name(claim_id): index for index, claim_id in enumerate(named) if claim_id}
    base = {
        index: position[normalize_name(claim.of)]
        for index, claim in enumerate(claims)
        if claim.of is not None and normalize_name(claim.of) in position
    }
    done: set[int] = set()
    for start in base:
        path: list[int] = []
        at: int | None = start
        while at is not None and at not in done and at not in path:
            path.append(at)
            at = base.get(at)
        if at is not None and at in path:
            return tuple(path[path.index(at) :])
        done.update(path)
    return ()


#: What a claim's figure says about its cell (decided by :func:`role`): ``amount``, the cell's value;
#: ``share``, a part of the base's value; ``ratio``, a multiple of it; ``difference``, the base's value
#: plus the figure; ``count``, a count among the base (at most the base); ``own share``, a part of the
#: cell's own total (its population).
Role = Literal["amount", "share", "ratio", "difference", "count", "own share"]


def role(claim: Claim, estimate: Estimate) -> Role:
    """What ``claim``'s figure says about its cell: the one place that decides what an ``of`` means.

    The wording decides, never the number's size: the estimate's :attr:`~claimcheck.Estimate.relation`
    ("half", "8%", "one in five" are shares; a percentage or a fraction word is a share whatever the
    relation says), and whether the claim names a base with ``of``. With a base, a share is a part of
    it, a ratio a multiple of it ("three times as many"), a difference the base plus the figure ("12,000
    more than"), and an amount a count among it ("300 of whom", "1 of them": at most the base). Without
    one, a share is of the cell's own total ("55% of men back the bill") and an amount is the cell's value.

    Raises:
        ModelError: a ratio or a difference names no base; the message says to add ``of``.

    >>> from claimcheck import Estimate
    >>> role(Claim("1", "dead", of="all"), Estimate(1, 1))
    'count'
    >>> role(Claim("half", "dead", of="all"), Estimate(1, 1, relation="share"))
    'share'
    >>> role(Claim("55%", "backers"), Estimate(55, 55, "percent"))
    'own share'
    """
    relation = estimate.relation
    if relation == "amount" and (estimate.unit == "percent" or estimate.kind == "fraction"):
        relation = "share"
    if claim.of is None:
        if relation in ("ratio", "difference"):
            raise ModelError(_needs_base(claim, relation))
        return "own share" if relation == "share" else "amount"
    return "count" if relation == "amount" else relation


def roles(claims: Sequence[Claim], estimates: Sequence[Estimate], positions: Iterable[int]) -> list[Role]:
    """:func:`role` of the claim at each of ``positions`` (each with an estimate), in order.

    :func:`role` reads a figure's relation, unit and kind, and whether its claim names a base: it is
    asked once for each such kind of figure, at its first claim, so a ratio with no base raises at the
    first claim that states one, as asking claim by claim would.

    Raises:
        ModelError: a ratio or a difference names no base (:func:`role`).

    >>> from claimcheck import Estimate
    >>> roles([Claim("1", "x"), Claim("55%", "y")], [Estimate(1, 1), Estimate(55, 55, "percent")], [0, 1])
    ['amount', 'own share']
    """
    said: dict[tuple[bool, str, str, str], Role] = {}
    get = said.get
    found: list[Role] = []
    append = found.append
    for k in positions:
        claim, estimate = claims[k], estimates[k]
        kind = (claim.of is None, estimate.relation, estimate.unit, estimate.kind)
        answer = get(kind)
        if answer is None:
            answer = said[kind] = role(claim, estimate)
        append(answer)
    return found


def _needs_base(claim: Claim, relation: str) -> str:
    what = (
        "a multiple needs the figure it multiplies"
        if relation == "ratio"
        else "a difference needs the figure it is added to"
    )
    where = f"claim {claim.id}" if claim.id is not None else f"the claim about {claim.subject!r}"
    return f"{where}: {what}: add of = the id of the claim that states it"
