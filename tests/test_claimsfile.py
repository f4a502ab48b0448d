"""Claims files: loading, locating quotes, and errors that name the file, line and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck import ClaimsFileError
from claimcheck.claimsfile import load

SEEDS = Path(__file__).parent.parent / "seeds"

ARTICLE = """\
Officials said up to 500 fighters remain in Iraq.
A UN report counts 5,000 to 7,000 members and supporters,
roughly half of whom are fighters. Up to 500 fighters left.
"""


def write(tmp_path: Path, claims: str, article: str | None = ARTICLE) -> Path:
    if article is not None:
        (tmp_path / "article.md").write_text(article, encoding="utf-8")
    path = tmp_path / "article.claims.toml"
    path.write_text(textwrap.dedent(claims), encoding="utf-8")
    return path


def test_the_seed_claims_file_loads_with_every_quote_located():
    loaded = load(SEEDS / "000_a7fc063d2ee3a42c.claims.toml")
    values = {claim.id: claim.value for claim in loaded.claims}
    assert values["official"] == "up to 500"
    assert values["un"] == "5,000 to 7,000"
    assert values["un-fighters"] == "roughly half"
    assert values["intelligence"] == "no more than 400 to 500"
    article = loaded.article_text
    assert article is not None
    for claim in loaded.claims:
        location = loaded.locations[claim.id]
        line = article.splitlines()[location.line - 1]
        assert line[location.column - 1 :].startswith(claim.quote or "")


def test_a_quote_knows_its_line_and_column(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        id = "un"
        quote = "5,000 to 7,000 members"
        subject = "members"
        """,
    )
    loaded = load(path)
    assert str(loaded.locations["un"]) == f"{tmp_path / 'article.md'}:2:20"


def test_when_the_article_changes_its_number_the_claim_reads_the_new_one(tmp_path):
    claims = """
        article = "article.md"
        [[claim]]
        id = "un"
        quote = "counts 5,000 to 7,000 members"
        subject = "members"
        """
    loaded = load(write(tmp_path, claims))
    assert loaded.claims[0].value == "5,000 to 7,000"
    assert dict(loaded.changed) == {}
    corrected = load(write(tmp_path, claims, ARTICLE.replace("5,000 to 7,000", "6,000 to 8,500")))
    assert corrected.claims[0].value == "6,000 to 8,500"
    assert dict(corrected.changed) == {"un": "counts 6,000 to 8,500 members"}
    assert corrected.locations["un"].line == 2


def test_quotes_match_across_line_breaks_and_case(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        quote = "MEMBERS AND SUPPORTERS, roughly half"
        value = "roughly half"
        subject = "fighters"
        """,
    )
    location = load(path).locations["c1"]
    assert (location.line, location.column) == (2, 35)


def test_quotes_match_curly_and_straight_quotation_marks_and_dashes(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        quote = '"5,000-7,000 members"'
        subject = "members"
        """,
        "The UN counts “5,000–7,000 members” in both countries.\n",
    )
    loaded = load(path)
    assert loaded.claims[0].value == "5,000–7,000"
    assert loaded.locations["c1"].column == 15


def test_a_quote_found_twice_lists_its_lines(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"

        [[claim]]
        id = "a"
        quote = "up to 500 fighters"
        subject = "fighters"
        """,
    )
    with pytest.raises(ClaimsFileError) as raised:
        load(path)
    error = raised.value
    assert error.line == 6
    assert error.field == "claim 'a', quote"
    assert "occurs 2 times in the article (lines 1, 3)" in str(error)
    assert str(error).startswith(f"{path}:6: claim 'a', quote:")


def test_prefix_and_suffix_pick_one_occurrence(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        id = "officials"
        quote = "up to 500 fighters"
        prefix = "Officials said"
        subject = "fighters"
        [[claim]]
        id = "left"
        quote = "up to 500 fighters"
        suffix = "left"
        subject = "fighters who left"
        """,
    )
    loaded = load(path)
    assert loaded.locations["officials"].line == 1
    assert loaded.locations["left"].line == 3


