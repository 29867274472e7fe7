"""A deputy's post told as a title's rank, never the full post (stop 51, "status").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and names than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import cpu_to_scan_a_long_line, row_pairs, source_result
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.extract import entities
from tui.corpus.model import Span


def roles_of(text: str, person: str) -> list[tuple[str, tuple[str, ...]]]:
    """The titles (as written, lower case) and modifiers the extractor gives `person` in one article whose first
    line is its headline."""
    found = [e for e in source_result(text).entities if e.name == person]
    assert found, person
    return [(r.title.lower(), r.modifiers) for r in found[0].roles]


# --- a deputy's post the person moves to, told by "will be" or "move(s) to the role of" ----------------------------
# The shape: <person> (will be | move(s|d) to the role of | step(s|ped) into the post of) <rank> <post>. A person's
# new post told by these verbs is a post named to (role.named-as), like "will serve as" and "will become": the rank
# ("deputy", "vice") stays the title's modifier, and the post the page described the person by in the same sentence
# is the one held before (former). Before, the rank's post was not read at all and the page kept only the described
# full post. Not a title that is part of another word or an owner after "will be" ("will be CEO-led", "will be the
# CEO's call").


def test_a_bank_chief_will_be_deputy_chief_executive_of_the_merged_lender() -> None:
    roles = roles_of(
        "Halden and Corvo agree to merge\n\nCorvo chief executive Ines Varga will be deputy chief executive of the "
        "merged lender, the banks said.\n",
        "Ines Varga",
    )
    assert ("deputy chief executive", ("deputy",)) in roles
    assert ("chief executive", ("former",)) in roles


def test_a_head_of_retail_moves_to_the_role_of_deputy_ceo() -> None:
    roles = roles_of(
        "Velto reshapes its top team\n\nVelto said on Monday that Ana Ruiz, its head of retail, will move to the role "
        "of deputy CEO in March.\n",
        "Ana Ruiz",
    )
    assert ("deputy ceo", ("deputy",)) in roles


def test_a_finance_chief_stepped_into_the_post_of_vice_chair() -> None:
    roles = roles_of(
        "Orla Foods shuffles its board\n\nOrla Foods finance chief Pieter Kamp stepped into the post of vice chairman "
        "after the annual meeting on Friday.\n",
        "Pieter Kamp",
    )
    assert any(title == "vice chairman" and "vice" in mods for title, mods in roles), roles


def test_near_miss_a_title_inside_another_word_after_will_be_names_no_post() -> None:
    roles = roles_of(
        "Gale sets out its plan\n\nGale chief executive Rui Sato said the turnaround will be CEO-led and fast.\n",
        "Rui Sato",
    )
    assert roles == [("chief executive", ())]


# --- a deputy's post named to, against the full post another page describes the person by -------------------------
# The shape: one page names the person to <rank> <post> ("X will serve as deputy CEO" of a merged group), another
# describes them by the full <post> ("<Own company> chief executive X"). The rank is a step to another post, the
# description the post held now: two moments, "differ" and not judged (reason post-before), never a contradiction
# flag. Not another modifier ("named interim CEO", "named co-CEO" against "the CEO" stay as the plain rules say), and
# not two pages that both name the person to their posts.

SPAN = Span("a", 0, 1)
NAMED = "extractor:role.named-as"
DESCRIBED = "extractor:role.title-before"


def _title(text: str, normalized: str, modifiers: tuple[str, ...], rule: str) -> Slot:
    return Slot("role", text, SPAN, normalized=normalized, modifiers=modifiers, rule=rule)


def test_named_deputy_ceo_against_a_described_chief_executive_is_not_judged() -> None:
    deputy = _title("deputy CEO", "ceo", ("deputy",), NAMED)
    chief = _title("chief executive", "ceo", (), DESCRIBED)
    assert verdicts.title_verdict(deputy, chief).kind == verdicts.CONTRADICTION
    for a, b in ((deputy, chief), (chief, deputy)):
        v = verdicts.promotion_verdict(a, b)
        assert v is not None and v.kind == verdicts.DIFFER and v.reason == verdicts.POST_BEFORE


def test_named_vice_president_against_a_described_president_is_not_judged() -> None:
    vice = _title("vice president", "president", ("vice",), NAMED)
    president = _title("president", "president", (), "extractor:role.appositive")
    v = verdicts.promotion_verdict(president, vice)
    assert v is not None and v.kind == verdicts.DIFFER


def test_two_pages_one_naming_the_deputy_post_one_describing_the_chief_flag_nothing(tmp_path: Path) -> None:
    pairs = row_pairs(
        tmp_path,
        {
            "a": "Harlow agreed to buy Quill for $4 billion in shares on Monday, creating the largest grocer in the "
            "region. Harlow chief executive Mara Lind will remain CEO, while Quill's Tomas Breck will serve as deputy "
            "CEO of the enlarged group.",
            "b": "Harlow agreed to buy Quill for $4 billion on Monday. Quill chief executive Tomas Breck said the deal "
            "would create a stronger group.",
        },
        "leadership",
    )
    # the deal pages' leadership rows come from the titles the extractor gives each person (no appointment facts)
    assert [(verdict, reason) for verdict, reason, _detail in pairs] == [
        (verdicts.DIFFER, verdicts.POST_BEFORE)
    ]


def test_near_miss_interim_or_co_posts_named_to_keep_their_contradiction() -> None:
    chief = _title("CEO", "ceo", (), DESCRIBED)
    for mods, text in ((("interim",), "interim CEO"), (("co",), "co-CEO")):
        assert verdicts.promotion_verdict(chief, _title(text, "ceo", mods, NAMED)) is None
    # two pages naming the person to their posts: nothing tells which came first
    deputy = _title("deputy CEO", "ceo", ("deputy",), NAMED)
    assert verdicts.promotion_verdict(deputy, _title("CEO", "ceo", (), NAMED)) is None


def test_the_role_cues_scan_linearly() -> None:
    for unit in ("will be ", "moved to the role of ", "stepping into the post of the ", "as into "):
        assert cpu_to_scan_a_long_line(entities._ROLE_CUE_LOW, unit) < 20, unit
    for unit in ("-a's ", "CEO-", "'s'"):
        assert cpu_to_scan_a_long_line(entities._TITLE_AS_WORD, unit) < 20, unit
