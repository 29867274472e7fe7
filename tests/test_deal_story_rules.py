"""General rules for deal stories told in the words real coverage uses (issue 11/12, stop 22).
Every text here is invented; each test names the class of text the rule is for and fails without it."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.analysis.model import EntityType
from tui.corpus.model import Article, ArticleMeta


def run(text: str, headline: bool = True):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=headline)))


def roles_of(text: str, name: str) -> list[tuple[str, tuple[str, ...]]]:
    for e in run(text).entities:
        if e.name == name and e.type == EntityType.PERSON:
            return [(r.normalized, r.modifiers) for r in e.roles]
    raise AssertionError(f"no person {name!r}")


# --- titles -------------------------------------------------------------------------------------------


def test_a_title_modifier_is_never_the_tail_of_another_word() -> None:
    # "co" ends "Marco" and "Tesco": the title is "boss"/"CEO" alone, never a co-holder's post.
    text = "Ferrow buys Lumen\n\nThe unit will report to Tesco boss Dana Whitlow, the buyer said.\n"
    assert roles_of(text, "Dana Whitlow") == [("ceo", ())]
    text = "Ferrow buys Lumen\n\nThe unit will report to Marco CEO Dana Whitlow, the buyer said.\n"
    assert all("co" not in mods for _, mods in roles_of(text, "Dana Whitlow"))


def test_a_written_co_title_still_is_a_shared_post() -> None:
    text = "Ferrow news\n\nThe deal was signed by Ferrow co-CEO Dana Whitlow on Monday.\n"
    assert roles_of(text, "Dana Whitlow") == [("ceo", ("co",))]
