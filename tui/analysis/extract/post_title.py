"""A post named by a word that means another post in the article's own terms, read for
`appointments.appointment_facts`.

Two-tier boards (German, Austrian, Dutch, Nordic companies) and translations name the chief
executive's post "chairman of the board of management" (the gazetteer reads that as CEO), "group
chairman", "chairman of the board" or "president", while the supervisory board's chair is another
post. A new post read as "chair" or "president" is:

- the chief executive's, when the one leaving it is called CEO in the article and never by that
  word itself, and does not stay CEO ("<Org> CEO X will step down as president ..., replaced by Y": Y
  becomes CEO); a "chair" only on a two-tier board (a one-tier board's chair is its own post);
- left open (abstain), when it is a bare "chair" in an article about a two-tier board (it names a
  supervisory board or a board of management) and nothing equates it: "chair" would be a guess.

Pure functions over `fact_layout._Doc`; patterns are linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import _Doc, _Name
from tui.analysis.extract.gazetteer import normalize_title, tables
from tui.analysis.extract.post_org import appositive_titles
from tui.analysis.extract.succession import persons_in
from tui.analysis.extract.titles import _label_before

__all__ = ["current_labels", "equated_post"]

#: Words before a label that make it a past post: "former CEO X", "ex-chief executive X".
_PAST = re.compile(r"\b(?:former|ex|then|previously|formerly|onetime|one-time|retired|late)\b", re.IGNORECASE)
#: A two-tier board named in the article.
_TWO_TIER = re.compile(r"\bsupervisory\s+board\b|\bboard\s+of\s+management\b|\bmanagement\s+board\b")
#: The one leaving keeps the chief executive's post: "will remain CEO", "stays on as chief executive".
_STAYS = re.compile(
    r"\b(?:remain|remains|remaining|stay|stays|staying|continue|continues|continuing)\s+(?:on\s+)?(?:to\s+serve\s+)?"
    r"(?:as\s+)?(?:(?:the|its)\s+)?(?:ceo|chief\s+executive)\b"
)
_EQUATED = ("chair", "president")
#: The supervisory board's chair told as a person's post (stop 49): "supervisory board chairman X", "X, chair of
#: the supervisory board", "the supervisory board's chairwoman".
_SUPERVISORY_CHAIR = re.compile(
    r"\bsupervisory\s+board(?:'s|’s)?\s+(?:chairman|chairwoman|chairperson|chair)\b"
    r"|\b(?:chairman|chairwoman|chairperson|chair)\s+of\s+(?:the\s+|its\s+)?supervisory\s+board\b"
)
_NEAR = 40  # how close to the supervisory chair its holder is named, and how far from it the new post must be


def _supervisory_chair_held(doc: _Doc, span: tuple[int, int], others: set[str]) -> bool:
    """Does the page give the supervisory board's chair to a person named beside it who is none of `others`
    (the one leaving, the appointee), away from the new post at `span`?"""
    for m in _SUPERVISORY_CHAIR.finditer(doc.low):
        if m.start() < span[1] + _NEAR and span[0] - _NEAR < m.end():
            continue  # the new post itself ("named X chairwoman of the supervisory board")
        near = persons_in(doc, max(0, m.start() - _NEAR), m.end() + _NEAR)
        if any(n.entity_id not in others for n in near):
            return True
    return False


#: After a head's title, the words that make it a unit's or a function's head: "head of research", "leader at".
_HEAD_OF = re.compile(r"\s+(?:of|at|for)\b")


def _held_now(doc: _Doc, person: _Name) -> set[str]:
    """The titles a person holds now by the text: labels before their name and titles set off after it ("X, its
    CEO since 2019,"), normalized."""
    tab = tables()
    return current_labels(doc, person) | {
        normalize_title(tab, t.group("title")) for t in appositive_titles(doc, person)
    }


def current_labels(doc: _Doc, person: _Name) -> set[str]:
    """The titles that label a person's mentions now ("Orbitex CEO X"), normalized; not a past one
    ("former CEO X")."""
    tab = tables()
    out: set[str] = set()
    for n in doc.names:
        if n.entity_id != person.entity_id:
            continue
        label = _label_before(doc, n.start)
        if label is None or _PAST.search(doc.text, max(0, label.start() - 20), label.start("title")):
            continue
        out.add(normalize_title(tab, label.group("title")))
    return out


def equated_post(
    doc: _Doc,
    title: str,
    leaving: _Name | None,
    span: tuple[int, int],
    appointee: _Name | None,
) -> tuple[str | None, str]:
    """(the post a new title `title` told at `span` stands for, the rule): `title` itself (rule ""), "ceo"
    (appointment.title-equated; appointment.title-management-chair for a chair on a two-tier board whose
    supervisory board's chair the page gives to someone else), or None to leave the post open
    (appointment.title-open)."""
    if (
        title == "head"
        and leaving is not None
        and not _HEAD_OF.match(doc.low, span[1])
        and "ceo" in _held_now(doc, leaving)
    ):
        # "X, its CEO since 2019, will step down; Y will take over as leader": a bare head of the company is the
        # post the chief executive leaves (stop 49)
        return "ceo", "appointment.title-equated"
    if title not in _EQUATED:
        return title, ""
    two_tier = _TWO_TIER.search(doc.low) is not None
    labels = current_labels(doc, leaving) if leaving is not None else set()
    # a chair and a chief executive are two posts on a one-tier board, and a CEO may hand over only
    # the president's title while he stays on: equated only when he does not stay
    equal = "ceo" in labels and title not in labels and (title == "president" or two_tier)
    if equal and not _STAYS.search(doc.low):
        return "ceo", "appointment.title-equated"
    if title == "chair" and two_tier:
        # "X leaves his seat as chair of the board ...; the supervisory board's chairman Z praised X": the chair
        # the one leaving gives up is the management board's, the chief executive's (stop 49)
        others = {n.entity_id for n in (leaving, appointee) if n is not None}
        if _supervisory_chair_held(doc, span, others):
            return "ceo", "appointment.title-management-chair"
        return None, "appointment.title-open"
    return title, ""
