"""Where files live: the user's (platformdirs: settings, basket, quotes, themes, cache) and the
package's own data (`bundled`: the seed corpus, the themes).

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


def user_styles_dir() -> Path:
    """CSL citation style files (*.csl) the user adds to the styles `C` offers."""
    return config_dir() / "styles"


def bundled(name: str) -> Path:
    """A folder of the package's own data (`seeds`, `themes`): inside the installed wheel
    (tui/_data/<name>), or at the top of a checkout (<name>/). The one place that knows both."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_data" / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    return package.parent / name
