"""Stop 47, speed: the analysis cache reads a frozen slotted dataclass back through the constructor
of tui/analysis/slot_makers.py, which sets its slots in a loop, not through a function compiled with
`exec` at run time (tui/analysis/cache.py `_maker`).

What is read must be what was stored, for every number of fields up to more than the analysis's
largest stored class (15); the class's __init__ is never called; no module of tui/ runs source text
(exec, eval, the builtin compile).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tui.analysis import slot_makers
from tui.analysis.cache import _maker, dumps, loads

_LONGEST = 15  # the analysis's largest stored class has 15 fields


def _frozen_class(fields: int) -> Any:
    """A frozen slotted dataclass of `fields` fields f0, f1 ... (int, str and tuple values)."""
    cls = dataclasses.make_dataclass(
        f"Fields{fields}", [(f"f{n}", Any) for n in range(fields)], frozen=True, slots=True
    )
    cls.__module__ = __name__
    globals()[cls.__name__] = cls  # pickle finds a class by its module and name
    return cls


def _values(fields: int) -> tuple[Any, ...]:
    return tuple((n, f"v{n}", (n, "x"))[n % 3] for n in range(fields))


@pytest.mark.parametrize("fields", [*range(0, _LONGEST + 1), _LONGEST + 1, _LONGEST + 7])
def test_every_number_of_fields_is_read_back_equal(fields: int, monkeypatch: pytest.MonkeyPatch) -> None:
    cls = _frozen_class(fields)
    stored = [cls(*_values(fields)), cls(*_values(fields))]
    data = dumps(stored)
    assert _maker(cls) is not cls  # read through a constructor of its own, not the class's __init__
    assert loads(data, {}) == stored  # the reader finds (and keeps) the class's constructor

    def refused(self: Any, *args: object) -> None:
        raise AssertionError("__init__ called")

    monkeypatch.setattr(cls, "__init__", refused)
    read = loads(data, {})
    assert [type(x) for x in read] == [cls, cls]
    assert [dataclasses.astuple(x) for x in read] == [_values(fields)] * 2
    assert [hash(x) for x in read] == [hash(x) for x in stored]
    if fields:
        with pytest.raises(dataclasses.FrozenInstanceError):
            read[0].f0 = 1


def test_a_constructor_sets_each_slot_in_the_order_of_its_setters() -> None:
    got: list[tuple[str, Any]] = []

    def setter(name: str) -> slot_makers.Setter:
        return lambda made, value: got.append((name, value))

    for fields in (3, _LONGEST, _LONGEST + 2):
        got.clear()
        names = [f"s{n}" for n in range(fields)]
        make = slot_makers.slots_maker(object, tuple(setter(n) for n in names))
        assert type(make(*range(fields))) is object
        assert got == list(zip(names, range(fields), strict=True))


def test_a_constructor_refuses_a_wrong_number_of_values() -> None:
    for fields in (2, _LONGEST + 3):
        make = slot_makers.slots_maker(object, tuple((lambda m, v: None) for _ in range(fields)))
        with pytest.raises((TypeError, ValueError)):
            make(*range(fields + 1))
        with pytest.raises((TypeError, ValueError)):
            make(*range(fields - 1))


def test_no_module_of_tui_runs_source_text() -> None:
    root = Path(__file__).resolve().parents[1] / "tui"
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            if isinstance(called, ast.Name) and called.id in ("exec", "eval", "compile"):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno} {called.id}")
    assert found == []
