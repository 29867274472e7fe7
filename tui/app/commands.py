"""Every command of the app, declared once: key, footer label, help text, palette entry, id.

The App, its screens and its panes build their BINDINGS from COMMANDS (`bindings_for(scope)`); the
help screen lists COMMANDS by scope and the command palette (tui/app/palette.py) offers every
command that can run where the user is. So a key is declared in exactly one place.

`action` is a Textual action string run on the node that owns `scope`:
- "global": the App (`app.*` actions work from anywhere);
- a screen scope ("explore", "help", "search", "compare", "basket"...): the screen whose `SCOPE` it is;
- a pane scope ("explore.sources", "explore.claims"...): the pane widget whose `SCOPE` it is;
- "list": every list pane (arrows, j/k, paging).
To add a command: add one `Command` here with the scope of the screen or widget that implements
`action_<name>`, and give that class `SCOPE = "<scope>"` and `BINDINGS = bindings_for("<scope>")`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # binding id, stable: users may rebind by id
    key: str  # Textual key name(s), comma-separated for alternatives
    label: str  # short footer label
    help: str  # one line for the help screen and the palette
    action: str  # Textual action, e.g. "app.open_screen('search')"
    show: bool = True  # shown in the footer
    scope: str = "global"  # "global", "explore", "explore.claims", "list", "compare", "search", "basket"...
    #: Listed in the command palette (False for keys that only make sense as keys: arrows, Tab).
    palette: bool = True
    #: Bindings with priority run before the focused widget sees the key.
    priority: bool = False


#: Titles of the scopes, in the order the help screen shows them.
SCOPE_TITLES: dict[str, str] = {
    "global": "Everywhere",
    "explore": "Explorer",
    "explore.sources": "Explorer: Sources pane",
    "explore.entities": "Explorer: Entities pane",
    "explore.claims": "Explorer: Claims / Quotes pane",
    "explore.reader": "Explorer: Reader pane",
    "list": "In any list pane",
    "help": "Help screen",
    "why": "Why? window",
    "basket": "Quote basket",
    "search": "Search screen",
    "corpora": "Corpus switcher",
    "overview": "Overview",
    "provenance": "Provenance",
    "timeline": "Timeline",
}


COMMANDS: tuple[Command, ...] = (
    # Everywhere (the App).
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
    Command(
        "overview",
        "v",
        "Overview",
        "Overview: every article in one table (sources mix, hedged, frame, copy of) with charts",
        "app.open_screen('overview')",
        show=False,
    ),
    Command(
        "timeline",
        "T",
        "Timeline",
        "Timeline: the articles by date with their key facts (* first to state it, the status word, "
        "what changed) and how each figure or title drifted",
        "app.open_screen('timeline')",
        show=False,
    ),
    Command(
        "provenance",
        "p",
        "Provenance",
        "Where the facts come from: stated by N articles, resting on M independent origins, and the "
        "chain of attribution and copying behind each (on a Compare row: its facts; else the article "
        "in view's)",
        "app.show_provenance",
        show=False,
    ),
    # Provenance screen (tui/app/screens/provenance.py)
    Command(
        "provenance-tree",
        "enter",
        "Tree",
        "Move into the highlighted fact's chain to scroll it (Escape: back to the facts)",
        "focus_tree",
        scope="provenance",
    ),
    Command(
        "provenance-every",
        "a",
        "All facts",
        "Every fact of the corpus, or back to the facts p was pressed on",
        "toggle_every",
        scope="provenance",
    ),
    Command(
        "provenance-down",
        "j",
        "Down",
        "Next fact",
        "focused.cursor_down",
        show=False,
        palette=False,
        scope="provenance",
    ),
    Command(
        "provenance-up",
        "k",
        "Up",
        "Previous fact",
        "focused.cursor_up",
        show=False,
        palette=False,
        scope="provenance",
    ),
    Command("provenance-back", "escape", "Back", "Close the provenance", "back", scope="provenance"),
    # Timeline screen (tui/app/screens/timeline.py)
    Command(
        "timeline-read",
        "enter",
        "Read",
        "Read the fact under the cursor in its article (the Reader; Escape there comes back)",
        "open_fact",
        scope="timeline",
    ),
    Command("timeline-next-fact", "l,right", "Next fact", "The row's next fact", "fact(1)", scope="timeline"),
    Command(
        "timeline-previous-fact",
        "h,left",
        "Prev fact",
        "The row's previous fact",
        "fact(-1)",
        show=False,
        scope="timeline",
    ),
    Command(
        "timeline-filter",
        "f",
        "Filter",
        "Narrow the rows as you type: outlet, status or fact words, typos forgiven (the search's matching)",
        "focus_filter",
        scope="timeline",
    ),
    Command(
        "timeline-copy",
        "c",
        "Copy",
        "Copy the fact's words with their citation (a quotation credited to its speaker)",
        "app.copy_selection",
        scope="timeline",
    ),
    Command(
        "timeline-back", "escape", "Back", "Clear the filter, or close the timeline", "back", scope="timeline"
    ),
    # Overview screen (tui/app/screens/overview.py)
    Command(
        "overview-open", "enter", "Open", "Open the article in the explorer", "open_row", scope="overview"
    ),
    Command("overview-sort", "s", "Sort", "Sort by the next column", "sort_next", scope="overview"),
    Command("overview-reverse", "S", "Reverse", "Reverse the sort order", "sort_reverse", scope="overview"),
    Command(
        "overview-filter",
        "f",
        "Filter",
        "Filter the rows (outlet:NAME, frame:NAME...)",
        "focus_filter",
        scope="overview",
    ),
    Command(
        "overview-back", "escape", "Back", "Leave the filter, or close the overview", "back", scope="overview"
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
    Command(
        "compare-profile",
        "P",
        "Profile",
        "The column's article: frame items with evidence, tone, loaded phrases, sources, quote variants",
        "show_profile",
        scope="compare",
    ),
    Command(
        "search-open",
        "enter",
        "Open",
        "Show the highlighted result in its pane and the Reader",
        "choose",
        scope="search",
    ),
    Command("search-back", "escape", "Back", "Close search, back to where you were", "back", scope="search"),
    Command(
        "search-next", "down", "Next", "Next result", "move(1)", show=False, palette=False, scope="search"
    ),
    Command(
        "search-previous",
        "up",
        "Previous",
        "Previous result",
        "move(-1)",
        show=False,
        palette=False,
        scope="search",
    ),
    Command(
        "search-page-down",
        "pagedown",
        "Page down",
        "Ten results down",
        "move(10)",
        show=False,
        palette=False,
        scope="search",
    ),
    Command(
        "search-page-up",
        "pageup",
        "Page up",
        "Ten results up",
        "move(-10)",
        show=False,
        palette=False,
        scope="search",
    ),
    Command(
        "compare-explain",
        "question_mark",
        "Explain",
        "What the verdicts, marks and figures of the comparison mean, in plain words",
        "explain",
        scope="compare",
    ),
    Command("compare-close", "escape", "Back", "Close the comparison", "close", scope="compare"),
    # after Back: at 80 columns the footer cuts what comes last
    Command(
        "compare-export-md",
        "e",
        "Export",
        "Export the comparison with its timeline and provenance as Markdown (E: JSON, H: HTML), as "
        "`compare --format` prints it",
        "export('md')",
        scope="compare",
    ),
    Command(
        "compare-export-json",
        "E",
        "JSON",
        "Export the comparison with its timeline and provenance as JSON",
        "export('json')",
        show=False,
        scope="compare",
    ),
    Command(
        "compare-export-html",
        "H",
        "HTML",
        "Export the comparison with its timeline and provenance as a web page (HTML)",
        "export('html')",
        show=False,
        scope="compare",
    ),
    # j/k/h/l move the grid's cursor like every other list (arrows work too: the grid's own keys).
    Command(
        "compare-down",
        "j",
        "Down",
        "Next aspect",
        "focused.cursor_down",
        show=False,
        palette=False,
        scope="compare",
    ),
    Command(
        "compare-up",
        "k",
        "Up",
        "Previous aspect",
        "focused.cursor_up",
        show=False,
        palette=False,
        scope="compare",
    ),
    Command(
        "compare-left",
        "h",
        "Left",
        "The article column to the left",
        "focused.cursor_left",
        show=False,
        palette=False,
        scope="compare",
    ),
    Command(
        "compare-right",
        "l",
        "Right",
        "The article column to the right",
        "focused.cursor_right",
        show=False,
        palette=False,
        scope="compare",
    ),
    Command(
        "compare-help-close",
        "escape,q,question_mark",
        "Close",
        "Close the explanation, back to the comparison",
        "close",
        scope="compare.help",
        palette=False,
    ),
    Command(
        "compare-profile-close", "escape", "Back", "Back to the comparison", "close", scope="compare.profile"
    ),
    # A modal screen cuts the app's own keys off: the profile binds the article keys again, and they
    # act on the profile's article (ProfileScreen.article_in_view).
    Command(
        "compare-profile-open-url",
        "o",
        "Open web",
        "Open the profile's article's web address in the browser",
        "app.open_article_url",
        scope="compare.profile",
        palette=False,
    ),
    Command(
        "compare-profile-copy-url",
        "y",
        "Copy address",
        "Copy the profile's article's web address",
        "app.copy_article_url",
        scope="compare.profile",
        palette=False,
    ),
    Command(
        "compare-profile-provenance",
        "p",
        "Provenance",
        "Where the profile's article's facts come from",
        "app.show_provenance",
        scope="compare.profile",
        palette=False,
    ),
    Command(
        "compare-pick-ok",
        "enter",
        "Compare",
        "Compare the ticked articles",
        "confirm",
        scope="compare.picker",
        priority=True,
    ),
    # j/k move the picker's cursor (the focused SelectionList) like every other list.
    Command(
        "compare-pick-down",
        "j",
        "Down",
        "Move down the article list",
        "focused.cursor_down",
        show=False,
        palette=False,
        scope="compare.picker",
    ),
    Command(
        "compare-pick-up",
        "k",
        "Up",
        "Move up the article list",
        "focused.cursor_up",
        show=False,
        palette=False,
        scope="compare.picker",
    ),
    Command(
        "compare-pick-cancel",
        "escape",
        "Cancel",
        "Keep the current articles",
        "cancel",
        scope="compare.picker",
        priority=True,
    ),
    Command(
        "corpora",
        "ctrl+o",
        "Corpora",
        "Open another corpus: the recent ones, the seed corpus, or a folder",
        "app.open_screen('corpora')",
        show=False,
    ),
    Command("corpora-close", "escape", "Back", "Keep the corpus open now", "close", scope="corpora"),
    Command("basket", "B", "Basket", "Open the quote basket", "app.open_screen('basket')", show=False),
    Command(
        "basket-add",
        "b",
        "Basket+",
        "Add the selected claim, quote or mention to the quote basket",
        "app.basket_add",
        show=False,
    ),
    Command(
        "cite-style",
        "C",
        "Cite style",
        "Choose the citation style: plain, Markdown, APA, Chicago, MLA, BibTeX",
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
    Command(
        "open-url",
        "o",
        "Open web",
        "Open the article's web address in the browser",
        "app.open_article_url",
        show=False,
    ),
    Command(
        "copy-url",
        "y",
        "Copy address",
        "Copy the article's web address",
        "app.copy_article_url",
        show=False,
    ),
    Command(
        "palette",
        "ctrl+p",
        "Commands",
        "Open the command palette: every action with its key",
        "app.command_palette",
        show=False,
    ),
    # The explorer screen.
    Command(
        "copy",
        "c",
        "Copy",
        "Copy the selected claim, quote or mention with its citation",
        "copy",
        scope="explore",
    ),
    Command(
        "why",
        "w",
        "Why?",
        "Show the rule that found the selected item and its evidence",
        "why",
        scope="explore",
    ),
    Command(
        "widen", "escape", "Widen", "Remove the last filter (widen the panes again)", "widen", scope="explore"
    ),
    Command("clear-filters", "0", "All", "Remove every filter", "clear_filters", show=False, scope="explore"),
    Command("pane-1", "1", "Sources", "Go to the Sources pane", "focus_pane(1)", show=False, scope="explore"),
    Command(
        "pane-2", "2", "Entities", "Go to the Entities pane", "focus_pane(2)", show=False, scope="explore"
    ),
    Command(
        "pane-3",
        "3",
        "Claims",
        "Go to the Claims / Quotes pane",
        "focus_pane(3)",
        show=False,
        scope="explore",
    ),
    Command("pane-4", "4", "Reader", "Go to the Reader pane", "focus_pane(4)", show=False, scope="explore"),
    Command(
        "next-pane", "tab", "Next pane", "Go to the next pane", "focus_next_pane", show=False, scope="explore"
    ),
    Command(
        "previous-pane",
        "shift+tab",
        "Previous pane",
        "Go to the previous pane",
        "focus_previous_pane",
        show=False,
        scope="explore",
    ),
    Command(
        "zoom",
        "z",
        "Zoom",
        "Enlarge the focused pane to the whole screen (z again: back)",
        "zoom",
        show=False,
        scope="explore",
    ),
    Command(
        "layout",
        "L",
        "Layout",
        "Next pane layout: claims and Reader even, claims wide, Reader wide (remembered)",
        "cycle_layout",
        show=False,
        scope="explore",
    ),
    Command(
        "pane-sort",
        "s",
        "Sort",
        "Sort the focused pane: sources by count, name, kind; entities by count, name, type; claims in "
        "article order, figures first, hedged first",
        "sort_pane",
        show=False,
        scope="explore",
    ),
    Command(
        "pane-filter",
        "f",
        "Filter",
        "Quick filter of the focused pane: unnamed or named sources only; people or organizations "
        "only; hedged or unattributed claims only; then all again",
        "filter_pane",
        show=False,
        scope="explore",
    ),
    # The panes.
    Command(
        "narrow-source",
        "enter",
        "Narrow",
        "Narrow entities and claims to the article or the source under the cursor",
        "choose",
        scope="explore.sources",
    ),
    Command(
        "next-citation",
        "n",
        "Next",
        "Show the next place the article leans on this source",
        "next_occurrence(1)",
        scope="explore.sources",
    ),
    Command(
        "previous-citation",
        "N",
        "Prev",
        "Show the previous place the article leans on this source",
        "next_occurrence(-1)",
        show=False,
        scope="explore.sources",
    ),
    Command(
        "narrow-entity",
        "enter",
        "Narrow",
        "Narrow the claims and quotes to those that mention the entity",
        "choose",
        scope="explore.entities",
    ),
    Command(
        "next-mention",
        "n",
        "Next",
        "Show the next mention of the entity",
        "next_occurrence(1)",
        scope="explore.entities",
    ),
    Command(
        "previous-mention",
        "N",
        "Prev",
        "Show the previous mention of the entity",
        "next_occurrence(-1)",
        show=False,
        scope="explore.entities",
    ),
    Command(
        "read-claim",
        "enter",
        "Read",
        "Read the claim or quote in its article (moves to the Reader)",
        "choose",
        scope="explore.claims",
    ),
    Command(
        "toggle-quotes",
        "t",
        "Quotes/Claims",
        "Switch the pane between claims and quotes",
        "toggle_quotes",
        scope="explore.claims",
    ),
    Command(
        "reader-back",
        "enter,escape",
        "Back",
        "Go back to the pane the item came from",
        "back",
        show=False,
        scope="explore.reader",
    ),
    Command(
        "reader-down",
        "down,j",
        "Down",
        "Scroll the article down",
        "scroll_down",
        show=False,
        palette=False,
        scope="explore.reader",
    ),
    Command(
        "reader-up",
        "up,k",
        "Up",
        "Scroll the article up",
        "scroll_up",
        show=False,
        palette=False,
        scope="explore.reader",
    ),
    Command(
        "reader-next-match",
        "n",
        "Next match",
        "Show the next passage the last search matched",
        "screen.next_match(1)",
        scope="explore.reader",
    ),
    Command(
        "reader-previous-match",
        "N",
        "Prev match",
        "Show the previous passage the last search matched",
        "screen.next_match(-1)",
        show=False,
        scope="explore.reader",
    ),
    Command(
        "reader-to-item",
        "h",
        "Highlight",
        "Scroll back to the highlighted item",
        "to_highlight",
        scope="explore.reader",
    ),
    # Every list pane.
    Command(
        "cursor-down", "down,j", "Down", "Move down", "cursor_down", show=False, palette=False, scope="list"
    ),
    Command("cursor-up", "up,k", "Up", "Move up", "cursor_up", show=False, palette=False, scope="list"),
    Command(
        "page-down",
        "pagedown",
        "Page down",
        "Move a page down",
        "page_down",
        show=False,
        palette=False,
        scope="list",
    ),
    Command(
        "page-up", "pageup", "Page up", "Move a page up", "page_up", show=False, palette=False, scope="list"
    ),
    Command(
        "first", "home,g", "First", "Go to the first row", "first", show=False, palette=False, scope="list"
    ),
    Command("last", "end,G", "Last", "Go to the last row", "last", show=False, palette=False, scope="list"),
    # Help and small windows.
    Command(
        "close-help",
        "escape,q,question_mark",
        "Close",
        "Close the help",
        "close",
        scope="help",
        palette=False,
    ),
    Command("close-why", "escape,q,w", "Close", "Close this window", "close", scope="why", palette=False),
    Command(
        "copy-why", "c", "Copy", "Copy the evidence with its citation", "copy", scope="why", palette=False
    ),
)
# The quote basket screen (tui/app/screens/basket.py); actions run on that screen.
COMMANDS += (
    Command(
        "basket-show", "enter", "Show", "Show the quote in its article", "show", scope="basket", show=False
    ),
    Command(
        "basket-cursor-down",
        "j",
        "Down",
        "Go to the next quote",
        "focused.cursor_down",
        show=False,
        palette=False,
        scope="basket",
    ),
    Command(
        "basket-cursor-up",
        "k",
        "Up",
        "Go to the previous quote",
        "focused.cursor_up",
        show=False,
        palette=False,
        scope="basket",
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
    Command(
        "basket-export-html",
        "H",
        "HTML",
        "Export the basket as a web page (HTML) to send or print",
        "export('html')",
        scope="basket",
    ),
    Command("basket-back", "escape", "Back", "Back to the explorer", "back", scope="basket"),
)


def commands_for(scope: str) -> list[Command]:
    return [c for c in COMMANDS if c.scope == scope]


def bindings_for(scope: str) -> list[BindingType]:
    """The Textual bindings of one scope, each with its command's id."""
    return [
        Binding(c.key, c.action, c.label, show=c.show, id=c.id, tooltip=c.help, priority=c.priority)
        for c in commands_for(scope)
    ]


def scopes() -> list[str]:
    """Every scope that has commands, known ones first in SCOPE_TITLES order."""
    seen = [s for s in SCOPE_TITLES if any(c.scope == s for c in COMMANDS)]
    for command in COMMANDS:
        if command.scope not in seen:
            seen.append(command.scope)
    return seen


def scope_title(scope: str) -> str:
    return SCOPE_TITLES.get(scope, scope.replace(".", ": ").replace("_", " ").capitalize())
