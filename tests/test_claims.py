"""Claims: fields, validation, parsing on demand, names and ids."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck import Claim, Estimate, ModelError, ParseError, check
from claimcheck.claims import assign_ids, claim_ids, normalize_name


def test_a_claim_keeps_its_fields_and_an_empty_scope_by_default():
    claim = Claim("up to 500", "fighters", of="un", id="b", source="army", quote="up to 500 fighters")
    assert (claim.value, claim.subject, dict(claim.scope)) == ("up to 500", "fighters", {})
    assert (claim.of, claim.id, claim.source, claim.quote) == ("un", "b", "army", "up to 500 fighters")


def test_the_scope_is_read_only_and_compares_by_content():
    scope = {"place": "Iraq"}
    claim = Claim(Estimate(1, 2), "fighters", scope)
    scope["place"] = "Syria"
    assert claim.scope["place"] == "Iraq"
    with pytest.raises(TypeError):
        claim.scope["place"] = "Syria"  # type: ignore[index]
    assert claim == Claim(Estimate(1, 2), "fighters", {"place": "Iraq"})


def test_optional_arguments_are_keyword_only():
    with pytest.raises(TypeError):
        Claim("5", "fighters", None, "un")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((5, "fighters"), "Estimate or text"),
        (("  ", "fighters"), "empty text"),
        (("5", ""), "subject must be non-empty"),
        (("5", "fighters", {"subject": "members"}), "cannot set 'subject'"),
        (("5", "fighters", {"place": "Iraq", "Place": "Syria"}), "names the facet"),
        (("5", "fighters", {"place": ""}), "must be non-empty"),
        (("5", "fighters", ["Iraq"]), "must map facet names"),
    ],
)
def test_malformed_claims_raise_model_error(arguments, message):
    with pytest.raises(ModelError, match=message):
        Claim(*arguments)


def test_an_estimate_value_is_used_as_it_is():
    estimate = Estimate(400, 500)
    assert Claim(estimate, "fighters").estimate() is estimate


def test_text_is_parsed_when_the_estimate_is_asked_for():
    estimate = Claim("roughly half", "fighters").estimate()
    assert (estimate.lo, estimate.hi) == (Fraction(9, 20), Fraction(11, 20))


def test_a_parse_error_names_the_claim():
    with pytest.raises(ParseError, match=r"claim b"):
        Claim("no figure here", "fighters", id="b").estimate()


def test_names_compare_case_and_space_insensitively():
    assert normalize_name("  Iraq  and SYRIA") == "iraq and syria"
    claim = Claim("5", " Fighters ", {" Place": "IRAQ "})
    assert claim.facets == {"place": "iraq", "subject": "fighters"}


def test_ids_are_assigned_by_position_and_skip_given_ones():
    claims = assign_ids([Claim("1", "a"), Claim("2", "b", id="c1"), Claim("3", "c")])
    assert [claim.id for claim in claims] == ["c1.1", "c1", "c3"]


def test_claim_ids_carry_the_ids_beside_the_claims_without_copying_them() -> None:
    given = [Claim("1", "a"), Claim("2", "b", id="c1"), Claim("3", "c")]
    claims, ids = claim_ids(given)
    assert ids == ("c1.1", "c1", "c3")
    assert all(kept is claim for kept, claim in zip(claims, given, strict=True))
    assert [claim.id for claim in assign_ids(given)] == list(ids)


def test_a_check_names_a_claim_without_an_id_by_the_id_it_made() -> None:
    """Errors, findings and conflicts cite the generated id, though the claim itself has none."""
    with pytest.raises(ParseError, match=r"\(claim c2\)"):
        check([Claim("5", "a"), Claim("no figure here", "b")])
    with pytest.raises(ModelError, match="claim 'c1' has over"):
        check([Claim("5", "a", over="4 weeks")])
    with pytest.raises(ModelError, match=r"cycle \(c1 of c2, c2 of c1\)"):
        check([Claim("half", "a", of="c2"), Claim("half", "b", of="c1")])
    report = check([Claim("5 km", "a"), Claim("7", "a"), Claim("at most 3", "b"), Claim("4", "b")])
    assert [error.message for error in report.errors] == [
        "claim c1 (kilometer) and claim c2 (a plain count) measure different things and cannot be compared"
    ]
    assert report.conflicts[0].claims == ("c3", "c4")
    assert "(claim c3)" in report.conflicts[0].message


def test_repeated_ids_are_refused_whatever_their_case():
    with pytest.raises(ModelError, match="two claims have the id"):
        assign_ids([Claim("1", "a", id="UN"), Claim("2", "b", id=" un")])


def test_only_claims_can_be_given_ids():
    with pytest.raises(ModelError, match="Claim objects"):
        assign_ids(["5 fighters"])  # type: ignore[list-item]


def test_a_check_reads_each_spelling_once_and_shares_its_estimate() -> None:
    """Claims far apart that repeat a spelling get one estimate; a figure given as an Estimate is kept."""
    from claimcheck._solving.model import read_printed
    from claimcheck.parse import parse_quantity

    given = Estimate(400, 500)
    claims = [Claim("between 1,234 and 1,300", f"s{k}") for k in range(3)]
    claims.insert(1, Claim(given, "t"))
    claims.append(Claim("more than 880", "u"))
    printed = read_printed(claims, None)
    assert printed[0] is printed[2] is printed[3]
    assert printed[1] is given
    assert printed[0] == parse_quantity("between 1,234 and 1,300")
    assert printed[4] == parse_quantity("more than 880")


def test_reading_every_claim_names_the_first_claim_whose_text_holds_no_figure() -> None:
    from claimcheck._solving.model import read_printed

    claims = [Claim("5", "a", id="ok"), Claim("nothing", "b", id="first"), Claim("nothing", "c", id="second")]
    with pytest.raises(ParseError, match=r"\(claim first\)"):
        read_printed(claims, None)
