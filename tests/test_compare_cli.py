"""`meta-scale-tui compare`: formats, article choice, errors without tracebacks, escaping."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tui.cli.main import main

FOUR = Path(__file__).parent / "corpora" / "four"


def test_json_has_aspects_profiles_and_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "meta-scale-tui/compare/1"
    assert data["articles"] == ["winbuzzer", "techrepublic"]
    aspects = {a["id"]: a for a in data["aspects"]}
    assert aspects["leadership:droege"]["verdict"] == "agree"  # "CEO" is less precise than "interim CEO"
    assert aspects["valuation"]["cells"]["techrepublic"]["mark"] == "missing"
    frames = data["profiles"]["winbuzzer"]["frames"]
    assert [f["frame"] for f in frames] == [
        "conflict",
        "human_interest",
        "economic",
        "morality",
        "responsibility",
    ]
    assert all(
        ev["span"]["article"] == "winbuzzer" for f in frames for i in f["items"] for ev in i["evidence"]
    )


def test_markdown_and_article_choice(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["compare", "--corpus", str(FOUR), "--articles", "ledgerwire,northline", "--format", "md"]) == 0
    )
    out = capsys.readouterr().out
    assert "$14.3 billion vs $14.8 billion: different values" in out
    assert "| Amount paid or invested |" in out


def test_unknown_article_is_exit_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--articles", "winbuzzer,nope"]) == 2
    err = capsys.readouterr().err
    assert "unknown article id(s): nope" in err and "techrepublic" in err


def test_empty_corpus_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--corpus", str(tmp_path)]) == 1
    assert "no article" in capsys.readouterr().err


def test_html_is_one_escaped_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("000_7e0c72b512ef79a9.txt", "003_e8265f7e24b04829.txt"):
        shutil.copy(FOUR / name, tmp_path / name)
    (tmp_path / "zz.txt").write_text(
        "Hostile <script>alert(1)</script> [bold]x[/] invests $14B for a 49% stake.\n", encoding="utf-8"
    )
    assert (
        main(
            [
                "compare",
                "--corpus",
                str(tmp_path),
                "--articles",
                "000_7e0c72b512ef79a9,zz",
                "--format",
                "html",
            ]
        )
        == 0
    )
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "src=" not in page and "href=" not in page  # self-contained


def test_html_report_is_standalone_with_metadata_discrepancies_and_legend(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", "--corpus", str(FOUR), "--format", "html"]) == 0
    page = capsys.readouterr().out
    headings = re.findall(r"<h2>([^<]*)</h2>", page)
    assert headings == [
        "Articles",
        "Discrepancies",
        "Frames with their evidence, tone, loaded language, sources",
        "Aspects",
        "Quote variants",
        "Timeline",
        "Provenance",
        "Legend",
    ]
    assert "<b>contradiction</b>" in page and "$14.3 billion vs $14.8 billion" in page
    # each article's outlet, author, date and URL (a link: the one outside address in the page)
    assert (
        "<tr><td><b>Winbuzzer</b></td><td>Meta Invests $14B in Scale AI Deal in a High-Stakes Bid for AI "
        "Supremacy, CEO Alexandr Wang Steps Down</td><td>Markus Kasanmascheff</td><td>2025-06-13</td>"
        "<td><a href='https://winbuzzer.com/2025/06/13/" in page
    )
    assert "<tr><td><b>Ledger Wire (fictional)</b></td>" in page
    assert "author unknown</span></td><td><span class=muted>date unknown</span>" in page
    assert page.count("href=") == 1 and "<script" not in page and "src=" not in page
    # outlet names, not file ids, in the comparison's own words
    body = page.split("<h2>Discrepancies</h2>")[1]
    assert "Ledger Wire (fictional) hedges" in body
    for aid in ("winbuzzer", "techrepublic", "ledgerwire", "northline"):
        assert re.search(rf"(?<![\w./-]){aid}(?![\w-])", body) is None, aid
    for word in (
        "contradiction",
        "precision",
        "variation",
        "only in / missing",
        "narrator",
        "alignment score",
    ):
        assert f"<tr><th>{word}</th>" in page, word


def test_html_escapes_hostile_metadata_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "Meta invests $14B in Scale AI </td></table><script>alert(1)</script> & more.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Meta pays $14.3 billion for <b>49%</b> of Scale AI.\n", encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        'name: "<img src=x onerror=alert(1)>"\narticles:\n'
        '  a.txt:\n    outlet: "<i>Evil</i> & Co"\n    author: "\'><script>x</script>"\n'
        '    title: "</title><script>t</script>"\n    url: "javascript:alert(1)"\n'
        "  b.txt:\n    outlet: Fine Daily\n    url: \"https://example.org/a?x=1&y='2'><script>\"\n",
        encoding="utf-8",
    )
    assert main(["compare", "--corpus", str(tmp_path), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<script" not in page and "<img" not in page and "<i>" not in page and "<b>49%" not in page
    assert "href='javascript" not in page and "href=" not in page  # neither address is a plain http(s) one
    assert "&lt;i&gt;Evil&lt;/i&gt; &amp; Co" in page and "&lt;/td&gt;&lt;/table&gt;&lt;script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:alert(1)" in page  # shown as text, not as a link


def test_default_articles_all_up_to_six(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--corpus", str(FOUR), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"] == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
    assert captured.err == ""  # no note: every article is compared


def test_more_than_six_articles_default_to_the_first_six_with_a_note_and_all_takes_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.corpus import make_corpus

    root = make_corpus(8, tmp_path / "eight", copies=0.0)
    ids = sorted(p.stem for p in root.glob("*.txt"))
    assert main(["compare", "--corpus", str(root), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"] == ids[:6]
    assert "first 6 of 8 articles" in captured.err and "--articles all" in captured.err
    assert main(["compare", "--corpus", str(root), "--articles", "all", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"] == ids and captured.err == ""


def test_the_reports_list_every_kind_of_discrepancy_grouped(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: the Discrepancies section lists contradictions, precision, variations and
    omissions (and the sourcing flags), each kind under its own heading, most serious first."""
    assert main(["compare", "--corpus", str(FOUR), "--format", "md"]) == 0
    page = capsys.readouterr().out
    section = page.split("## Discrepancies\n", 1)[1].split("\n## ", 1)[0]
    headings = re.findall(r"^### (\w[\w ]*) \((\d+)\)$", section, re.MULTILINE)
    assert [h for h, _ in headings] == [
        "Contradictions",
        "Stage changes",  # Winbuzzer tells the deal being finalized: talks (stop 40)
        "Precision",
        "Variations",
        "Omissions",
        "Sourcing and hedging",
    ]
    kinds = dict(headings)
    groups = dict(
        zip([h for h, _ in headings], re.split(r"^### .*$", section, flags=re.MULTILINE)[1:], strict=True)
    )
    for heading, body in groups.items():
        assert body.count("\n- ") == int(kinds[heading]), heading
    assert "$14.3 billion vs $14.8 billion" in groups["Contradictions"]
    assert "$14B is $14.3 billion rounded" in groups["Precision"]
    assert "“acting CEO” vs “interim CEO”" in groups["Variations"]
    # an event fact one article leaves out, named by outlet
    assert (
        "- **Valuation**: stated by Winbuzzer, Ledger Wire (fictional), Northline Post (fictional); not by TechRepublic"
        in (groups["Omissions"])
    )
    assert "Theme" not in groups["Omissions"]  # a shared theme is no fact an article leaves out

    assert main(["compare", "--corpus", str(FOUR), "--format", "html"]) == 0
    html = capsys.readouterr().out
    body = html.split("<h2>Discrepancies</h2>", 1)[1].split("<h2>", 1)[0]
    assert re.findall(r"<h3>([^<(]*) \(\d+\)</h3>", body) == [
        "Contradictions",
        "Stage changes",
        "Precision",
        "Variations",
        "Omissions",
        "Sourcing and hedging",
    ]
    assert "<td><b>omission</b></td>" in body and "not by TechRepublic" in body


def test_two_articles_that_agree_everywhere_have_no_discrepancies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(
            "Harbor buys Tallis for $2.4 billion\n\nHarbor Freightways will buy Tallis Rail for $2.4 billion.\n",
            encoding="utf-8",
        )
    assert main(["compare", "--corpus", str(tmp_path), "--format", "md"]) == 0
    section = capsys.readouterr().out.split("## Discrepancies\n", 1)[1].split("\n## ", 1)[0]
    assert "None: the articles agree wherever they tell the same fact." in section
    assert "###" not in section
