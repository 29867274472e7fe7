"""Starting the Textual app from the CLI (the only place the CLI imports Textual)."""

from __future__ import annotations

from pathlib import Path


def run_app(corpus: Path | None = None, theme: str | None = None) -> int:
    from tui.app.app import ExplorerApp

    app = ExplorerApp(corpus_path=corpus, theme_name=theme)
    app.run()
    return app.return_code or 0
