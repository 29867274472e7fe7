"""Who is cited, in forms the fitted bench's own source misses showed (stop 53, second round, "srcs2"). Every
text here is invented; each form is written down as a general shape, with three wordings that differ from the
pages that showed it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, sources_of
from tui.analysis.extract import attribution

_HEAD = "Grocer sells its snacks arm\n\n"


def _cited(body: str) -> set[tuple[str, str]]:
    return sources_of(_HEAD + body)


def _names(body: str) -> set[str]:
    return {name for name, _ in _cited(body)}


# --- (a) a document told as "a company <document>" --------------------------------------------------------------
# The FORM: "according to a company statement", "according to a company release issued Monday": the word
# "company" standing as the document's modifier names the company the page tells of, as "its statement" and
# "the company's statement" already did. A statement or release is the company's own voice (the company is
# cited); a filing is the company's document. Near misses: "a company's statement" (some other company's,
# none named) and "a company statement from <Other>" (the other's) are not the page company's voice.


def test_money_raised_told_according_to_a_company_statement() -> None:
    body = (
        "Orla Foods raised $80 million from investors on Tuesday. The money will pay for its move into "
        "Asia, according to a company statement last week."
    )
    assert ("Orla Foods", "organization") in _cited(body)


def test_a_sale_told_according_to_a_company_release() -> None:
    body = "Brandt Markets agreed to sell its bakery unit for $2 billion, according to a company release issued Monday."
    assert ("Brandt Markets", "organization") in _cited(body)


def test_job_cuts_told_according_to_a_company_filing() -> None:
    body = "Kestrel Air will cut 900 jobs, according to a company filing on Friday. Kestrel Air shares fell."
    assert ("Kestrel Air (filing)", "document") in _cited(body)


def test_near_miss_a_company_s_statement_is_no_one_s_in_particular() -> None:
    body = (
        "Orla Foods raised $80 million from investors on Tuesday. Such rounds often go to growth, "
        "according to a company's statement seen by few."
    )
    assert "Orla Foods" not in _names(body)


def test_near_miss_a_company_statement_from_another_body_is_that_body_s() -> None:
    body = (
        "Orla Foods raised $80 million from investors on Tuesday. The round was led by a fund, according "
        "to a company statement from Brandt Markets."
    )
    assert "Orla Foods" not in _names(body)


def test_the_own_document_pattern_is_linear() -> None:
    pattern = attribution._patterns()["own_doc"]
    assert cpu_to_scan_a_long_line(pattern, "a company official statement ") < 20
    assert cpu_to_scan_a_long_line(pattern, "a company ") < 20


# --- (b) "the companies" told with a cue in the plural present ----------------------------------------------------
# The FORM: "<content>, the companies confirm", "the two firms add.", "The two firms state that ...": a plural
# back-reference to the two parties with a reporting verb in the present cites both, as "the companies said"
# and "the companies say" already did. The verb counts only before its clause's end, "that" or "in" (a
# release). Near misses: "the companies add 500 jobs" (an act, no cue) and "the two state governments" (a
# noun after "the two") cite no one.


def test_a_licence_fee_the_companies_confirm() -> None:
    body = (
        "Orla Foods paid Brandt Markets $60 million for the right to sell its checkout software, the "
        "companies confirm. Shares of both rose."
    )
    assert {("Orla Foods", "organization"), ("Brandt Markets", "organization")} <= _cited(body)


def test_a_closing_date_the_two_firms_add() -> None:
    body = "Kestrel Holdings agreed to buy Gannet Corp last week. The purchase should close by March, the two firms add."
    assert {("Kestrel Holdings", "organization"), ("Gannet Corp", "organization")} <= _cited(body)


def test_the_two_firms_state_that() -> None:
    body = (
        "Marlow Bank and Tiller Financial will combine their card arms. The two firms state that no branch will "
        "shut before 2030."
    )
    assert {("Marlow Bank", "organization"), ("Tiller Financial", "organization")} <= _cited(body)


def test_near_miss_the_companies_add_jobs() -> None:
    body = "Orla Foods will merge with Brandt Markets. The companies add 500 jobs in Ohio each year."
    assert _cited(body) == set()


def test_near_miss_the_two_state_governments() -> None:
    body = "Orla Foods and Brandt Markets will merge. The two state governments approved the plan in May."
    assert _cited(body) == set()


def test_the_plural_anaphor_pattern_is_linear() -> None:
    pattern = attribution._PLURAL_ANAPHOR
    assert cpu_to_scan_a_long_line(pattern, "the two companies confirm ") < 20
    assert cpu_to_scan_a_long_line(pattern, "the two firms add that ") < 20
