"""The HTML report: structure read back with the standard library's HTML parser, escaping, number lines,
self-containment, and the command line that writes it."""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.cli import main
from claimcheck.errors import ClaimsFileError
from claimcheck.findings import FileResult, check_file, unusable
from claimcheck.html import page_name, render_html, write_html

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_a7fc063d2ee3a42c.claims.toml"
FLOOD = ROOT / "docs" / "examples" / "flood.claims.toml"
_VOID = {"meta", "br", "img", "input", "link", "hr"}


@attrs.define
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = attrs.field(factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            node
            for node in self.walk()
            if (tag is None or node.tag == tag) and (cls is None or cls in node.classes)
        ]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "every element is closed"
    return builder.root


def page_of(path: Path) -> tuple[FileResult, Node, str]:
    try:
        result = check_file(path)
    except ClaimsFileError as err:
        result = unusable(path, err)
    page = render_html(result)
    return result, parse(page), page


def write(tmp_path: Path, claims: str, article: str) -> Path:
    (tmp_path / "article.md").write_text(article, encoding="utf-8")
    path = tmp_path / "article.claims.toml"
    path.write_text(textwrap.dedent(claims), encoding="utf-8")
    return path


def marks(document: Node) -> dict[str, list[Node]]:
    found: dict[str, list[Node]] = {}
    for node in document.find("a", "claim"):
        found.setdefault(node.attrs["data-claim"], []).append(node)
    return found


def test_every_quoted_claim_of_the_seed_is_highlighted_with_its_finding():
    result, document, _ = page_of(SEED)
    highlighted = marks(document)
    assert set(highlighted) == {claim.id for claim in result.loaded.claims}
    statuses = {claim_id: nodes[0].classes - {"claim"} for claim_id, nodes in highlighted.items()}
    assert statuses["official"] == statuses["mohamadawi"] == statuses["intelligence"] == {"cc-agreement"}
    assert statuses["un"] == statuses["cash"] == {"cc-other"}
    (un,) = highlighted["un"]
    assert un.text == "5,000 to 7,000 members and supporters"
    assert un.attrs["href"] == "#claim-un"
    assert "the UN report" in un.attrs["data-tip"]


def test_a_click_on_a_claim_leads_to_its_card_and_back():
    _, document, _ = page_of(SEED)
    cards = {node.attrs["id"]: node for node in document.find("article", "card")}
    for nodes in marks(document).values():
        card = cards[nodes[0].attrs["href"].removeprefix("#")]
        back = card.find("a", "back")[0]
        assert back.attrs["href"] == f"#{nodes[0].attrs['id']}"
    official = cards["claim-official"]
    assert "a senior military official" in official.text
    assert "≤ 500" in official.text
    assert "agree: fighters in Iraq is 100–500" in official.text


DISPUTE = """
    article = "article.md"
    [[claim]]
    id = "aid"
    quote = "at most 40,000 people"
    subject = "displaced people"
    source = "aid agencies"
    [[claim]]
    id = "officials"
    quote = "more than 45,000"
    subject = "displaced people"
    source = "local officials"
    [[claim]]
    id = "count"
    quote = "40,000"
    subject = "counted people"
    """
ARTICLE = "Aid agencies say at most 40,000 people fled; local officials say more than 45,000 fled.\n"


def test_conflicting_claims_are_marked_as_conflicts_and_the_verdict_says_so(tmp_path):
    _, document, _ = page_of(write(tmp_path, DISPUTE, ARTICLE))
    highlighted = marks(document)
    assert "cc-conflict" in highlighted["officials"][0].classes
    assert all("cc-conflict" in node.classes for node in highlighted["aid"])
    (verdict,) = document.find("p", "verdict")
    assert "fail" in verdict.classes
    assert "1 conflict" in verdict.text
    (finding,) = document.find("li", "sev-error")
    assert finding.attrs["data-rule"] == "conflict"
    assert {link.attrs["href"] for link in finding.find("a")} == {"#claim-aid", "#claim-officials"}


def test_a_quote_inside_another_keeps_both_highlights(tmp_path):
    _, document, _ = page_of(write(tmp_path, DISPUTE, ARTICLE))
    highlighted = marks(document)
    assert [node.text for node in highlighted["aid"]] == ["at most ", " people"]
    assert [node.text for node in highlighted["count"]] == ["40,000"]
    assert "id" in highlighted["aid"][0].attrs
    assert "id" not in highlighted["aid"][1].attrs


def test_an_acknowledged_conflict_has_its_own_colour(tmp_path):
    accepted = DISPUTE + '[[accept]]\nclaims = ["aid", "officials"]\nreason = "the dispute is the story"\n'
    _, document, _ = page_of(write(tmp_path, accepted, ARTICLE))
    assert "cc-acknowledged" in marks(document)["officials"][0].classes
    assert "ok" in document.find("p", "verdict")[0].classes
    assert "the dispute is the story" in document.text


