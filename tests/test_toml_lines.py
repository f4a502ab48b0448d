"""TomlLines agrees with tomllib: on any TOML it accepts, the same entries and keys, on the lines written."""

from __future__ import annotations

import json
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck._files.toml_lines import TomlLines

_KEYS = st.sampled_from(
    ["id", "value", "subject", "of", "a-b_1", '"as of"', "'year'", '"x = y"', '"[[claim]]"', "'#'"]
)
#: Pieces that look like TOML structure, to be hidden inside strings and comments.
_TRICKY = st.sampled_from(
    ["[[claim]]", "[place]", "id = 1", "#", '"', "'", '"""', "'''", '""', "''", "\\", "=", " ", "a"]
)
_TEXT = st.lists(_TRICKY, max_size=6).map("".join)
_COMMENT = st.one_of(st.just(""), _TEXT.map(lambda text: "  # " + text.replace("\n", " ")))


def _basic(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string for these characters


def _multiline_basic(lines: list[str]) -> str:
    body = "\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines)
    return f'"""\n{body}"""'


def _literal(text: str) -> str:
    return f"'{text}'" if "'" not in text else _basic(text)


def _multiline_literal(lines: list[str]) -> str:
    body = "\n".join(lines)
    if "'''" in body or body.endswith("'"):
        return _multiline_basic(lines)
    return f"'''\n{body}'''"


@st.composite
def values(draw: st.DrawFn) -> str:
    """One TOML value as written: a string of any of the four kinds (some spanning lines), a number,
    a boolean or an array of strings."""
    text = draw(_TEXT)
    lines = draw(st.lists(_TEXT, min_size=1, max_size=3))
    kind = draw(st.sampled_from(["basic", "literal", "multi-basic", "multi-literal", "int", "bool", "array"]))
    if kind == "basic":
        return _basic(text)
    if kind == "literal":
        return _literal(text)
    if kind == "multi-basic":
        return _multiline_basic(lines)
    if kind == "multi-literal":
        return _multiline_literal(lines)
    if kind == "int":
        return str(draw(st.integers(-1000, 10**6)))
    if kind == "bool":
        return "true"
    return f"[{_basic(text)}, {_literal(lines[0])}]"


Entries = dict[str, list[tuple[int, dict[str, int]]]]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, dict[str, int], Entries]:
    """A TOML document, with the line of each top-level key, of each ``[[table]]`` entry and its keys."""
    out: list[str] = []
    top: dict[str, int] = {}
    entries: Entries = {}

    def line_number() -> int:
        return sum(piece.count("\n") + 1 for piece in out) + 1

    def write_keys(target: dict[str, int]) -> None:
        for key in draw(st.lists(_KEYS, unique_by=lambda key: key.strip("\"'"), max_size=4)):
            if draw(st.booleans()):
                out.append(draw(st.sampled_from(["", "# [[claim]]", "   ", "# id = 'x'"])))
            target[key.strip("\"'")] = line_number()
            indent = draw(st.sampled_from(["", "  "]))
            out.append(f"{indent}{key} = {draw(values())}{draw(_COMMENT)}")

    write_keys(top)
    for _ in range(draw(st.integers(0, 4))):
        table = draw(st.sampled_from(["claim", "partition", "accept"]))
        keys: dict[str, int] = {}
        entries.setdefault(table, []).append((line_number(), keys))
        out.append(draw(st.sampled_from([f"[[{table}]]", f"[[ {table} ]]", f"  [[{table}]]  # note"])))
        write_keys(keys)
    return "\n".join(out) + "\n", top, entries


@settings(max_examples=50)
@given(documents())
def test_toml_lines_finds_every_entry_and_key_on_its_line(document):
    text, top, entries = document
    data = tomllib.loads(text)  # the drawn text is TOML, and says what was drawn
    assert set(data) == set(top) | set(entries)
    for table, found in entries.items():
        assert [set(entry) for entry in data[table]] == [set(keys) for _, keys in found]
    lines = TomlLines.read(text)
    assert lines.top == top
    assert lines.entries == entries
    for table, found in entries.items():
        for index, (header, keys) in enumerate(found):
            assert lines.entry(table, index) == header
            for key, number in keys.items():
                assert lines.key(table, index, key) == number


def test_a_key_set_on_its_entry_header_line_falls_back_to_the_header():
    lines = TomlLines.read('[[claim]]\nid = "a"\n[[claim]]\n')
    assert lines.key("claim", 1, "id") == 3
    assert lines.key("claim", 2, "id") is None
