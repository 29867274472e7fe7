"""A chief put in by the board, and the posts a newcomer held at a unit (stop 33, issue 11, "facts").

Forms of coverage of a chief replaced at once: the board as the subject of the replacing verb ("The
board replaced her on Tuesday with Y"), the one leaving "giving way to" the newcomer, the newcomer's
posts at the parent and at a unit it owns ("executive vice president of X and president of Y", "X's
executive vice president and Y's president"), the one leaving labelled with two titles ("Orbitex CEO
and president X"), and a page that opens on an image's alt text repeated by its caption with the
photographer's credit glued to it. Each class is tested with sentences written for this file; no
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, appointment_facts, cpu_to_scan_a_long_line, extract_pattern
from tests.factories import slot_value as value

story = AppointmentStory("Orbitex replaces its chief", "Orbitex shares fell 3% in early trading.")
#: The articles of this file are dated a Friday.
FRIDAY = dt.date(2031, 10, 17)


def test_the_board_replaced_her_with_y_names_the_successor_and_the_day() -> None:
    f = appointment_facts(
        story(
            "Orbitex chief executive Lena Vey has left the company after a rough year. The board replaced "
            "her on Thursday with Mara Quentin, a longtime company executive."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"
    assert value(f, "effective") == "2031-10-16"  # the Thursday before the Friday the page is dated


def test_giving_way_to_names_the_successor() -> None:
    f = appointment_facts(
        story(
            "Orbitex said chief executive Lena Vey “stepped down from the top post with the consent of "
            "the directors,” giving way to Mara Quentin, who most recently ran its freight arm."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "new_title") == "ceo"
    # "making way for" is the same form
    g = appointment_facts(
        story(
            "Orbitex chief executive Lena Vey is stepping down, making way for Mara Quentin, who runs its freight arm."
        ),
        date=FRIDAY,
    )
    assert value(g, "person") == "Mara Quentin"
    assert value(g, "new_title") == "ceo"


def test_a_post_at_the_parent_and_the_presidency_of_a_unit_are_both_kept() -> None:
    for held in (
        "was most recently executive vice president of Orbitex and president of Dalvik Systems",
        "most recently served as Orbitex's executive vice president and Dalvik Systems's president",
        "was most recently EVP of Orbitex and president of Dalvik Systems",
    ):
        f = appointment_facts(
            story(
                f"Orbitex has named Mara Quentin president and chief executive, effective Oct. 16. Quentin {held}, "
                "the freight unit the group bought in 2024."
            ),
            date=FRIDAY,
        )
        # the head of a company the group owns: the tables' "ceo" of that unit
        assert value(f, "former_title") == "executive vice president and ceo", held


def test_the_president_of_another_company_was_its_head() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named Mara Quentin as its new chief executive. Quentin was most recently president "
            "of Dalvik Systems, the group's trucking arm."
        ),
        date=FRIDAY,
    )
    assert value(f, "former_title") == "ceo"
    # "president and CEO" of one company is one post, the chief executive's
    g = appointment_facts(
        story(
            "Orbitex has named Mara Quentin as its new chief executive. She most recently served as Dalvik "
            "Freight’s president and CEO."
        ),
        date=FRIDAY,
    )
    assert value(g, "former_title") == "ceo"
    # a president of the appointing company itself stays its president
    h = appointment_facts(
        story("Orbitex has named its president, Mara Quentin, as its new chief executive."), date=FRIDAY
    )
    assert value(h, "former_title") == "president"


def test_the_one_leaving_labelled_ceo_and_president_leaves_the_ceo_post() -> None:
    f = appointment_facts(
        story("Orbitex CEO and president Lena Vey has stepped down; Mara Quentin will replace her."),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "ceo"


def test_byline_fragments_and_a_repeated_alt_text_leave_room_for_the_story() -> None:
    alt = "The change comes after the group missed its targets for a year, angering its largest shareholders."
    text = (
        "Orbitex ousts its chief\n\nBy\nJon Perl\nJon Perl\n,\nAda Wren\nAda Wren\n,\nLi Moss\nLi Moss\n"
        f"and\nExample News\nExample News\n\n{alt}\n{alt}Jon Perl for Example News\n\n"
        "Orbitex named Mara Quentin as its new chief executive, ending the tenure of Lena Vey.\n\n"
        "Quentin, 58, took the helm Thursday, a release said on Friday.\n\n"
        f"{alt}\n"
    )
    f = appointment_facts(text, date=FRIDAY)
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "effective") == "2031-10-16"  # the Thursday before the Friday the page is dated


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("former_title", "_OWNER_AFTER", " of Orbitex’ freight arm Dalvik "),
        ("former_title", "_OWNER_BEFORE", "Dalvik Systems's "),
        ("former_title", "_AND", " and "),
        ("appointments", "_PROSE_WORD", "ab "),
        ("former_title", "_HELD_AFTER", ", was most recently the "),
        ("former_title", "_BARE_APPOSITIVE", ", most recently "),
        ("takers", "_REPLACED_WITH", "replaced her on Thursday "),
        ("former_title", "_UNIT_OF", " of Orbitex’s Latin America "),
        ("former_title", "_LED", "has led the dairy "),
        ("former_title", "_SERVED_AS", "serves as its "),
        ("post_org", "_ITS_BEFORE", "its new "),
        ("succession", "_TITLE_LEAVES", " of the big group is "),
        ("page_date", "_WRITTEN", "published on wed 17 october 2031 "),
        ("page_date", "_PROSE_WORD", "ab cd "),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(module: str, name: str, unit: str) -> None:
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_the_head_of_a_unit_or_of_another_company_is_another_post_than_the_new_one() -> None:
    # a unit's head named in an appositive, the new post being the group's
    f = appointment_facts(
        story(
            "Orbitex said chief executive Lena Vey will step down. Mara Quentin, head of Orbitex’s Latin "
            "America division, will succeed her."
        ),
        date=FRIDAY,
    )
    assert value(f, "former_title") == "ceo"
    g = appointment_facts(
        story(
            "Orbitex has named Mara Quentin as its new chief executive. Quentin is the head of its Latin "
            "America zone."
        ),
        date=FRIDAY,
    )
    assert value(g, "former_title") == "ceo"
    # the chief of another company named after a possessive's descriptor
    h = appointment_facts(
        story(
            "Lena Vey will be succeeded by Mara Quentin , CEO of Orbitex’s trucking maker Dalvik Systems and "
            "a longtime ally of the founders."
        ),
        date=FRIDAY,
    )
    assert value(h, "former_title") == "ceo"


def test_a_company_the_newcomer_led_was_hers_to_head() -> None:
    for told in (
        "At Dalvik Systems, she led freight business Kelvrin Systems for six years.",
        "Quentin has led the freight firm Kelvrin Systems, a business of 9,000 people, since 2024.",
    ):
        f = appointment_facts(
            story(f"Orbitex has named Mara Quentin as its new chief executive. {told}"), date=FRIDAY
        )
        assert value(f, "former_title") == "ceo", told
    # the appointing company itself led is no other post
    g = appointment_facts(
        story(
            "Orbitex has named Mara Quentin as its new chief executive. She has led Orbitex's shops since 2024."
        ),
        date=FRIDAY,
    )
    assert value(g, "former_title") is None


def test_a_written_date_line_at_the_page_s_head_dates_the_article() -> None:
    story_line = "Orbitex has appointed Mara Quentin as its next chief executive, effective Oct. 23."
    for stamp in (
        "October 17, 2031, 7:59 AM ET",
        "Oct 17, 2031 — 07:01 am EDT",
        "Published Fri 17 October 2031 10:35",
    ):
        nav = "• Home\n• Latest\n• Finance\n" * 4  # a page's navigation before its stamp
        text = f"Orbitex names a new chief\n\n{nav}By Jon Perl\n{stamp}\n\n{story_line}"
        assert value(appointment_facts(text, date=None), "effective") == "2031-10-23", stamp
    # a date told after the story has begun, or an update's line, is no stamp of the page
    late = f"Orbitex names a new chief\n\n{story_line}\n\nOctober 17, 2031\n"
    assert value(appointment_facts(late, date=None), "effective") == "--10-23"  # no year (stop 40)
    updated = f"Orbitex names a new chief\n\nUpdated October 17, 2031\n\n{story_line}"
    assert value(appointment_facts(updated, date=None), "effective") == "--10-23"


def test_its_next_chief_is_the_naming_company_s_post() -> None:
    # a caption labels the newcomer with the company he joins, his own company labels him too: "its"
    # says whose post it is
    f = appointment_facts(
        story(
            "Orbitex new CEO Mara Quentin\n\nOrbitex named Dalvik Systems boss Mara Quentin as its next chief "
            "executive officer, replacing Lena Vey."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "organization") == "Orbitex"


def test_ending_a_tenure_for_x_names_the_one_leaving() -> None:
    f = appointment_facts(
        story(
            "Orbitex picked Mara Quentin as chief executive officer, ending a rocky tenure for "
            "Lena Vey at the group. Chief executive Lena Vey had run the group since 2027."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Lena Vey"


def test_the_post_told_as_the_subject_of_the_leave_is_the_successor_s() -> None:
    f = appointment_facts(
        story(
            "Orbitex has announced that the CEO of the freight group is stepping down. The company said Lena "
            "Vey will depart as of Sept. 1. Mara Quentin, who is now head of Dalvik Systems, will succeed Vey."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"


def test_an_ouster_told_below_a_vague_word_of_the_top_is_an_ouster() -> None:
    f = appointment_facts(
        story(
            "Orbitex said chief executive Lena Vey “stepped down from the top post with the consent of the "
            "directors,” giving way to Mara Quentin, who runs its freight arm. The group has missed its targets "
            "for a year. Its shares fell by a fifth. Investors had called for change. The board met twice in "
            "the summer. Its rivals grew faster. Its costs rose. After months of decline, the decision to "
            "oust Vey is no surprise."
        ),
        date=FRIDAY,
    )
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "departure") == "forced_out"
    # an ouster of someone else, told below, changes nothing
    g = appointment_facts(
        story(
            "Orbitex said chief executive Lena Vey has stepped down, giving way to Mara Quentin, who runs its "
            "freight arm. The group has missed its targets for a year. Its shares fell by a fifth. Investors "
            "had called for change. The board met twice. Its rivals grew faster. Its costs rose. In 2029, "
            "Dalvik Systems fired its chief Ivo Stark."
        ),
        date=FRIDAY,
    )
    assert value(g, "departure") == "resigned"


def test_a_post_the_newcomer_serves_in_now_is_his_other_title() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named Ivo Stark as its next chief executive, effective Oct. 20. Dalvik Systems is now "
            "part of the Kelvrin group, where Stark serves as senior adviser."
        ),
        date=FRIDAY,
    )
    assert value(f, "person") == "Ivo Stark"
    assert value(f, "former_title") == "senior adviser"
