"""How a comparison names its articles to a reader: by outlet, never by file id.

`outlet_names` gives each compared article the name a reader knows (its outlet, else its id; two
articles of one outlet are numbered), and `with_names` puts those names into the comparison's own
words (summaries, pair details, flags, notes), which name articles by id. Never applied to article
text. Used by the Compare screen and by the reports.
"""

from __future__ import annotations

import re

from tui.analysis.compare.model import Comparison


def outlet_names(result: Comparison) -> dict[str, str]:
    """article id -> its outlet (else its id); a second article of one outlet is "Winbuzzer 2"."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for aid in result.article_ids:
        base = result.profiles[aid].outlet or aid
        seen[base] = seen.get(base, 0) + 1
        names[aid] = base if seen[base] == 1 else f"{base} {seen[base]}"
    return names


def with_names(text: str, names: dict[str, str]) -> str:
    """`text` (the comparison's own words) with each whole article id replaced by its name."""
    ids = sorted((aid for aid in names if names[aid] != aid), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(aid) for aid in ids) + r")(?![\w-]|\.\w)")
    return pattern.sub(lambda m: names[m.group(1)], text)
