"""A pattern led by the characters it can start with: `led`, `led_alternation` and `unled`, from tui/analysis/leads.py.

The rules of this package import them from here; the machinery lives one level up so that the
comparison's cue lists use it without importing the extractor.
"""

from __future__ import annotations

from tui.analysis.leads import led, led_alternation, unled

__all__ = ["led", "led_alternation", "unled"]
