"""What an app would send to the terminal, for tests: render the whole screen as the driver would
and check that nothing but Textual's own colour and cursor sequences is in it."""

from __future__ import annotations

import re

from textual.app import App

#: Textual's own output: SGR colours (ESC [ ... m) and cursor moves (ESC [ row ; col H).
_OWN = re.compile(r"\x1b\[[0-9;:]*m|\x1b\[\d+;\d+H")
#: Anything left that a terminal would act on.
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def screen_output(app: App) -> str:
    """The bytes (as text) a full repaint of the current screen would write."""
    update = app.screen._compositor.render_full_update()
    return update.render_segments(app.console)


def screen_text(app: App) -> str:
    """The characters on the screen, row by row, without colours."""
    return _OWN.sub("", screen_output(app))


def assert_terminal_safe(app: App) -> str:
    """Fail if the screen would send the terminal anything but colours and cursor moves."""
    text = screen_text(app)
    bad = sorted({f"U+{ord(c):04X}" for c in _ACTIVE.findall(text.replace("\n", ""))})
    assert not bad, f"control characters would reach the terminal: {bad}"
    return text
