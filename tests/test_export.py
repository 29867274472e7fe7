"""`export --format json`: the documented shape, every span's text equal to the article's words."""

from __future__ import annotations

import json

from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path


def _export(capsys) -> dict:  # noqa: ANN001
    assert main(["export", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _spans(data: object):  # noqa: ANN202
    if isinstance(data, dict):
        if {"article", "start", "end", "text"} <= data.keys():
            yield data
        for value in data.values():
            yield from _spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from _spans(value)


def test_export_has_the_documented_keys(capsys) -> None:  # noqa: ANN001
    data = _export(capsys)
    assert data["schema"] == "meta-scale-tui/export/1"
    assert set(data) == {
        "schema",
        "corpus",
        "problems",
        "articles",
        "sources",
        "entities",
        "claims",
        "quotes",
        "facts",
    }
    article = data["articles"][0]
    assert {"id", "title", "outlet", "author", "date", "url", "copy_of"} <= article.keys()
    assert article["outlet"] == "Winbuzzer" and article["copy_of"] is None
    assert data["articles"][1]["author"] is None  # unknown stays unknown


def test_every_exported_span_is_the_article_text(capsys) -> None:  # noqa: ANN001
    data = _export(capsys)
    texts = {a.id: a.text for a in load_corpus(seed_corpus_path()).articles}
    spans = list(_spans(data))
    assert len(spans) > 100
    for span in spans:
        assert texts[span["article"]][span["start"] : span["end"]] == span["text"]


def test_a_claim_leaning_on_two_sources_lists_both(capsys) -> None:  # noqa: ANN001
    data = _export(capsys)
    claim = next(
        c for c in data["claims"] if c["span"]["text"].startswith("According to The New York Times and")
    )
    assert claim["sources"] == ["the-new-york-times", "scale-ai"]
    assert claim["source"] == "the-new-york-times"
