"""How each explorer list pane is sorted and quickly filtered (issue 17): `s` cycles the order,
`f` the quick filter, the pane title says which, and the choice is remembered per corpus.

Pure functions over the rows the explore index gives (no Textual): the screen applies them after
the filter stack (tui/app/explore_index.py View). The Sources pane keeps each article above its
sources; only the sources under an article are reordered or filtered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.analysis.model import Claim, Entity, Quote
    from tui.app.explore_index import SourceRow

#: pane -> (sort name, label shown in the title); the first is the default.
SORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "sources": (("count", "by count"), ("name", "by name"), ("kind", "by kind")),
    "entities": (("count", "by count"), ("name", "by name"), ("type", "by type")),
    "claims": (("article", "in article order"), ("figures", "figures first"), ("hedged", "hedged first")),
}
#: pane -> (filter name, label shown in the title); the first ("all") shows every row.
FILTERS: dict[str, tuple[tuple[str, str], ...]] = {
    "sources": (("all", ""), ("unnamed", "unnamed only"), ("named", "named only")),
    "entities": (("all", ""), ("person", "people only"), ("organization", "organizations only")),
    "claims": (("all", ""), ("hedged", "hedged only"), ("narrator", "unattributed only")),
}
PANES = tuple(SORTS)


@dataclass(frozen=True, slots=True)
class PaneView:
    sort: str
    filter: str = "all"

    def label(self, pane: str) -> str:
        """`by name · unnamed only`; empty for the default order and no filter."""
        sort = dict(SORTS[pane])[self.sort] if self.sort != SORTS[pane][0][0] else ""
        return " · ".join(p for p in (sort, dict(FILTERS[pane])[self.filter]) if p)


def default_view(pane: str) -> PaneView:
    return PaneView(SORTS[pane][0][0], "all")


def next_sort(pane: str, view: PaneView) -> PaneView:
    names = [n for n, _ in SORTS[pane]]
    return PaneView(names[(names.index(view.sort) + 1) % len(names)], view.filter)


def next_filter(pane: str, view: PaneView) -> PaneView:
    names = [n for n, _ in FILTERS[pane]]
    return PaneView(view.sort, names[(names.index(view.filter) + 1) % len(names)])


def views_from(data: Any) -> dict[str, PaneView]:
    """The saved views of one corpus ({"entities": {"sort": "name", "filter": "all"}, ...}); any
    unknown pane, sort or filter falls back to the default, so an old or damaged entry is harmless."""
    views = {pane: default_view(pane) for pane in PANES}
    if not isinstance(data, dict):
        return views
    for pane in PANES:
        entry = data.get(pane)
        if not isinstance(entry, dict):
            continue
        sort = entry.get("sort")
        filt = entry.get("filter")
        views[pane] = PaneView(
            sort if sort in dict(SORTS[pane]) else SORTS[pane][0][0],
            filt if filt in dict(FILTERS[pane]) else "all",
        )
    return views


def views_to(views: dict[str, PaneView]) -> dict[str, dict[str, str]]:
    return {pane: {"sort": v.sort, "filter": v.filter} for pane, v in views.items()}


def arrange_sources(rows: Sequence[SourceRow], view: PaneView) -> list[SourceRow]:
    """Each article, then its sources in the view's order, without those the filter leaves out."""
    out: list[SourceRow] = []
    group: list[SourceRow] = []

    def flush() -> None:
        kept = [r for r in group if _source_kept(r, view.filter)]
        if view.sort == "name":
            kept.sort(key=lambda r: r.source.name.casefold() if r.source else "")
        elif view.sort == "kind":
            kept.sort(key=lambda r: (str(r.source.kind) if r.source else "", -r.count))
        out.extend(kept)  # "count": the index's order, most cited first
        group.clear()

    for row in rows:
        if row.is_article:
            flush()
            out.append(row)
        else:
            group.append(row)
    flush()
    return out


def _source_kept(row: SourceRow, filt: str) -> bool:
    kind = str(row.source.kind) if row.source is not None else ""
    if filt == "unnamed":
        return kind == "unnamed"
    if filt == "named":
        return kind not in ("unnamed", "group", "narrator")
    return True


def arrange_entities(rows: Sequence[tuple[Entity, int]], view: PaneView) -> list[tuple[Entity, int]]:
    kept = [r for r in rows if view.filter == "all" or str(r[0].type) == view.filter]
    if view.sort == "name":
        kept.sort(key=lambda r: r[0].name.casefold())
    elif view.sort == "type":
        kept.sort(key=lambda r: (str(r[0].type), -r[1], r[0].name.casefold()))
    return kept  # "count": the index's order, most mentioned first


def arrange_claims(rows: Sequence[Claim], view: PaneView) -> list[Claim]:
    kept = list(rows)
    if view.filter == "hedged":
        kept = [c for c in kept if c.hedged]
    elif view.filter == "narrator":
        kept = [c for c in kept if c.source_id is None]
    if view.sort == "figures":
        kept.sort(key=lambda c: not c.figures)  # stable: article order within each group
    elif view.sort == "hedged":
        kept.sort(key=lambda c: not c.hedged)
    return kept


def arrange_quotes(rows: Sequence[Quote], view: PaneView) -> list[Quote]:
    """Quotes share the Claims pane: its filter keeps unattributed quotes for "unattributed only"."""
    if view.filter == "narrator":
        return [q for q in rows if not q.speaker]
    return list(rows)