HOSTILE_ARTICLE = (
    "<script>alert('article')</script> Aid agencies say at most 40,000 <b>people</b> fled; "
    'officials say more than 45,000 fled. <img src="http://example.com/x.png"> &amp;\n'
)
HOSTILE = """
    article = "article.md"
    [[claim]]
    id = 'aid"><script>alert(1)</script>'
    quote = "at most 40,000"
    subject = "displaced <i>people</i>"
    source = "<script>alert('source')</script>"
    [[claim]]
    id = "officials"
    quote = "more than 45,000"
    subject = "displaced <i>people</i>"
    source = "officials & <friends>"
    """


def test_article_and_claims_text_is_escaped(tmp_path):
    _, document, page = page_of(write(tmp_path, HOSTILE, HOSTILE_ARTICLE))
    assert document.find("script") == []
    assert document.find("img") == []
    assert document.find("b") == []
    assert document.find("i") == []
    text = document.text
    assert "<script>alert('article')</script>" in text
    assert "<script>alert('source')</script>" in text
    assert "officials & <friends>" in text
    assert "&amp;" in text
    assert "displaced <i>people</i>" in text
    (hostile,) = [claim_id for claim_id in marks(document) if claim_id != "officials"]
    assert hostile == 'aid"><script>alert(1)</script>'
    assert marks(document)[hostile][0].attrs["href"] == "#claim-aid-script-alert-1-script"
    assert "<script>" not in page


def test_the_page_references_nothing_outside_itself(tmp_path):
    for path in (SEED, FLOOD, write(tmp_path, HOSTILE, HOSTILE_ARTICLE)):
        _, document, page = page_of(path)
        for node in document.walk():
            for name, value in node.attrs.items():
                if name in {"href", "xlink:href"}:
                    assert value.startswith("#"), (node.tag, value)
                if name == "src":
                    assert value.startswith("data:"), (node.tag, value)
        assert not document.find("link")
        assert not document.find("script")
        assert "@import" not in page
        (policy,) = [node for node in document.find("meta") if node.attrs.get("http-equiv")]
        assert policy.attrs["content"].startswith("default-src 'none'")
        if path in {SEED, FLOOD}:  # the hostile article quotes a URL, as text
            assert "http:" not in page
            assert "https:" not in page
            assert "//" not in page


def test_the_page_is_responsive():
    _, document, page = page_of(SEED)
    (viewport,) = [node for node in document.find("meta") if node.attrs.get("name") == "viewport"]
    assert "width=device-width" in viewport.attrs["content"]
    assert "@media (max-width:" in page


def test_each_cell_stated_several_times_gets_a_number_line():
    _, document, _ = page_of(SEED)
    (figure,) = document.find("figure", "cell")
    assert figure.find("figcaption")[0].text == "fighters in Iraq"
    (svg,) = figure.find("svg", "numberline")
    rows = {row.attrs["data-claim"]: row for row in svg.find("g", "row")}
    assert set(rows) == {"official", "mohamadawi", "intelligence"}
    # "hundreds": 100 included, 1,000 excluded
    (closed,) = rows["mohamadawi"].find("circle", "closed")
    (hollow,) = rows["mohamadawi"].find("circle", "open")
    assert float(closed.attrs["cx"]) < float(hollow.attrs["cx"])
    assert len(rows["official"].find("circle", "closed")) == 2
    assert svg.find("rect", "overlap")
    assert not svg.find("rect", "gap")
    assert "Every claim allows 100–500." in figure.text


def test_a_gap_and_unbounded_ends_are_drawn():
    _, document, _ = page_of(FLOOD)
    figures = {node.find("figcaption")[0].text: node for node in document.find("figure", "cell")}
    assert set(figures) == {"displaced people in Riverland and Hillshire", "deaths", "river rise", "damage"}
    displaced = figures["displaced people in Riverland and Hillshire"]
    assert displaced.find("rect", "gap")
    assert not displaced.find("rect", "overlap")
    assert displaced.find("path", "unbounded")
    assert "gap of 8,000 between 40,000 and 48,000" in displaced.text
    rise = figures["river rise"]
    assert rise.find("circle", "open")  # "more than 4 metres" excludes 4
    assert len({node.attrs["id"] for node in document.find("pattern")}) == len(figures)


SHARE = """
    article = "article.md"
    [[claim]]
    id = "members"
    quote = "5,000 to 7,000 members"
    subject = "members"
    [[claim]]
    id = "half"
    quote = "roughly half of whom"
    subject = "fighters"
    of = "members"
    [[claim]]
    id = "officials"
    quote = "up to 3,000 fighters"
    subject = "fighters"
    """


def test_a_share_is_drawn_as_the_amount_it_stands_for(tmp_path):
    article = (
        "There are 5,000 to 7,000 members, roughly half of whom fight; officials say up to 3,000 fighters.\n"
    )
    _, document, _ = page_of(write(tmp_path, SHARE, article))
    (figure,) = document.find("figure", "cell")
    labels = [node.text for node in figure.find("text", "label")]
    assert any("of members → 2,250–3,850" in label for label in labels)


