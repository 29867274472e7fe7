"""Where the user's files live: platformdirs, one place (settings, basket, quotes, themes, cache).

`META_SCALE_TUI_HOME` puts everything under one folder (tests use it; so can a portable install).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "meta-scale-tui"


def _home_override() -> Path | None:
    home = os.environ.get("META_SCALE_TUI_HOME")
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    home = _home_override()
    if home:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home_override()
    if home:
        return home / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    home = _home_override()
    if home:
        return home / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def quotes_file() -> Path:
    """Every copied quote is appended here, so nothing is lost where OSC 52 is ignored."""
    return data_dir() / "quotes.md"


def user_themes_dir() -> Path:
    return config_dir() / "themes"
