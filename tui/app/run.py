"""Starting the Textual app from the CLI (the only place the CLI imports Textual)."""

from __future__ import annotations

import sys
from pathlib import Path

from tui.corpus.text import safe_for_terminal


def run_app(corpus: Path | None = None, theme: str | None = None) -> int:
    from tui.app.app import ExplorerApp, UnknownTheme

    try:
        app = ExplorerApp(corpus_path=corpus, theme_name=theme)
    except UnknownTheme as err:
        print(f"meta-scale-tui: {safe_for_terminal(str(err))}", file=sys.stderr)
        return 2
    app.run()
    return app.return_code or 0
