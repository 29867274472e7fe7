"""bench.warm starts each checkout in turns, each in its own user folder, and removes only the
folders it made (issue 15: the warm start measured A/B in the same run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import warm


def test_checkouts_start_in_turns_each_in_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[str, Path]] = []

    def fake_start(checkout: Path, corpus: Path, home: Path, timeout: float) -> dict:
        calls.append((checkout.name, home))
        assert home.is_dir()
        return {"paint": 0.5, "loaded": 1.0 + len(calls), "cpu": 0.8, "peak_mb": 100.0, "load": 1.0}

    monkeypatch.setattr(warm, "start", fake_start)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert (
        warm.main(["--corpus", str(tmp_path), "--runs", "2", f"A={tmp_path / 'a'}", f"B={tmp_path / 'b'}"])
        == 0
    )
    assert [c for c, _ in calls] == ["a", "a", "b", "b", "a", "b", "a", "b"]  # two untimed each, then turns
    homes = {c: h for c, h in calls}
    assert homes["a"] != homes["b"]
    assert not homes["a"].exists() and not homes["b"].exists()  # made by the run, removed by it
    out = capsys.readouterr().out
    assert "A          median of 2: paint 0.50 s, fully loaded 7.00 s (fastest 6.00)" in out


def test_kept_homes_are_reused_and_not_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(warm, "start", lambda c, corpus, home, t: seen.append(home) or {"error": "no"})
    homes = tmp_path / "homes"
    assert warm.main(["--corpus", str(tmp_path), "--runs", "1", "--homes", str(homes), f"X={tmp_path}"]) == 0
    assert set(seen) == {homes / "X"} and (homes / "X").is_dir()


def test_a_first_start_runs_in_a_copy_without_the_index_and_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    homes = tmp_path / "homes"
    (homes / "X" / "cache" / "search").mkdir(parents=True)
    (homes / "X" / "cache" / "frames").mkdir(parents=True)
    (homes / "X" / "cache" / "analysis.sqlite3").write_text("kept")
    seen: list[tuple[Path, list[str]]] = []

    def fake_start(checkout: Path, corpus: Path, home: Path, timeout: float) -> dict:
        seen.append((home, sorted(p.name for p in (home / "cache").iterdir())))
        return {"error": "no"}

    monkeypatch.setattr(warm, "start", fake_start)
    assert (
        warm.main(
            ["--corpus", str(tmp_path), "--runs", "1", "--first", "--homes", str(homes), f"X={tmp_path}"]
        )
        == 0
    )
    untimed, timed = seen[:2], seen[2:]
    assert all(home == homes / "X" for home, _ in untimed)  # the untimed starts fill the folder itself
    [(copy, cached)] = timed
    assert copy != homes / "X" and cached == ["analysis.sqlite3"] and not copy.exists()
    assert (homes / "X" / "cache" / "search").is_dir()  # the folder itself keeps its index
