"""Bad claims files and articles: one clear `path:line:col: error rule message` line each, exit 2.

One run of the command line over a folder of broken files: each file gets its own error line, nothing
hangs (FIFOs and devices are refused unread), and no traceback is printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import ClaimsFileError
from claimcheck.claimsfile import Limits, load

STORY = "Officials said up to 500 fighters remain in Iraq.\n"
CLAIM = '[[claim]]\nid = "a"\nquote = "up to 500 fighters"\nsubject = "fighters"\n'

#: name -> (claims file content, expected rule, expected line, words the message holds)
CASES: dict[str, tuple[str | bytes, str, int | None, str]] = {
    "invalid-toml": ('[[claim]\nvalue = "5"\n', "invalid-toml", 1, "not valid TOML"),
    "article-number": ("article = 3\n" + CLAIM, "invalid-field", 1, "article must be a file name, not 3"),
    "value-number": (
        '[[claim]]\nvalue = 5\nsubject = "x"\n',
        "invalid-field",
        2,
        'claim #1, value: value must be text such as "up to 500", not 5',
    ),
    "claim-number": ("claim = 3\n", "invalid-field", 1, "'claim' must be written as [[claim]] tables"),
    "claim-table": ('[claim]\nvalue = "5"\n', "invalid-field", None, "must be written as [[claim]] tables"),
    "scope-list": (
        '[[claim]]\nvalue = "5"\nsubject = "x"\nscope = ["Iraq"]\n',
        "invalid-field",
        4,
        "scope must map facets to names",
    ),
    "scope-number": (
        '[[claim]]\nvalue = "5"\nsubject = "x"\nscope = { place = 3 }\n',
        "invalid-field",
        4,
        "scope must map facets to names",
    ),
    "of-number": (
        '[[claim]]\nid = "a"\nvalue = "5"\nsubject = "x"\nof = 3\n',
        "invalid-field",
        5,
        "claim 'a', of: of must be a claim id, not 3",
    ),
    "subject-list": ('[[claim]]\nvalue = "5"\nsubject = ["x"]\n', "invalid-field", 3, "subject must be"),
    "parts-text": (
        '[[partition]]\nfacet = "place"\nwhole = "A"\nparts = "B"\n',
        "invalid-field",
        4,
        "parts must be a list of names",
    ),
    "accept-text": (
        '[[claim]]\nid = "a"\nvalue = "5"\nsubject = "x"\n[[accept]]\nclaims = "a"\nreason = "r"\n',
        "invalid-field",
        6,
        "claims must be a list of names",
    ),
    "duplicate-id": (
        '[[claim]]\nid = "a"\nvalue = "5"\nsubject = "x"\n[[claim]]\nid = "A"\nvalue = "6"\nsubject = "x"\n',
        "duplicate-id",
        6,
        "the id 'A' is used by claim #1 too",
    ),
    "empty": ("", "empty-file", None, "the file is empty"),
    "comments-only": ("# nothing yet\n\n", "empty-file", None, "the file is empty"),
    "latin-1": (
        b'[[claim]]\nvalue = "5"\nsubject = "caf\xe9"\n',
        "invalid-encoding",
        None,
        "byte 0xe9 at line 3",
    ),
    "nul": (b'[[claim]]\nvalue = "5"\x00\n', "binary-file", None, "a NUL byte at line 2"),
    "article-folder": ('article = "adir"\n' + CLAIM, "not-a-file", 1, "is a folder"),
    "article-fifo": ('article = "pipe.txt"\n' + CLAIM, "not-a-file", 1, "is a named pipe (FIFO)"),
    "article-dev-zero": ('article = "zero.txt"\n' + CLAIM, "not-a-file", 1, "is a device"),
    "article-loop": ('article = "loop.txt"\n' + CLAIM, "unreadable-file", 1, "is a symbolic link that loops"),
    "article-missing": ('article = "gone.txt"\n' + CLAIM, "article-not-found", 1, "does not exist"),
    "article-binary": ('article = "binary.txt"\n' + CLAIM, "binary-file", 1, "is a binary file"),
    "quote-empty": (
        'article = "story.txt"\n[[claim]]\nquote = ""\nsubject = "x"\n',
        "invalid-field",
        3,
        "quote must be words of the article",
    ),
    "quote-huge": (
        'article = "story.txt"\n[[claim]]\nquote = "' + "word " * 200_000 + '"\nsubject = "x"\n',
        "quote-too-long",
        3,
        "the quote is 1,000,000 characters long, more than 20,000",
    ),
    "quote-everywhere": (
        'article = "repeated.txt"\n[[claim]]\nquote = "up to 5 fighters"\nsubject = "x"\n',
        "quote-ambiguous",
        3,
        "occurs 20,000 times in the article (lines 1, 2, 3, 4, 5 and 19,995 more)",
    ),
    "hierarchy-cycle": (
        (
            '[[partition]]\nfacet = "place"\nwhole = "A"\nparts = ["B"]\n'
            '[[partition]]\nfacet = "place"\nwhole = "B"\nparts = ["A"]\n'
        ),
        "invalid-hierarchy",
        5,
        "would have a cycle",
    ),
    "whole-in-itself": (
        '[[partition]]\nfacet = "place"\nwhole = "A"\nparts = ["A", "B"]\n',
        "invalid-hierarchy",
        1,
        "cycle",
    ),
    "deep-nesting": ("claim = " + "[" * 1000 + "]" * 1000 + "\n", "invalid-toml", None, "nested too deeply"),
    "of-cycle": (
        (
            '[[claim]]\nid = "a"\nvalue = "half"\nsubject = "x"\nof = "b"\n'
            '[[claim]]\nid = "b"\nvalue = "half"\nsubject = "y"\nof = "a"\n'
        ),
        "of-cycle",
        5,
        "cycle (a of b, b of a)",
    ),
}


def _articles(folder: Path) -> None:
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "adir").mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR up to 500 fighters")
    (folder / "repeated.txt").write_text("Up to 5 fighters.\n" * 20_000, encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_each_bad_file_gets_one_error_line_and_the_run_exits_2(tmp_path):
    _articles(tmp_path)
    for name, (content, *_) in CASES.items():
        path = tmp_path / f"{name}.claims.toml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.claims.toml")
    bom = tmp_path / "bom-crlf.claims.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + ('article = "story.txt"\n' + CLAIM).replace("\n", "\r\n").encode())
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "claimcheck.cli", "check", str(tmp_path), "--allow-outside"]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    lines = run.stdout.splitlines()
    for name, (_, rule, line, words) in CASES.items():
        path = tmp_path / f"{name}.claims.toml"
        errors = [text for text in lines if text.startswith(f"{path}:") and " error " in text]
        assert len(errors) == 1, (name, errors)
        where = f"{path}:{line}:1" if line is not None else f"{path}"
        assert errors[0].startswith(f"{where}: error {rule} "), (name, errors[0])
        assert words in errors[0], (name, errors[0])
    fifo = tmp_path / "fifo.claims.toml"
    assert f"{fifo}: error not-a-file the claims file is a named pipe (FIFO)" in run.stdout
    assert f"{bom}: consistent (1 claims)" in run.stdout


def test_a_bom_and_crlf_line_ends_read_as_if_absent(tmp_path):
    (tmp_path / "story.txt").write_bytes(b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode() * 2)
    claims = ('article = "story.txt"\n' + CLAIM + 'prefix = "Iraq. Officials said"\n').replace("\n", "\r\n")
    (tmp_path / "a.claims.toml").write_bytes(b"\xef\xbb\xbf" + claims.encode())
    loaded = load(tmp_path / "a.claims.toml")
    assert loaded.article_text == STORY * 2
    assert str(loaded.locations["a"]) == f"{tmp_path / 'story.txt'}:2:16"


@pytest.mark.parametrize(
    ("limits", "rule", "words"),
    [
        (
            Limits(article_bytes=20),
            "file-too-large",
            "larger than 20 bytes (raise it with --max-article-bytes",
        ),
        (Limits(claims=1), "too-many-claims", "2 claims, more than 1; raise the limit with --max-claims"),
        (Limits(quote_chars=5), "quote-too-long", "more than 5; quote the words around the figure"),
    ],
)
def test_limits_are_clear_errors_that_say_how_to_raise_them(tmp_path, limits, rule, words):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    path = tmp_path / "a.claims.toml"
    path.write_text('article = "story.txt"\n' + CLAIM + CLAIM.replace('"a"', '"b"'), encoding="utf-8")
    with pytest.raises(ClaimsFileError) as raised:
        load(path, limits=limits)
    assert raised.value.rule == rule
    assert words in str(raised.value)


def test_a_long_missing_quote_in_a_long_article_gets_a_bounded_answer(tmp_path):
    paragraph = "The council said 40 schools reopened in the north after the floods receded. "
    (tmp_path / "story.txt").write_text(paragraph * 3_000, encoding="utf-8")
    quote = "Nothing of this sort was ever said by 12 officials. " * 40  # 2 KB, absent
    path = tmp_path / "a.claims.toml"
    path.write_text(f'article = "story.txt"\n[[claim]]\nquote = "{quote}"\nsubject = "x"\n', encoding="utf-8")
    with pytest.raises(ClaimsFileError) as raised:
        load(path)
    assert raised.value.rule == "quote-not-found"
    assert "closest passage" not in str(raised.value)  # past the hint's length, no hint is computed


def test_the_closest_passage_is_still_suggested_for_a_near_miss(tmp_path):
    paragraph = "The council said 40 schools reopened in the north after the floods receded.\n"
    (tmp_path / "story.txt").write_text(paragraph * 500 + "Aid groups counted 7,000 displaced families.\n")
    path = tmp_path / "a.claims.toml"
    quote = "aid groups count 7,000 displaced familys"
    path.write_text(f'article = "story.txt"\n[[claim]]\nquote = "{quote}"\nsubject = "x"\n', encoding="utf-8")
    with pytest.raises(
        ClaimsFileError, match="closest passage is 'Aid groups counted 7,000 displaced families"
    ):
        load(path)


def test_check_refuses_of_links_in_a_cycle_naming_the_claims():
    from claimcheck import Claim, ModelError, check

    claims = [
        Claim("roughly half", "fighters", id="a", of="b"),
        Claim("roughly half", "members", id="b", of="a"),
        Claim("500", "others", id="c"),
    ]
    with pytest.raises(ModelError, match=r"cycle \(a of b, b of a\)"):
        check(claims)
