"""Links out of a folder are never followed unless the user says so (issue 15).

Before: `x.txt -> /etc/passwd` in a corpus folder was loaded and shown as an article, `import DIR`
copied the target of such a link, and a link in the themes or config folder was read wherever it led.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.app.themes import load_themes
from tui.cli.main import main
from tui.corpus.importer import import_paths
from tui.corpus.loader import load_corpus
from tui.userdata.basket import Basket, basket_path
from tui.userdata.settings import load_settings, settings_path, update_settings

ARTICLE = "A Plain Headline\n\nThe council approved the budget on Tuesday, a spokesperson said.\n"
SECRET = "PRIVATE KEY material that must never reach the corpus.\n"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "id_rsa"
    path.parent.mkdir()
    path.write_text(SECRET, encoding="utf-8")
    return path


def corpus_with_link(tmp_path: Path, secret: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "x.txt").symlink_to(secret)
    (root / "inside.txt").symlink_to(root / "good.txt")  # a link that stays inside is fine
    return root


def test_loader_refuses_a_link_out_of_the_corpus_and_names_it(tmp_path: Path, secret: Path) -> None:
    root = corpus_with_link(tmp_path, secret)
    corpus = load_corpus(root)
    assert sorted(a.id for a in corpus.articles) == ["good", "inside"]
    assert all("PRIVATE" not in a.text for a in corpus.articles)
    [problem] = [p for p in corpus.problems if p.path.name == "x.txt"]
    assert problem.severity == "error"
    assert problem.message.startswith(f"a link to a file outside the corpus ({secret.resolve()}), not loaded")
    assert "x.txt: error: a link to a file outside the corpus" in str(problem)


def test_loader_refuses_corpus_yaml_and_overlay_linked_from_outside(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "meta.yaml"
    outside.write_text("name: Stolen\narticles: {}\n", encoding="utf-8")
    (root / "corpus.yaml").symlink_to(outside)
    (root / "overlay.yaml").symlink_to(outside)
    corpus = load_corpus(root)
    assert corpus.name == "corpus" and corpus.overlay == {}
    refused = sorted(p.path.name for p in corpus.problems if "a link to a file outside" in p.message)
    assert refused == ["corpus.yaml", "overlay.yaml"]


def test_follow_links_flag_allows_it(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = corpus_with_link(tmp_path, secret)
    main(["--corpus", str(root), "check"])
    assert "x.txt: error: a link to a file outside the corpus" in capsys.readouterr().err
    main(["--follow-links", "check", "--corpus", str(root)])
    assert "outside the corpus" not in capsys.readouterr().err
    assert any("PRIVATE" in a.text for a in load_corpus(root).articles)


def test_import_of_a_folder_does_not_copy_the_target_of_a_link_out_of_it(
    tmp_path: Path, secret: Path
) -> None:
    source = tmp_path / "download"
    source.mkdir()
    (source / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "x.txt").symlink_to(secret)
    target = tmp_path / "new-corpus"
    report = import_paths([source], target)
    assert report.added == 1
    [refused] = [o for o in report.outcomes if o.path.name == "x.txt"]
    assert refused.status == "error"
    assert refused.reason.startswith(
        f"a link to a file outside the folder being imported ({secret.resolve()})"
    )
    assert all("PRIVATE" not in p.read_text(encoding="utf-8") for p in target.iterdir())
    assert any("x.txt: a link to a file outside" in line for line in report.summary_lines())


def test_import_names_a_fifo_instead_of_skipping_it(tmp_path: Path) -> None:
    source = tmp_path / "download"
    source.mkdir()
    (source / "story.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(source / "pipe.txt")
    report = import_paths([source], tmp_path / "c")
    [fifo] = [o for o in report.outcomes if o.path.name == "pipe.txt"]
    assert fifo.status == "error" and "not a regular file" in fifo.reason


def test_themes_folder_names_every_entry_it_does_not_use(home: Path, tmp_path: Path, secret: Path) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "paper.yaml").write_text("name: paper\nprimary: '#003366'\n", encoding="utf-8")
    user = tmp_path / "user"
    user.mkdir()
    (user / "folder.yaml").mkdir()
    os.mkfifo(user / "pipe.yaml")  # reading it would block the start
    (user / "zero.yaml").symlink_to("/dev/zero")
    (user / "stolen.yaml").symlink_to(secret)
    (user / "paper.yml").write_text("name: paper\nprimary: '#990000'\n", encoding="utf-8")
    (user / "textual-dark.yaml").write_text("name: textual-dark\nprimary: '#101010'\n", encoding="utf-8")
    (user / "notes.txt").write_text("beside the themes", encoding="utf-8")
    loaded = load_themes([bundled, user])
    by_file = {p.split(": ", 1)[0]: p.split(": ", 1)[1] for p in loaded.problems}
    assert set(by_file) == {
        str(user / n)
        for n in ("folder.yaml", "pipe.yaml", "zero.yaml", "stolen.yaml", "paper.yml", "textual-dark.yaml")
    }
    assert by_file[str(user / "folder.yaml")].startswith("not a theme file")
    assert by_file[str(user / "pipe.yaml")].startswith("not a theme file")
    assert by_file[str(user / "zero.yaml")].startswith(
        "a link to a file outside the themes folder (/dev/zero)"
    )
    assert by_file[str(user / "stolen.yaml")].startswith("a link to a file outside the themes folder")
    assert by_file[str(user / "paper.yml")] == f"theme 'paper' replaces the one in {bundled / 'paper.yaml'}"
    assert (
        by_file[str(user / "textual-dark.yaml")] == "theme 'textual-dark' replaces Textual's built-in theme"
    )
    assert {t.name: t.primary for t in loaded.themes}["paper"] == "#990000"


def test_themes_link_to_dev_zero_with_follow_links_is_named_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_FOLLOW_LINKS", "1")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    loaded = load_themes([tmp_path])
    assert loaded.problems == [
        f"{tmp_path / 'zero.yaml'}: not a theme file (a folder, a FIFO or a device); skipped"
    ]


def test_settings_linked_from_outside_are_not_read_nor_overwritten(home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "dotfiles-settings.json"
    outside.write_text('{"theme": "newsprint"}', encoding="utf-8")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(outside)
    settings, messages = load_settings()
    assert settings.theme is None
    assert messages == [
        f"{path}: a link to a file outside its folder ({outside.resolve()}), not loaded "
        "(--follow-links allows it); using the defaults for this run"
    ]
    update_settings(theme="newsroom")
    assert path.is_symlink() and outside.read_text(encoding="utf-8") == '{"theme": "newsprint"}'


def test_settings_and_basket_that_are_fifos_never_block(home: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(settings_path())
    basket_path().parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(basket_path())
    settings, messages = load_settings()
    assert settings.theme is None and "not a regular file" in messages[0]
    basket, messages = Basket.load()
    assert len(basket) == 0 and "not a regular file" in messages[0]
