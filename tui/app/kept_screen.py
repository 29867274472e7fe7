"""A screen the app keeps once opened (Compare, search, Overview, Timeline: ExplorerApp.KEPT_SCREENS)
is restyled when shown again only if the app's styles changed meanwhile.

Textual restyles every widget of a screen each time it is shown (`ScreenResume`), for the case where
the app's CSS changed while it was covered: 5-6 ms of CPU for each `m`, `v` and `/` at 1,000 articles
(a quarter of `m`'s), for styles that are as they were in nearly every opening. A kept screen skips
it when what its widgets' styles rest on, beyond their own classes and state (which restyle them as
they change, shown or not), is what it was when the screen was last styled: the app's CSS (Textual
counts each change: a theme, an ANSI theme), its theme, whether the terminal has the focus and
whether the app draws in ANSI colours (the app's own pseudo-classes, which Textual applies to the
screens shown only). Any change of them, or a screen never shown, restyles it as before.
"""

from __future__ import annotations

from typing import Any

from textual import events


def styled_state(app: Any) -> tuple[object, ...] | None:
    """What a shown screen's styles rest on beyond its own widgets; None when it cannot be told (a
    Textual without its CSS update count): the screen is then always restyled."""
    count = getattr(app, "_css_update_count", None)
    if count is None:
        return None
    # the app's pseudo-classes a covered screen does not follow (Textual restyles the screens shown
    # only): dark / light (the theme), focus / blur (the terminal's focus), ansi (ANSI colours)
    return (
        count,
        getattr(app, "theme", None),
        getattr(app, "app_focus", None),
        getattr(app, "ansi_color", None),
    )


class RestyledOnChange:
    """Mixin for a kept screen (before Screen in the bases): Textual's restyling on `ScreenResume` is
    skipped while `styled_state` is what it was when the screen was last shown."""

    _styled_for: tuple[object, ...] | None = None

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual calls this class's handler, then Screen's, which restyles on `refresh_styles`
        state = styled_state(self.app)  # type: ignore[attr-defined]
        if event.refresh_styles and state is not None and state == self._styled_for:
            event.refresh_styles = False
        self._styled_for = state
