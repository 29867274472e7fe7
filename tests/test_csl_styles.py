"""CSL style files (Zotero's styles) through citeproc-py: the user's own styles folder, the
bundled Harvard style, and style files that must be refused. Expected strings written by hand from
the styles' rules (APA 7 news article; Chicago 17 note)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from tests.pilot import until_loaded
from tui.analysis.citation import UnknownStyleError, format_passage, format_quote, format_reference
from tui.analysis.csl import CslError, read_style
from tui.analysis.voice import Passage, Voice
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.corpus.model import ArticleMeta
from tui.storage.locations import quotes_file, user_styles_dir
from tui.userdata.csl_styles import load_user_styles, resolve_style
from tui.userdata.settings import load_settings, update_settings

CSL = Path(__file__).parent / "csl"
META = ArticleMeta(
    title="Chipmaker names two interim leaders",
    outlet="The Example Times",
    author="Dana Reyes",
    date=dt.date(2024, 12, 2),
    url="https://example.com/chips",
)
APA_REF = (
    "Reyes, D. (2024, December 2). Chipmaker names two interim leaders. The Example Times."
    " https://example.com/chips"
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    for name in ("META_SCALE_TUI_CORPUS", "META_SCALE_TUI_FOLLOW_LINKS", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "home"


def _styles(*files: tuple[str, bytes]) -> Path:
    folder = user_styles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files:
        (folder / name).write_bytes(data)
    return folder


def test_a_users_csl_file_becomes_a_style_named_after_it() -> None:
    _styles(("my-journal.csl", (CSL / "apa.csl").read_bytes()))
    loaded = load_user_styles()
    assert [(s.name, s.title) for s in loaded.styles] == [("csl:my-journal", "APA Style 7th edition")]
    assert loaded.problems == []
    style, problem = resolve_style("csl:my-journal")
    assert problem is None
    assert format_reference(META, style) == APA_REF
    assert format_quote("two leaders", META, style) == f"“two leaders” (Reyes, 2024)\n\n{APA_REF}"


def test_markdown_and_html_markup_of_a_csl_reference() -> None:
    _styles(("apa.csl", (CSL / "apa.csl").read_bytes()))
    style, _ = resolve_style("csl:apa")
    assert "*The Example Times*" in format_reference(META, style, markup="markdown")
    html = format_passage(Passage("<script>x</script> & co", META), style, markup="html")
    assert html.startswith("“&lt;script&gt;x&lt;/script&gt; &amp; co” (Reyes, 2024)")
    assert "<i>The Example Times</i>" in html


def test_a_quotation_names_its_speaker_first_in_a_csl_style() -> None:
    passage = Passage(
        "a bold step",
        META,
        Voice(speaker="Sam Ortiz", how="said", quoted=True, person=True),
        kind="quote",
    )
    text = format_passage(passage, "harvard")
    assert text.startswith("“a bold step” — Sam Ortiz said, quoted in (Reyes, 2024)\n\n")
    assert text.index("Sam Ortiz") < text.index("Reyes")


def test_a_note_style_puts_the_note_after_the_words() -> None:
    _styles(("chicago.csl", (CSL / "chicago-notes-bibliography-17th-edition.csl").read_bytes()))
    style, _ = resolve_style("csl:chicago")
    text = format_quote("two leaders", META, style)
    words, note = text.split("\n\n")
    assert words == "“two leaders”"
    # The note, not the bibliography entry (which would start "Reyes, D."). citeproc-py's
    # rendering of Chicago itself is imperfect (initials, a stray "Edition"): the built-in Chicago
    # style is the one checked against the manual (tests/test_citation_manuals.py).
    assert note.startswith(
        "D. Reyes, “Chipmaker Names Two Interim Leaders”, The Example Times, December 2, 2024"
    )


def test_harvard_ships_with_the_app() -> None:
    assert format_reference(META, "harvard") == (
        "Reyes, D. (2024) “Chipmaker names two interim leaders”, The Example Times, 2 December."
        " Available at: https://example.com/chips."
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body>not a style</body></html>", "not a CSL style"),
        (b"<style xmlns='http://purl.org/net/xbiblio/csl'><info/>", "not well-formed XML"),
        (
            b'<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<style xmlns='http://purl.org/net/xbiblio/csl'><citation/>&x;</style>",
            "declares a DOCTYPE",
        ),
        (b"<style xmlns='urn:other'><citation/></style>", "not a CSL <style>"),
        (b"<style xmlns='http://purl.org/net/xbiblio/csl'><info/></style>", "neither a <citation>"),
        (b"<style>" + b" " * (1024 * 1024 + 1), "larger than"),
    ],
)
def test_a_file_that_is_not_a_usable_style_is_named_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(CslError, match=reason):
        read_style("x", data)
    _styles(("bad.csl", data))
    loaded = load_user_styles()
    assert loaded.styles == []
    assert len(loaded.problems) == 1
    assert "bad.csl" in loaded.problems[0] and reason in loaded.problems[0]
    style, problem = resolve_style("csl:bad")
    assert style == "plain"
    assert problem is not None and reason in problem


def test_a_link_out_of_the_styles_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.csl"
    shutil.copy(CSL / "apa.csl", outside)
    folder = _styles()
    os.symlink(outside, folder / "linked.csl")
    loaded = load_user_styles()
    assert loaded.styles == []
    assert "linked.csl" in loaded.problems[0] and "outside" in loaded.problems[0]


def test_unknown_names_fall_back_with_a_reason() -> None:
    assert resolve_style("csl:missing") == (
        "plain",
        f"citation style 'csl:missing' cannot be used (no file missing.csl in {user_styles_dir()})",
    )
    style, problem = resolve_style("vancouver")
    assert style == "plain" and problem is not None and "unknown citation style 'vancouver'" in problem
    with pytest.raises(UnknownStyleError):
        format_quote("w", META, "csl:missing")  # never formatted as something else


def test_settings_keep_a_csl_style_name() -> None:
    update_settings(citation_style="csl:my-journal")
    settings, messages = load_settings()
    assert settings.citation_style == "csl:my-journal" and messages == []


async def test_picking_a_users_csl_style_and_copying_with_it() -> None:
    _styles(("my-journal.csl", (CSL / "apa.csl").read_bytes()))
    app = ExplorerApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ExploreScreen)
        await pilot.press("3")
        await pilot.press("C")
        await pilot.pause()
        assert type(app.screen).__name__ == "CitationStyleScreen"
        await pilot.press("end", "enter")  # the user's style comes after the built-in ones
        await pilot.pause()
        assert load_settings()[0].citation_style == "csl:my-journal"
        await pilot.press("c")
        assert "(Kasanmascheff, 2025)\n\nKasanmascheff, M. (2025, June 13)." in app.clipboard
    assert "· csl:my-journal · Winbuzzer" in quotes_file().read_text(encoding="utf-8")


async def test_a_style_file_removed_after_picking_falls_back_and_says_so() -> None:
    folder = _styles(("my-journal.csl", (CSL / "apa.csl").read_bytes()))
    update_settings(citation_style="csl:my-journal")
    (folder / "my-journal.csl").unlink()
    app = ExplorerApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("3", "c")
        assert app.clipboard.startswith("“") and " — " in app.clipboard  # plain
        messages = [str(n.message) for n in app._notifications]
        assert any("no file my-journal.csl" in m and "using plain" in m for m in messages)
