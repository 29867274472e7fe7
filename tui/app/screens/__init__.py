"""Screens opened by name (`app.open_screen(name)`), imported lazily so start-up stays fast.

Each entry is "module:Class". A screen that leads to an item dismisses with an `ItemRef`
(tui/app/refs.py); the App then shows that item in its pane and in the Reader.
"""

SCREENS: dict[str, str] = {
    "help": "tui.app.screens.help:HelpScreen",
    "search": "tui.app.screens.search:SearchScreen",
    "compare": "tui.app.screens.compare:CompareScreen",
    "basket": "tui.app.screens.basket:BasketScreen",
    "cite_style": "tui.app.screens.cite_style:CitationStyleScreen",
    "import": "tui.app.screens.import_dialog:ImportScreen",
    "overview": "tui.app.screens.overview:OverviewScreen",
    "timeline": "tui.app.screens.timeline:TimelineScreen",
    "corpora": "tui.app.screens.corpora:CorpusScreen",
}
