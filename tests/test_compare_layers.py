"""Compare stands above extraction: it reads the extractor's output and never the other way round,
and it keeps no rule stack of its own (no name finder, sentence splitter, figure finder, hedge or
attribution lexicon)."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPARE = ROOT / "tui" / "analysis" / "compare"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_extraction_never_imports_compare() -> None:
    for path in (ROOT / "tui" / "analysis" / "extract").rglob("*.py"):
        assert not any(m.startswith("tui.analysis.compare") for m in _imports(path)), path


def test_compare_imports_no_extraction_rule_module() -> None:
    # Compare reads ArticleAnalysis / CorpusAnalysis (tui.analysis.model); the extractor's rule
    # modules are not for it to run again on the text.
    for path in COMPARE.rglob("*.py"):
        rules = {m for m in _imports(path) if m.startswith("tui.analysis.extract")}
        assert not rules, (path, rules)


def test_compare_keeps_no_lexicon_of_its_own_for_what_the_extractor_finds() -> None:
    language = yaml.safe_load((COMPARE / "language.yaml").read_text(encoding="utf-8"))
    assert set(language) <= {"loaded", "tone_neutral"}
    aspects = yaml.safe_load((COMPARE / "aspects.yaml").read_text(encoding="utf-8"))
    assert "roles" not in aspects  # titles, modifiers and stop lists are the extractor's
    assert not (COMPARE / "roles.py").exists()
