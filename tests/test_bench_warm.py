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
