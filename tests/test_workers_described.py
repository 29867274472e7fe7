"""Every thread worker of the app is given a description (issue 15, memory).

Without one, Textual's `@work` names the worker by the repr of every argument it is called with.
The repr of a corpus or of its analysis is every field of every article: at 5,000 articles the
Overview's frames worker, handed the analysis, made a string of hundreds of MB and read back every
stored article's deferred fields to print them (the app's peak, 1.1 GB, was that repr).
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "tui" / "app"


def _work_decorators(tree: ast.AST) -> list[ast.Call | ast.Name | ast.Attribute]:
    found: list[ast.Call | ast.Name | ast.Attribute] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for deco in node.decorator_list:
                target = deco.func if isinstance(deco, ast.Call) else deco
                name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
                if name == "work" and isinstance(deco, ast.Call | ast.Name | ast.Attribute):
                    found.append(deco)
    return found


def test_every_work_decorator_in_the_app_names_a_description() -> None:
    undescribed = []
    seen = 0
    for path in sorted(APP.rglob("*.py")):
        for deco in _work_decorators(ast.parse(path.read_text(encoding="utf-8"))):
            seen += 1
            keywords = {k.arg for k in deco.keywords} if isinstance(deco, ast.Call) else set()
            if "description" not in keywords:
                undescribed.append(f"{path.relative_to(APP.parent.parent)}:{deco.lineno}")
    assert seen >= 10  # the app's workers: loading, indexing, search, compare, overview, timeline...
    assert undescribed == []


def test_the_check_finds_a_worker_without_a_description() -> None:
    source = (
        "class S:\n"
        "    @work(thread=True, description='x')\n    def a(self): ...\n"
        "    @work(thread=True)\n    def b(self, analysis): ...\n"
        "    @textual.work\n    def c(self): ...\n"
    )
    decos = _work_decorators(ast.parse(source))
    described = [isinstance(d, ast.Call) and any(k.arg == "description" for k in d.keywords) for d in decos]
    assert described == [True, False, False]