def test_a_claims_file_that_cannot_be_used_still_gets_a_page(tmp_path):
    path = write(
        tmp_path, 'article = "article.md"\n[[claim]]\nid = "x"\nquote = "absent 9"\nsubject = "s"\n', "1\n"
    )
    _, document, _ = page_of(path)
    assert "unusable" in document.find("p", "verdict")[0].classes
    assert document.find("li", "finding")[0].attrs["data-rule"] == "quote-not-found"


def test_page_names_follow_the_claims_files(tmp_path):
    assert page_name("a/story.claims.toml") == "story.html"
    assert page_name("b/notes.toml") == "notes.html"
    result = check_file(SEED)
    written = write_html([result, result], tmp_path / "pages")
    assert [path.name for path in written] == ["000_a7fc063d2ee3a42c.html", "000_a7fc063d2ee3a42c-2.html"]
    (single,) = write_html([result], tmp_path / "one.html")
    assert single == tmp_path / "one.html"
    (into,) = write_html([result], tmp_path / "pages")
    assert into == tmp_path / "pages" / "000_a7fc063d2ee3a42c.html"
    (forced,) = write_html([result], tmp_path / "new", folder=True)
    assert forced == tmp_path / "new" / "000_a7fc063d2ee3a42c.html"


@pytest.mark.parametrize("claims", [SEED, FLOOD])
def test_the_command_line_writes_the_page_and_exits_as_text_output_does(claims, tmp_path, capsys):
    status = main(["check", str(claims)])
    capsys.readouterr()
    out = tmp_path / "report.html"
    assert main(["check", "--format", "html", "-o", str(out), str(claims)]) == status
    assert f"wrote {out}" in capsys.readouterr().out
    parse(out.read_text(encoding="utf-8"))


def test_the_command_line_writes_a_folder_of_pages_for_several_files(tmp_path, capsys):
    folder = tmp_path / "reports"
    assert main(["check", "--format", "html", "-o", str(folder), str(SEED), str(FLOOD)]) == 1
    assert sorted(path.name for path in folder.iterdir()) == ["000_a7fc063d2ee3a42c.html", "flood.html"]
    assert main(["check", "--format", "html", str(SEED), str(FLOOD)]) == 2
    assert "needs -o FOLDER" in capsys.readouterr().err


def test_the_command_line_prints_a_single_page_without_o(capsys):
    assert main(["check", "--format", "html", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


@settings(max_examples=60)
@given(data=st.data())
def test_any_claims_render_to_a_well_formed_page_with_a_number_line_per_shared_figure(data):
    """Drawn claims (open, closed and unbounded ends, shares of other claims) always give a page.

    The findings are drawn too, so the page does not depend on the engine: any claim may be in a conflict,
    an agreement or both.
    """
    from claimcheck import strategies
    from claimcheck.claimsfile import ClaimsFile
    from claimcheck.engine import check
    from claimcheck.findings import Finding

    hierarchy = data.draw(strategies.hierarchies())
    claims = data.draw(strategies.claim_sets(hierarchy, max_size=6))
    ids = [str(claim.id) for claim in claims]
    kinds = [("conflict", "error"), ("agreement", "info"), ("acknowledged-conflict", "info")]
    findings = tuple(
        Finding(rule, severity, "drawn", "drawn.claims.toml", claims=tuple(members))
        for rule, severity in data.draw(st.lists(st.sampled_from(kinds), max_size=3))
        for members in [data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))]
    )
    loaded = ClaimsFile(Path("drawn.claims.toml"), tuple(claims), hierarchy)
    report = check(claims, hierarchy)  # the number lines draw the engine's figures
    document = parse(render_html(FileResult(str(loaded.path), findings, loaded, report)))
    figures = document.find("figure", "cell")
    drawable = [f for f in report.figures if sum(value is not None for value in f.estimates) >= 2]
    assert len(figures) == len(drawable)
    for figure in figures:
        rows = figure.find("g", "row")
        assert len(rows) >= 2
        for row in rows:
            assert row.find("circle") or row.find("path", "unbounded")
    cards = document.find("article", "card")
    assert len(cards) == len(claims)
    conflicted = {
        claim_id for finding in findings if finding.rule == "conflict" for claim_id in finding.claims
    }
    assert {card.find("code")[0].text for card in cards if "cc-conflict" in card.classes} == conflicted


def test_a_quote_whose_numbers_changed_is_highlighted_as_a_warning_where_it_now_stands(tmp_path):
    corrected = ARTICLE.replace("45,000", "46,500").replace("at most 40,000", "at most 50,000")
    _, document, _ = page_of(
        write(tmp_path, DISPUTE.replace('quote = "40,000"', 'value = "40,000"'), corrected)
    )
    highlighted = marks(document)
    assert [node.text for node in highlighted["officials"]] == ["more than 46,500"]
    assert "cc-warning" in highlighted["officials"][0].classes
    assert "".join(node.text for node in highlighted["aid"]) == "at most 50,000 people"
    assert "count" not in highlighted  # a value without a quote has a card, not a highlight
    assert document.find("article", "card")[2].attrs["id"] == "claim-count"
