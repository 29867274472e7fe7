"""Two app windows change the basket at once and lose nothing; a kill leaves a basket that loads.

Each process is a real interpreter (as two app windows are); they start together on a barrier
file so their writes overlap.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tui.userdata.basket import Basket, BasketItem, basket_path

ROOT = Path(__file__).resolve().parents[1]

WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tui.userdata.basket import Basket, BasketBusyError, BasketItem

    def again(change):
        # "busy: nothing was changed, try again" - what a user does when the other window holds the
        # lock past its wait (a loaded machine can stall the holder); the counts below then prove that
        # a refused change left nothing behind.
        for _ in range(50):
            try:
                return change()
            except BasketBusyError:
                time.sleep(0.05)
        return change()

    tag, count, go, action = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    while not go.exists():
        time.sleep(0.001)
    basket, _ = Basket.load()
    for n in range(count):
        if action == "add":
            item = BasketItem(words=f"{tag} {n}", article_id=tag, start=n, end=n + 1)
            assert again(lambda: basket.add(item))
            print(f"{tag}:{n}", flush=True)
        elif action == "move" and len(basket):
            again(lambda: basket.move(n % len(basket), 1 if n % 2 else -1))
        elif action == "note" and len(basket):
            again(lambda: basket.set_note(n % len(basket), f"note {n}"))
    """
)


def _spawn(home: Path, tag: str, count: int, go: Path, action: str = "add") -> subprocess.Popen[str]:
    env = {**os.environ, "META_SCALE_TUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, tag, str(count), str(go), action],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_each_adding_100_quotes_keep_200(home: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    workers = [_spawn(home, tag, 100, go) for tag in ("a", "b")]
    go.touch()
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    basket, messages = Basket.load(home / "data" / "basket.json")
    assert messages == []
    assert sorted((i.article_id, i.start) for i in basket.items) == sorted(
        (tag, n) for tag in ("a", "b") for n in range(100)
    )


def test_reordering_and_notes_in_one_window_lose_nothing_another_adds(home: Path, tmp_path: Path) -> None:
    basket = Basket()
    for n in range(10):
        assert basket.add(BasketItem(words=f"first {n}", article_id="first", start=n, end=n + 1))
    go = tmp_path / "go"
    workers = [
        _spawn(home, "a", 60, go),
        _spawn(home, "m", 60, go, "move"),
        _spawn(home, "t", 60, go, "note"),
    ]
    go.touch()
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    fresh, messages = Basket.load(basket_path())
    assert messages == []
    assert len(fresh) == 70
    assert {(i.article_id, i.start) for i in fresh.items} == {("first", n) for n in range(10)} | {
        ("a", n) for n in range(60)
    }


def test_kill_9_in_the_middle_keeps_everything_acknowledged(home: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    go.touch()
    worker = _spawn(home, "k", 100_000, go)
    acknowledged: list[str] = []
    assert worker.stdout is not None
    for line in worker.stdout:
        acknowledged.append(line.strip())
        if len(acknowledged) >= 40:
            break
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    # What the killed process printed after we stopped reading was acknowledged too.
    acknowledged += [line.strip() for line in worker.stdout.read().splitlines() if line.strip()]
    basket, messages = Basket.load(basket_path())
    assert messages == []  # the file loads: never torn
    kept = {f"{i.article_id}:{i.start}" for i in basket.items}
    assert set(acknowledged) <= kept
