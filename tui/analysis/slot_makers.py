"""Constructors that make a frozen slotted dataclass's object and set its slots directly, one per
number of fields (tui/analysis/cache.py `_maker` reads the analysis cache with them).

A frozen dataclass's own __init__ sets each field through object.__setattr__ (a frozen class refuses a
plain assignment): 1.5 us for a Figure of nine fields against 0.5 us with its slots set through their
member descriptors. Each constructor below is written out for its number of fields, one call per
slot, as dataclasses writes an __init__: a loop over the setters costs more than the
object.__setattr__ calls it would save (Figure 2.0 us in a loop, 1.3 us written out). A class of more
fields than the longest below is made by the loop (`_set_in_a_loop`), still without its __init__.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: A slot's setter: a member descriptor's bound __set__, called (object, value).
Setter = Callable[[Any, Any], None]
#: What rebuilds an object from its stored field values, in the order of the class's fields.
Maker = Callable[..., Any]
#: Makes an object of a class without calling its __init__.
_new: Callable[[type], Any] = object.__new__


def slots_maker(cls: type, setters: tuple[Setter, ...]) -> Maker:
    """A function of the class's field values, in order, that makes an object of `cls` (never
    calling its __init__) and sets each slot with its setter in `setters`."""
    written_out = _WRITTEN_OUT.get(len(setters))
    if written_out is None:
        return _set_in_a_loop(cls, setters)
    return written_out(cls, *setters)


def _set_in_a_loop(cls: type, setters: tuple[Setter, ...]) -> Maker:
    new = _new

    def make(*values: Any) -> Any:
        made = new(cls)
        for set_slot, value in zip(setters, values, strict=True):
            set_slot(made, value)
        return made

    return make


def _fields_0(cls: type) -> Maker:
    new = _new

    def make() -> Any:
        return new(cls)

    return make


def _fields_1(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0,) = setters

    def make(v0: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        return made

    return make


def _fields_2(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1) = setters

    def make(v0: Any, v1: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        return made

    return make


def _fields_3(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2) = setters

    def make(v0: Any, v1: Any, v2: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        return made

    return make


def _fields_4(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3) = setters

    def make(v0: Any, v1: Any, v2: Any, v3: Any) -> Any:
        made = new(cls)
        s0(made, v0)
        s1(made, v1)
        s2(made, v2)
        s3(made, v3)
        return made

    return make


def _fields_5(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4) = setters

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
    new = _new
    (s0, s1, s2, s3, s4, s5) = setters

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
    new = _new
    (s0, s1, s2, s3, s4, s5, s6) = setters

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
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7) = setters

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
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8) = setters

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


def _fields_10(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9) = setters

    def make(v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any, v9: Any) -> Any:
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
        s9(made, v9)
        return made

    return make


def _fields_11(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10) = setters

    def make(
        v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any, v9: Any, v10: Any
    ) -> Any:
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
        s9(made, v9)
        s10(made, v10)
        return made

    return make


def _fields_12(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11) = setters

    def make(
        v0: Any,
        v1: Any,
        v2: Any,
        v3: Any,
        v4: Any,
        v5: Any,
        v6: Any,
        v7: Any,
        v8: Any,
        v9: Any,
        v10: Any,
        v11: Any,
    ) -> Any:
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
        s9(made, v9)
        s10(made, v10)
        s11(made, v11)
        return made

    return make


def _fields_13(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12) = setters

    def make(
        v0: Any,
        v1: Any,
        v2: Any,
        v3: Any,
        v4: Any,
        v5: Any,
        v6: Any,
        v7: Any,
        v8: Any,
        v9: Any,
        v10: Any,
        v11: Any,
        v12: Any,
    ) -> Any:
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
        s9(made, v9)
        s10(made, v10)
        s11(made, v11)
        s12(made, v12)
        return made

    return make


def _fields_14(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13) = setters

    def make(
        v0: Any,
        v1: Any,
        v2: Any,
        v3: Any,
        v4: Any,
        v5: Any,
        v6: Any,
        v7: Any,
        v8: Any,
        v9: Any,
        v10: Any,
        v11: Any,
        v12: Any,
        v13: Any,
    ) -> Any:
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
        s9(made, v9)
        s10(made, v10)
        s11(made, v11)
        s12(made, v12)
        s13(made, v13)
        return made

    return make


def _fields_15(cls: type, *setters: Setter) -> Maker:
    new = _new
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14) = setters

    def make(
        v0: Any,
        v1: Any,
        v2: Any,
        v3: Any,
        v4: Any,
        v5: Any,
        v6: Any,
        v7: Any,
        v8: Any,
        v9: Any,
        v10: Any,
        v11: Any,
        v12: Any,
        v13: Any,
        v14: Any,
    ) -> Any:
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
        s9(made, v9)
        s10(made, v10)
        s11(made, v11)
        s12(made, v12)
        s13(made, v13)
        s14(made, v14)
        return made

    return make


#: The written-out constructor of each number of fields.
_WRITTEN_OUT: dict[int, Callable[..., Maker]] = {
    0: _fields_0,
    1: _fields_1,
    2: _fields_2,
    3: _fields_3,
    4: _fields_4,
    5: _fields_5,
    6: _fields_6,
    7: _fields_7,
    8: _fields_8,
    9: _fields_9,
    10: _fields_10,
    11: _fields_11,
    12: _fields_12,
    13: _fields_13,
    14: _fields_14,
    15: _fields_15,
}
