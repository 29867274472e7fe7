"""Stop 48, speed: the analysis cache reads a frozen slotted dataclass of one to nine fields through a
constructor written out for its number of fields (tui/analysis/slot_makers.py), not the loop that
sets any number: the loop's fixed cost per object (the values packed, counted, mapped) made a warm
start at 5,000 articles 6-7 % slower in CPU, most of the objects read having three fields.

What is read must be what was stored for every number of fields (tests/test_speed_cache_makers_s47.py
reads back 0 to 22); here: which constructor each number gets, that the classes the analysis stores
by the hundred thousand get a written-out one, and that both kinds refuse a wrong number of values
and set the slots in order.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tui.analysis import slot_makers
from tui.analysis.cache import _maker, dumps, loads
from tui.analysis.model import Figure, Hedge, Mention, Role, Span


def _loop_code() -> Any:
    return slot_makers._set_in_a_loop(object, ()).__code__


def _setters(fields: int, got: list[tuple[int, Any]]) -> tuple[slot_makers.Setter, ...]:
    def setter(n: int) -> slot_makers.Setter:
        return lambda made, value: got.append((n, value))

    return tuple(setter(n) for n in range(fields))


@pytest.mark.parametrize("fields", range(1, 10))
def test_one_to_nine_fields_are_set_by_a_written_out_constructor(fields: int) -> None:
    got: list[tuple[int, Any]] = []
    make = slot_makers.slots_maker(object, _setters(fields, got))
    assert make.__code__ is not _loop_code()
    assert make.__code__.co_argcount == fields  # its values by position, no tuple of them
    assert type(make(*(f"v{n}" for n in range(fields)))) is object
    assert got == [(n, f"v{n}") for n in range(fields)]  # each slot once, in the setters' order
    with pytest.raises(TypeError):
        make(*range(fields + 1))
    with pytest.raises(TypeError):
        make(*range(fields - 1))


@pytest.mark.parametrize("fields", [0, 10, 15, 23])
def test_other_numbers_of_fields_are_set_in_the_loop(fields: int) -> None:
    got: list[tuple[int, Any]] = []
    make = slot_makers.slots_maker(object, _setters(fields, got))
    assert make.__code__ is _loop_code()
    assert type(make(*range(fields))) is object
    assert got == [(n, n) for n in range(fields)]
    with pytest.raises(TypeError):
        make(*range(fields + 1))


@pytest.mark.parametrize("cls", [Mention, Hedge, Role, Figure])
def test_the_classes_stored_by_the_hundred_thousand_get_a_written_out_constructor(cls: type) -> None:
    # the near miss would be one of them growing past nine fields: it would fall back to the loop
    make = _maker(cls)
    assert make is not cls
    assert make.__code__ is not _loop_code()
    assert make.__code__.co_argcount == len(dataclasses.fields(cls))


def test_a_mention_and_a_hedge_read_back_equal_and_frozen() -> None:
    span = Span("a1", 3, 9)
    stored = [
        Mention(span, "Halden Foods", "org.suffix"),
        Hedge("may", "epistemic", span),
    ]
    read = loads(dumps(stored), {})
    assert read == stored
    assert [type(x) for x in read] == [Mention, Hedge]
    with pytest.raises(dataclasses.FrozenInstanceError):
        read[0].text = "x"  # type: ignore[misc]
