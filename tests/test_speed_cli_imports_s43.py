"""The CLI's parser is built for every run of every subcommand, so it must not import what only one
subcommand uses: `overview --sort`, `export --table` and `basket --style` read their choices from
tui/analysis/choices.py, not from the modules that make the overview (the comparison and its cue
lists), the CSV tables or the citations. A `meta-scale-tui search` paid for all three."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAVY = (
    "tui.analysis.overview",
    "tui.analysis.compare",
    "tui.analysis.export_csv",
    "tui.analysis.citation",
)


def test_building_the_parser_imports_no_subcommand_s_analysis() -> None:
    code = (
        "import sys\nfrom tui.cli.main import build_parser\nbuild_parser()\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def _subcommand(name: str) -> argparse.ArgumentParser:
    from tui.cli.main import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[name]  # type: ignore[no-any-return]


def _choices(subcommand: str, option: str) -> tuple[str, ...]:
    action = next(a for a in _subcommand(subcommand)._actions if option in a.option_strings)
    return tuple(action.choices or ())  # type: ignore[arg-type]


def test_the_choices_are_those_the_modules_use() -> None:
    from tui.analysis.export_csv import TABLES
    from tui.analysis.overview import COLUMN_IDS

    assert _choices("overview", "--sort") == COLUMN_IDS
    assert COLUMN_IDS[:3] == ("outlet", "author", "date") and COLUMN_IDS[-1] == "title"
    assert (
        _choices("export", "--table")
        == TABLES
        == (
            "articles",
            "sources",
            "entities",
            "claims",
            "quotes",
            "facts",
        )
    )


def test_the_basket_help_names_every_citation_style() -> None:
    from tui.analysis.citation import STYLES

    helps = " ".join(a.help or "" for a in _subcommand("basket")._actions)
    assert "apa" in STYLES and all(style in helps for style in STYLES)
