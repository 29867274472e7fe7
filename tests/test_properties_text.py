"""Property-based tests of the corpus layer with arbitrary bytes, text and YAML (issue 8)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.checks import assert_no_terminal_controls
from tests.hostile.strategies import raw_text
from tui.corpus.loader import load_article, load_corpus
from tui.corpus.text import (
    BOM,
    UnreadableText,
    decode,
    has_terminal_controls,
    normalise,
    safe_for_terminal,
    split_furniture,
)
from tui.corpus.yamlfile import YamlError, load_yaml_text

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_decode_returns_text_or_a_reason(data: bytes) -> None:
    try:
        text = decode(data)
    except UnreadableText as err:
        assert str(err).startswith("the file ")
    else:
        assert isinstance(text, str)


@FAST
@given(st.text())
def test_normalise_is_safe_one_for_one_and_idempotent(text: str) -> None:
    out = normalise(text)
    assert not has_terminal_controls(out)
    assert "\r" not in out
    body = text[1:] if text.startswith(BOM) else text
    assert len(out) == len(body) - body.count("\r\n")
    assert normalise(out) == out


@FAST
@given(st.text())
def test_safe_for_terminal_keeps_length_and_removes_every_control(text: str) -> None:
    out = safe_for_terminal(text)
    assert len(out) == len(text) and not has_terminal_controls(out)
    assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c not in "\n\t") for c in out)
    assert safe_for_terminal(out) == out


@FAST
@given(raw_text)
def test_furniture_split_keeps_a_prefix_of_the_text(raw: str) -> None:
    text = normalise(raw)
    body, furniture = split_furniture(text)
    if furniture:
        assert body.strip() and text.startswith(body.rstrip())
    else:
        assert body == text


@FAST
@given(raw_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_file_loads_or_is_refused_with_its_name(raw: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(raw.encode(encoding, "surrogatepass"))
        article, problems = load_article(path)
    if article is None:
        assert problems and all(p.path == path for p in problems)
        assert problems[0].message.endswith("skipped")
        return
    normalised = normalise(raw.removeprefix(BOM) if encoding != "utf-8" else raw)
    assert normalised.startswith(article.text.rstrip())
    assert not has_terminal_controls(article.text)
    assert article.text.strip()


_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30), st.dates()
)
_value = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_fields = st.sampled_from(
    ["title", "outlet", "author", "date", "url", "language", "also_published", "headline_in_text",
     "standfirst_in_text", "furniture_starts_at", "id", "copy_of", "same_wire_as", "colour"]
)  # fmt: skip


@FAST
@given(st.dictionaries(_fields, _value, max_size=6), st.one_of(st.none(), _value))
def test_any_metadata_loads_with_clean_fields_or_warnings(entry: dict, name: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "a.txt").write_text("A Title\n\nMeta paid $14.3B for 49% of Scale AI.\n", encoding="utf-8")
        doc = {"name": name, "articles": {"a.txt": entry}}
        (root / "corpus.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        corpus = load_corpus(root)
    assert len(corpus.articles) == 1
    assert_no_terminal_controls(corpus)
    meta = corpus.articles[0].meta
    for field in ("title", "outlet", "author", "url", "language"):
        value = getattr(meta, field)
        assert value is None or (isinstance(value, str) and value == " ".join(value.split()) and value)
    assert all(p.severity == "warning" for p in corpus.problems)


@FAST
@given(st.text(max_size=200))
def test_any_yaml_text_loads_or_raises_yaml_error(text: str) -> None:
    try:
        load_yaml_text(text, Path("c.yaml"))
    except YamlError as err:
        assert str(err).startswith("c.yaml")
