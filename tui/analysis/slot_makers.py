"""The constructors that make a frozen slotted dataclass's object and set its slots directly
(tui/analysis/cache.py `_maker` reads the analysis cache with them).

A frozen dataclass's own __init__ sets each field through object.__setattr__ (a frozen class refuses a
plain assignment): 1.5 us for a Figure of nine fields against 0.5 us with its slots set through their
member descriptors. A class of one to nine fields (every class the analysis stores by the hundred
thousand: Mention and Hedge 3, Role 6, Figure 9) is made by a constructor written out for its number
of fields, one setter call per slot, as dataclasses writes an __init__; any other number by one loop
run in C (map over the setters, drained by a zero-length deque). No source is compiled at run time.

Why written out (stop 48): the loop's fixed cost (the values packed in a tuple, their count checked,
the map and its iterators made) is paid once per object, and most objects have three fields: one of
three fields is made in 1.3 us by the loop against 0.65 us written out. A warm start at 5,000 articles
(350,000 such objects) took 2.29 s of CPU with the loop alone against 2.16 s written out (medians of
5, alternating; docs/benchmarks.md, stop 48): the 0.13 s (7 %) stop 47 had added.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from itertools import repeat
from operator import call
from typing import Any

#: A slot's setter: a member descriptor's bound __set__, called (object, value).
Setter = Callable[[Any, Any], None]
#: What rebuilds an object from its stored field values, in the order of the class's fields.
Maker = Callable[..., Any]
#: Makes an object of a class without calling its __init__.
_new: Callable[[type], Any] = object.__new__


def slots_maker(cls: type, setters: tuple[Setter, ...]) -> Maker:
    """A function of the class's field values, in order, that makes an object of `cls` (never
    calling its __init__) and sets each slot with its setter in `setters`; a wrong number of values
    is refused (TypeError), as the class's __init__ would."""
    written_out = _WRITTEN_OUT.get(len(setters))
    if written_out is None:
        return _set_in_a_loop(cls, setters)
    return written_out(cls, *setters)


def _set_in_a_loop(cls: type, setters: tuple[Setter, ...]) -> Maker:
    """The constructor of any number of fields: the slots set by a loop run in C."""
    new = _new
    drain: Callable[[Any], None] = deque(maxlen=0).extend
    fields = len(setters)

    def make(*values: Any) -> Any:
        if len(values) != fields:
            raise TypeError(f"{cls.__name__} takes {fields} field values, not {len(values)}")
        made: Any = new(cls)
        drain(map(call, setters, repeat(made), values))
        return made

    return make


def _fields_1(cls: type, *setters: Setter) -> Maker:
    (s0,) = setters
    new = _new

    def make(v0: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        return made

    return make


def _fields_2(cls: type, *setters: Setter) -> Maker:
    s0, s1 = setters
    new = _new

    def make(v0: Any, v1: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        return made

    return make


def _fields_3(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        return made

    return make


def _fields_4(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        return made

    return make


def _fields_5(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3, s4 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        return made

    return make


def _fields_6(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3, s4, s5 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        return made

    return make


def _fields_7(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3, s4, s5, s6 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        s6(made, v6)
        return made

    return make


def _fields_8(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3, s4, s5, s6, s7 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        s6(made, v6)
        s7(made, v7)
        return made

    return make


def _fields_9(cls: type, *setters: Setter) -> Maker:
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = setters
    new = _new

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        s4(made, v4)
        s5(made, v5)
        s6(made, v6)
        s7(made, v7)
        s8(made, v8)
        return made

    return make


#: The written-out constructor of each number of fields from one to nine (the class, then its setters).
_WRITTEN_OUT: dict[int, Callable[..., Maker]] = {
    1: _fields_1,
    2: _fields_2,
    3: _fields_3,
    4: _fields_4,
    5: _fields_5,
    6: _fields_6,
    7: _fields_7,
    8: _fields_8,
    9: _fields_9,
}
