"""The user's own data: settings and the quote basket.

It sits above the analysis (the basket formats citations with tui.analysis.citation) and below the
app and the CLI, which own it. The file primitives it uses (locations, atomic writes, setting a
damaged file aside) live at the bottom, in tui.storage, so the corpus and the analysis cache can
use them without importing upward.
"""
