"""Lint, format and types are part of the test run: ruff check, ruff format --check, mypy.

mypy reads its settings from pyproject.toml ([tool.mypy]): strict on tui/storage, tui/corpus and
tui/analysis, the default on the rest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ["tui", "tests", "bench"]


def _ruff() -> str:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    assert Path(ruff).exists(), "ruff is missing: pip install -e '.[test]'"
    return ruff


def test_ruff_check_is_clean() -> None:
    result = subprocess.run([_ruff(), "check", *FOLDERS], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, "run `ruff check --fix tui tests bench`\n" + result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = subprocess.run(
        [_ruff(), "format", "--check", *FOLDERS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, "run `ruff format tui tests bench`\n" + result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, (
        "mypy found type errors. Run it locally from the repository root with\n"
        "    python -m mypy\n"
        "(no arguments: it checks tui/ with the settings in pyproject.toml, [tool.mypy]; "
        "mypy comes with the test extras, pip install -e '.[test]')\n\n" + result.stdout + result.stderr
    )
