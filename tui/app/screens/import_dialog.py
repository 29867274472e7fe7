"""The import dialog (`i`): the same import as `meta-scale-tui import`, from inside the app.

Type the files or the folder to import, or web addresses of pages or RSS/Atom feeds (several
separated by spaces; quote a path with spaces, or give it alone), check the corpus folder they go into, optionally the outlet, author and
date for files that do not say, and press Enter. The import runs in a thread worker; a progress bar
moves per file; the summary (added, copies and what differs, skipped and why) stays on screen,
and the app reloads the corpus it imported into.

The bundled seed corpus is never written to: importing while it is open goes into a copy of it in
the user's data folder (shown in the dialog), which the app then opens.
"""

from __future__ import annotations

import shlex
import time
from pathlib import Path

from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.app.app import ExplorerApp
from tui.app.widgets.progress import QuietProgressBar
from tui.corpus.text import safe_for_terminal


def split_paths(value: str) -> list[Path | str]:
    """The paths typed: one path as it is if it exists, else shell-like words (quotes allowed).
    A word written `scheme://...` is a web address and stays a str (a page or a feed to fetch)."""
    from tui.corpus.web import is_url

    value = value.strip()
    if not value:
        return []
    whole = Path(value).expanduser()
    if whole.exists():
        return [whole]
    try:
        words = shlex.split(value)
    except ValueError:  # an unbalanced quote: take the line as one path
        words = [value]
    return [w if is_url(w) else Path(w).expanduser() for w in words]


def import_target(current_root: Path | None) -> tuple[Path, bool]:
    """(folder to import into, whether it must first be made a copy of the seed corpus)."""
    from tui.corpus.loader import is_seed_corpus, seed_corpus_path
    from tui.storage.locations import data_dir

    if current_root is None:
        return data_dir() / "corpora" / "my-coverage", False
    if is_seed_corpus(Path(current_root)):
        copy = data_dir() / "corpora" / seed_corpus_path().resolve().name
        return copy, not copy.exists()
    return Path(current_root), False


