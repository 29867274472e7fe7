"""How a comparison names its articles to a reader: by outlet, never by file id.

The comparison's own words (summaries, pair details, cell notes, flags, notes) never write an
article id as text: they write a mark, `ref(article_id)`, the id between two control characters.
No article text, metadata value or article id can hold a control character (tui/corpus/text.py
shows each as a visible stand-in), so a mark is never text and no text is ever taken for a mark.
`with_names` puts each marked article's name where its mark is and leaves every other character
as it was: an id that is also a word ("may", "deal"), a file name quoted in a detail ("report.txt")
stay as written. `with_ids` puts the ids there instead (the coverage bench, which speaks in ids).

`outlet_names` gives each compared article the name a reader knows (its outlet, else its id; two
articles of one outlet are numbered). Used by the Compare screen and by the reports; every string
of the comparison shown to a reader goes through `with_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis.compare.model import Comparison

#: Where a mark opens and closes (STX, ETX): control characters, never in any text of a corpus.
OPEN, CLOSE = "\x02", "\x03"
_MARK = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")


def ref(article_id: str) -> str:
    """The mark of an article in the comparison's words; `with_names` shows its name there."""
    return f"{OPEN}{article_id}{CLOSE}"


def refs(article_ids: Iterable[str]) -> str:
    """The marks of several articles, comma-separated ("a, b" once named)."""
    return ", ".join(ref(aid) for aid in article_ids)


def outlet_names(result: Comparison) -> dict[str, str]:
    """article id -> its outlet (else its id); a second article of one outlet is "Winbuzzer 2"."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for aid in result.article_ids:
        base = result.profiles[aid].outlet or aid
        seen[base] = seen.get(base, 0) + 1
        names[aid] = base if seen[base] == 1 else f"{base} {seen[base]}"
    return names


def with_names(text: str, names: Mapping[str, str]) -> str:
    """`text` (the comparison's own words) with each marked article's name (else its id) where
    its mark is; nothing else in it changes."""
    return _MARK.sub(lambda m: names.get(m.group(1), m.group(1)), text)


def with_ids(text: str) -> str:
    """`text` with each marked article's id where its mark is."""
    return _MARK.sub(lambda m: m.group(1), text)
