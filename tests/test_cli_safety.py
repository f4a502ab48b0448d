"""The command line never loses a user's file, and its exit codes say what happened."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from claimcheck import findings
from claimcheck.claimsfile import load
from claimcheck.cli import main
from claimcheck.report import SCHEMA_VERSION

ARTICLE = (
    "Officials said up to 500 fighters remain in Iraq. A think tank counts at least 600 fighters there.\n"
)

CONSISTENT = """\
article = "story.txt"
[[claim]]
id = "officials"
quote = "up to 500 fighters"
subject = "fighters"
scope = { place = "Iraq" }
"""

CONFLICTING = (
    CONSISTENT
    + """
[[claim]]
id = "tank"
quote = "at least 600 fighters"
subject = "fighters"
scope = { place = "Iraq" }
"""
)


def story(tmp_path: Path, claims: str = CONSISTENT) -> Path:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "story.claims.toml"
    path.write_text(claims, encoding="utf-8")
    return path


@pytest.mark.parametrize("target", ["story.claims.toml", "story.txt"])
@pytest.mark.parametrize("force", [False, True])
def test_o_never_writes_over_a_file_the_run_reads(tmp_path, capsys, target, force):
    path = story(tmp_path)
    before = (tmp_path / target).read_bytes()
    argv = ["check", str(path), "-o", str(tmp_path / target)] + (["--force"] if force else [])
    assert main(argv) == 2
    assert "is a file this run reads" in capsys.readouterr().err
    assert (tmp_path / target).read_bytes() == before


def test_o_refuses_an_input_reached_through_a_link(tmp_path, capsys):
    path = story(tmp_path)
    (tmp_path / "report.txt").symlink_to(tmp_path / "story.txt")
    assert main(["check", str(path), "-o", str(tmp_path / "report.txt"), "--force"]) == 2
    assert "is a file this run reads" in capsys.readouterr().err
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("output_format", ["text", "json", "github", "html"])
def test_o_replaces_a_previous_report_but_not_another_file(tmp_path, capsys, output_format):
    path = story(tmp_path, CONFLICTING)
    report = tmp_path / "report.out"
    argv = ["check", str(path), "--format", output_format, "-o", str(report)]
    assert main(argv) == 1
    first = report.read_text(encoding="utf-8")
    assert first
    assert main(argv) == 1  # a report of an earlier run is replaced
    assert report.read_text(encoding="utf-8") == first
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\nDo not lose these.\n", encoding="utf-8")
    capsys.readouterr()
    assert main([*argv[:-1], str(notes)]) == 2
    assert "exists and is not a claimcheck report; remove it, or use --force" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "# My notes\nDo not lose these.\n"
    assert main([*argv[:-1], str(notes), "--force"]) == 1
    assert notes.read_text(encoding="utf-8") == first


def test_o_writes_through_a_temporary_file_and_leaves_none_behind(tmp_path):
    path = story(tmp_path)
    report = tmp_path / "report.json"
    report.write_text("{}", encoding="utf-8")
    inode = report.stat().st_ino
    assert main(["check", str(path), "--format", "json", "-o", str(report), "--force"]) == 0
    assert report.stat().st_ino != inode  # renamed into place, not rewritten in place
    assert json.loads(report.read_text(encoding="utf-8"))["ok"] is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "story.claims.toml", "story.txt"]


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("nodir/x.txt", "the folder"),
        (".", "is a folder; name a file to write"),
        ("/proc/claimcheck-report", "cannot be written"),
    ],
)
def test_unwritable_outputs_are_clear_errors(tmp_path, capsys, output, message):
    path = story(tmp_path)
    target = output if output.startswith("/") else str(tmp_path / output)
    assert main(["check", str(path), "-o", target]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: ")
    assert message in err
    assert not (tmp_path / "nodir").exists()


def test_o_dash_is_standard_output(tmp_path, capsys):
    path = story(tmp_path)
    assert main(["check", str(path), "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert not (tmp_path / "-").exists()


def _cli(*args: str, cwd: Path, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "claimcheck.cli", *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120, check=False
    )


def test_check_dash_reads_the_claims_from_standard_input(tmp_path):
    story(tmp_path)
    run = _cli("check", "-", cwd=tmp_path, stdin=CONFLICTING.encode())
    assert run.returncode == 1
    assert b"<stdin>: INCONSISTENT (2 claims, 1 conflict)" in run.stdout
    assert b"story.txt:1:" in run.stdout  # the conflict points at the article, found from here
    run = _cli("check", "-", "--format", "json", cwd=tmp_path, stdin=CONSISTENT.encode())
    assert run.returncode == 0
    assert [(f["path"], f["ok"]) for f in json.loads(run.stdout)["files"]] == [("<stdin>", True)]


@pytest.mark.parametrize(
    ("stdin", "rule"),
    [
        (b"", "empty-file"),
        (b"\x89PNG\r\n\x00\x00", "binary-file"),
        (b'article = "../story.txt"\n[[claim]]\nquote = "up to 500"\nsubject = "x"\n', "article-outside"),
        (b"[[claim]\n", "invalid-toml"),
    ],
)
def test_bad_claims_on_standard_input_are_one_clear_error(tmp_path, stdin, rule):
    run = _cli("check", "-", cwd=tmp_path, stdin=stdin)
    assert run.returncode == 2
    assert b"Traceback" not in run.stderr
    assert f": error {rule} ".encode() in run.stdout
    assert run.stdout.startswith(b"<stdin>")


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs Linux's /proc to see a blocked read")
def test_ctrl_c_in_a_real_process_prints_one_line_and_exits_130(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "claimcheck.cli", "check", "-"]
    # a shell without job control starts background jobs with Ctrl-C ignored, and a child inherits that:
    # give the child the default handling a terminal's foreground process has
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    ) as process:
        wchan = Path(f"/proc/{process.pid}/wchan")
        deadline = time.monotonic() + 60
        while "pipe_read" not in wchan.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)  # until it waits for the claims on its standard input
        if "pipe_read" not in wchan.read_text():
            process.kill()
            pytest.skip("the process never showed a blocked read")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert (process.returncode, out, err) == (130, b"", b"claimcheck: interrupted\n")


def test_an_empty_folder_is_unusable_and_its_json_says_so(tmp_path, capsys):
    assert main(["check", str(tmp_path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"schema_version": SCHEMA_VERSION, "ok": False, "files": []}
    assert "no *.claims.toml files in this folder" in captured.err


def test_html_pages_never_replace_an_article(tmp_path, capsys):
    path = story(tmp_path)
    (tmp_path / "other.claims.toml").write_text(CONSISTENT, encoding="utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.html").symlink_to(tmp_path / "story.txt")
    argv = ["check", str(path), str(tmp_path / "other.claims.toml"), "--format", "html"]
    assert main([*argv, "-o", str(tmp_path / "pages"), "--force"]) == 2
    assert "is a file this run reads" in capsys.readouterr().err
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == ARTICLE
    assert not (tmp_path / "pages" / "other.html").exists()  # nothing is written when one page is refused


def test_the_draft_never_replaces_its_article_even_through_a_link(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.claims.toml").symlink_to(article)
    assert main(["extract", "--draft", str(article)]) == 2
    assert main(["extract", "--draft", str(article), "--force"]) == 2
    assert "is a file this run reads" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("name", ['my "story".txt', "back\\slash story.txt", "ünïcode story.txt"])
def test_the_draft_names_any_article_in_valid_toml(tmp_path, capsys, name):
    article = tmp_path / name
    article.write_text(ARTICLE, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    assert main(["extract", "--draft", str(article), "-o", str(drafts / "a.claims.toml")]) == 0
    assert "outside the draft's folder" in capsys.readouterr().err
    text = (drafts / "a.claims.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text)["article"] == f"../{name}"
    loaded = load(drafts / "a.claims.toml", allow_outside=True)
    assert loaded.article is not None
    assert loaded.article.resolve() == article.resolve()
    assert main(["extract", "--draft", str(article)]) == 0  # beside the article: its bare name
    assert (
        tomllib.loads(article.with_name(f"{article.stem}.claims.toml").read_text("utf-8"))["article"] == name
    )


@pytest.mark.parametrize("article", ["../../etc/passwd", "/etc/passwd", "/proc/self/environ"])
def test_an_article_outside_the_claims_files_folder_needs_allow_outside(tmp_path, capsys, article):
    path = tmp_path / "x.claims.toml"
    path.write_text(f'article = "{article}"\n[[claim]]\nquote = "root"\nsubject = "x"\n', encoding="utf-8")
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr().out
    assert f"{path}:1:1: error article-outside article: the article {article!r} is outside" in out
    assert "--allow-outside" in out
    assert main(["check", str(path), "--format", "html", "-o", str(tmp_path / "page.html")]) == 2
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "is outside the claims file" in page
    assert "root:" not in page
    assert "PATH=" not in page


def test_allow_outside_reads_an_article_elsewhere(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    path = tmp_path / "claims" / "story.claims.toml"
    path.write_text(CONSISTENT.replace('"story.txt"', '"../articles/story.txt"'), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert main(["check", str(path), "--allow-outside"]) == 0


def test_an_internal_error_exits_3_never_the_findings_status(tmp_path, capsys, monkeypatch):
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(findings, "check_file", broken)
    assert main(["check", str(story(tmp_path))]) == 3
    err = capsys.readouterr().err
    assert err.startswith(
        "claimcheck: internal error (a bug in claimcheck, please report it): ZeroDivisionError"
    )


def test_ctrl_c_prints_one_line_and_exits_130(tmp_path, capsys, monkeypatch):
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(findings, "check_file", interrupted)
    assert main(["check", str(story(tmp_path))]) == 130
    assert capsys.readouterr().err == "claimcheck: interrupted\n"


def test_a_closed_pipe_ends_quietly_with_the_findings_status(tmp_path):
    for number in range(200):  # far more output than a pipe holds
        story(tmp_path, CONFLICTING).rename(tmp_path / f"s{number:03}.claims.toml")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert _read_one_line_and_close("check", str(tmp_path)) == (1, b"")


def _read_one_line_and_close(*args: str) -> tuple[int, bytes]:
    """Run the command line, read one line of its output and close the pipe: its status and errors."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-m", "claimcheck.cli", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read()
        return process.wait(), err


@pytest.mark.parametrize(
    "text",
    [
        "    indented notes\n    all of them\n",
        '{"schema_version": 3, "name": "another tool"}\n',
        "story.txt:1:1: error my-own-rule something I wrote\n",
        "<!DOCTYPE html><html><body>my page</body></html>\n",
    ],
)
def test_files_that_only_look_like_reports_are_not_replaced(tmp_path, capsys, text):
    path = story(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "-o", str(other)]) == 2
    assert "is not a claimcheck report" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == text


def test_a_closed_pipe_keeps_the_status_of_what_parse_read():
    texts = [str(number) for number in range(5_000)]  # far more rows than a pipe holds
    status, err = _read_one_line_and_close("parse", *texts, "no figure here")
    assert status == 2  # one text could not be read: that status, not 0, although the reader left early
    assert err.decode().splitlines() == [
        "claimcheck: cannot read a quantity in 'no figure here' at column 1: no number or amount found"
    ]