def test_a_missing_quote_shows_the_closest_passage(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        id = "un"
        quote = "5,000 to 7,000 members and backers"
        subject = "members"
        """,
    )
    with pytest.raises(ClaimsFileError, match="closest passage is '5,000 to 7,000 members and") as raised:
        load(path)
    assert raised.value.line == 5


def test_a_quote_with_no_number_is_an_error(tmp_path):
    path = write(
        tmp_path,
        """
        article = "article.md"
        [[claim]]
        quote = "members and supporters"
        subject = "members"
        """,
    )
    with pytest.raises(ClaimsFileError, match="states no number"):
        load(path)


@pytest.mark.parametrize(
    ("claims", "line", "message"),
    [
        (
            (
                '[[claim]]\nid = "a"\nvalue = "5"\nsubject = "x"\n'
                '[[claim]]\nid = "A"\nvalue = "6"\nsubject = "y"\n'
            ),
            6,
            "the id 'A' is used by claim #1 too",
        ),
        ('[[claim]]\nvalue = "half"\nsubject = "x"\nof = "nobody"\n', 4, "no claim has that id"),
        ('article = "gone.md"\n', 1, "does not exist"),
        ('[[claim]]\nsubject = "x"\n', 1, "needs a 'quote' from the article or a 'value'"),
        ('[[claim]]\nvalue = "many"\nsubject = "x"\n', 2, "cannot read a quantity in 'many'"),
        ('[[claim]]\nvalue = "5"\n', 1, "the key 'subject' is missing"),
        ('[[claim]]\nvalue = "5"\nsubject = "x"\nquote = "5"\n', 4, "needs the file to name its 'article'"),
        ('[[claim]\nvalue = "5"\n', 1, "not valid TOML"),
        ('[[accept]]\nclaims = ["x"]\nreason = "r"\n', 2, "'x' names no claim"),
        (
            (
                '[[partition]]\nfacet = "place"\nwhole = "A"\nparts = ["B"]\n'
                '[[partition]]\nfacet = "place"\nwhole = "B"\nparts = ["A"]\n'
            ),
            5,
            "would have a cycle",
        ),
    ],
)
def test_errors_name_the_file_line_and_field(tmp_path, claims, line, message):
    path = write(tmp_path, claims, article=None)
    with pytest.raises(ClaimsFileError, match=message) as raised:
        load(path)
    assert raised.value.line == line
    assert str(raised.value).startswith(f"{path}:{line}:")


@pytest.mark.parametrize(
    ("claims", "line", "message"),
    [
        (
            '[[claim]]\nsubject = "x"\nsubjekt = "x"\nvalue = "5"\n',
            3,
            "claim #1: unknown key 'subjekt' is ignored; did you mean 'subject'?",
        ),
        ('colour = "red"\n[[claim]]\nsubject = "x"\nvalue = "5"\n', 1, "unknown key 'colour' is ignored"),
    ],
)
def test_unknown_keys_are_notices_naming_the_nearest_known_key(tmp_path, claims, line, message):
    loaded = load(write(tmp_path, claims, article=None))
    (notice,) = loaded.notices
    assert (notice.rule, notice.location.line) == ("unknown-key", line)
    assert notice.message.startswith(message)
    assert len(loaded.claims) == 1


def test_a_missing_claims_file_is_an_error(tmp_path):
    with pytest.raises(ClaimsFileError, match="no such claims file"):
        load(tmp_path / "nowhere.claims.toml")


def test_accept_entries_are_read(tmp_path):
    path = write(
        tmp_path,
        """
        [[claim]]
        id = "aid"
        value = "at most 40,000"
        subject = "displaced"
        [[claim]]
        id = "officials"
        value = "more than 45,000"
        subject = "displaced"
        [[accept]]
        claims = ["aid", "officials"]
        reason = "the article reports the dispute"
        """,
        article=None,
    )
    (accept,) = load(path).accepts
    assert accept.claims == ("aid", "officials")
    assert accept.reason == "the article reports the dispute"
    assert accept.location.line == 10


@pytest.mark.parametrize(
    ("claims", "rule"),
    [
        ('[[claim]\nvalue = "5"\n', "invalid-toml"),
        ('article = "gone.md"\n', "article-not-found"),
        ('[[claim]]\nvalue = "half"\nsubject = "x"\nof = "nobody"\n', "unknown-claim"),
        (
            (
                '[[claim]]\nid = "a"\nvalue = "5"\nsubject = "x"\n'
                '[[claim]]\nid = "a"\nvalue = "6"\nsubject = "y"\n'
            ),
            "duplicate-id",
        ),
        ('[[claim]]\nvalue = "many"\nsubject = "x"\n', "invalid-value"),
    ],
)
def test_errors_carry_a_stable_rule_id(tmp_path, claims, rule):
    with pytest.raises(ClaimsFileError) as raised:
        load(write(tmp_path, claims, article=None))
    assert raised.value.rule == rule


@pytest.mark.parametrize(
    ("quote", "rule"),
    [
        ("5,000 to 7,000 members and backers", "quote-not-found"),
        ("up to 500 fighters", "quote-ambiguous"),
        ("members and supporters", "quote-without-number"),
    ],
)
def test_quote_errors_carry_their_rule(tmp_path, quote, rule):
    claims = f'article = "article.md"\n[[claim]]\nquote = "{quote}"\nsubject = "x"\n'
    with pytest.raises(ClaimsFileError) as raised:
        load(write(tmp_path, claims))
    assert raised.value.rule == rule


def test_a_quote_never_reads_part_of_a_longer_figure(tmp_path):
    claims = 'article = "article.md"\n[[claim]]\nid = "a"\nquote = "500 fighters remain"\nsubject = "x"\n'
    loaded = load(write(tmp_path, claims, "Officials said 1,500 fighters remain in Iraq.\n"))
    assert loaded.claims[0].value == "1,500"  # the article's figure, whole
    assert dict(loaded.changed) == {"a": "1,500 fighters remain"}  # and flagged: the quote says 500


def test_each_quoted_claim_keeps_its_span_in_the_article(tmp_path):
    claims = (
        'article = "article.md"\n'
        '[[claim]]\nid = "un"\nquote = "5,000 to 7,000 members"\nsubject = "members"\n'
        '[[claim]]\nid = "v"\nvalue = "500"\nsubject = "fighters"\n'
    )
    loaded = load(write(tmp_path, claims))
    assert set(loaded.spans) == {"un"}
    start, end = loaded.spans["un"]
    assert ARTICLE[start:end] == "5,000 to 7,000 members"


@pytest.mark.parametrize(
    ("figure", "reason"),
    [
        ("1" + "0" * 10_000, "too long to be a figure"),
        ("10^400", "beyond the magnitudes claimcheck reads (10^-100 to 10^100)"),
        ("1e308", "beyond the magnitudes claimcheck reads"),
        ("9" * 400, "too long to be a figure"),
    ],
)
def test_a_quoted_figure_past_the_documented_magnitude_is_a_clear_error(tmp_path, figure, reason):
    claims = f'article = "article.md"\n[[claim]]\nquote = "{figure} fighters"\nsubject = "x"\n'
    with pytest.raises(ClaimsFileError) as raised:
        load(write(tmp_path, claims, f"Officials counted {figure} fighters.\n"))
    assert raised.value.rule == "quote-without-number"
    assert "states no number claimcheck can read" in raised.value.reason
    assert reason in raised.value.reason
    assert len(str(raised.value)) < 600  # an excerpt of the figure, never all of it


def test_a_subset_of_a_facet_that_does_not_add_is_flagged(tmp_path):
    # "180,000 visitors in September" of "1.2m in the first nine months": a [[subset]] of a facet named
    # like a time bounded nothing and said nothing (a September above its nine months passed unseen);
    # it is a facet-does-not-add notice saying how to declare that its values add up, as a partition's is
    claims = """
        [[subset]]
        facet = "period"
        part = "September"
        of = "January to September"

        [[claim]]
        subject = "visitors"
        scope = { period = "September" }
        value = "180,000"
        """
    (notice,) = load(write(tmp_path, claims, article=None)).notices
    assert notice.rule == "facet-does-not-add"
    assert "subset of 'period' is not a bound" in notice.message
    assert "adds = true" in notice.message
    declared = load(write(tmp_path, claims + '\n[[facet]]\nname = "period"\nadds = true\n', article=None))
    assert not declared.notices
