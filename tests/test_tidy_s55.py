"""Stop 55, "tidy": the same output, each decision made once and each text read once.

Invented texts written for these tests (other companies, people, figures and sentence shapes than any
coverage's); the expectations are written by hand.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.test_links_forms2_s54 import (
    CHIPS_RELEASE,
    CHIPS_WIRE,
    DAIRY_REPORTER_QUOTE,
    DAIRY_WIRE,
    LEASING_RELEASE,
    LEASING_WIRE,
    dairy_release,
)
from tui.corpus import importer
from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import ReleaseMarks, carries_release, issued_release, release_marks

# --- 1. a page's press-release marks, read once per page ---------------------------------------------------------------
# The shape: whether a page carries a release (its closing sections, its quotation's lead-in) or is one as issued (a
# release service's dateline) is a fact of the page, read once, whatever the pairs it is judged in. Near miss: a
# reporter's page with none of the marks.


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        (dairy_release(), ReleaseMarks(issued=False, carries=True)),
        (LEASING_RELEASE, ReleaseMarks(issued=False, carries=True)),
        (
            "LISBON--(BUSINESS WIRE)--Tavora Rail today said it had ordered 12 trains.\n",
            ReleaseMarks(True, True),
        ),
        (DAIRY_WIRE, ReleaseMarks(issued=False, carries=False)),
        (dairy_release(quote=DAIRY_REPORTER_QUOTE), ReleaseMarks(issued=False, carries=False)),
    ],
    ids=[
        "a quotation's lead-in",
        "an About heading",
        "a release service's dateline",
        "a wire's lead",
        "near miss",
    ],
)
def test_release_marks_read_once_agree_with_each_question(text: str, marks: ReleaseMarks) -> None:
    assert release_marks(text) == marks
    assert (issued_release(text), carries_release(text)) == (marks.issued, marks.carries)


def test_each_pages_release_marks_are_read_once_however_many_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()

    def counted(text: str) -> ReleaseMarks:
        read[text] += 1
        return release_marks(text)

    monkeypatch.setattr(importer, "release_marks", counted)
    fp = Fingerprints()
    pages = [dairy_release(), LEASING_RELEASE, CHIPS_RELEASE]
    for number, page in enumerate(pages):
        fp.add(f"release-{number}", page, None)
    for wire in (DAIRY_WIRE, LEASING_WIRE, CHIPS_WIRE):
        found = fp.relations(wire)
        fp.add(f"wire-{len(fp.known)}", wire, None, body=found.body)
    assert read and max(read.values()) == 1
