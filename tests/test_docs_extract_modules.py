"""docs/architecture.md names every module of tui/analysis/extract/ and says what each holds.

Stop 38 landed said_when.py without its line in the list; the list must not drift again. A module is
named in backticks (`name.py`) in the part "The extraction modules", followed by what it holds: a
colon or an opening bracket and at least three words ("`rates.py`: an exchange rate the article
states", "`rounds.py` (a round named at a figure)"). Names joined by commas share the words after the
last one ("`succession.py`, `takers.py`: ...").
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "tui" / "analysis" / "extract"
DOC = ROOT / "docs" / "architecture.md"
HEADING = "## The extraction modules"

#: A module's name in backticks ("`said_when.py`"; not a path: "`tui/corpus/text.py`").
_NAMED = re.compile(r"`(\w+\.py)`")
#: A name, the names it shares its words with, then what they hold: up to the next name, the next
#: clause (";") or the next item of the list.
_HOLDS = re.compile(r"`(\w+\.py)`(?:,\s*`\w+\.py`)*\s*(?::|\()\s*((?:(?!\n\s*- )[^`;])*)")
_MIN_WORDS = 3


def module_lines(doc: str) -> str:
    """The part of the document that lists the extraction modules (empty when it has none)."""
    start = doc.find(HEADING)
    if start < 0:
        return ""
    end = doc.find("\n## ", start + len(HEADING))
    return doc[start : end if end >= 0 else len(doc)]


def described(part: str) -> dict[str, str]:
    """Each module named in `part` -> the words that say what it holds ("" when none do)."""
    out = dict.fromkeys(_NAMED.findall(part), "")
    for m in _NAMED.finditer(part):
        run = _HOLDS.match(part, m.start())  # a name in a run shares the words after the run's last
        if run is not None and len(run.group(2).split()) >= _MIN_WORDS:
            out[m.group(1)] = run.group(2)
    return out


def modules() -> set[str]:
    return {p.name for p in EXTRACT.glob("*.py")}


def test_every_extraction_module_has_its_line() -> None:
    named = set(described(module_lines(DOC.read_text(encoding="utf-8"))))
    assert modules() - named == set(), "modules with no line in docs/architecture.md"


def test_no_line_names_a_module_that_is_gone() -> None:
    named = set(described(module_lines(DOC.read_text(encoding="utf-8"))))
    assert named - modules() == set(), "lines in docs/architecture.md naming no module"


def test_each_line_says_what_its_module_holds() -> None:
    held = described(module_lines(DOC.read_text(encoding="utf-8")))
    assert [name for name, what in held.items() if not what] == []


# The reading of the list, on invented lists (so the checks above can fail).


def test_a_module_missing_from_the_list_is_seen() -> None:
    part = f"{HEADING}\n\n- `alpha.py`: the first of two parts; `beta.py`: the second part of it.\n"
    assert set(described(module_lines(part))) == {"alpha.py", "beta.py"}
    assert {"alpha.py", "beta.py", "gamma.py"} - set(described(module_lines(part))) == {"gamma.py"}


def test_a_bare_name_says_nothing() -> None:
    part = f"{HEADING}\n\n- `alpha.py`, see below.\n- `beta.py`: two words.\n- `gamma.py` (a bracketed account here)\n"
    held = described(module_lines(part))
    assert held["alpha.py"] == ""  # no colon, no bracket
    assert held["beta.py"] == ""  # fewer than three words
    assert held["gamma.py"].startswith("a bracketed account here")


def test_names_joined_by_commas_share_the_words_after_the_last() -> None:
    part = f"{HEADING}\n\n- `alpha.py`, `beta.py`, `gamma.py`: three parts that share one account.\n"
    held = described(module_lines(part))
    assert all(held[n].startswith("three parts") for n in ("alpha.py", "beta.py", "gamma.py"))


def test_only_the_modules_part_is_read() -> None:
    doc = f"# Title\n\n`outside.py`: a module named elsewhere.\n\n{HEADING}\n\n- `inside.py`: one named here.\n\n## Next\n\n`after.py`: named after the part.\n"
    assert set(described(module_lines(doc))) == {"inside.py"}
    assert module_lines("# Title\n\nno list here\n") == ""
