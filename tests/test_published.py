"""A web page's publication time, read from its head (tui/corpus/published.py). Pages written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.corpus.published import page_published, parse_stamp, stamp_text

UTC = dt.UTC


def _head(*tags: str) -> bytes:
    return ("<html><head><title>t</title>" + "".join(tags) + "</head><body><p>x</p></body></html>").encode()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-04T08:00:00Z", dt.datetime(2021, 3, 4, 8, 0, tzinfo=UTC)),
        (
            "2021-03-04T08:00:00.123+02:00",
            dt.datetime(2021, 3, 4, 8, 0, 0, 123000, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        (
            "2021-03-04 17:45+0530",
            dt.datetime(2021, 3, 4, 17, 45, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
        ("2021-03-04T09:15", dt.datetime(2021, 3, 4, 9, 15)),  # no offset: as written
        ("2021-03-04", None),  # a date alone says no time
        ("March 4, 2021 9:15 AM", None),
        ("2021-02-30T09:15:00Z", None),  # not a day
        ("", None),
    ],
)
def test_a_stamp_counts_only_with_a_time_of_day(value: str, expected: dt.datetime | None) -> None:
    assert parse_stamp(value) == expected


def test_the_open_graph_time_is_read_whatever_the_attribute_order_and_quotes() -> None:
    page = _head("<META content='2021-03-04T08:00:00Z' property='article:published_time' />")
    assert page_published(page) == dt.datetime(2021, 3, 4, 8, 0, tzinfo=UTC)


def test_the_first_publication_wins_over_a_modification_and_over_lesser_names() -> None:
    page = _head(
        '<meta property="article:modified_time" content="2021-03-05T12:00:00Z">',
        '<meta name="pubdate" content="2021-03-04T07:30:00Z">',
        '<meta property="article:published_time" content="2021-03-04T06:15:00Z">',
    )
    assert page_published(page) == dt.datetime(2021, 3, 4, 6, 15, tzinfo=UTC)


def test_schema_org_json_ld_is_read_when_no_meta_tag_states_a_time() -> None:
    page = _head(
        '<meta property="article:published_time" content="2021-03-04">',  # a date alone: skipped
        '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2021-03-06T10:00:00Z",'
        ' "datePublished": "2021-03-04T10:20:00-05:00"}</script>',
    )
    assert page_published(page) == dt.datetime(2021, 3, 4, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_page_with_no_time_or_only_an_update_time_gives_none() -> None:
    assert page_published(_head('<meta name="description" content="2021-03-04T08:00:00Z">')) is None
    assert (
        page_published(_head('<meta property="article:modified_time" content="2021-03-04T08:00Z">')) is None
    )
    assert page_published(b"\xff\xfe not html at all") is None


def test_the_corpus_records_the_time_to_the_minute_with_its_offset() -> None:
    assert stamp_text(dt.datetime(2021, 3, 4, 8, 0, 59, tzinfo=UTC)) == "2021-03-04T08:00+00:00"
    assert stamp_text(dt.datetime(2021, 3, 4, 9, 15)) == "2021-03-04T09:15"
