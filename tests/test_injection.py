"""Text from claims files and articles never steers the output: annotations, terminals, HTML pages."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from claimcheck.cli import main

if TYPE_CHECKING:
    from pathlib import Path

FORGED = "x\n::error file=y::pwned"


def write(tmp_path: Path, *, ident: str, subject: str, source: str, article_text: str) -> Path:
    (tmp_path / "story.txt").write_text(article_text, encoding="utf-8")
    path = tmp_path / "story.claims.toml"
    path.write_text(
        f"""article = "story.txt"
[[claim]]
id = {json.dumps(ident)}
quote = "up to 500 fighters"
subject = {json.dumps(subject)}
source = {json.dumps(source)}
[[claim]]
id = {json.dumps(ident + " 2")}
value = "at least 600"
subject = {json.dumps(subject)}
source = {json.dumps(source)}
""",
        encoding="utf-8",
    )
    return path


def forged_story(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        ident=FORGED,
        subject="fighters\r\n::add-mask::secret",
        source="officials, 100%: ::warning::",
        article_text="Officials said up to 500 fighters remain.\n",
    )


def test_a_claim_id_cannot_forge_a_github_annotation(tmp_path, capsys):
    assert main(["check", str(forged_story(tmp_path)), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in lines)
    assert not any(line.startswith(("::error file=y", "::add-mask", "::warning::")) for line in lines)
    conflict = next(line for line in lines if "conflict" in line)
    assert "x\\n::error file=y::pwned" in conflict.replace("%0A", "\n")  # shown, never a command
    assert "100%25" in conflict


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_claim_id_cannot_start_a_line_of_text_output(tmp_path, capsys, output_format):
    main(["check", str(forged_story(tmp_path)), "--format", output_format])
    out = capsys.readouterr().out
    assert not any(line.lstrip().startswith("::") for line in out.splitlines())
    assert "x\\n::error file=y::pwned" in out


def test_a_claim_id_cannot_forge_an_annotation_in_pytest_output(pytester):
    forged_story(pytester.path)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    lines = result.stdout.lines
    assert not any(line.lstrip().startswith(("::error", "::add-mask")) for line in lines)
    assert any("x\\n::error file=y::pwned" in line for line in lines)


def test_terminal_escapes_and_bidi_overrides_are_shown_not_interpreted(tmp_path, capsys):
    path = write(
        tmp_path,
        ident="red\x1b[31m alert\x1b[2J",
        subject="fighters \u202eerutluc",
        source="officials\u2066 \x07",
        article_text="Officials said up to 500 fighters remain.\n",
    )
    for output_format in ("text", "github"):
        main(["check", str(path), "--format", output_format])
        out = capsys.readouterr().out
        assert "\x1b" not in out
        assert "\u202e" not in out
        assert "\x07" not in out
        assert "red\\x1b[31m alert\\x1b[2J" in out
        assert "\\u202eerutluc" in out


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


PAYLOADS = [
    "<script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "javascript:alert(1)",
    '" onmouseover="alert(1)" data-pwned="',
    "' onfocus='alert(1)' autofocus='",
    "<svg onload=alert(1)><foreignObject/></svg>",
    "<a href=javascript:alert(1)>click</a>",
    "\u202eevil\u202c",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_pages_keep_every_payload_inert(tmp_path, capsys, payload):
    path = write(
        tmp_path,
        ident=payload,
        subject=f"fighters {payload}",
        source=payload,
        article_text=f"{payload}\n\nOfficials said up to 500 fighters remain. {payload}\n",
    )
    main(["check", str(path), "--format", "html"])
    page = capsys.readouterr().out
    parser = _Tags()
    parser.feed(page)
    names = [tag for tag, _ in parser.tags]
    assert not {"script", "iframe", "object", "embed", "foreignobject"} & set(names)
    assert names.count("style") == 1
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert name not in {"autofocus", "data-pwned"}, (tag, name)
            if name == "href":
                assert value is not None
                assert value.startswith("#"), value
    assert "\u202e" not in page
    assert "\u202c" not in page
