"""Imports point down only, and the core never imports Textual.

Two checks that complement each other: import-linter reads the static import graph (the contracts
in pyproject.toml: storage < corpus < analysis < userdata < app < cli), which sees every import,
even one deferred into a function; the subprocess checks below look at `sys.modules`, the only way
to prove that importing a core module really leaves Textual unloaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, (
        "an import runs against the layers (pyproject.toml, [tool.importlinter]); "
        "run `lint-imports` in the repository for the details\n" + result.stdout + result.stderr
    )


def _core_modules() -> list[str]:
    names = []
    for folder in ("storage", "corpus", "analysis", "userdata"):
        for path in sorted((ROOT / "tui" / folder).rglob("*.py")):
            names.append(".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"))
    return names


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_does_not_import_textual(module: str) -> None:
    loaded = _modules_after(f"import {module}")
    assert not any(m == "textual" or m.startswith("textual.") for m in loaded), module


def test_core_sources_never_name_textual() -> None:
    for folder in ("storage", "corpus", "analysis", "userdata"):
        for path in (ROOT / "tui" / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "import textual" not in text and "from textual" not in text, path


def test_cli_check_runs_without_textual() -> None:
    loaded = _modules_after("from tui.cli.main import main; main(['check'])")
    assert "textual" not in loaded
