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
    # Compare screen (tui/app/screens/compare.py)
    Command(
        "compare-open",
        "enter",
        "Open",
        "Open the cell's sentence in the Reader",
        "open_cell",
        scope="compare",
    ),
    Command(
        "compare-copy",
        "c",
        "Copy",
        "Copy the cell's sentence with its citation",
        "copy_cell",
        scope="compare",
    ),
    Command(
        "compare-articles",
        "a",
        "Articles",
        "Choose which articles to compare",
        "pick_articles",
        scope="compare",
    ),
    Command(
        "compare-differences",
        "d",
        "Differences",
        "Show only aspects that differ or are told by one article",
        "toggle_differences",
        scope="compare",
    ),
    Command("compare-close", "escape", "Back", "Close the comparison", "close", scope="compare"),
    Command(
        "compare-pick-ok",
        "enter",
        "Compare",
        "Compare the ticked articles",
        "confirm",
        scope="compare-picker",
    ),
    Command(
        "compare-pick-cancel",
        "escape",
        "Cancel",
        "Keep the current articles",
        "cancel",
        scope="compare-picker",
    ),
    Command("basket", "B", "Basket", "Open the quote basket", "app.open_screen('basket')", show=False),
    Command(
        "import",
        "i",
        "Import",
        "Import articles (files or a folder) into the corpus",
        "app.open_screen('import')",
        show=False,
    ),
)


def commands_for(scope: str) -> list[Command]:
    return [c for c in COMMANDS if c.scope == scope]
