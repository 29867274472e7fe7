"""What the command line prints for hostile input: never a control character that could drive the
terminal, never a traceback; problems as path:line: message (issue 8)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tui.cli.main import main

#: Anything that could drive a terminal, in what the CLI prints (LF and TAB are fine).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

HOSTILE_TEXT = (
    "Hostile [bold]Title[/] \x1b]0;pwned\x07\n\n"
    "Meta paid $14.3B, according to Reuters \x1b]52;c;aGk=\x07. “[@click=app.quit]quit” he said \u009b2J.\n"
    "Markup [link=https://x]link[/link] :smile: $variable \x08\x00 \u202eevil\n"
)


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "story\x1b[31m"
    root.mkdir()
    (root / "a\u009b2J.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    with open(os.fsencode(root) + b"/b\xff.txt", "wb") as handle:
        handle.write(b"Bad Name Bytes\n\nMeta paid $1B.\n")
    (root / "corpus.yaml").write_text(
        'name: "Name \\e]2;pwned\\a"\narticles:\n  "a\\x9b2J.txt":\n    outlet: "\\e[5mOutlet"\n'
        "    date: 2025-13-45\n",
        encoding="utf-8",
    )
    (root / "empty\x1b[2J.txt").write_bytes(b"")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_prints_no_control_characters(hostile_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--corpus", str(hostile_corpus))
    assert code == 0
    assert not RAW_CONTROL.search(out), out
    assert not RAW_CONTROL.search(err), err
    assert "empty␛[2J.txt: error: the file is empty (0 bytes); skipped" in err
    assert (
        "corpus.yaml:3: warning: a\ufffd2J.txt: field 'date' is not a date (YYYY-MM-DD): '2025-13-45'" in err
    )


def test_export_json_is_valid_and_prints_no_control_characters(
    hostile_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "--corpus", str(hostile_corpus), "--format", "json")
    assert code == 0
    assert not RAW_CONTROL.search(out), RAW_CONTROL.findall(out)
    assert not RAW_CONTROL.search(err)
    data = json.loads(out)
    texts = [a["file"] for a in data["articles"]]
    assert "a\u009b2J.txt" in texts or "a\ufffd2J.txt" in texts  # escaped or replaced, never raw
    assert data["corpus"]["name"] == "Name ␛]2;pwned␇"
    outlets = {a["outlet"] for a in data["articles"]}
    assert "␛[5mOutlet" in outlets or None in outlets  # the metadata entry names a C1 file name


def test_unusable_corpus_exits_1_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--corpus", str(tmp_path / "missing\x1b]0;x\x07"))
    assert code == 1
    assert "no such corpus folder" in err and "Traceback" not in err
    assert not RAW_CONTROL.search(out + err)
    code, out, err = run(capsys, "export", "--corpus", str(tmp_path / "missing"))
    assert code == 1 and "no article could be loaded" in err


@pytest.fixture
def hostile_story(tmp_path: Path) -> Path:
    from tests.hostile.corpus import write_hostile_corpus

    return write_hostile_corpus(tmp_path / "story")


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize(
    "query", ["excited", "bold", "pwned", "\x1b]0;pwned\x07", "[/]", ".*(", "x" * 10_000]
)
def test_search_prints_no_control_characters(
    hostile_story: Path, capsys: pytest.CaptureFixture[str], fmt: str, query: str
) -> None:
    code, out, err = run(capsys, "search", "--corpus", str(hostile_story), "--format", fmt, query)
    assert code in (0, 1), err
    assert "Traceback" not in err
    assert not RAW_CONTROL.search(out), RAW_CONTROL.findall(out)
    assert not RAW_CONTROL.search(err), RAW_CONTROL.findall(err)
    if fmt == "json":
        json.loads(out)
    if query == "excited":
        assert "[bold]excited[/] about [@click=app.quit]this[/]" in out


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_compare_prints_no_control_characters_and_escapes_html(
    hostile_story: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, err = run(
        capsys, "compare", "--corpus", str(hostile_story), "--format", fmt, "--articles", "all"
    )
    assert code == 0, err
    assert not RAW_CONTROL.search(out), sorted(set(RAW_CONTROL.findall(out)))
    assert not RAW_CONTROL.search(err)
    if fmt == "json":
        json.loads(out)
    if fmt == "html":
        low = out.lower()
        assert "<script" not in low and "<img" not in low and 'href="javascript' not in low
        assert "[bold]Title[/] [@click=app.quit]x[/]" in out  # markup-looking metadata, literally


def test_export_escapes_nothing_it_should_not(
    hostile_story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "--corpus", str(hostile_story))
    assert code == 0
    data = json.loads(out)
    texts = "\n".join(c["span"]["text"] for c in data["claims"])
    assert not RAW_CONTROL.search(out)
    assert "$15bn" in texts or "15bn" in out  # the HTML-looking paragraph is analysed as text


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_extract_prints_no_control_characters(
    hostile_story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files = sorted(str(p) for p in hostile_story.glob("*.txt")) + [str(empty), str(tmp_path)]
    code, out, err = run(capsys, "extract", "--format", fmt, *files)
    assert code == 0, err
    assert not RAW_CONTROL.search(out), sorted(set(RAW_CONTROL.findall(out)))
    assert not RAW_CONTROL.search(err), sorted(set(RAW_CONTROL.findall(err)))
    assert "empty.txt: error: the file is empty (0 bytes); skipped" in err
    assert "is a folder" in err
    if fmt == "json":
        data = json.loads(out)
        assert len(data["articles"]) == 2
    assert "[@click=app.quit]" in out
    code, out, err = run(capsys, "extract", str(empty))
    assert code == 1 and "Traceback" not in err
