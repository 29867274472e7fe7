"""Copies: which articles are syndicated or lightly reworded copies of another (issue 6).

The importer records `copy_of: <article id>` in corpus.yaml (ArticleMeta.copy_of). These pure
helpers turn that into what the user is shown: each article's original (following chains, so a copy
of a copy counts under the first article), how many of a set of articles are independent, and the
labels "copy of Winbuzzer" and "12 articles (9 independent)". Rule: "copies.copy_of".
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.corpus.model import Article, Corpus

RULE = "copies.copy_of"


def independent_articles(corpus: Corpus) -> dict[str, str]:
    """Every article id -> the id of the original it copies (itself when it is no copy).

    Chains are followed to their first article; a cycle (a hand-edited corpus.yaml) is broken at
    the article where it closes, which then counts as an original.
    """
    copy_of = {a.id: a.meta.copy_of for a in corpus.articles}
    out: dict[str, str] = {}
    for article in corpus.articles:
        seen = [article.id]
        current = article.id
        while True:
            nxt = copy_of.get(current)
            if nxt is None or nxt not in copy_of or nxt in seen:
                break
            seen.append(nxt)
            current = nxt
        out[article.id] = current
    return out


def wire_groups(corpus: Corpus, originals: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Original article id -> its wire group: the originals of one wire story, in corpus order.

    `same_wire_as` (corpus.yaml) links articles that are independent edits of one wire story; the
    links are taken both ways and followed (a same as b, b same as c: one group), on originals (a
    copy belongs to its original's group). Only originals linked to another are listed; each group
    is in corpus order.
    """
    originals = originals if originals is not None else independent_articles(corpus)
    order = {a.id: n for n, a in enumerate(corpus.articles)}
    parent: dict[str, str] = {}
    linked: set[str] = set()

    def root(aid: str) -> str:
        while parent.get(aid, aid) != aid:
            aid = parent[aid]
        return aid

    for article in corpus.articles:
        a = originals.get(article.id, article.id)
        for other in article.meta.same_wire_as:
            b = originals.get(other, other)
            if other not in order or a == b:
                continue
            linked.update((a, b))
            ra, rb = root(a), root(b)
            if ra != rb:
                first, second = (ra, rb) if order[ra] <= order[rb] else (rb, ra)
                parent[second] = first
    by_root: dict[str, list[str]] = {}
    for aid in sorted(linked, key=order.__getitem__):
        by_root.setdefault(root(aid), []).append(aid)
    return {aid: group for group in by_root.values() for aid in group}


def copy_count(originals: dict[str, str]) -> int:
    """How many articles are copies of another."""
    return sum(1 for aid, original in originals.items() if aid != original)


def independent_count(article_ids: Iterable[str], originals: dict[str, str]) -> int:
    """How many distinct stories `article_ids` hold: an original and its copies count once."""
    return len({originals.get(aid, aid) for aid in article_ids})


def copy_label(article: Article, originals: dict[str, str], by_id: dict[str, Article]) -> str | None:
    """ "copy of Winbuzzer" (the original's outlet, else its id), or None when it is no copy."""
    original_id = originals.get(article.id, article.id)
    if original_id == article.id:
        return None
    original = by_id.get(original_id)
    name = (original.meta.outlet if original else None) or original_id
    return f"copy of {name}"


def wire_label(
    article: Article, originals: dict[str, str], wires: dict[str, list[str]], by_id: dict[str, Article]
) -> str | None:
    """ "same wire as Reuters, Tech Daily" (the outlets, else ids, of the other originals of its wire
    group: `wire_groups`), or None when it is in none. A copy is labelled as a copy (copy_label)."""
    if originals.get(article.id, article.id) != article.id:
        return None
    names = []
    for other in wires.get(article.id, ()):
        if other != article.id:
            found = by_id.get(other)
            names.append((found.meta.outlet if found else None) or other)
    return f"same wire as {', '.join(dict.fromkeys(names))}" if names else None


def link_label(
    article: Article, originals: dict[str, str], wires: dict[str, list[str]], by_id: dict[str, Article]
) -> str | None:
    """What an article shares with others, in words: "copy of X", else "same wire as X, Y", else None."""
    return copy_label(article, originals, by_id) or wire_label(article, originals, wires, by_id)


def articles_phrase(n: int, independent: int) -> str:
    """ "1 article", "12 articles" or "12 articles (9 independent)"."""
    text = f"{n} article{'s' if n != 1 else ''}"
    return text if independent == n else f"{text} ({independent} independent)"