class ImportScreen(ModalScreen[None]):
    """Import articles into the open corpus (or a copy of the seed corpus), then reload it."""

    # Focus by Textual once the dialog is composed: a dialog opened while the app is closing (q then
    # i, quickly) has no children, and looking its input up by hand raised NoMatches.
    AUTO_FOCUS = "#import-paths"

    DEFAULT_CSS = """
    ImportScreen { align: center middle; }
    ImportScreen > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ImportScreen .title { text-style: bold; }
    ImportScreen .hint { color: $text-muted; }
    ImportScreen Input { margin: 0 0 1 0; }
    ImportScreen #import-options Input { width: 1fr; margin: 0 1 1 0; }
    ImportScreen #import-options { height: auto; }
    ImportScreen #import-status { height: auto; }
    ImportScreen #import-summary { height: auto; max-height: 16; }
    ImportScreen #import-error { color: $error; }
    ImportScreen QuietProgressBar { display: none; }
    ImportScreen.-running QuietProgressBar { display: block; }
    """
    BINDINGS = [Binding("escape", "close", "Close", id="import-close")]
    app = getters.app(ExplorerApp)

    class Progressed(Message):
        def __init__(self, done: int, total: int, name: str) -> None:
            super().__init__()
            self.done, self.total, self.name = done, total, name

    class Finished(Message):
        def __init__(self, lines: list[str], added: int, target: Path, error: str | None = None) -> None:
            super().__init__()
            self.lines, self.added, self.target, self.error = lines, added, target, error

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        self.summary: list[str] = []

    def compose(self) -> ComposeResult:
        corpus = self.app.corpus
        target, from_seed = import_target(corpus.root if corpus is not None else None)
        self._from_seed = from_seed
        with Vertical():
            yield Static(
                "Import articles (.txt, .md, .html, web pages, RSS/Atom feeds)",
                classes="title",
                markup=False,
            )
            yield Static(
                "Files, folders or web addresses (quote a path that has spaces)",
                classes="hint",
                markup=False,
            )
            yield Input(placeholder="~/Downloads/coverage", id="import-paths", compact=True)
            yield Static("Into the corpus folder", classes="hint", markup=False)
            yield Input(str(target), id="import-target", compact=True)
            if from_seed:
                yield Static(
                    "The seed corpus is read-only: a copy of it is made there first, and opened after the import.",
                    classes="hint",
                    markup=False,
                )
            yield Static(
                "Optional, for files that do not say: outlet, author, date",
                classes="hint",
                markup=False,
            )
            with Horizontal(id="import-options"):
                yield Input(placeholder="outlet", id="import-outlet", compact=True)
                yield Input(placeholder="author", id="import-author", compact=True)
                yield Input(placeholder="date YYYY-MM-DD", id="import-date", compact=True)
            yield QuietProgressBar(id="import-progress")
            yield Static("", id="import-status", markup=False)
            yield Static("", id="import-error", markup=False)
            with VerticalScroll(id="import-summary"):
                yield Static("", id="import-summary-text", markup=False)
            yield Static("Enter: import   Escape: close", classes="hint", markup=False)

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.running:
            return
        error = self.query_one("#import-error", Static)
        paths = split_paths(self._value("import-paths"))
        if not paths:
            error.update("Type the files or the folder to import.")
            self.query_one("#import-paths", Input).focus()
            return
        target_text = self._value("import-target")
        if not target_text:
            error.update("Type the corpus folder to import into.")
            return
        from tui.corpus.importer import ImportOptions, parse_date

        date, published = None, None
        if self._value("import-date"):
            try:
                date, published = parse_date(self._value("import-date"))
            except ValueError as err:
                error.update(f"Date: {err}")
                return
        options = ImportOptions(
            outlet=self._value("import-outlet") or None,
            author=self._value("import-author") or None,
            date=date,
            published=published,
        )
        error.update("")
        self.running = True
        self.add_class("-running")
        self.query_one("#import-status", Static).update("Importing…")
        self.run_import(paths, Path(target_text).expanduser(), options)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", description="Importing articles")
    def run_import(self, paths: list[Path | str], target: Path, options: object) -> None:
        from tui.corpus.importer import ImportRefused, import_paths, start_from_copy
        from tui.corpus.loader import seed_corpus_path

        last = 0.0

        def progress(done: int, total: int, path: Path | str) -> None:
            nonlocal last
            now = time.monotonic()
            if done >= total or now - last > 0.05:
                last = now
                self.post_message(self.Progressed(done, total, path if isinstance(path, str) else path.name))

        try:
            if self._from_seed and not target.exists():
                start_from_copy(seed_corpus_path(), target)
            report = import_paths(paths, target, options, progress)  # type: ignore[arg-type]
        except ImportRefused as err:
            self.post_message(self.Finished([], 0, target, str(err)))
            return
        except OSError as err:
            self.post_message(self.Finished([], 0, target, f"{target}: {err.strerror or err}"))
            return
        fill_in = "the outlet, author and date fields (title, URL: meta-scale-tui import --title --url)"
        self.post_message(self.Finished(report.summary_lines(fill_in), report.added, target))

    def on_import_screen_progressed(self, message: Progressed) -> None:
        bar = self.query_one("#import-progress", QuietProgressBar)
        bar.update(total=message.total or None, progress=message.done)
        self.query_one("#import-status", Static).update(
            safe_for_terminal(f"Importing {message.done}/{message.total}: {message.name}")
        )

    def on_import_screen_finished(self, message: Finished) -> None:
        self.running = False
        self.remove_class("-running")
        status = self.query_one("#import-status", Static)
        if message.error:
            status.update("")
            self.query_one("#import-error", Static).update(safe_for_terminal(message.error))
            return
        self.summary = message.lines
        self.query_one("#import-summary-text", Static).update("\n".join(message.lines))
        if message.added:
            status.update(
                "Done. Reloading the corpus… (Escape closes this dialog; Tab, then arrows, scrolls the summary)"
            )
            self._reload(message.target)
            self.watch(self.app, "data_ready", self._reloaded, init=False)
        else:
            status.update("Done. Nothing was added.")

    def _reload(self, target: Path) -> None:
        """Ask the App, which owns the corpus, to load `target` again."""
        self.app.reload(target)

    def _reloaded(self, ready: bool) -> None:
        if ready:
            corpus = self.app.corpus
            count = len(corpus.articles) if corpus is not None else 0
            self.query_one("#import-status", Static).update(
                f"Done. The explorer now shows {count} articles. Escape closes this dialog."
            )

    def action_close(self) -> None:
        self.dismiss(None)
