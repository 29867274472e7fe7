"""Citations for copied quotes. SKELETON: the plain style; the daily-use issue adds the others."""

from __future__ import annotations

from tui.corpus.model import ArticleMeta


def long_date(meta: ArticleMeta) -> str | None:
    if meta.date is None:
        return None
    return f"{meta.date.day} {meta.date.strftime('%B %Y')}"


def format_quote(words: str, meta: ArticleMeta, style: str = "plain") -> str:
    """“words” — Author, Outlet, 13 June 2025, URL (unknown fields left out, never "None")."""
    parts = [p for p in (meta.author, meta.outlet, long_date(meta), meta.url) if p]
    if not parts and meta.title:
        parts = [meta.title]
    cite = ", ".join(parts) if parts else "unknown source"
    return f"“{words}” — {cite}"
