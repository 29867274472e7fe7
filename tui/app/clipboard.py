"""Copying text out of the app. SKELETON: OSC 52 plus the quote file; the daily-use issue adds
system clipboard tools (wl-copy, xclip, xsel, pbcopy) and says in the toast where the text went."""

from __future__ import annotations

from textual.app import App

from tui.userdata.atomic import append_text
from tui.userdata.locations import quotes_file


def copy_text(app: App, text: str, what: str = "quote") -> None:
    """Send `text` to the clipboard (OSC 52) and append it to the quote file; tell the user."""
    app.copy_to_clipboard(text)
    where = ["terminal clipboard (OSC 52)"]
    try:
        append_text(quotes_file(), text + "\n\n")
        where.append(str(quotes_file()))
    except OSError as err:
        app.notify(f"Could not write the quote file: {err}", severity="warning", markup=False)
    preview = text if len(text) <= 120 else text[:117] + "…"
    app.notify(f"Copied {what} to {' and '.join(where)}:\n{preview}", title="Copied", markup=False)
