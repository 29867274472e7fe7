"""Streaming export (issue 15): the JSON is written item by item, byte for byte the document the
whole-dict export printed (which held 1.8 GB at 5,000 articles), and JSON lines are offered too."""

from __future__ import annotations

import json

from tests.factories import make_corpus
from tui.analysis.export import export_dict, iter_export_json
from tui.analysis.pipeline import analyse
from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path


def test_the_streamed_json_is_the_whole_document_byte_for_byte(tmp_path) -> None:  # noqa: ANN001
    for root in (seed_corpus_path(), make_corpus(30, tmp_path / "c")):
        corpus = load_corpus(root)
        analysis = analyse(corpus)
        whole = json.dumps(export_dict(corpus, analysis), indent=2, ensure_ascii=False)
        assert "".join(iter_export_json(corpus, analysis)) == whole


def test_an_empty_list_streams_as_empty(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_text("Short Title\n\nNothing said here at all.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    analysis = analyse(corpus)
    whole = json.dumps(export_dict(corpus, analysis), indent=2, ensure_ascii=False)
    assert "".join(iter_export_json(corpus, analysis)) == whole


def test_jsonl_has_a_header_then_one_typed_line_per_item(capsys) -> None:  # noqa: ANN001
    assert main(["export", "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["record"] == "header" and lines[0]["schema"]
    whole = export_dict(load_corpus(seed_corpus_path()), analyse(load_corpus(seed_corpus_path())))
    counts = {
        kind: sum(1 for x in lines if x["record"] == kind)
        for kind in ("article", "source", "entity", "claim", "quote")
    }
    assert counts == {
        "article": len(whole["articles"]),
        "source": len(whole["sources"]),
        "entity": len(whole["entities"]),
        "claim": len(whole["claims"]),
        "quote": len(whole["quotes"]),
    }
