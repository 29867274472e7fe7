"""Importing hostile files: web pages with markup, scripts and control sequences in their text
and metadata; files that are not files; the result loads clean (issue 8)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.hostile.checks import assert_no_terminal_controls, assert_spans_right
from tui.analysis.extract import analyse_corpus
from tui.cli.main import main
from tui.corpus.loader import load_corpus

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

PAGE = """<!DOCTYPE html>
<html><head>
<title>[bold]Page[/] \x1b]0;pwned\x07 title</title>
<meta property="og:site_name" content="[link=https://x.example]Site[/link] \x1b[2J">
<meta name="author" content=":smile: $variable \u009b2J">
<meta property="article:published_time" content="2025-06-13T10:00:00Z">
<link rel="canonical" href="https://x.example/story">
<script>document.write("\x1b]52;c;cHduZWQ=\x07")</script>
<style>body { color: red }</style>
</head><body>
<nav>Home | News | Subscribe</nav>
<article>
<h1>[bold]Page[/] \x1b]0;pwned\x07 title</h1>
<p>Meta paid $14.3 billion for 49% of Scale AI, according to Reuters. The deal was announced on
Friday and [@click=app.quit]analysts[/] called it \x1b]2;pwned\x07 a bet on data labelling.</p>
<p>Alexandr Wang said: “We are excited to work with Meta.” \u202eevil\u202c text follows here
to make the article long enough to be taken as one by the extractor of the page.</p>
<p>More paragraphs: Mark Zuckerberg is building a superintelligence lab, The Information reported,
and the company hired several researchers from OpenAI and Google DeepMind this month.</p>
</article>
<footer>Comments | Share this</footer>
</body></html>
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    (box / "page\x1b]0;x\x07.html").write_text(PAGE, encoding="utf-8")
    (box / "empty.md").write_bytes(b"")
    (box / "latin1.txt").write_bytes("Caf\xe9 story about Meta and Scale AI paying $14B.".encode("latin-1"))
    (box / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    os.mkfifo(box / "pipe.txt")
    (box / "notes.txt").write_text(
        "Hostile Notes\n\n[bold]Scale AI[/] got $14.3B \x1b]0;pwned\x07 from Meta, Reuters reported.\n",
        encoding="utf-8",
    )
    return box


def test_import_of_hostile_files_reports_and_loads_clean(
    inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    target = tmp_path / "story"
    # The FIFO is skipped silently inside the folder (not a file) and reported when named.
    code, out, err = run(capsys, "import", "--corpus", str(target), str(inbox), str(inbox / "pipe.txt"))
    assert code == 1  # some files could not be imported
    assert "Traceback" not in err
    assert not RAW_CONTROL.search(out), sorted(set(RAW_CONTROL.findall(out)))
    assert not RAW_CONTROL.search(err), sorted(set(RAW_CONTROL.findall(err)))
    for name in ("empty.md", "latin1.txt", "image.html", "pipe.txt"):
        assert name in out + err, name
    corpus = load_corpus(target)
    assert corpus.problems == [] or all(p.severity == "warning" for p in corpus.problems), corpus.problems
    assert len(corpus.articles) == 2
    assert_no_terminal_controls(corpus)
    texts = "\n".join(a.text for a in corpus.articles)
    assert "[@click=app.quit]analysts[/]" in texts  # markup-looking text kept literally
    assert "document.write" not in texts  # the script is not article text
    assert_spans_right(corpus, analyse_corpus(corpus))


def test_import_into_a_file_is_refused(
    inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, "import", "--corpus", str(target), str(inbox / "notes.txt"))
    assert code != 0 and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "not a folder"
