"""Import tells what it found (issue 17): per added file, the title, outlet, author, date and URL
it recorded and which were missing, with how to supply them (CLI flags, dialog fields)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli.main import main
from tui.corpus.importer import import_paths

#: A saved web page written for this test (not a real article): title, author, date and URL in
#: its head; the outlet is taken from the address.
PAGE = """<!doctype html><html><head>
<title>Harbour Council Approves Ferry Budget</title>
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://example.org/ferry-budget">
</head><body><article><h1>Harbour Council Approves Ferry Budget</h1>
<p>The harbour council approved a ferry budget of 4 million euros on Tuesday, the chair said.</p>
<p>Two members voted against the plan, saying the timetable was too short for the crews.</p>
<p>The first new boats are expected next spring, according to the port authority.</p>
</article></body></html>
"""
NOTE = "The bakery on Mill Lane doubled its bread order this week, the owner said.\n"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)


def files(tmp_path: Path) -> tuple[Path, Path]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page, note = inbox / "ferry.html", inbox / "bakery.txt"
    page.write_text(PAGE, encoding="utf-8")
    note.write_text(NOTE, encoding="utf-8")
    return page, note


def test_the_cli_summary_lists_what_each_file_gave_and_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, note = files(tmp_path)
    target = tmp_path / "story"
    assert main(["import", str(page), str(note), "--corpus", str(target), "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index(f"added: {page} -> harbour-council-approves-ferry-budget.txt")
    assert lines[at + 1] == (
        "  recorded: title Harbour Council Approves Ferry Budget · outlet example.org · author Dana Whitfield"
        " · date 2024-03-05 · url https://example.org/ferry-budget"
    )
    assert not lines[at + 2].startswith("  missing")
    at = lines.index(f"added: {note} -> bakery.txt")
    assert lines[at + 1] == "  recorded: nothing but the text"
    assert lines[at + 2] == "  missing: title, outlet, author, date, url"
    assert (
        "what is missing can be given with --title, --outlet, --author, --date, --url when importing, "
        f"or written in {target / 'corpus.yaml'}"
    ) in lines


def test_a_flag_fills_what_the_files_lack_and_nothing_is_reported_missing(tmp_path: Path) -> None:
    _, note = files(tmp_path)
    from tui.corpus.importer import ImportOptions, parse_date

    options = ImportOptions(
        title="Bread",
        outlet="Mill Gazette",
        author="R. Ames",
        date=parse_date("2024-01-02")[0],
        url="https://example.org/b",
    )
    report = import_paths([note], tmp_path / "story", options)
    lines = report.summary_lines()
    assert (
        "  recorded: title Bread · outlet Mill Gazette · author R. Ames · date 2024-01-02 · url https://example.org/b"
        in lines
    )
    assert not any("missing" in line for line in lines)
