"""Every command of the app, declared once: key, footer label, help text, palette entry, id.

The App builds its BINDINGS, the help screen and the command palette from COMMANDS, so a key is
declared in exactly one place. `action` is a Textual action string, run on the App or on the
screen named by `scope` (see tui/app/app.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # binding id, stable: users may rebind by id
    key: str  # Textual key name(s), comma-separated for alternatives
    label: str  # short footer label
    help: str  # one line for the help screen and the palette
    action: str  # Textual action, e.g. "app.open_screen('search')"
    show: bool = True  # shown in the footer
    scope: str = "global"  # "global", "explore", "compare", "search", "basket"...


COMMANDS: tuple[Command, ...] = (
    Command("quit", "q", "Quit", "Quit meta-scale-tui", "app.quit"),
    Command("help", "question_mark", "Help", "Show every key, by screen", "app.open_screen('help')"),
    Command(
        "search",
        "slash",
        "Search",
        "Fuzzy-search sources, entities, claims and quotes",
        "app.open_screen('search')",
    ),
    Command(
        "compare",
        "m",
        "Compare",
        "Compare how the articles tell the deal, side by side",
        "app.open_screen('compare')",
    ),
    Command("basket", "B", "Basket", "Open the quote basket", "app.open_screen('basket')", show=False),
    Command(
        "basket-add", "b", "Basket+", "Add the selected quote to the basket", "app.basket_add", show=False
    ),
    Command(
        "cite-style",
        "C",
        "Cite style",
        "Choose the citation style of copied quotes (plain, Markdown, APA, Chicago, MLA, BibTeX)",
        "app.open_screen('cite_style')",
        show=False,
    ),
    Command(
        "import",
        "i",
        "Import",
        "Import articles (files or a folder) into the corpus",
        "app.open_screen('import')",
        show=False,
    ),
)
# The quote basket screen (tui/app/screens/basket.py); actions run on that screen.
COMMANDS += (
    Command(
        "basket-show", "enter", "Show", "Show the quote in its article", "show", scope="basket", show=False
    ),
    Command("basket-up", "K,shift+up", "Move", "Move the quote up (J: down)", "move(-1)", scope="basket"),
    Command(
        "basket-down", "J,shift+down", "Down", "Move the quote down", "move(1)", scope="basket", show=False
    ),
    Command("basket-note", "n", "Note", "Add or edit the quote's note", "note", scope="basket"),
    Command("basket-copy", "c", "Copy", "Copy the quote with its citation", "copy", scope="basket"),
    Command(
        "basket-remove", "d,delete", "Remove", "Remove the quote from the basket", "remove", scope="basket"
    ),
    Command(
        "basket-undo", "u", "Undo", "Put back the quote removed last", "undo", scope="basket", show=False
    ),
    Command(
        "basket-export-md",
        "e",
        "Export md",
        "Export the basket as Markdown",
        "export('markdown')",
        scope="basket",
    ),
    Command(
        "basket-export-json",
        "E",
        "JSON",
        "Export the basket as JSON",
        "export('json')",
        scope="basket",
    ),
    Command("basket-back", "escape", "Back", "Back to the explorer", "back", scope="basket"),
)


def commands_for(scope: str) -> list[Command]:
    return [c for c in COMMANDS if c.scope == scope]
