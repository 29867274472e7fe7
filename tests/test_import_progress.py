"""The import's progress: a bar redrawn in place on a terminal, plain lines otherwise.

Pages are served from 127.0.0.1 (tests/local_web.py); the articles are made up for these tests.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.local_web import Route, page, serve
from tui.cli.import_files import BAR_CELLS, progress_line

WORDS = (
    "Quillon Tools said on Friday it had agreed to buy the valve maker Ferrand Works for {n} million "
    "euros, its third purchase this year, and that the deal should close before the summer holidays."
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _pages(n: int) -> dict[str, Route]:
    return {
        f"/p{i}.html": Route(
            body=page(
                f"Quillon buys Ferrand, report {i}", [WORDS.format(n=100 + i)] * 3 + [f"Note {i} ends."]
            )
        )
        for i in range(n)
    }


def test_the_line_has_a_bar_the_count_and_what_is_read() -> None:
    line = progress_line(12, 48, "https://news.example/a.html", 100)
    assert line.startswith("[" + "█" * 6 + " " * (BAR_CELLS - 6) + "] 12/48  https://news.example/a.html")
    assert len(line) == 99  # padded to wipe a longer line; the last column left free


def test_a_part_cell_shows_in_eighths_and_a_finished_bar_is_full() -> None:
    assert progress_line(1, 48, "", 100).startswith("[▌" + " " * (BAR_CELLS - 1) + "] 1/48")
    assert progress_line(48, 48, "", 100).startswith("[" + "█" * BAR_CELLS + "] 48/48")
    assert progress_line(60, 48, "", 100).startswith("[" + "█" * BAR_CELLS + "] 48/48")  # never past full


def test_a_long_address_is_cut_at_the_left_and_control_characters_are_shown_not_run() -> None:
    long = "https://news.example/" + "section/" * 20 + "the-story.html"
    line = progress_line(3, 10, long, 60)
    assert len(line) == 59
    # 24 cells (7.2 of them full); 59 - len("[24 cells] 3/10  ") = 26 characters for the address
    assert line == "[███████▏" + " " * 16 + "] 3/10  …" + long[-25:]
    assert "\x1b" not in progress_line(1, 2, "a\x1b[31mb", 60)


def test_a_narrow_terminal_keeps_the_count_and_drops_what_does_not_fit() -> None:
    line = progress_line(7, 50, "https://news.example/a.html", 24)
    assert "7/50" in line
    assert len(line) == 23


def test_importing_addresses_on_a_terminal_draws_the_bar_then_ends_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli.main import main

    terminal = _Terminal()
    monkeypatch.setenv("COLUMNS", "100")
    with serve(_pages(3)) as server:
        urls = [server.url(f"/p{i}.html") for i in range(3)]
        monkeypatch.setattr(sys, "stderr", terminal)
        code = main(["import", *urls, "--corpus", str(tmp_path / "story"), "--delay", "0"])
    assert code == 0, capsys.readouterr().out
    drawn = terminal.getvalue()
    frames = drawn.split("\r")[1:]
    assert [f.split("]")[1].split()[0] for f in frames] == ["0/3", "1/3", "2/3", "3/3"]
    assert frames[0].startswith("[" + " " * BAR_CELLS + "] 0/3  " + urls[0] + "   ")
    assert urls[2] in frames[2]
    assert frames[-1].startswith("[" + "█" * BAR_CELLS + "] 3/3") and frames[-1].endswith("\n")
    assert all(len(f.rstrip("\n")) == 99 for f in frames)
    assert "3 added" in capsys.readouterr().out


def test_without_a_terminal_progress_is_plain_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli.main import main

    with serve(_pages(3)) as server:
        urls = [server.url(f"/p{i}.html") for i in range(3)]
        code = main(["import", *urls, "--corpus", str(tmp_path / "story"), "--delay", "0"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.splitlines() == ["importing 3/3"]
    assert "\r" not in err and "█" not in err


def test_one_address_on_a_terminal_gets_a_bar_one_file_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.cli.main import main

    monkeypatch.setenv("COLUMNS", "80")
    with serve(_pages(1)) as server:
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        assert main(["import", server.url("/p0.html"), "--corpus", str(tmp_path / "a"), "--delay", "0"]) == 0
    assert [f.split("]")[1].split()[0] for f in terminal.getvalue().split("\r")[1:]] == ["0/1", "1/1"]
    text = tmp_path / "one.txt"
    text.write_text(WORDS.format(n=7) + "\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["import", str(text), "--corpus", str(tmp_path / "b")]) == 0
    assert terminal.getvalue() == ""


def test_quiet_draws_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.cli.main import main

    with serve(_pages(2)) as server:
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        urls = [server.url(f"/p{i}.html") for i in range(2)]
        assert main(["import", *urls, "--corpus", str(tmp_path / "s"), "--delay", "0", "--quiet"]) == 0
    assert terminal.getvalue() == ""
