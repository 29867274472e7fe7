"""One owner for app state: screens and widgets report the selection and the last search to the
app (`app.select`, `app.remember_search`) and never assign the app's attributes themselves."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "tui" / "app"
OWNED = {"selection", "last_search_query", "corpus", "analysis", "index", "search_index", "corpus_path"}


def assignments_to_app_state(source: str) -> list[str]:
    """`self.app.selection = ...`, `app.corpus = ...`: assignments to OWNED attributes of an app."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            if isinstance(target, ast.Attribute) and target.attr in OWNED:
                owner = target.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if name == "app":
                    found.append(f"line {node.lineno}: {ast.unparse(target)}")
    return found


def test_the_finder_finds_an_assignment() -> None:
    assert assignments_to_app_state("self.app.selection = x\napp.last_search_query = 'q'\n") == [
        "line 1: self.app.selection",
        "line 2: app.last_search_query",
    ]
    assert assignments_to_app_state("self.selection = x\nself.app.select(x)\n") == []


def test_no_screen_or_widget_assigns_the_app_state() -> None:
    for path in sorted((APP / "screens").glob("*.py")) + sorted((APP / "widgets").glob("*.py")):
        assert assignments_to_app_state(path.read_text(encoding="utf-8")) == [], path.name
