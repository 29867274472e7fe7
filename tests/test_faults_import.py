"""An import that survives a kill, and a full disk that says what it left (issue 15).

Before: `import DIR` copied the files one by one and wrote corpus.yaml once at the end; kill -9
after a second left hundreds of copied files without metadata, and running the import again
skipped them as duplicates, so they never got their outlet, title, date or copy links. A full
disk said only "No space left on device".
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

import tui.corpus.importer as importer
from tests.factories import make_corpus
from tui.corpus.importer import JOURNAL_FILE, ImportOptions, import_paths
from tui.corpus.loader import load_corpus

ROOT = Path(__file__).resolve().parent.parent


def _metadata(target: Path) -> dict:
    path = target / "corpus.yaml"
    if not path.exists():
        return {}
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("articles") or {}


def _article_files(target: Path) -> list[Path]:
    return sorted(p for p in target.iterdir() if p.suffix == ".txt")


def _source(tmp_path: Path, count: int) -> Path:
    source = make_corpus(count, tmp_path / "source", copies=0.0)
    (source / "corpus.yaml").unlink()  # the files alone, as a download folder would hold them
    return source


def test_an_import_killed_with_sigkill_is_completed_by_running_it_again(tmp_path: Path) -> None:
    source = _source(tmp_path, 600)
    target = tmp_path / "corpus"
    command = [sys.executable, "-m", "tui.cli.main", "import", str(source), "--corpus", str(target)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [*command, "--outlet", "Wire", "--quiet"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if target.is_dir() and len(_article_files(target)) >= 20:
            break
        time.sleep(0.01)  # polling for the copy to be under way, not waiting a fixed time
    assert process.poll() is None, "the import ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    copied = _article_files(target)
    assert copied and (target / JOURNAL_FILE).exists()
    assert len(_metadata(target)) < len(copied)  # the fault: copied files without their metadata

    rerun = subprocess.run([*command, "--outlet", "Wire"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "resumed an interrupted import" in rerun.stdout
    assert not (target / JOURNAL_FILE).exists()
    files = _article_files(target)
    metadata = _metadata(target)
    assert {p.name for p in files} == set(metadata)  # every file has its metadata
    assert all(entry.get("outlet") == "Wire" for entry in metadata.values())
    corpus = load_corpus(target)
    assert len(corpus.articles) == len(files) and not [p for p in corpus.problems if p.severity == "error"]
    # nothing lost, nothing twice: each source text is in the corpus once
    texts = sorted(a.text for a in corpus.articles)
    assert len(texts) == len(set(texts))
    assert len(files) + rerun.stdout.count("skipped: ") >= 600 - rerun.stdout.count("error: ")


def test_resume_fills_metadata_of_files_a_killed_run_copied(tmp_path: Path) -> None:
    """The same, in process: the journal of a run stopped after its files is replayed."""
    source = _source(tmp_path, 6)
    target = tmp_path / "corpus"

    class Killed(BaseException):
        pass

    real = importer.updated_metadata_text

    def killed_before_corpus_yaml(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise Killed

    importer.updated_metadata_text = killed_before_corpus_yaml
    try:
        with pytest.raises(Killed):
            import_paths([source], target, ImportOptions(outlet="Wire"))
    finally:
        importer.updated_metadata_text = real
    assert len(_article_files(target)) == 6 and _metadata(target) == {}
    assert "interrupted import" in " ".join(p.message for p in load_corpus(target).problems)
    report = import_paths([source], target, ImportOptions(outlet="Wire"))
    assert report.resumed == 6 and report.added == 0
    assert report.summary_lines()[0].startswith("resumed an interrupted import: the metadata of 6 files")
    assert all(e["outlet"] == "Wire" for e in _metadata(target).values()) and len(_metadata(target)) == 6
    assert not (target / JOURNAL_FILE).exists()


def test_disk_full_names_what_was_imported_and_what_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path, 8)
    target = tmp_path / "corpus"
    real = importer._write_new_file
    written: list[str] = []

    def fills_up(path: Path, text: str) -> None:
        if len(written) >= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, text)
        written.append(path.name)

    monkeypatch.setattr(importer, "_write_new_file", fills_up)
    report = import_paths([source], target, ImportOptions(outlet="Wire"))
    lines = report.summary_lines()
    assert report.added == 3
    assert lines[0].startswith("3 added")
    assert "the disk is full: stopped after 3 of 8 files; 5 not imported (listed below)" in lines
    not_imported = [line for line in lines if line.startswith("not imported: ")]
    assert len(not_imported) == 5
    # the corpus is consistent: the three files are listed with their metadata, nothing else is there
    assert sorted(_metadata(target)) == sorted(written)
    assert sorted(p.name for p in target.iterdir()) == sorted([*written, "corpus.yaml"])
    assert len(load_corpus(target).articles) == 3


def test_disk_full_even_for_corpus_yaml_keeps_the_journal_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path, 4)
    target = tmp_path / "corpus"

    real = importer.atomic_write_text

    def no_space(path: Path, text: str, **how: bool) -> None:
        if path.name == "corpus.yaml":  # the article files went in before the disk filled up
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, text, **how)

    monkeypatch.setattr(importer, "atomic_write_text", no_space)
    report = import_paths([source], target, ImportOptions(outlet="Wire"))
    assert report.added == 4
    assert any(
        line.startswith("the disk is full: corpus.yaml could not be written; the metadata of the 4 files")
        for line in report.summary_lines()
    )
    assert (target / JOURNAL_FILE).exists() and not (target / "corpus.yaml").exists()
    monkeypatch.undo()
    again = import_paths([source], target, ImportOptions(outlet="Wire"))
    assert again.resumed == 4 and len(_metadata(target)) == 4
