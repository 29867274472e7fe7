"""A progress bar for the app's loads and imports: Textual's ProgressBar without its ETA clock."""

from __future__ import annotations

from textual import events, on
from textual.widgets import ProgressBar


class QuietProgressBar(ProgressBar):
    """Textual's ProgressBar with no estimated time shown, and no timer to estimate it.

    ProgressBar's own mount starts a timer that updates the estimate once a second for as long as
    the bar exists, shown or not: each tick repainted the bar during a load (a cold load of 60 s
    under load drew the status line 150 times, a third of them for an estimate nobody sees) and
    woke the app every second after it, the bar hidden. This bar is updated by the app alone."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id, show_eta=False)

    @on(events.Mount)
    def _mounted(self, event: events.Mount) -> None:
        # Instead of ProgressBar.on_mount (the once-a-second estimate above) and of the handlers of
        # the classes under it (Widget's shows the scroll bars of an overflow: scroll, which a bar
        # has not): the bar is drawn as it stands.
        event.prevent_default()
        self.update()
