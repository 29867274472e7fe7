"""Text made safe in the Markdown the app writes: the one escape of its marks, in two strengths.

- `md_inline`: words inside a line (a citation's title, an author, link text, a note): the marks that
  would make them code, emphasis, a link or HTML (\\ ` * _ [ ] < >) escaped; lines and spaces kept.
- `md_escaped`: a table cell or a list item of a report (the timeline's, the comparison's): on one
  line, and a table's bar and a heading's hash (| #) escaped too.

A citation keeps its lines (a quoted passage may have several) and needs no "|" or "#" escaped: in a
line of its own they make no table or heading; a report's cell would break on either. Pure functions.
"""

from __future__ import annotations

import re

_INLINE_MARK = re.compile(r"([\\`*_\[\]<>])")


def md_inline(text: str) -> str:
    """`text` as Markdown inline words: its inline marks escaped, its lines and spaces as they are."""
    return _INLINE_MARK.sub(r"\\\1", text)


def md_escaped(text: str) -> str:
    """`text` safe in a Markdown table cell or list item: on one line, its marks escaped (inline,
    table and heading)."""
    return md_inline(" ".join(text.split())).replace("|", "\\|").replace("#", "\\#")
