"""`export --format csv --table ...` and `basket --format csv`: RFC 4180 tables, one row per item."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tui.analysis.export_csv import TABLES, spreadsheet_cell, write_rows
from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path

FOUR = Path(__file__).parent / "corpora" / "four"


def _table(capsys: pytest.CaptureFixture[str], table: str, *extra: str) -> list[dict[str, str]]:
    assert main(["export", "--format", "csv", "--table", table, *extra]) == 0
    raw = capsys.readouterr().out
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def test_articles_table_has_one_row_per_article_and_unknown_is_empty(capsys) -> None:  # noqa: ANN001
    rows = _table(capsys, "articles")
    corpus = load_corpus(seed_corpus_path())
    assert [r["id"] for r in rows] == [a.id for a in corpus.articles]
    assert rows[0]["outlet"] == "Winbuzzer" and rows[0]["date"] == "2025-06-13"
    assert rows[0]["author"] == "Markus Kasanmascheff"
    assert rows[1]["author"] == "" and rows[1]["copy_of"] == ""
    # A title with a comma survives the quoting.
    assert rows[0]["title"].startswith(
        "Meta Invests $14B in Scale AI Deal in a High-Stakes Bid for AI Supremacy, CEO"
    )


@pytest.mark.parametrize(
    ("table", "start", "end", "text"),
    [
        ("sources", "phrase_start", "phrase_end", "phrase_text"),
        ("entities", "start", "end", "text"),
        ("claims", "start", "end", "text"),
        ("quotes", "start", "end", "text"),
        ("facts", "start", "end", "text"),
    ],
)
def test_every_span_column_is_the_article_text(capsys, table: str, start: str, end: str, text: str) -> None:  # noqa: ANN001
    rows = _table(capsys, table)
    texts = {a.id: a.text for a in load_corpus(seed_corpus_path()).articles}
    assert rows, table
    for row in rows:
        assert texts[row["article"]][int(row[start]) : int(row[end])] == row[text]


def test_claims_list_both_sources_in_one_cell(capsys) -> None:  # noqa: ANN001
    rows = _table(capsys, "claims")
    row = next(r for r in rows if r["text"].startswith("According to The New York Times and"))
    assert row["sources"] == "the-new-york-times; scale-ai"
    assert row["attribution_text"].startswith("According to The New York Times")


def test_facts_come_from_the_analysis_per_slot_and_place(capsys) -> None:  # noqa: ANN001
    rows = _table(capsys, "facts", "--corpus", str(FOUR))
    ledger = {(r["slot"], r["place"]): r for r in rows if r["article"] == "ledgerwire"}
    assert ledger[("amount", "body")]["unit"] == "USD"
    assert float(ledger[("amount", "body")]["value"]) == 14.3e9
    assert ledger[("buyer", "body")]["value"] == "Meta"
    assert {r["event"] for r in rows} == {"deal"}


def test_rfc4180_crlf_quotes_and_newlines_in_cells() -> None:
    out = io.StringIO(newline="")
    n = write_rows(out, [["a", "b"], ['say "hi"', "two\nlines"], [None, True]])
    assert n == 2
    assert out.getvalue() == 'a,b\r\n"say ""hi""","two\nlines"\r\n,true\r\n'


def test_spreadsheet_safe_makes_formulas_inert_and_leaves_the_header() -> None:
    assert spreadsheet_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_cell("-5%") == "'-5%" and spreadsheet_cell("Meta") == "Meta"
    assert spreadsheet_cell(-5) == -5
    out = io.StringIO(newline="")
    write_rows(out, [["=h"], ["@x"]], spreadsheet_safe=True)
    assert out.getvalue() == "=h\r\n'@x\r\n"


def test_output_file_is_written_and_not_replaced_without_force(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "quotes.csv"
    assert main(["export", "--format", "csv", "--table", "quotes", "-o", str(target), "--bom"]) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfquote_id,article,")
    assert "row(s) of quotes written to" in capsys.readouterr().err
    target.write_text("mine", encoding="utf-8")
    assert main(["export", "--format", "csv", "--table", "quotes", "-o", str(target)]) == 1
    assert "exists; add --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert list(tmp_path.iterdir()) == [target]  # no temp file left behind


def test_csv_needs_a_table_and_json_refuses_csv_options(capsys) -> None:  # noqa: ANN001
    assert main(["export", "--format", "csv"]) == 1
    assert "--format csv needs --table" in capsys.readouterr().err
    assert main(["export", "--table", "claims"]) == 1
    assert "go with --format csv" in capsys.readouterr().err


def test_every_table_is_known() -> None:
    assert TABLES == ("articles", "sources", "entities", "claims", "quotes", "facts")


def test_basket_exports_to_csv(home: Path, capsys, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.test_basket import _items
    from tui.userdata.basket import Basket

    basket = Basket()
    for item in _items():
        basket.add(item)
    assert main(["basket", "--format", "csv", "--style", "apa"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert [r["n"] for r in rows] == ["1", "2"]
    assert rows[0]["words"] == basket.items[0].words
    assert rows[0]["outlet"] == basket.items[0].outlet
    assert rows[0]["reference"]  # the APA reference of the article
    target = tmp_path / "basket.csv"
    assert main(["basket", "--format", "csv", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("n,words,article,start,end,")
