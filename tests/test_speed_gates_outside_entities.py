"""Stop 33 (issue 11): the gates put before the attribution, hedge and event-fact patterns never skip
a match (docs/benchmarks.md, "Stop 33: extraction speed outside the entities").

Each gate is a necessary condition of the pattern it guards: wherever the pattern matches, the gate
must pass. The windows are invented, in several cases, with the non-ASCII letters that re.IGNORECASE
folds to ASCII ones (İ ı ſ K).
"""

from __future__ import annotations

import itertools

from tui.analysis.extract import attribution as at
from tui.analysis.extract import fact_tables, figure_roles
from tui.analysis.extract import hedges as he

_HEADS = ["", "x ", "The ", "Acme, ", "Vera Lind, ", "said ", "In a note, "]


def test_document_end_gate_never_skips_a_match() -> None:
    tails = [
        "the statement",
        "its new report",
        "a press release",
        "The Latest Filing",
        "their joint STATEMENT",
        "a regulatory filing\n",
        "the blog post",
        "an earlier, but still unverified, report",
        "the research note",
        "this op-ed",
        "today's memo",
        "the \u212aey report",  # a fold letter before the noun: the pattern decides
        "the stateme\u0131nt",
        "the statement said",
        "the company",
        "a report ",
        "",
    ]
    doc_before = at._patterns()["doc_before"]
    matched = 0
    for head, tail in itertools.product(_HEADS, tails):
        text = head + tail
        n = len(text)
        for lo in range(min(n, 8) + 1):
            if doc_before.search(text, lo, n):
                matched += 1
                assert at._may_end_with(text, lo, n, at._document_endings(), space=False), (text, lo)
    assert matched > 50  # the windows hold matches: the test can fail
    text = "the statement said"
    assert not at._may_end_with(text, 0, len(text), at._document_endings(), space=False)


def test_where_said_needles_never_skip_a_match() -> None:
    tails = [
        " in a post on X",
        ", in a memo to staff,",
        " in his latest tweet",
        " in a blog post on Medium, which Stark shared,",
        " in an e-mail to employees",
        " in a video message ",
        " on LinkedIn",
        " on Threads, ",
        ", speaking at a conference in Oslo,",
        ", talking to reporters on Monday",
        ", writing in the Ledger,",
        " in a letter",
        " in a statement",
        " on Monday",
        "",
    ]
    matched = 0
    for head, tail in itertools.product(_HEADS, tails):
        text = head + tail
        n = len(text)
        for lo in range(min(n, 6) + 1):
            if at._WHERE_SAID_END.search(text, lo, n):
                matched += 1
                assert any(w in text[lo:n] for w in at._WHERE_SAID_NEEDS), (text, lo)
    assert matched > 40
    assert not any(w in " in a statement on Monday" for w in at._WHERE_SAID_NEEDS)


def test_relative_clause_patterns_need_who_or_which() -> None:
    texts = [
        "The company, which makes A, B and C, among other things, ",
        "Tallow, which later ",
        "Sundar Pichai, who was born in Madurai and is now chief of Alphabet, ",
        "The CEO - who replaced the founder - ",
        "Ivo Stark, who also ",
        "analysts who ",
        "The firm, whose shares fell, ",
        "",
    ]
    matched = 0
    for text in texts:
        n = len(text)
        for pattern in (at._WHICH_END, at._WHO_END, at._RELATIVE_APPOSITIVE):
            if pattern.search(text, 0, n):
                matched += 1
                assert "who" in text or "which" in text, text
            if pattern is not at._WHICH_END and pattern.search(text, 0, n):
                assert "who" in text, text
        if at._SUBJECT_RELATIVE.fullmatch(text, 0, n):
            matched += 1
            assert "who" in text or "which" in text, text
    assert matched >= 6


def test_clause_stop_gate_never_skips_a_match() -> None:
    windows = [
        "revenue rose; profit fell",
        "the deal \u2014 its largest \u2014 closed",
        "the deal\u2014its largest",
        "a stake \u2013 about 4% \u2013 in",
        "shares - up 3% - rose",
        "while the talks went on",
        "whereas the rival paid",
        "but the board said no",
        "up from $2 billion",
        "down from a year ago",
        "compared with 2023",
        "compared to its rival",
        "versus last year",
        "up-from-the-ground",  # no stop: \b fails inside a word only for the words, "-" still tested
        "the buttery croissant",
        "a plain clause with none",
        "",
    ]
    matched = 0
    for low in windows:
        n = len(low)
        for lo in range(min(n, 4) + 1):
            if figure_roles._CLAUSE_STOP.search(low, lo, n):
                matched += 1
                assert figure_roles._may_stop(low, lo, n), (low, lo)
    assert matched > 30
    assert not figure_roles._may_stop("a plain clause with none", 0, 24)


def test_near_number_hedges_on_the_lower_cased_text() -> None:
    near = he._tables()[3]
    assert near is not None
    for text in [
        "It paid MORE THAN $2bn and Up To US$3 billion, at least 40 staff.",
        "An Estimated 1,000 jobs, as much as €5m, upwards of 20 sites, less than 3%.",
        "More than half, up to a point, at least once",
    ]:
        want = [m.span() for m in near.finditer(text)]
        got = [m.span() for m in he._lower_near().finditer(text.lower())]
        assert got == want, text
    assert [h.text for h in he.find_hedges("It paid MORE THAN $2bn.", "a")] == ["MORE THAN"]


def test_a_role_is_tested_only_against_the_roles_that_can_beat_it() -> None:
    tab = fact_tables._tables()
    beaten = 0
    for role in tab.roles:
        want = tuple((k, r) for k, r in enumerate(tab.roles) if role.name in r.over)
        assert tab.beaten_by[role.name] == want, role.name
        beaten += len(want)
    assert beaten > 0  # the lexicon has roles that beat others: the test can fail
