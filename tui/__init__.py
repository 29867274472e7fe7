"""meta-scale-tui: a keyboard-first terminal explorer of news coverage.

Layers (imports point down only):
- tui.corpus   the corpus model and loader (no Textual)
- tui.analysis the analysis: extraction, search, comparison, export (no Textual)
- tui.app      the Textual UI; tui.cli the command line, beside it
"""

__version__ = "0.1.0"
