"""`meta-scale-tui import`: the summary it prints and its exit codes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = seed_corpus_path()


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)


def test_import_a_folder_then_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "story"
    code = main(["import", str(SEEDS), "--corpus", str(target), "--outlet", "Somewhere", "--quiet"])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        out.splitlines()[0]
        == f"2 added (0 of them copies of another article), 0 skipped as duplicates, 0 could not be imported; new corpus {target}"
    )
    assert f"open it with: meta-scale-tui --corpus {target}" in out
    assert {a.meta.outlet for a in load_corpus(target).articles} == {"Somewhere"}
    code = main(["import", str(SEEDS), "--corpus", str(target)])
    out = capsys.readouterr().out
    assert code == 0  # duplicates are not a failure
    assert "0 added" in out and "2 skipped as duplicates" in out
    assert "skipped: " in out and "same text as '000_7e0c72b512ef79a9'" in out


def test_some_files_fail_exit_1_others_still_go_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    code = main(
        [
            "import",
            str(SEEDS / "000_7e0c72b512ef79a9.txt"),
            str(tmp_path / "bad.txt"),
            "--corpus",
            str(tmp_path / "c"),
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "1 added" in captured.out and "1 could not be imported" in captured.out
    assert f"error: {tmp_path / 'bad.txt'}: the file looks binary" in captured.out
    assert "Traceback" not in captured.out + captured.err


def test_usage_mistakes_exit_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SEEDS)]) == 2
    assert "--corpus DIR" in capsys.readouterr().err
    assert main(["import", str(SEEDS), "--corpus", str(tmp_path / "c"), "--date", "June 13"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["import", str(SEEDS), "--corpus", str(tmp_path / "file")]) == 1
    assert "is a file, not a corpus folder" in capsys.readouterr().err


def test_the_environment_variable_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_CORPUS", str(tmp_path / "env-corpus"))
    assert main(["import", str(SEEDS), "--quiet"]) == 0
    assert len(load_corpus(tmp_path / "env-corpus").articles) == 2


def test_progress_goes_to_stderr_and_markup_is_printed_as_text(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"a{n}.txt").write_text(
            f"[bold]Article {n}[/] about a deal number {n * 7919}.\n", encoding="utf-8"
        )
    env = {"META_SCALE_TUI_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "tui", "import", str(src), "--corpus", str(tmp_path / "c")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "importing 3/3" in result.stderr
    assert result.stdout.startswith("3 added")
    texts = sorted(a.text for a in load_corpus(tmp_path / "c").articles)
    assert texts == [f"[bold]Article {n}[/] about a deal number {n * 7919}.\n" for n in range(3)]


def test_date_with_a_time_gives_text_files_their_time_of_publication(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "first.txt").write_text("Northwind agreed to buy Contoso for $2 billion, the firms said.\n")
    (src / "later.txt").write_text("Contoso shareholders will receive $40 a share, Northwind said.\n")
    target = tmp_path / "story"
    assert (
        main(["import", str(src / "first.txt"), "--corpus", str(target), "--date", "2024-03-05T07:30+01:00"])
        == 0
    )
    assert (
        main(["import", str(src / "later.txt"), "--corpus", str(target), "--date", "2024-03-05 16:45"]) == 0
    )
    assert "date: 2024-03-05T07:30+01:00" in (target / "corpus.yaml").read_text(encoding="utf-8")
    metas = {a.meta.title or a.id: a.meta for a in load_corpus(target).articles}
    assert sorted((m.date.isoformat(), m.time.isoformat()) for m in metas.values() if m.date and m.time) == [
        ("2024-03-05", "06:30:00"),  # the offset read back in UTC
        ("2024-03-05", "16:45:00"),  # no offset: as written
    ]


def test_a_pages_own_other_day_keeps_the_given_time_out(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-03-04">'
        "<title>Northwind buys Contoso</title></head><body><article><p>"
        + "Northwind agreed to buy Contoso for $2 billion in cash, the companies said on Monday. " * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    target = tmp_path / "story"
    assert main(["import", str(page), "--corpus", str(target), "--date", "2024-03-09T10:00", "--quiet"]) == 0
    [article] = load_corpus(target).articles
    assert article.meta.date == dt.date(2024, 3, 4)  # what the page states wins
    assert article.meta.time is None  # the given time belongs to another day


def test_a_bad_time_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(SEEDS), "--corpus", str(tmp_path / "c"), "--date", "2024-03-05T25:00"])
    assert code == 2
    assert (
        "--date: not a date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM): '2024-03-05T25:00'" in capsys.readouterr().err
    )
    assert not (tmp_path / "c").exists()
