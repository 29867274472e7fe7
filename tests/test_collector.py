"""The cyclic collector's pause has one home (tui/analysis/collector.py): off inside, on again after
only when it was on before, also when the step raises."""

from __future__ import annotations

import gc

import pytest

from tui.analysis.collector import collector_paused


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_inside_another_keeps_the_collector_off() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner step found it off: it leaves it off
    assert gc.isenabled()


def test_a_step_that_raises_turns_the_collector_on_again() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the step failed")
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
