"""Hierarchies: partitions, subsets, spelling, and refusing cycles and contradictions."""

from __future__ import annotations

import pytest

from claimcheck import Hierarchy, ModelError


def test_partitions_and_subsets_make_ancestors():
    h = Hierarchy()
    h.partition("place", "Iraq", ["Anbar", "Nineveh"])
    h.subset("place", "Ramadi", of="Anbar")
    assert h.ancestors("place", "ramadi") == {"anbar", "iraq"}
    assert h.parents("place", "anbar") == {"iraq": "partition"}
    assert h.parents("place", "ramadi") == {"anbar": "subset"}
    assert h.partitions("place", "iraq") == [("anbar", "nineveh")]
    assert h.values("place") == ["anbar", "iraq", "nineveh", "ramadi"]
    assert h.facets == {"place"}


def test_names_are_case_and_space_insensitive_and_keep_the_first_spelling():
    h = Hierarchy()
    h.partition("Place", "Iraq and  Syria", ["Iraq", "Syria"])
    h.subset("place", "IRAQ", of="iraq and syria")
    assert h.display("place", "iraq and syria") == "Iraq and Syria"
    assert h.parents("place", "iraq") == {"iraq and syria": "partition"}


def test_lookups_take_names_as_the_declarations_spell_them():
    h = Hierarchy()
    h.partition("Place", "Iraq and Syria", ["Iraq", "Syria"])
    h.subset("place", "Mosul", of="Iraq")
    assert h.ancestors("Place", "Mosul") == {"iraq", "iraq and syria"}
    assert h.ancestors("place", " IRAQ ") == {"iraq and syria"}
    assert h.parents("PLACE", "Syria") == {"iraq and syria": "partition"}
    assert h.partitions("place", "Iraq and  Syria") == [("iraq", "syria")]
    assert h.values("Place") == ["iraq", "iraq and syria", "mosul", "syria"]
    assert h.display("PLACE", "mosul") == "Mosul"
    assert h.ancestors("place", "Aleppo") == frozenset()


def test_a_value_may_sit_under_two_wholes_that_are_not_disjoint():
    h = Hierarchy()
    h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    h.subset("place", "Iraq", of="Middle East")
    assert h.ancestors("place", "iraq") == {"iraq and syria", "middle east"}


def test_a_cycle_is_refused_and_named():
    h = Hierarchy()
    h.subset("place", "Ramadi", of="Anbar")
    h.subset("place", "Anbar", of="Iraq")
    with pytest.raises(ModelError, match="cycle: Iraq ⊂ Ramadi ⊂ Anbar ⊂ Iraq"):
        h.subset("place", "Iraq", of="Ramadi")
    with pytest.raises(ModelError, match="cycle"):
        h.partition("place", "Iraq", ["Iraq", "Syria"])


def test_a_value_under_two_parts_of_one_partition_is_refused_and_the_hierarchy_unchanged():
    h = Hierarchy()
    h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    h.subset("place", "Anbar", of="Iraq")
    with pytest.raises(ModelError, match="'Anbar' would lie in both 'Iraq' and 'Syria'"):
        h.subset("place", "Anbar", of="Syria")
    assert h.ancestors("place", "anbar") == {"iraq", "iraq and syria"}
    with pytest.raises(ModelError, match="disjoint"):
        h.partition("place", "Syria", ["Anbar", "Raqqa"])
    assert h.partitions("place", "syria") == []
    assert h.ancestors("place", "anbar") == {"iraq", "iraq and syria"}


@pytest.mark.parametrize(
    ("parts", "message"),
    [([], "at least one part"), (["Iraq", "iraq"], "names a part twice"), ("Iraq", "list of names")],
)
def test_malformed_partitions_are_refused(parts, message):
    with pytest.raises(ModelError, match=message):
        Hierarchy().partition("place", "Iraq and Syria", parts)


def test_names_must_be_text():
    with pytest.raises(ModelError, match="non-empty text"):
        Hierarchy().subset("place", "", of="Iraq")


def test_declaring_the_same_partition_twice_is_harmless():
    h = Hierarchy()
    h.partition("place", "W", ["a", "b"])
    h.partition("place", "w", ["A", "B"])
    assert h.partitions("place", "w") == [("a", "b")]
    assert repr(h) == "Hierarchy(place: 2)"
