"""`meta-scale-tui search`: the same ranking as the app, as text or JSON, with clear exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli.main import main


def test_text_output_groups_by_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "sweat", "shop"]) == 0
    out = capsys.readouterr().out
    quotes = out[out.index("Quotes (1)") :]  # the claim that holds the quote may come first
    assert quotes.splitlines()[1].strip() == "1. sweat shop labor" and "quote:" in quotes


def test_json_output_carries_spans_and_match_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "49%", "--format", "json", "--kind", "claim", "--limit", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "meta-scale-tui/search/1" and data["query"] == "49%"
    (group,) = data["groups"]
    assert group["kind"] == "claim" and group["count"] >= 1 and len(group["results"]) == 1
    hit = group["results"][0]
    start, end = hit["matches"][0]
    assert hit["text"][start:end] == "49%"
    assert hit["span"]["text"] == hit["text"]


def test_kind_option_limits_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "scale", "--kind", "entities", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["kind"] for g in data["groups"]] == ["entity"]


def test_nothing_found_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "qwxzvbnm"]) == 1
    assert "no match" in capsys.readouterr().out


def test_unknown_kind_exits_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", "--kind", "banana"]) == 2
    assert "unknown kind" in capsys.readouterr().err
    assert main(["search", "kind:banana", "scale"]) == 2
    assert "unknown kind" in capsys.readouterr().err


def test_unusable_corpus_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", "--corpus", str(tmp_path)]) == 1
    assert "no article" in capsys.readouterr().err


def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Title\n\nThe \x1b[31mred\x1b[0m board said “hello board”.\n", encoding="utf-8"
    )
    assert main(["search", "board", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "board" in out
