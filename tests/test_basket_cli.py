"""`meta-scale-tui basket`: the basket printed or exported without the app."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_basket import _items
from tui.cli.main import main
from tui.userdata.basket import Basket
from tui.userdata.settings import update_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    basket = Basket()
    for item in _items():
        basket.add(item)
    return tmp_path / "home"


def test_prints_markdown_in_the_saved_style(capsys: pytest.CaptureFixture[str]) -> None:
    update_settings(citation_style="mla")
    assert main(["basket"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Quote basket\n\n2 quote(s), exported ")
    assert "Citation style: MLA (9th edition)." in out
    assert "MLA (9th edition): “" in out and "(Kasanmascheff)" in out
    assert "## References\n\n- Kasanmascheff, Markus. “Meta Invests $14B" in out


def test_prints_json_with_a_style_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["basket", "--format", "json", "--style", "bibtex"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["citation_style"] == "bibtex"
    assert [i["article_id"] for i in data["items"]] == ["winbuzzer", "techrepublic"]
    assert data["items"][0]["reference"].startswith("@online{kasanmascheff2025meta,")


def test_output_file_is_not_replaced_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "quotes.md"
    assert main(["basket", "-o", str(target)]) == 0
    assert "2 quote(s) written to" in capsys.readouterr().err
    target.write_text("mine", encoding="utf-8")
    assert main(["basket", "-o", str(target)]) == 1
    assert "exists; add --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main(["basket", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Quote basket")
    assert main(["basket", "-o", str(tmp_path)]) == 1  # a folder: a message, no traceback


@pytest.mark.parametrize("fmt", ["md", "json", "html", "csv"])
def test_every_format_refuses_an_output_file_in_the_same_words(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the format, a folder or an existing file given as the output is refused by one rule,
    in one wording (the CSV path and the others had each their own check)."""
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["basket", "--format", fmt, "-o", str(folder)]) == 1
    assert capsys.readouterr().err == f"meta-scale-tui: {folder} is a folder; give a file name\n"
    taken = tmp_path / f"taken.{fmt}"
    taken.write_text("mine", encoding="utf-8")
    assert main(["basket", "--format", fmt, "-o", str(taken)]) == 1
    assert capsys.readouterr().err == f"meta-scale-tui: {taken} exists; add --force to replace it\n"
    assert taken.read_text(encoding="utf-8") == "mine"
    assert main(["basket", "--format", fmt, "-o", str(taken), "--force"]) == 0
    assert capsys.readouterr().err == f"2 quote(s) written to {taken}\n"
    assert taken.read_text(encoding="utf-8") != "mine"


def test_damaged_basket_is_reported_on_stderr(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (home / "data" / "basket.json").write_text("{", encoding="utf-8")
    assert main(["basket"]) == 0
    captured = capsys.readouterr()
    assert "is not valid JSON" in captured.err and "0 quote(s)" in captured.out


def test_basket_subcommand_does_not_import_textual(home: Path) -> None:
    code = "from tui.cli.main import main; main(['basket']); import sys; print('textual' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"META_SCALE_TUI_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.strip().endswith("False")
